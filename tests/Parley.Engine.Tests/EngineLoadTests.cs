using Parley.Testing;

namespace Parley.Engine.Tests;

public sealed class EngineLoadTests : IDisposable
{
    private readonly ScratchFolder _scratch = new("parley-engine");

    public void Dispose() => _scratch.Dispose();

    [Theory]
    [InlineData("tagger")]
    [InlineData("lemmatizer")]
    [InlineData("parser")]
    [InlineData("ner")]
    [InlineData("sentence-splitter")]
    public void A_missing_model_stops_the_engine_at_start_up_naming_its_folder(string missing)
    {
        var models = ModelsWithout(missing);

        var error = Assert.Throws<EngineLoadException>(() => ParleyEngine.Load(models, ShippedEngine.Dictionaries));

        Assert.Equal(EngineComponent.Models, error.Component);
        Assert.Equal(models, error.Folder);
        var problem = Assert.Single(error.Problems);
        Assert.StartsWith(Path.Combine(models, missing), problem, StringComparison.Ordinal);
        Assert.Contains("missing", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_damaged_model_stops_the_engine_at_start_up_naming_its_file()
    {
        var models = ModelsWithout("parser");
        var parser = Directory.CreateDirectory(Path.Combine(models, "parser")).FullName;
        File.Copy(Path.Combine(ShippedEngine.Models, "parser", "manifest.json"), Path.Combine(parser, "manifest.json"));
        File.WriteAllText(Path.Combine(parser, "model.bin"), "not a model");

        var error = Assert.Throws<EngineLoadException>(() => ParleyEngine.Load(models, ShippedEngine.Dictionaries));

        Assert.Equal(EngineComponent.Models, error.Component);
        Assert.Contains(Path.Combine(parser, "model.bin"), Assert.Single(error.Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_models_folder_stops_the_engine_at_start_up()
    {
        var models = Path.Combine(_scratch.Path, "no-models");

        var error = Assert.Throws<EngineLoadException>(() => ParleyEngine.Load(models, ShippedEngine.Dictionaries));

        Assert.Equal(EngineComponent.Models, error.Component);
        Assert.Contains(models, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_dictionary_folder_stops_the_engine_before_any_model_loads()
    {
        var dictionaries = Path.Combine(_scratch.Path, "no-dictionaries");

        var error = Assert.Throws<EngineLoadException>(() => ParleyEngine.Load(Path.Combine(_scratch.Path, "no-models-either"), dictionaries));

        Assert.Equal(EngineComponent.Dictionaries, error.Component);
        Assert.Contains($"no dictionary folder at {dictionaries}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_broken_dictionary_stops_the_engine_listing_file_and_line()
    {
        var dictionaries = Directory.CreateDirectory(Path.Combine(_scratch.Path, "dictionaries")).FullName;
        foreach (var file in Directory.GetFiles(ShippedEngine.Dictionaries))
        {
            File.Copy(file, Path.Combine(dictionaries, Path.GetFileName(file)));
        }
        var people = Path.Combine(dictionaries, "people.yaml");
        File.AppendAllText(people, "\nbroken: [\n");

        var error = Assert.Throws<EngineLoadException>(() => ParleyEngine.Load(ShippedEngine.Models, dictionaries));

        Assert.Equal(EngineComponent.Dictionaries, error.Component);
        Assert.Contains(error.Problems, p => p.StartsWith(people + ":", StringComparison.Ordinal));
    }

    [Fact]
    public void The_shipped_engine_loads_every_stage_the_coder_needs()
    {
        var engine = ShippedEngine.Engine;

        Assert.Equal(ParleyEngine.CoderNeeds, engine.Pipeline.Assigns & ParleyEngine.CoderNeeds);
        Assert.True(engine.Pipeline.HasSentenceModel);
        Assert.Equal(["tokenizer", "sentence-splitter", "tagger", "lemmatizer", "parser", "ner"], engine.Pipeline.Pipes.Select(p => p.Name));
    }

    /// <summary>A models folder that links to every shipped model but <paramref name="missing"/>.</summary>
    private string ModelsWithout(string missing)
    {
        var models = Directory.CreateDirectory(Path.Combine(_scratch.Path, "models")).FullName;
        foreach (var folder in Directory.GetDirectories(ShippedEngine.Models))
        {
            var name = Path.GetFileName(folder);
            if (name != missing)
            {
                Directory.CreateSymbolicLink(Path.Combine(models, name), folder);
            }
        }
        return models;
    }
}

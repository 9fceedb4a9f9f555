using Parley.Nlp.Learning;

namespace Parley.Nlp.Tests.Evaluation;

public sealed class UdNlpModelsTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "parley-models-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void A_missing_models_folder_is_reported_by_path()
    {
        var error = Assert.Throws<ModelFormatException>(() => NlpModels.Load(_folder));

        Assert.Equal(_folder, error.Path);
    }

    [Fact]
    public void Model_folders_that_are_absent_are_simply_not_loaded()
    {
        Directory.CreateDirectory(_folder);

        var models = NlpModels.Load(_folder);

        Assert.Null(models.Tagger);
        Assert.Null(models.Lemmatizer);
        Assert.Empty(models.Pipes);
    }

    [Fact]
    public void A_model_folder_without_its_weights_names_the_missing_file()
    {
        Directory.CreateDirectory(Path.Combine(_folder, NlpModels.TaggerFolder));

        var error = Assert.Throws<ModelFormatException>(() => NlpModels.Load(_folder));

        Assert.Equal(Path.Combine(_folder, NlpModels.TaggerFolder, ModelFile.WeightsName), error.Path);
    }
}

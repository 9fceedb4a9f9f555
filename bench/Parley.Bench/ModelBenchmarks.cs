using BenchmarkDotNet.Attributes;
using Parley.Engine;
using Parley.Text;

namespace Parley.Bench;

/// <summary>
/// Each trained model alone over the news stories, on documents the earlier stages have already annotated
/// (each stage overwrites its own columns, so a document can be processed again). Divide the stories'
/// token count (printed by 'parley bench') by the mean time for tokens/s.
/// </summary>
[MemoryDiagnoser]
public class ModelBenchmarks
{
    private readonly List<Document> _docs = [];
    private LanguagePipeline _pipeline = null!;

    [GlobalSetup]
    public void Setup()
    {
        // The engine checks that every model is there; its pipeline is what 'parley code' runs.
        _pipeline = ParleyEngine.Load(BenchText.ModelsDirectory, BenchText.DictionariesDirectory).Pipeline;
        foreach (var story in BenchText.Stories())
        {
            _docs.Add(_pipeline.Process(story));
        }
    }

    [Benchmark(Description = "tagger")]
    public void Tag() => Run("tagger");

    [Benchmark(Description = "lemmatizer")]
    public void Lemmatize() => Run("lemmatizer");

    [Benchmark(Description = "dependency parser")]
    public void Parse() => Run("parser");

    [Benchmark(Description = "entity recogniser")]
    public void RecognizeEntities() => Run("ner");

    private void Run(string name)
    {
        var pipe = _pipeline.Pipes.Single(p => p.Name == name);
        foreach (var doc in _docs)
        {
            pipe.Process(doc);
        }
    }
}

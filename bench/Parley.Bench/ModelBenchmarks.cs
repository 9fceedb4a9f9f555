using BenchmarkDotNet.Attributes;
using Parley.Nlp;
using Parley.Text;
using Parley.Text.Tokenization;

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
    private NlpModels _models = null!;

    [GlobalSetup]
    public void Setup()
    {
        _models = NlpModels.Load(BenchText.ModelsDirectory);
        var tokenizer = new Tokenizer();
        var splitter = new SentenceSplitter();
        foreach (var story in BenchText.Stories())
        {
            var doc = new Document(story);
            var pipeline = new Pipeline([tokenizer, splitter, .. _models.Pipes]);
            pipeline.Process(doc);
            _docs.Add(doc);
        }
    }

    [Benchmark(Description = "tagger")]
    public void Tag() => Run(_models.Tagger);

    [Benchmark(Description = "lemmatizer")]
    public void Lemmatize() => Run(_models.Lemmatizer);

    [Benchmark(Description = "dependency parser")]
    public void Parse() => Run(_models.Parser);

    [Benchmark(Description = "entity recogniser")]
    public void RecognizeEntities() => Run(_models.Entities);

    private void Run(IPipe? pipe)
    {
        if (pipe is null)
        {
            throw new InvalidOperationException($"A model is missing under {BenchText.ModelsDirectory}.");
        }
        foreach (var doc in _docs)
        {
            pipe.Process(doc);
        }
    }
}

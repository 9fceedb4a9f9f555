using BenchmarkDotNet.Attributes;
using Parley.Coding;
using Parley.Nlp;
using Parley.Text;
using Parley.Text.Tokenization;

namespace Parley.Bench;

/// <summary>
/// The event coder over the news stories, annotated once by the whole language pipeline (as 'parley code' runs
/// it), against annotating them as the baseline: the Ratio column is the share coding adds to annotation time
/// (the requirement: at most 0.25). The coder only reads the documents, so they can be coded again and again.
/// </summary>
[MemoryDiagnoser]
public class CoderBenchmarks
{
    private readonly List<(BenchStory Story, Document Doc)> _annotated = [];
    private Pipeline _pipeline = null!;
    private EventCoder _coder = null!;

    [GlobalSetup]
    public void Setup()
    {
        _coder = EventCoder.Load(BenchText.DictionariesDirectory);
        // The learned boundary model refines the splitter's rules, as in the CLI's pipeline, when it is there.
        var splitterWeights = Path.Combine(BenchText.ModelsDirectory, "sentence-splitter", SentenceBoundaryModel.WeightsFile);
        var splitter = File.Exists(splitterWeights) ? new SentenceSplitter(SentenceBoundaryModel.Load(splitterWeights)) : new SentenceSplitter();
        var models = NlpModels.Load(BenchText.ModelsDirectory);
        if (models.Parser is null || models.Lemmatizer is null)
        {
            throw new InvalidOperationException($"The coder needs the parser and the lemmatizer; one is missing under {BenchText.ModelsDirectory}.");
        }
        _pipeline = new Pipeline([new Tokenizer(), splitter, .. models.Pipes]);
        foreach (var story in BenchText.DatedStories())
        {
            _annotated.Add((story, _pipeline.Process(story.Text)));
        }
    }

    [Benchmark(Baseline = true, Description = "annotate (whole pipeline)")]
    public int Annotate()
    {
        int tokens = 0;
        foreach (var (story, _) in _annotated)
        {
            tokens += _pipeline.Process(story.Text).Count;
        }
        return tokens;
    }

    [Benchmark(Description = "code (event coder)")]
    public int Code()
    {
        int events = 0;
        foreach (var (story, doc) in _annotated)
        {
            events += _coder.Code(doc, story.Id, story.Date).Count;
        }
        return events;
    }
}

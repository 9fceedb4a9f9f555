using BenchmarkDotNet.Attributes;
using Parley.Engine;
using Parley.Text;

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
    private ParleyEngine _engine = null!;

    [GlobalSetup]
    public void Setup()
    {
        _engine = ParleyEngine.Load(BenchText.ModelsDirectory, BenchText.DictionariesDirectory);
        foreach (var story in BenchText.DatedStories())
        {
            _annotated.Add((story, _engine.Annotate(story.Text)));
        }
    }

    [Benchmark(Baseline = true, Description = "annotate (whole pipeline)")]
    public int Annotate()
    {
        int tokens = 0;
        foreach (var (story, _) in _annotated)
        {
            tokens += _engine.Annotate(story.Text).Count;
        }
        return tokens;
    }

    [Benchmark(Description = "code (event coder)")]
    public int Code()
    {
        int events = 0;
        foreach (var (story, doc) in _annotated)
        {
            events += _engine.Code(doc, story.Id, story.Date).Count;
        }
        return events;
    }
}

using BenchmarkDotNet.Attributes;
using Parley.Text;
using Parley.Text.Tokenization;

namespace Parley.Bench;

/// <summary>Tokenizer and sentence splitter over the news stories, against a plain whitespace split as the baseline.</summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks
{
    private IReadOnlyList<string> _stories = [];
    private readonly Tokenizer _tokenizer = new();
    private readonly SentenceSplitter _splitter = new();

    [GlobalSetup]
    public void Setup() => _stories = BenchText.Stories();

    [Benchmark(Baseline = true, Description = "whitespace split (baseline)")]
    public int WhitespaceSplit()
    {
        int count = 0;
        foreach (var story in _stories)
        {
            count += story.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        }
        return count;
    }

    [Benchmark(Description = "tokenizer")]
    public int Tokenize()
    {
        int count = 0;
        foreach (var story in _stories)
        {
            var doc = new Document(story);
            _tokenizer.Process(doc);
            count += doc.Count;
        }
        return count;
    }

    [Benchmark(Description = "tokenizer + sentence splitter")]
    public int TokenizeAndSplit()
    {
        int count = 0;
        foreach (var story in _stories)
        {
            var doc = new Document(story);
            _tokenizer.Process(doc);
            _splitter.Process(doc);
            count += doc.SentenceStarts.Count;
        }
        return count;
    }
}

using Parley.Nlp.Conllu;
using Parley.Text;
using Parley.Text.Tokenization;

namespace Parley.Nlp.Evaluation;

/// <summary>
/// Scores a tokenizer and sentence splitter against a treebank: rebuilds the raw text
/// (<see cref="GoldText"/>), segments it, and compares tokens, words and sentences by character spans
/// exactly as the CoNLL 2018 shared-task script (conll18_ud_eval.py) does.
/// </summary>
public sealed class TokenizationEvaluator
{
    private readonly Tokenizer _tokenizer;
    private readonly SentenceSplitter _splitter;

    public TokenizationEvaluator(Tokenizer tokenizer, SentenceSplitter splitter)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(splitter);
        _tokenizer = tokenizer;
        _splitter = splitter;
    }

    /// <summary>Segments the raw text of <paramref name="gold"/> and scores the result against it.</summary>
    public TokenizationScores Evaluate(IReadOnlyList<ConlluSentence> gold)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var system = Segment(GoldText.Build(gold));
        return Score(Segmentation.FromConllu(gold), system);
    }

    /// <summary>Tokenizes and splits <paramref name="text"/>, keeping the multiword-token grouping the tokenizer reports.</summary>
    public Segmentation Segment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var doc = new Document(text);
        var continuations = new List<int>();
        _tokenizer.Process(doc, continuations);
        _splitter.Process(doc);
        return Segmentation.FromDocument(doc, continuations);
    }

    /// <summary>Scores <paramref name="system"/> against <paramref name="gold"/>; both must be of the same characters.</summary>
    /// <exception cref="ArgumentException">The two segmentations are not of the same characters.</exception>
    public static TokenizationScores Score(Segmentation gold, Segmentation system)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        var words = WordAlignment.Align(gold, system);
        return new TokenizationScores(SpanScore(gold.Tokens, system.Tokens), words.Score, SpanScore(gold.Sentences, system.Sentences));
    }

    // The script's spans_score: walk both sorted lists; a pair that starts together is correct when it also ends together.
    private static F1Score SpanScore(IReadOnlyList<CharacterSpan> gold, IReadOnlyList<CharacterSpan> system)
    {
        int correct = 0;
        int gi = 0;
        int si = 0;
        while (gi < gold.Count && si < system.Count)
        {
            if (system[si].Start < gold[gi].Start)
            {
                si++;
            }
            else if (gold[gi].Start < system[si].Start)
            {
                gi++;
            }
            else
            {
                if (gold[gi].End == system[si].End)
                {
                    correct++;
                }
                gi++;
                si++;
            }
        }
        return new F1Score(gold.Count, system.Count, correct);
    }
}

using CsCheck;
using Parley.Ingest;
using Parley.Text;
using Parley.Text.Tokenization;

namespace Parley.Fuzz.Tests;

/// <summary>The tokenizer and sentence splitter take any text: tokens in order inside it, sentences in order and never too long.</summary>
public class TokenizerFuzzTests
{
    private static readonly Tokenizer Tokenizer = new();
    private static readonly SentenceSplitter Splitter = new();

    [Fact]
    public void Hostile_unicode_is_split_into_ordered_tokens_and_sentences_inside_the_text()
    {
        FuzzInputs.Text.Sample(Check, iter: 60_000 * FuzzInputs.Scale, threads: 1);
    }

    [Fact]
    public void Normalised_hostile_unicode_is_split_the_same_way()
    {
        FuzzInputs.Text.Select(TextNormalizer.Normalize).Sample(Check, iter: 10_000 * FuzzInputs.Scale, threads: 1);
    }

    [Fact]
    public void A_huge_line_without_punctuation_is_cut_into_bounded_sentences()
    {
        FuzzInputs.HugeLine.Sample(Check, iter: 20 * FuzzInputs.Scale, threads: 1);
    }

    private static void Check(string text)
    {
        var doc = new Document(text);
        Tokenizer.Process(doc);
        Splitter.Process(doc);
        int previousEnd = 0;
        for (int i = 0; i < doc.Count; i++)
        {
            Assert.InRange(doc.Starts[i], previousEnd, text.Length - 1);
            Assert.InRange(doc.Ends[i], doc.Starts[i] + 1, text.Length);
            previousEnd = doc.Ends[i];
        }
        int previousStart = -1;
        foreach (var sentence in doc.Sentences)
        {
            Assert.True(sentence.Start > previousStart && sentence.End > sentence.Start && sentence.End <= doc.Count);
            Assert.True(sentence.End - sentence.Start <= SentenceSplitter.MaxSentenceTokens, $"a sentence of {sentence.End - sentence.Start} tokens");
            previousStart = sentence.Start;
        }
    }
}

using Parley.Nlp.Conllu;
using Parley.Nlp.Evaluation;
using Parley.Testing;
using Parley.Text.Tokenization;
using Xunit.Abstractions;

namespace Parley.Nlp.Tests.Evaluation;

/// <summary>The tokenizer and sentence splitter against the UD English treebanks (skipped when the shared data is absent).</summary>
[Trait("Category", "Model")]
public class TokenizationQualityTests(ITestOutputHelper output)
{
    private TokenizationScores Evaluate(string file, SentenceSplitter? splitter = null)
    {
        var sentences = ConlluReader.ReadFile(RepositoryPaths.InSharedData("ud", file)).ToList();
        var scores = new TokenizationEvaluator(new Tokenizer(), splitter ?? new SentenceSplitter()).Evaluate(sentences);
        output.WriteLine($"{file}: tokens {scores.Tokens.F1:P2}, words {scores.Words.F1:P2}, sentences {scores.Sentences.F1:P2}");
        return scores;
    }

    // The shipped boundary model (models/sentence-splitter), trained on EWT train by 'parley eval tokenize --train-splitter'.
    private static SentenceSplitter ShippedSplitter() =>
        new(SentenceBoundaryModel.Load(RepositoryPaths.InRepo("models", "sentence-splitter", SentenceBoundaryModel.WeightsFile)));

    [SharedDataFact("ud/en_ewt-ud-dev.conllu")]
    public void EWT_dev_tokens_reach_99_percent_F1()
    {
        var scores = Evaluate("en_ewt-ud-dev.conllu");
        Assert.True(scores.Tokens.F1 >= 0.99, $"tokens F1 {scores.Tokens.F1:P2} < 99%");
        Assert.True(scores.Words.F1 >= 0.985, $"words F1 {scores.Words.F1:P2} < 98.5%");
    }

    [SharedDataFact("ud/en_ewt-ud-dev.conllu")]
    public void EWT_dev_sentences_with_the_rules_alone_stay_above_85_percent_F1()
    {
        // Web text without final punctuation (sign-offs, headers, lists) keeps the rules alone below 90%.
        var scores = Evaluate("en_ewt-ud-dev.conllu");
        Assert.True(scores.Sentences.F1 >= 0.85, $"sentences F1 {scores.Sentences.F1:P2} < 85%");
    }

    [SharedDataFact("ud/en_ewt-ud-dev.conllu")]
    public void EWT_dev_sentences_with_the_shipped_model_stay_above_89_5_percent_F1()
    {
        // The product bar is 90%; the shipped model measures 89.9% (its manifest), so this guards against regressions.
        var scores = Evaluate("en_ewt-ud-dev.conllu", ShippedSplitter());
        Assert.True(scores.Sentences.F1 >= 0.895, $"sentences F1 {scores.Sentences.F1:P2} < 89.5%");
    }

    [SharedDataFact("ud/en_pud-ud-test.conllu")]
    public void PUD_sentences_with_the_shipped_model_stay_above_99_percent_F1()
    {
        var scores = Evaluate("en_pud-ud-test.conllu", ShippedSplitter());
        Assert.True(scores.Sentences.F1 >= 0.99, $"sentences F1 {scores.Sentences.F1:P2} < 99%");
    }

    [SharedDataFact("ud/en_pud-ud-test.conllu")]
    public void PUD_tokens_reach_99_5_and_sentences_99_percent_F1()
    {
        var scores = Evaluate("en_pud-ud-test.conllu");
        Assert.True(scores.Tokens.F1 >= 0.995, $"tokens F1 {scores.Tokens.F1:P2} < 99.5%");
        Assert.True(scores.Sentences.F1 >= 0.99, $"sentences F1 {scores.Sentences.F1:P2} < 99%");
    }
}

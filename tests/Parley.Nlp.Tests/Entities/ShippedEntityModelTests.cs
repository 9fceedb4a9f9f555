using Parley.Nlp.Entities;
using Parley.Nlp.Iob;
using Parley.Testing;

namespace Parley.Nlp.Tests.Entities;

/// <summary>Checks the recogniser shipped in models/ner: its score on the shared development data, and news sentences of the kind Parley codes.</summary>
[Trait("Category", "Model")]
public class ShippedEntityModelTests
{
    // The shipped model scores 70.1 on UNER EWT dev (see models/ner/manifest.json); this floor catches a broken or stale model.
    private const double DevF1Floor = 68.0;

    private static EntityRecognizer Load() => EntityRecognizer.Load(RepositoryPaths.InRepo("models", "ner"));

    [SharedDataFact("ner/en_ewt-ud-dev.iob2")]
    public void The_shipped_model_reaches_its_development_f1()
    {
        var recognizer = Load();
        var docs = IobReader.ReadDocuments(RepositoryPaths.InSharedData("ner", "en_ewt-ud-dev.iob2"), recognizer.Types.ToHashSet());
        var evaluator = EntityRecognizerTrainer.Evaluate(recognizer, docs);
        Assert.True(evaluator.Overall.F1 >= DevF1Floor, $"dev F1 {evaluator.Overall.F1:F2} is below {DevF1Floor}");
    }

    [Theory]
    [InlineData("Russia signaled on Monday its openness to a meeting between President Vladimir Putin and U.S. President Donald Trump.",
        "Russia/LOC", "Vladimir Putin/PER", "Donald Trump/PER")]
    [InlineData("Kremlin spokesman Dmitry Peskov told reporters in Moscow that no date had been set.",
        "Dmitry Peskov/PER", "Moscow/LOC")]
    [InlineData("Chinese President Xi Jinping will host the parade in Beijing.",
        "Xi Jinping/PER", "Beijing/LOC")]
    [InlineData("Foreign Minister Wang Yi has called for a peace accord in Ukraine.",
        "Wang Yi/PER", "Ukraine/LOC")]
    [InlineData("The last meeting took place in Helsinki, Finland.",
        "Helsinki/LOC", "Finland/LOC")]
    public void News_titles_and_names_come_out_as_entities(string sentence, params string[] expected)
    {
        var doc = NewsSentences.Tokenize(sentence);
        Load().Process(doc);
        var found = NewsSentences.Entities(doc).ToList();
        foreach (var entity in expected)
        {
            Assert.Contains(entity, found);
        }
        Assert.DoesNotContain(found, e => e.StartsWith("President", StringComparison.Ordinal) || e.StartsWith("Foreign", StringComparison.Ordinal));
    }
}

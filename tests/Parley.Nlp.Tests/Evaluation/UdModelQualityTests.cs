using Parley.Nlp.Conllu;
using Parley.Nlp.Evaluation;
using Parley.Nlp.Lemmatization;
using Parley.Nlp.Tagging;
using Parley.Testing;
using Parley.Text;

namespace Parley.Nlp.Tests.Evaluation;

/// <summary>
/// The shipped tagger and lemmatizer, scored on EWT dev with gold tokens. The floors sit just under the
/// scores the models were shipped with (models/*/manifest.json), so a worse model fails here.
/// </summary>
[Trait("Category", "Model")]
public class UdModelQualityTests
{
    private const string Dev = "ud/en_ewt-ud-dev.conllu";

    private static string Models => RepositoryPaths.InRepo("models");

    private static UdScores ScoreDev()
    {
        var models = NlpModels.Load(Models);
        var pipeline = new Pipeline([new UdGivenTokens(), .. models.Pipes]);
        var evaluator = new UdEvaluator();
        foreach (var sentence in ConlluReader.ReadFile(RepositoryPaths.InSharedData(Dev)))
        {
            var doc = UdEvaluator.TokenDocument(sentence);
            pipeline.Process(doc);
            evaluator.Add(sentence, doc);
        }
        return evaluator.Scores;
    }

    [SharedDataFact(Dev)]
    public void The_shipped_tagger_and_lemmatizer_reach_their_dev_scores()
    {
        var scores = ScoreDev();

        Assert.InRange(scores.Upos!.Value, 0.951, 1.0);
        Assert.InRange(scores.Xpos!.Value, 0.945, 1.0);
        Assert.InRange(scores.Lemmas!.Value, 0.968, 1.0);
    }

    [Fact]
    public void The_models_folder_holds_a_tagger_and_a_lemmatizer()
    {
        var models = NlpModels.Load(Models);

        Assert.NotNull(models.Tagger);
        Assert.NotNull(models.Lemmatizer);
        Assert.Equal(["tagger", "lemmatizer"], models.Pipes.Select(p => p.Name).Take(2));
    }

    [Theory]
    [InlineData("met", "VBD", "meet")]
    [InlineData("held", "VBD", "hold")]
    [InlineData("told", "VBD", "tell")]
    [InlineData("children", "NNS", "child")]
    [InlineData("was", "VBD", "be")]
    [InlineData("n't", "RB", "not")]
    [InlineData("'s", "POS", "'s")]
    [InlineData("'s", "VBZ", "be")]
    [InlineData("fought", "VBD", "fight")]
    [InlineData("Kremlin", "NNP", "Kremlin")]
    [InlineData("negotiated", "VBD", "negotiate")]
    [InlineData("sanctioning", "VBG", "sanction")]
    public void The_shipped_lemmatizer_knows_irregular_and_regular_forms(string form, string xpos, string lemma)
        => Assert.Equal(lemma, Lemmatizer.Load(Path.Combine(Models, NlpModels.LemmatizerFolder)).Lemmatize(form, xpos));

    [Theory]
    [InlineData("froze", PastFormEvidence.Listed, "freeze")]
    [InlineData("overran", PastFormEvidence.Listed, "overrun")]
    [InlineData("fled", PastFormEvidence.Listed, "flee")]
    [InlineData("Shot", PastFormEvidence.Listed, "shoot")]
    [InlineData("spoke", PastFormEvidence.Patterned, "speak")]
    [InlineData("seized", PastFormEvidence.None, null)]
    [InlineData("are", PastFormEvidence.None, null)]
    [InlineData("programmes", PastFormEvidence.None, null)]
    [InlineData("police", PastFormEvidence.None, null)]
    [InlineData("asia", PastFormEvidence.None, null)]
    public void The_shipped_lemmatizer_reads_irregular_past_forms(string form, PastFormEvidence evidence, string? lemma)
    {
        var lemmatizer = Lemmatizer.Load(Path.Combine(Models, NlpModels.LemmatizerFolder));

        var read = new char[IIrregularPastForms.MaxLemmaLength];

        Assert.Equal(evidence, lemmatizer.ReadPast(form, read, out int length));
        Assert.Equal(lemma ?? "", new string(read, 0, length));
    }

    [Fact]
    public void The_shipped_tagger_tags_a_news_sentence()
    {
        var tagger = PerceptronTagger.Load(Path.Combine(Models, NlpModels.TaggerFolder));
        string[] words = ["Putin", "met", "Trump", "in", "Helsinki", "on", "Monday", "."];
        var doc = new Document(string.Join(' ', words));
        int offset = 0;
        foreach (var word in words)
        {
            doc.AddToken(offset, offset + word.Length);
            offset += word.Length + 1;
        }
        doc.StartSentence(0);

        tagger.Process(doc);

        Assert.Equal(["PROPN", "VERB", "PROPN", "ADP", "PROPN", "ADP", "PROPN", "PUNCT"], Enumerable.Range(0, doc.Count).Select(i => doc[i].Upos));
        Assert.Equal("VBD", doc[1].Xpos);
    }
}

namespace Parley.Nlp.Tests.Parsing;

/// <summary>
/// Verb forms, and nouns and adjectives that look like them, that web text seldom shows where news puts them
/// (verb-forms.tsv, written by the team), run through the shipped tokenizer, sentence splitter, tagger and parser:
/// each word must get its Penn tag. An irregular past read as a name, a noun or a preposition ("forces overran/IN the
/// area") costs the sentence its event.
/// </summary>
[Trait("Category", "Model")]
public class VerbFormsTests
{
    public static TheoryData<string, string, string> Words() => ShippedPipeline.Shapes("verb-forms.tsv");

    [Theory]
    [MemberData(nameof(Words))]
    public void The_word_gets_its_tag(string word, string tag, string sentence)
    {
        var doc = ShippedPipeline.Process(sentence);

        int i = Enumerable.Range(0, doc.Count).First(k => doc[k].Text == word);
        Assert.True(doc[i].Xpos == tag, $"'{word}' is tagged {doc[i].Xpos}, not {tag}: {ShippedPipeline.Describe(doc)}");
    }

    [Fact]
    public void The_shipped_models_read_irregular_past_forms()
    {
        var models = NlpModels.Load(Parley.Testing.RepositoryPaths.InRepo("models"));

        Assert.True(models.Tagger!.ReadsPastForms);
    }
}

namespace Parley.Nlp.Tests.Parsing;

/// <summary>
/// News sentences that open with an adverbial and a comma (fronted-subjects.tsv, written by the team), run through
/// the shipped tokenizer, sentence splitter, tagger and parser: the word after the comma that names who acted must be
/// the verb's subject, not a conjunct or apposition inside the opening phrase.
/// </summary>
[Trait("Category", "Model")]
public class FrontedSubjectsTests
{
    /// <summary>(verb, subject head, sentence) for each line of the list that is not a comment.</summary>
    public static TheoryData<string, string, string> Shapes() => ShippedPipeline.Shapes("fronted-subjects.tsv");

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_name_after_an_opening_phrase_is_in_the_subject_of_the_verb(string verb, string subject, string sentence)
    {
        var doc = ShippedPipeline.Process(sentence);

        Assert.Single(doc.Sentences);
        int v = Enumerable.Range(0, doc.Count).First(i => doc[i].Text == verb);
        // The word is the subject's head or inside its phrase ("Foreign Minister Penny Wong").
        int s = Enumerable.Range(0, doc.Count).First(i => doc[i].Text == subject);
        while (doc.Heads[s] >= 0 && doc.Heads[s] != v)
        {
            s = doc.Heads[s];
        }
        Assert.True(doc.Heads[s] == v && doc[s].Dep == "nsubj", $"'{subject}' is not in the subject of '{verb}': {ShippedPipeline.Describe(doc)}");
    }

    [Fact]
    public void A_clause_that_has_its_subject_keeps_its_parse()
    {
        var doc = ShippedPipeline.Process("On Monday, the minister said the talks had failed.");

        int said = Enumerable.Range(0, doc.Count).First(i => doc[i].Text == "said");
        int minister = Enumerable.Range(0, doc.Count).First(i => doc[i].Text == "minister");
        Assert.Equal(said, doc.Heads[minister]);
        Assert.Equal(-1, doc.Heads[said]);
    }

    [Fact]
    public void An_imperative_after_an_opening_phrase_gets_no_subject()
    {
        var doc = ShippedPipeline.Process("In that case, call the embassy at once.");

        Assert.DoesNotContain(Enumerable.Range(0, doc.Count), i => doc[i].Dep == "nsubj");
    }
}

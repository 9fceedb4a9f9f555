namespace Parley.Nlp.Tests.Parsing;

/// <summary>
/// Clauses opened by "after", "before", "since" or "until" (subordinate-clauses.tsv, written by the team), run through
/// the shipped pipeline: the clause's subject is its verb's subject, not the object of a preposition.
/// </summary>
[Trait("Category", "Model")]
public class SubordinateClausesTests
{
    public static TheoryData<string, string, string> Clauses() => ShippedPipeline.Shapes("subordinate-clauses.tsv");

    [Theory]
    [MemberData(nameof(Clauses))]
    public void The_subject_of_the_clause_is_its_verbs(string subject, string verb, string sentence)
    {
        var doc = ShippedPipeline.Process(sentence);

        int s = Enumerable.Range(0, doc.Count).First(i => doc[i].Text == subject);
        int v = Enumerable.Range(0, doc.Count).First(i => doc[i].Text == verb);
        Assert.True(doc.Heads[s] == v && doc[s].Dep == "nsubj", $"'{subject}' is not the nsubj of '{verb}': {ShippedPipeline.Describe(doc)}");
        Assert.Equal("advcl", doc[v].Dep);
    }

    [Fact]
    public void A_noun_phrase_after_the_preposition_stays_its_object()
    {
        var doc = ShippedPipeline.Process("Prices fell after the war and rose again.");

        int war = Enumerable.Range(0, doc.Count).First(i => doc[i].Text == "war");
        Assert.Equal("obl", doc[war].Dep);
    }
}

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

    [Theory]
    [InlineData("Russia cut ties with Georgia after protesters ransacked its embassy.", "ransacked", "cut")]
    [InlineData("The army imposed a curfew in the city after rebels seized the airport.", "seized", "imposed")]
    [InlineData("The talks resumed a day after police raided the party's offices.", "raided", "day")]
    public void The_clause_tells_the_time_of_the_predicate_or_of_a_span_of_time(string sentence, string verb, string host)
    {
        var doc = ShippedPipeline.Process(sentence);

        int v = Enumerable.Range(0, doc.Count).First(i => doc[i].Text == verb);
        Assert.True(doc.Heads[v] >= 0 && doc[doc.Heads[v]].Text == host, $"'{verb}' does not hang from '{host}': {ShippedPipeline.Describe(doc)}");
    }

    [Fact]
    public void A_relative_clause_on_the_prepositions_object_stays_one()
    {
        var doc = ShippedPipeline.Process("The region has been calm since a ceasefire that ended the war in 2002.");

        int ended = Enumerable.Range(0, doc.Count).First(i => doc[i].Text == "ended");
        Assert.NotEqual("advcl", doc[ended].Dep);
    }
}

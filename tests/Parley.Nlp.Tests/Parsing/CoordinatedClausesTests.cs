namespace Parley.Nlp.Tests.Parsing;

/// <summary>
/// Clauses joined by ", and" or ", but", each with a subject of its own (coordinated-clauses.tsv, written by the team),
/// run through the shipped pipeline: the second clause's subject is its verb's subject, and the verb is a conjunct of
/// the first clause's predicate.
/// </summary>
[Trait("Category", "Model")]
public class CoordinatedClausesTests
{
    public static TheoryData<string, string, string> Clauses() => ShippedPipeline.Shapes("coordinated-clauses.tsv");

    [Theory]
    [MemberData(nameof(Clauses))]
    public void The_second_clause_keeps_its_subject(string subject, string verb, string sentence)
    {
        var doc = ShippedPipeline.Process(sentence);

        int s = Enumerable.Range(0, doc.Count).First(i => doc[i].Text == subject);
        int v = Enumerable.Range(0, doc.Count).First(i => doc[i].Text == verb && i > s);
        Assert.True(doc.Heads[s] == v && doc[s].Dep == "nsubj", $"'{subject}' is not the nsubj of '{verb}': {ShippedPipeline.Describe(doc)}");
        Assert.True(doc[v].Dep == "conj" && doc.Heads[v] < s, $"'{verb}' is not a conjunct of the first clause: {ShippedPipeline.Describe(doc)}");
    }

    [Theory]
    [InlineData("Russia, China, and Iran condemned the strikes.", "Iran")]
    [InlineData("The ministry said four children were killed, and 35 others injured, in the blast.", "others")]
    [InlineData("The rebels returned buildings, equipment, and property captured from government forces.", "property")]
    public void A_list_or_a_clause_without_its_verb_is_left_alone(string sentence, string noun)
    {
        var doc = ShippedPipeline.Process(sentence);

        int n = Enumerable.Range(0, doc.Count).First(i => doc[i].Text == noun);
        Assert.False(doc[n].Dep == "nsubj" && doc[doc.Heads[n]].Dep == "conj", $"'{noun}' became a second clause's subject: {ShippedPipeline.Describe(doc)}");
    }
}

namespace Parley.Nlp.Tests.Parsing;

/// <summary>
/// Verbs of saying with a reported clause that has no "that" (reported-clauses.tsv, written by the team), run through
/// the shipped pipeline: the clause is the verb's complement, not a second verb joined to it with nothing to join them.
/// </summary>
[Trait("Category", "Model")]
public class ReportedClausesTests
{
    public static TheoryData<string, string, string> Clauses() => ShippedPipeline.Shapes("reported-clauses.tsv");

    [Theory]
    [MemberData(nameof(Clauses))]
    public void The_reported_clause_is_the_complement_of_its_verb(string verb, string clause, string sentence)
    {
        var doc = ShippedPipeline.Process(sentence);

        int v = Enumerable.Range(0, doc.Count).First(i => doc[i].Text == verb);
        int c = Enumerable.Range(0, doc.Count).First(i => doc[i].Text == clause);
        Assert.True(doc.Heads[c] == v && doc[c].Dep == "ccomp", $"'{clause}' is not the ccomp of '{verb}': {ShippedPipeline.Describe(doc)}");
    }

    [Fact]
    public void Verbs_joined_by_and_stay_conjuncts()
    {
        var doc = ShippedPipeline.Process("Police arrested three men and the court charged them.");

        int charged = Enumerable.Range(0, doc.Count).First(i => doc[i].Text == "charged");
        Assert.Equal("conj", doc[charged].Dep);
    }
}

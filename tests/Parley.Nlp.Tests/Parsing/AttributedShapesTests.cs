namespace Parley.Nlp.Tests.Parsing;

/// <summary>
/// News sentences that end with their attribution (attributed-shapes.tsv, written by the team): "Police arrested 20
/// protesters, officials said." has a finite verb, "said", so the tagger's rule that a sentence needs one never looked
/// at "arrested", which it then read as a participle modifying "police" and the event was lost. The reported clause
/// needs its own: its verb must be a simple past linked to the attributing verb.
/// </summary>
[Trait("Category", "Model")]
public class AttributedShapesTests
{
    /// <summary>(verb, attributing verb, sentence) for each line of the list that is not a comment.</summary>
    public static TheoryData<string, string, string> Shapes()
        => ShippedPipeline.Shapes("attributed-shapes.tsv");

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_reported_clause_keeps_its_simple_past_beside_the_attribution(string verb, string attributing, string sentence)
    {
        var doc = ShippedPipeline.Process(sentence);

        Assert.Single(doc.Sentences);
        int v = Enumerable.Range(0, doc.Count).First(i => doc[i].Text == verb);
        string tags = string.Join(' ', Enumerable.Range(0, doc.Count).Select(i => $"{doc[i].Text}/{doc[i].Xpos}"));
        Assert.True(doc[v].Xpos == "VBD", $"'{verb}' is tagged {doc[v].Xpos}, not VBD: {tags}");
        // Either parse is a clause the coder reads: "said" over the reported clause, or the clause as the root with
        // "said" beside it (parataxis).
        int a = Enumerable.Range(0, doc.Count).First(i => doc[i].Text == attributing);
        Assert.True(doc.Heads[v] == a || doc.Heads[a] == v, $"'{verb}' and '{attributing}' are not linked: {verb} hangs on {doc.Heads[v]}, {attributing} on {doc.Heads[a]}: {tags}");
    }
}

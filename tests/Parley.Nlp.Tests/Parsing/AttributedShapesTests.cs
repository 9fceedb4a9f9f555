using Parley.Testing;
using Parley.Text;
using Parley.Text.Tokenization;

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
    private static readonly Lazy<Pipeline> Shipped = new(() =>
    {
        string models = RepositoryPaths.InRepo("models");
        var splitter = new SentenceSplitter(SentenceBoundaryModel.Load(Path.Combine(models, "sentence-splitter", SentenceBoundaryModel.WeightsFile)));
        return new Pipeline([new Tokenizer(), splitter, .. NlpModels.Load(models).Pipes]);
    });

    /// <summary>(verb, attributing verb, sentence) for each line of the list that is not a comment.</summary>
    public static TheoryData<string, string, string> Shapes()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in File.ReadLines(RepositoryPaths.InRepo("tests", "Parley.Nlp.Tests", "Parsing", "attributed-shapes.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var fields = line.Split('\t');
            data.Add(fields[0], fields[1], fields[2]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_reported_clause_keeps_its_simple_past_beside_the_attribution(string verb, string attributing, string sentence)
    {
        var doc = Shipped.Value.Process(sentence);

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

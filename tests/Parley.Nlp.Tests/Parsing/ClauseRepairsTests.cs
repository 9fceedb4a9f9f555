using Parley.Testing;

namespace Parley.Nlp.Tests.Parsing;

/// <summary>
/// News sentence shapes the parse repairs (clause-repairs.tsv, written by the team), run through the shipped pipeline:
/// each listed word has the expected Penn tag, head word and relation.
/// </summary>
[Trait("Category", "Model")]
public class ClauseRepairsTests
{
    /// <summary>(word, tag or "-", head word or "-" for any, relation or "-", sentence) for each line that is not a comment.</summary>
    public static TheoryData<string, string, string, string, string> Repairs()
    {
        var data = new TheoryData<string, string, string, string, string>();
        foreach (var line in File.ReadLines(RepositoryPaths.InRepo("tests", "Parley.Nlp.Tests", "Parsing", "clause-repairs.tsv")))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var fields = line.Split('\t');
            data.Add(fields[0], fields[1], fields[2], fields[3], fields[4]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Repairs))]
    public void The_word_has_its_tag_head_and_relation(string word, string tag, string head, string relation, string sentence)
    {
        var doc = ShippedPipeline.Process(sentence);

        int w = Enumerable.Range(0, doc.Count).First(i => doc[i].Text == word);
        string described = ShippedPipeline.Describe(doc);
        Assert.True(tag == "-" || doc[w].Xpos == tag, $"'{word}' is tagged {doc[w].Xpos}, not {tag}: {described}");
        string actualHead = doc.Heads[w] < 0 ? "-" : doc[doc.Heads[w]].Text;
        Assert.True(head == "-" || actualHead == head, $"'{word}' hangs from '{actualHead}', not '{head}': {described}");
        Assert.True(relation == "-" || doc[w].Dep == relation, $"'{word}' is {doc[w].Dep}, not {relation}: {described}");
    }
}

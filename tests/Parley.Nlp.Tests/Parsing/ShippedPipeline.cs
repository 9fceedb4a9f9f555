using Parley.Testing;
using Parley.Text;
using Parley.Text.Tokenization;

namespace Parley.Nlp.Tests.Parsing;

/// <summary>The shipped tokenizer, sentence splitter, tagger and parser, and the team's lists of sentence shapes they must get right.</summary>
internal static class ShippedPipeline
{
    private static readonly Lazy<Pipeline> Pipeline = new(() =>
    {
        string models = RepositoryPaths.InRepo("models");
        var splitter = new SentenceSplitter(SentenceBoundaryModel.Load(Path.Combine(models, "sentence-splitter", SentenceBoundaryModel.WeightsFile)));
        return new Pipeline([new Tokenizer(), splitter, .. NlpModels.Load(models).Pipes]);
    });

    /// <summary>Runs the shipped pipeline over <paramref name="text"/>.</summary>
    public static Document Process(string text) => Pipeline.Value.Process(text);

    /// <summary>The three tab-separated fields of each line of list <paramref name="file"/> (in this folder) that is not a comment.</summary>
    public static TheoryData<string, string, string> Shapes(string file)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var line in File.ReadLines(RepositoryPaths.InRepo("tests", "Parley.Nlp.Tests", "Parsing", file)))
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

    /// <summary>Each word of <paramref name="doc"/> with its Penn tag, head and relation, for failure messages.</summary>
    public static string Describe(Document doc) =>
        string.Join(' ', Enumerable.Range(0, doc.Count).Select(i => $"{doc[i].Text}/{doc[i].Xpos}/{doc.Heads[i]}/{doc.Strings[doc.Deps[i]]}"));
}

using Parley.Text;

namespace Parley.Nlp.Parsing;

/// <summary>A training or development sentence reduced to what the parser reads, with its gold tree (root = length).</summary>
internal sealed class ParserSentence
{
    public required uint[] Words { get; init; }
    public required int[] Tags { get; init; }
    /// <summary>Gold heads as the oracle sees them: projectivised, with the root as <c>Length</c>.</summary>
    public required int[] GoldHeads { get; init; }
    /// <summary>Gold heads as annotated (before projectivising), for scoring.</summary>
    public required int[] OriginalHeads { get; init; }
    public required int[] GoldLabels { get; init; }
    public int Length => Words.Length;

    /// <summary>Reads each sentence of a gold-annotated document.</summary>
    public static IEnumerable<ParserSentence> From(Document doc, Func<string, string, int> tagCode, Func<string, int> relation)
    {
        foreach (var span in doc.Sentences)
        {
            int n = span.Length;
            var words = new uint[n];
            var tags = new int[n];
            var heads = new int[n];
            var labels = new int[n];
            for (int i = 0; i < n; i++)
            {
                int t = span.Start + i;
                words[i] = DependencyParser.WordCode(doc.Text.AsSpan(doc.Starts[t], doc.Ends[t] - doc.Starts[t]));
                tags[i] = tagCode(doc.Strings[doc.Upos[t]], doc.Strings[doc.Xpos[t]]);
                int head = doc.Heads[t];
                heads[i] = head < 0 ? -1 : head - span.Start;
                labels[i] = relation(doc.Strings[doc.Deps[t]]);
            }
            var original = ToRootAtEnd(heads, n);
            Projectivity.Projectivize(heads);
            yield return new ParserSentence
            {
                Words = words,
                Tags = tags,
                GoldHeads = ToRootAtEnd(heads, n),
                OriginalHeads = original,
                GoldLabels = labels,
            };
        }
    }

    private static int[] ToRootAtEnd(int[] heads, int n)
    {
        var copy = new int[n];
        for (int i = 0; i < n; i++)
        {
            copy[i] = heads[i] < 0 || heads[i] >= n ? n : heads[i];
        }
        return copy;
    }
}

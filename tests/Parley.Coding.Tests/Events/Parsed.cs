using Parley.Text;

namespace Parley.Coding.Tests.Events;

/// <summary>
/// Builds a parsed document by hand: sentences separated by <c> || </c>, tokens by single spaces, each token
/// <c>word/UPOS/XPOS/lemma/head/dep</c> with CoNLL-U heads counted within its sentence (1-based, 0 for the root).
/// </summary>
internal static class Parsed
{
    public static Document Of(string sentences)
    {
        var parsed = sentences.Split(" || ").Select(s => s.Split(' ').Select(t => t.Split('/')).ToArray()).ToArray();
        var doc = new Document(string.Join(' ', parsed.SelectMany(s => s).Select(f => f[0])));
        int offset = 0;
        foreach (var sentence in parsed)
        {
            int first = doc.Count;
            foreach (var f in sentence)
            {
                if (f.Length != 6)
                {
                    throw new ArgumentException($"'{string.Join('/', f)}' is not word/UPOS/XPOS/lemma/head/dep.", nameof(sentences));
                }
                int i = doc.AddToken(offset, offset + f[0].Length);
                offset += f[0].Length + 1;
                doc.Upos[i] = doc.Strings.Add(f[1]);
                doc.Xpos[i] = doc.Strings.Add(f[2]);
                doc.Lemmas[i] = doc.Strings.Add(f[3]);
                int head = int.Parse(f[4], System.Globalization.CultureInfo.InvariantCulture);
                doc.Heads[i] = head == 0 ? -1 : first + head - 1;
                doc.Deps[i] = doc.Strings.Add(f[5]);
            }
            doc.StartSentence(first);
        }
        doc.Mark(Annotations.Tokens | Annotations.Sentences | Annotations.Tags | Annotations.Lemmas | Annotations.Dependencies);
        return doc;
    }
}

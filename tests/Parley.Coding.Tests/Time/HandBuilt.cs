using Parley.Text;

namespace Parley.Coding.Tests.Time;

/// <summary>
/// Builds small documents by hand, one sentence, tokens separated by single spaces. A token is
/// <c>word</c>, <c>word/UPOS/XPOS</c> or <c>word/UPOS/XPOS/head/dep</c> with CoNLL-U heads (1-based, 0 for the root).
/// </summary>
internal static class HandBuilt
{
    public static Document Sentence(string tokens)
    {
        var fields = tokens.Split(' ').Select(t => t.Split('/')).ToArray();
        var doc = new Document(string.Join(' ', fields.Select(f => f[0])));
        int offset = 0;
        foreach (var f in fields)
        {
            doc.AddToken(offset, offset + f[0].Length);
            offset += f[0].Length + 1;
        }
        doc.StartSentence(0);
        doc.Mark(Annotations.Tokens | Annotations.Sentences);
        bool tagged = fields.All(f => f.Length >= 3);
        bool parsed = fields.All(f => f.Length >= 5);
        for (int i = 0; i < fields.Length; i++)
        {
            if (tagged)
            {
                doc.Upos[i] = doc.Strings.Add(fields[i][1]);
                doc.Xpos[i] = doc.Strings.Add(fields[i][2]);
            }
            if (parsed)
            {
                doc.Heads[i] = int.Parse(fields[i][3], System.Globalization.CultureInfo.InvariantCulture) - 1;
                doc.Deps[i] = doc.Strings.Add(fields[i][4]);
            }
        }
        if (tagged)
        {
            doc.Mark(Annotations.Tags);
        }
        if (parsed)
        {
            doc.Mark(Annotations.Dependencies);
        }
        return doc;
    }

    /// <summary>The index of the first token whose text is <paramref name="word"/>.</summary>
    public static int IndexOf(Document doc, string word)
    {
        for (int i = 0; i < doc.Count; i++)
        {
            if (doc[i].Text == word)
            {
                return i;
            }
        }
        throw new ArgumentException($"No token '{word}' in: {doc.Text}", nameof(word));
    }
}

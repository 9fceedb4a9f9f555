using Parley.Text;

namespace Parley.Nlp.Tests.Parsing;

/// <summary>Small hand-built sentences with gold tags and trees (heads 0-based, -1 for the root).</summary>
internal static class TreeBank
{
    public static readonly (string Form, string Tag, int Head, string Label)[] SheSawHim =
    [
        ("She", "PRP", 1, "nsubj"),
        ("saw", "VBD", -1, "root"),
        ("him", "PRP", 1, "obj"),
        (".", ".", 1, "punct"),
    ];

    public static readonly (string Form, string Tag, int Head, string Label)[] TheOldManSleeps =
    [
        ("The", "DT", 2, "det"),
        ("old", "JJ", 2, "amod"),
        ("man", "NN", 3, "nsubj"),
        ("sleeps", "VBZ", -1, "root"),
        ("in", "IN", 6, "case"),
        ("the", "DT", 6, "det"),
        ("park", "NN", 3, "obl"),
        (".", ".", 3, "punct"),
    ];

    public static readonly (string Form, string Tag, int Head, string Label)[] TalksWereHeld =
    [
        ("Talks", "NNS", 2, "nsubj:pass"),
        ("were", "VBD", 2, "aux:pass"),
        ("held", "VBN", -1, "root"),
        ("on", "IN", 4, "case"),
        ("Monday", "NNP", 2, "obl:tmod"),
        ("and", "CC", 6, "cc"),
        ("ended", "VBD", 2, "conj"),
        ("early", "RB", 6, "advmod"),
        (".", ".", 2, "punct"),
    ];

    /// <summary>"A hearing is scheduled on the issue today": "on the issue" belongs to "hearing" and crosses "is scheduled".</summary>
    public static readonly (string Form, string Tag, int Head, string Label)[] NonProjective =
    [
        ("A", "DT", 1, "det"),
        ("hearing", "NN", 3, "nsubj:pass"),
        ("is", "VBZ", 3, "aux:pass"),
        ("scheduled", "VBN", -1, "root"),
        ("on", "IN", 6, "case"),
        ("the", "DT", 6, "det"),
        ("issue", "NN", 1, "nmod"),
        ("today", "NN", 3, "obl:tmod"),
    ];

    public static IReadOnlyList<(string Form, string Tag, int Head, string Label)[]> Projective => [SheSawHim, TheOldManSleeps, TalksWereHeld];

    /// <summary>A one-sentence document with tokens, tags (as UPOS and XPOS), heads and relations.</summary>
    public static Document Build((string Form, string Tag, int Head, string Label)[] words)
    {
        var doc = new Document(string.Join(' ', words.Select(w => w.Form)));
        int offset = 0;
        foreach (var (form, tag, head, label) in words)
        {
            int i = doc.AddToken(offset, offset + form.Length);
            offset += form.Length + 1;
            doc.Upos[i] = doc.Strings.Add(tag);
            doc.Xpos[i] = doc.Strings.Add(tag);
            doc.Heads[i] = head;
            doc.Deps[i] = doc.Strings.Add(label);
        }
        doc.StartSentence(0);
        doc.Mark(Annotations.Tokens | Annotations.Sentences | Annotations.Tags | Annotations.Dependencies);
        return doc;
    }

    /// <summary>Gold heads as the oracle reads them: the root is <c>Length</c>.</summary>
    public static int[] OracleHeads((string Form, string Tag, int Head, string Label)[] words) =>
        [.. words.Select(w => w.Head < 0 ? words.Length : w.Head)];
}

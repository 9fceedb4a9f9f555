using Parley.Text;

namespace Parley.Nlp.Iob;

/// <summary>A sentence of an IOB file: its tokens and one IOB label per token (<c>O</c>, <c>B-PER</c>, <c>I-LOC</c>, …).</summary>
public sealed class IobSentence
{
    /// <summary>1-based line number of the sentence's first line in its file.</summary>
    public int LineNumber { get; init; }
    /// <summary>The <c># sent_id =</c> comment, when the file has one.</summary>
    public string? SentId { get; set; }
    /// <summary>True when a <c># newdoc</c> comment or a <c>-DOCSTART-</c> line starts a new document here.</summary>
    public bool NewDocument { get; set; }
    public List<string> Tokens { get; } = [];
    public List<string> Labels { get; } = [];

    /// <summary>
    /// A gold-token document of this sentence: the tokens joined by single spaces, one sentence, and
    /// <see cref="Document.Entities"/> decoded from the labels (conlleval-style, so IOB1 files read too).
    /// Entity types outside <paramref name="keepTypes"/> (when given) are dropped, e.g. wikigold's MISC.
    /// </summary>
    public Document ToDocument(StringStore? strings = null, IReadOnlySet<string>? keepTypes = null)
    {
        var doc = new Document(string.Join(' ', Tokens), strings);
        int offset = 0;
        foreach (var token in Tokens)
        {
            doc.AddToken(offset, offset + token.Length);
            offset += token.Length + 1;
        }
        if (doc.Count > 0)
        {
            doc.StartSentence(0);
        }
        foreach (var span in IobScheme.Decode(Labels))
        {
            if (keepTypes is null || keepTypes.Contains(span.Label))
            {
                doc.Entities.Add(span);
            }
        }
        doc.Mark(Annotations.Tokens | Annotations.Sentences | Annotations.Entities);
        return doc;
    }
}

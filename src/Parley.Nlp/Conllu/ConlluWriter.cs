using System.Globalization;
using Parley.Nlp.Iob;
using Parley.Text;

namespace Parley.Nlp.Conllu;

/// <summary>
/// Writes an annotated <see cref="Document"/> as CoNLL-U: one block per sentence, <c># text</c> with the
/// sentence's original characters (line breaks as spaces), columns that are not annotated as <c>_</c>, and
/// in MISC the token's offsets into the document (<c>TokenRange=start:end</c>), <c>SpaceAfter=No</c>, and
/// named entities as <c>NER=B-PER</c>/<c>I-PER</c>.
/// </summary>
public static class ConlluWriter
{
    /// <param name="writer">Where to write.</param>
    /// <param name="doc">The document.</param>
    /// <param name="documentId">Written as <c># newdoc id</c> and as the prefix of each <c># sent_id</c>.</param>
    public static void Write(TextWriter writer, Document doc, string documentId)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(doc);
        var entityTags = EntityTags(doc);
        writer.Write("# newdoc id = ");
        writer.WriteLine(documentId);
        int sentenceNumber = 0;
        foreach (var sentence in doc.Sentences)
        {
            sentenceNumber++;
            writer.Write("# sent_id = ");
            writer.Write(documentId);
            writer.Write('-');
            writer.WriteLine(sentenceNumber.ToString(CultureInfo.InvariantCulture));
            writer.Write("# text = ");
            writer.WriteLine(OneLine(sentence.Text));
            for (int i = sentence.Start; i < sentence.End; i++)
            {
                WriteToken(writer, doc, sentence, i, entityTags[i]);
            }
            writer.WriteLine();
        }
    }

    private static void WriteToken(TextWriter writer, Document doc, TokenSpan sentence, int i, string? entityTag)
    {
        var token = doc[i];
        bool parsed = doc.Has(Annotations.Dependencies);
        writer.Write((i - sentence.Start + 1).ToString(CultureInfo.InvariantCulture));
        writer.Write('\t');
        writer.Write(Field(token.Span));
        writer.Write('\t');
        writer.Write(Field(doc.Has(Annotations.Lemmas) ? token.Lemma : null));
        writer.Write('\t');
        writer.Write(Field(doc.Has(Annotations.Tags) ? token.Upos : null));
        writer.Write('\t');
        writer.Write(Field(doc.Has(Annotations.Tags) ? token.Xpos : null));
        writer.Write("\t_\t");
        if (parsed)
        {
            int head = token.Head;
            int relative = head < 0 ? 0 : head - sentence.Start + 1;
            writer.Write(relative.ToString(CultureInfo.InvariantCulture));
            writer.Write('\t');
            writer.Write(Field(token.Dep));
        }
        else
        {
            writer.Write("_\t_");
        }
        writer.Write("\t_\t");
        writer.Write("TokenRange=");
        writer.Write(token.Start.ToString(CultureInfo.InvariantCulture));
        writer.Write(':');
        writer.Write(token.End.ToString(CultureInfo.InvariantCulture));
        if (!token.SpaceAfter && i + 1 < doc.Count)
        {
            writer.Write("|SpaceAfter=No");
        }
        if (entityTag is not null)
        {
            writer.Write("|NER=");
            writer.Write(entityTag);
        }
        writer.WriteLine();
    }

    private static string?[] EntityTags(Document doc) =>
        doc.Has(Annotations.Entities) ? IobScheme.Encode(doc.Entities, doc.Count) : new string?[doc.Count];

    // A CoNLL-U field may not be empty or hold a tab or line break.
    private static string Field(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty)
        {
            return "_";
        }
        return value.ContainsAny('\t', '\n', '\r') ? OneLine(value.ToString()).Replace('\t', ' ') : value.ToString();
    }

    private static string Field(string? value) => value is null ? "_" : Field(value.AsSpan());

    private static string OneLine(string text) => text.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');
}

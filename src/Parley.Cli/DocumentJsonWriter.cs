using System.Text.Encodings.Web;
using System.Text.Json;
using Parley.Ingest;
using Parley.Text;

namespace Parley.Cli;

/// <summary>Writes an annotated article as one JSON line: metadata, sentences with their tokens, and entities; offsets are UTF-16 indices into <c>text</c>.</summary>
public sealed class DocumentJsonWriter(Stream output) : IDisposable
{
    private readonly Utf8JsonWriter _json = new(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = false });
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    public void Write(Article article, Document doc)
    {
        _json.WriteStartObject();
        _json.WriteString("article_id", article.Id);
        _json.WriteString("article_date", article.Date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        _json.WriteString("title", article.Title);
        _json.WriteString("origin", article.Origin);
        _json.WriteString("text", doc.Text);
        _json.WriteStartArray("sentences");
        int index = 0;
        foreach (var sentence in doc.Sentences)
        {
            _json.WriteStartObject();
            _json.WriteNumber("index", index++);
            _json.WriteNumber("start", sentence.StartChar);
            _json.WriteNumber("end", sentence.EndChar);
            _json.WriteStartArray("tokens");
            foreach (var token in sentence)
            {
                WriteToken(doc, token);
            }
            _json.WriteEndArray();
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        _json.WriteStartArray("entities");
        foreach (var entity in doc.Entities)
        {
            var span = new TokenSpan(doc, entity.Start, entity.End);
            _json.WriteStartObject();
            _json.WriteString("text", span.Text);
            _json.WriteString("label", entity.Label);
            _json.WriteNumber("start", span.StartChar);
            _json.WriteNumber("end", span.EndChar);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        _json.Reset();
        output.Write(NewLine);
    }

    private void WriteToken(Document doc, Token token)
    {
        _json.WriteStartObject();
        _json.WriteNumber("i", token.Index);
        _json.WriteString("text", token.Span);
        _json.WriteNumber("start", token.Start);
        _json.WriteNumber("end", token.End);
        if (doc.Has(Annotations.Tags))
        {
            _json.WriteString("upos", token.Upos);
            _json.WriteString("xpos", token.Xpos);
        }
        if (doc.Has(Annotations.Lemmas))
        {
            _json.WriteString("lemma", token.Lemma);
        }
        if (doc.Has(Annotations.Dependencies))
        {
            _json.WriteNumber("head", token.Head);
            _json.WriteString("dep", token.Dep);
        }
        _json.WriteEndObject();
    }

    public void Dispose() => _json.Dispose();
}

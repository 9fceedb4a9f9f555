using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Parley.Ingest.Formats;

/// <summary>
/// Reads JSON Lines: one object per line, streamed, so a file of any size takes the memory of its
/// longest line. Fields (docs/OUTPUT.md): <c>id</c>; <c>date</c> or <c>published</c> (also read:
/// <c>datePublished</c>, <c>dateCreated</c>, <c>pubDate</c>); <c>title</c>; <c>text</c> or <c>body</c>;
/// <c>url</c> (also <c>link</c>, <c>sourceURL</c>); <c>source</c>. Other fields are ignored. Each
/// problem names its line; a bad line never stops the file.
/// </summary>
internal static class JsonLinesReader
{
    private static readonly string[] IdFields = ["id"];
    private static readonly string[] DateFields = ["date", "published", "datePublished", "dateCreated", "pubDate"];
    private static readonly string[] TitleFields = ["title"];
    private static readonly string[] TextFields = ["text", "body"];
    private static readonly string[] UrlFields = ["url", "link", "sourceURL"];
    private static readonly string[] SourceFields = ["source"];

    /// <summary>
    /// When this many lines have come first and none gave an article, the file is not JSON Lines of
    /// news (a pretty-printed JSON document, another schema, binary data): one problem says so, instead
    /// of one per line for the rest of a file that may be gigabytes long.
    /// </summary>
    public const int GiveUpAfter = 20;

    public static IEnumerable<IngestResult> Read(Stream stream, ReadContext context)
    {
        var reader = new ByteLineReader(stream, (int)Math.Min(context.Options.MaxArticleBytes, Array.MaxLength));
        var sawBytes = false;
        var lines = 0;
        var articles = 0;
        while (reader.TryRead(out var line))
        {
            sawBytes = true;
            var bytes = line.Bytes;
            if (line.Number == 1 && bytes.Span.StartsWith("\uFEFF"u8))
            {
                bytes = bytes[3..];
            }
            if (!line.TooLong && bytes.Span.Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }
            lines++;
            if (line.TooLong)
            {
                yield return context.Oversize(line.Length, "the line", line.Number);
            }
            else
            {
                foreach (var result in ReadLine(bytes, line, context))
                {
                    articles += result.IsArticle ? 1 : 0;
                    yield return result;
                }
            }
            if (articles == 0 && lines == GiveUpAfter)
            {
                yield return context.Problem(IngestProblemKind.Malformed,
                    $"not JSON Lines of news: none of the first {GiveUpAfter} lines gave an article; the rest of the file is skipped", line.Number);
                yield break;
            }
        }
        if (lines == 0)
        {
            yield return context.Problem(IngestProblemKind.Empty, sawBytes ? "empty: only blank lines, no JSON objects; skipped" : "empty: no text; skipped");
        }
    }

    private static IEnumerable<IngestResult> ReadLine(ReadOnlyMemory<byte> bytes, ByteLine line, ReadContext context)
    {
        var number = line.Number;
        if (!Utf8.IsValid(bytes.Span))
        {
            yield return context.Problem(IngestProblemKind.InvalidEncoding, "not valid UTF-8; bad bytes were replaced by U+FFFD", number, IngestSeverity.Warning);
            bytes = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes.Span));
        }
        if (!TryParse(bytes, out var document, out var parseError))
        {
            if (IsIncomplete(bytes.Span))
            {
                var reason = line.EndsWithNewline
                    ? "truncated JSON: the line ends before its object closes; skipped"
                    : "truncated JSON: the file ends in the middle of this line's object; skipped";
                yield return context.Problem(IngestProblemKind.Truncated, reason, number);
            }
            else
            {
                yield return context.Problem(IngestProblemKind.Malformed, $"invalid JSON: {parseError}; skipped", number);
            }
            yield break;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                yield return context.Problem(IngestProblemKind.Malformed, $"not a JSON object but {Describe(root.ValueKind)}; skipped", number);
                yield break;
            }

            var fieldProblems = new List<IngestProblem>();
            var textField = Find(root, TextFields);
            if (textField is not { } text)
            {
                yield return context.Problem(IngestProblemKind.Malformed, "no 'text' or 'body' field; skipped", number);
                yield break;
            }
            if (text.Value.ValueKind != JsonValueKind.String)
            {
                yield return context.Problem(IngestProblemKind.Malformed, $"'{text.Name}' is {Describe(text.Value.ValueKind)}, not a string; skipped", number);
                yield break;
            }
            var body = TextNormalizer.Normalize(text.Value.GetString()!).Trim();
            if (body.Length == 0)
            {
                yield return context.Problem(IngestProblemKind.Empty, $"empty: '{text.Name}' has no text; skipped", number);
                yield break;
            }

            // Cleaned as a feed's guid is (control characters out, lone surrogates replaced, NFC, one space): an id with NUL
            // in it could not be stored in PostgreSQL nor asked for by the API (found by fuzzing the HTTP API).
            var ownId = Clean(ReadString(root, IdFields, allowNumber: true, context, number, fieldProblems));
            var title = ReadString(root, TitleFields, allowNumber: false, context, number, fieldProblems);
            var url = ReadString(root, UrlFields, allowNumber: false, context, number, fieldProblems);
            var source = ReadString(root, SourceFields, allowNumber: false, context, number, fieldProblems);
            DateOnly? date = null;
            var dateText = ReadString(root, DateFields, allowNumber: false, context, number, fieldProblems);
            if (dateText is not null)
            {
                if (PublicationDate.TryParse(dateText, out var parsed))
                {
                    date = parsed;
                }
                else
                {
                    fieldProblems.Add(context.Problem(IngestProblemKind.InvalidField,
                        $"bad date '{Shorten(dateText)}'; the record is read with its date unknown", number, IngestSeverity.Warning));
                }
            }
            foreach (var problem in fieldProblems)
            {
                yield return problem;
            }

            title = title is null ? null : TextNormalizer.CollapseWhitespace(TextNormalizer.Normalize(title));
            title = title is { Length: > 0 } ? title : null;
            yield return new Article
            {
                Id = ownId ?? ArticleId.FromText(title, body),
                Date = date,
                Title = title,
                Body = body,
                Url = Clean(url),
                Source = Clean(source),
                Origin = context.OriginAt(number),
            };
        }
    }

    private static bool TryParse(ReadOnlyMemory<byte> bytes, [NotNullWhen(true)] out JsonDocument? document, out string error)
    {
        try
        {
            document = JsonDocument.Parse(bytes);
            error = "";
            return true;
        }
        catch (JsonException e)
        {
            document = null;
            // The message's own "LineNumber: 0 | BytePositionInLine: n" counts within this line from 0;
            // say it once, 1-based, as a column.
            var message = e.Message;
            var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
            if (cut < 0)
            {
                cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            }
            message = (cut >= 0 ? message[..cut] : message).TrimEnd('.', ' ');
            error = e.BytePositionInLine is { } column ? $"{message} (column {column + 1})" : message;
            return false;
        }
    }

    /// <summary>
    /// True when the bytes are the valid start of a JSON value that stops before it ends: what a line
    /// cut short looks like, as opposed to a line with a mistake in it.
    /// </summary>
    private static bool IsIncomplete(ReadOnlySpan<byte> bytes)
    {
        var reader = new Utf8JsonReader(bytes, isFinalBlock: false, state: default);
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth == 0 && reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
                {
                    return false;
                }
            }
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static (string Name, JsonElement Value)? Find(JsonElement root, string[] names)
    {
        foreach (var name in names)
        {
            if (root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null)
            {
                return (name, value);
            }
        }
        return null;
    }

    private static string? ReadString(JsonElement root, string[] names, bool allowNumber, ReadContext context, int line, List<IngestProblem> problems)
    {
        if (Find(root, names) is not { } field)
        {
            return null;
        }
        switch (field.Value.ValueKind)
        {
            case JsonValueKind.String:
                return field.Value.GetString()!.Trim();
            case JsonValueKind.Number when allowNumber:
                return field.Value.GetRawText();
            default:
                problems.Add(context.Problem(IngestProblemKind.InvalidField,
                    $"'{field.Name}' is {Describe(field.Value.ValueKind)}, not a string; ignored", line, IngestSeverity.Warning));
                return null;
        }
    }

    private static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }
        var cleaned = TextNormalizer.CollapseWhitespace(TextNormalizer.Normalize(value));
        return cleaned.Length > 0 ? cleaned : null;
    }

    private static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };
}

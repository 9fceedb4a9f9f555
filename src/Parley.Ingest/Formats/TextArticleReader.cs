using System.Globalization;
using System.Text.RegularExpressions;

namespace Parley.Ingest.Formats;

/// <summary>
/// Reads a text input: a dated wire story when its first line is <c>date YYYY-MM-DD [ref]</c> (then
/// the next non-blank line is the title and the rest the body), else plain text that is all body.
/// </summary>
internal static partial class TextArticleReader
{
    public static IEnumerable<IngestResult> Read(string raw, ReadContext context)
    {
        var text = TextNormalizer.Normalize(raw);
        if (string.IsNullOrWhiteSpace(text))
        {
            yield return context.Problem(IngestProblemKind.Empty, text.Length == 0 ? "empty: no text; skipped" : "empty: only white space; skipped");
            yield break;
        }

        var firstBreak = text.IndexOf('\n', StringComparison.Ordinal);
        var firstLine = firstBreak < 0 ? text : text[..firstBreak];
        var dateLine = WireDateLine().Match(firstLine);
        if (!dateLine.Success)
        {
            var plain = text.Trim();
            yield return new Article
            {
                Id = ArticleId.FromText(null, plain),
                Body = plain,
                Origin = context.Origin,
                Url = context.Url,
            };
            yield break;
        }

        var rest = firstBreak < 0 ? "" : text[(firstBreak + 1)..].TrimStart();
        if (rest.Length == 0)
        {
            yield return context.Problem(IngestProblemKind.Empty, "empty: a wire story with a date line but no title or body; skipped");
            yield break;
        }
        var titleEnd = rest.IndexOf('\n', StringComparison.Ordinal);
        var title = TextNormalizer.CollapseWhitespace(titleEnd < 0 ? rest : rest[..titleEnd]);
        var body = titleEnd < 0 ? "" : rest[(titleEnd + 1)..].Trim();

        DateOnly? date = null;
        if (DateOnly.TryParseExact(dateLine.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
        }
        else
        {
            yield return context.Problem(IngestProblemKind.InvalidField,
                $"bad date '{dateLine.Groups[1].Value}' on the date line; the story is read with its date unknown", 1, IngestSeverity.Warning);
        }
        var reference = dateLine.Groups[2].Value.Trim();
        yield return new Article
        {
            Id = ArticleId.FromText(title, body),
            Date = date,
            Ref = reference.Length > 0 ? reference : null,
            Title = title,
            Body = body,
            Origin = context.Origin,
            Url = context.Url,
        };
    }

    // docs/OUTPUT.md's pattern, with ASCII digits: .NET's \d also matches other scripts' digits.
    [GeneratedRegex(@"^\s*date\s+([0-9]{4}-[0-9]{2}-[0-9]{2})(\s+\S+)?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex WireDateLine();
}

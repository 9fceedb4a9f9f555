using System.Text.RegularExpressions;

namespace Parley.Ingest.Formats;

/// <summary>
/// What one run remembers across its inputs: the ids already read (exact duplicates are skipped) and,
/// when asked for, the fingerprints of the texts (near duplicates are flagged).
/// </summary>
internal sealed partial class RunState(IngestOptions options)
{
    // The text hash only has to tell a re-read copy from another text under the same id, within this
    // run, so the fast per-process string hash does; a content id would cost a SHA-256 per article.
    private readonly Dictionary<string, (string Origin, int TextHash)> _seen = new(StringComparer.Ordinal);
    private readonly NearDuplicateDetector? _nearDuplicates = options.ReportNearDuplicates ? new NearDuplicateDetector() : null;
    private readonly Dictionary<string, string> _origins = new(StringComparer.Ordinal);

    public IEnumerable<IngestResult> Pass(IngestResult result)
    {
        if (!result.IsArticle)
        {
            yield return result;
            yield break;
        }
        var article = result.Article;
        if (article.Date is null && options.DefaultDate is { } defaultDate)
        {
            article = article with { Date = defaultDate };
        }
        if (options.SkipDuplicateIds)
        {
            var textHash = HashCode.Combine(article.Title, article.Body);
            if (_seen.TryGetValue(article.Id, out var first))
            {
                // A copy that differs only in white space has another hash but the same content id.
                var sameText = first.TextHash == textHash || article.Id == ArticleId.FromText(article);
                var (path, line) = SplitOrigin(article.Origin);
                yield return sameText
                    ? new IngestProblem(path, line, IngestProblemKind.Duplicate,
                        $"duplicate: article {article.Id} was already read from {first.Origin}; skipped", IngestSeverity.Notice)
                    : new IngestProblem(path, line, IngestProblemKind.Duplicate,
                        $"duplicate id: {first.Origin} already had an article with id {article.Id} and a different text; skipped", IngestSeverity.Warning);
                yield break;
            }
            _seen.Add(article.Id, (article.Origin, textHash));
        }
        if (_nearDuplicates is not null)
        {
            if (_nearDuplicates.FindOrAdd(article.Id, article.Text) is { } earlier)
            {
                var (path, line) = SplitOrigin(article.Origin);
                yield return new IngestProblem(path, line, IngestProblemKind.NearDuplicate,
                    $"near duplicate: the text is nearly the same as article {earlier} ({_origins[earlier]}); kept", IngestSeverity.Notice);
            }
            _origins.TryAdd(article.Id, article.Origin);
        }
        yield return article;
    }

    private static (string Path, int? Line) SplitOrigin(string origin)
    {
        var match = OriginWithLine().Match(origin);
        return match.Success ? (match.Groups[1].Value, int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)) : (origin, null);
    }

    [GeneratedRegex(@"^(.*):([0-9]{1,9})$")]
    private static partial Regex OriginWithLine();
}

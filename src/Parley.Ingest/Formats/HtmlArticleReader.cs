using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Parley.Ingest.Formats;

/// <summary>
/// Reads an HTML page: the main text as Readability finds it (SmartReader), so navigation, footers
/// and other boilerplate are dropped; the title, date, URL and site name from the page's metadata.
/// </summary>
internal static class HtmlArticleReader
{
    // SmartReader needs an absolute URI to resolve links against; the text does not depend on it.
    private const string PlaceholderUri = "https://localhost/";

    // Parts of a page that are boilerplate wherever they appear. Removed before extraction because
    // Readability, given a page with little else, takes a menu for the article.
    private const string Boilerplate =
        "nav, footer, aside, menu, form, dialog, [role=navigation], [role=contentinfo], [role=complementary], [role=search], [aria-hidden=true]";

    // Readability's cost grows faster than the page (80,000 paragraphs in 4 MB took 35 s, 10,000 paragraphs 120 elements
    // deep 18 s); a page with more elements than this is no ordinary article page, and its own text without the
    // boilerplate is read instead, in linear time.
    private const int ReadabilityMaxElements = 10_000;

    public static IEnumerable<IngestResult> Read(string html, ReadContext context)
    {
        html = MarkupDepth.Capped(html, out bool flattened, out int elements);
        if (flattened)
        {
            yield return context.Problem(IngestProblemKind.Malformed,
                $"elements nested over {MarkupDepth.MaxDepth} deep; the tags below that depth were dropped and their text kept", severity: IngestSeverity.Warning);
        }
        using var document = new HtmlParser().ParseDocument(html);
        var metadata = HtmlMetadata.Read(document);
        RemoveBoilerplate(document);

        var body = "";
        SmartReader.Article? extracted = null;
        if (elements <= ReadabilityMaxElements)
        {
            using var reader = new SmartReader.Reader(context.Url ?? PlaceholderUri, document);
            extracted = reader.GetArticle();
            body = string.IsNullOrWhiteSpace(extracted.Content) ? "" : HtmlText.FromFragment(extracted.Content);
        }
        if (string.IsNullOrWhiteSpace(body))
        {
            // Readability found no article (text straight in <body>, say) or was not asked; the page's own text, without
            // its boilerplate, is the best there is. Parsed again when extraction rewrote the first tree.
            using var page = extracted is null ? null : new HtmlParser().ParseDocument(html);
            if (page is not null)
            {
                RemoveBoilerplate(page);
            }
            body = (page ?? document).Body is { } pageBody ? HtmlText.FromNode(pageBody) : "";
        }
        body = TextNormalizer.Normalize(body).Trim();
        if (body.Length == 0)
        {
            yield return context.Problem(IngestProblemKind.Empty, "empty: the page has no text; skipped");
            yield break;
        }

        var titleText = string.IsNullOrWhiteSpace(extracted?.Title) ? metadata.Title : extracted.Title;
        var title = titleText is null ? null : TextNormalizer.CollapseWhitespace(TextNormalizer.Normalize(titleText));
        title = title is { Length: > 0 } ? title : null;

        DateOnly? date = null;
        foreach (var (_, value) in metadata.DateCandidates)
        {
            if (PublicationDate.TryParse(value, out var parsed))
            {
                date = parsed;
                break;
            }
        }
        if (date is null && metadata.DateCandidates.Count > 0)
        {
            var (where, value) = metadata.DateCandidates[0];
            yield return context.Problem(IngestProblemKind.InvalidField,
                $"bad date '{value}' in {where}; the page is read with its date unknown", severity: IngestSeverity.Warning);
        }

        if (html.Contains("<html", StringComparison.OrdinalIgnoreCase) && !html.Contains("</html", StringComparison.OrdinalIgnoreCase))
        {
            yield return context.Problem(IngestProblemKind.Truncated,
                "truncated HTML: the page ends before </html>; its text was read as far as it goes", severity: IngestSeverity.Warning);
        }

        yield return new Article
        {
            Id = ArticleId.FromText(title, body),
            Date = date,
            Title = title,
            Body = body,
            Url = context.Url ?? metadata.Url,
            Source = metadata.SiteName ?? NonEmpty(extracted?.SiteName),
            Origin = context.Origin,
        };
    }

    private static void RemoveBoilerplate(IDocument document)
    {
        foreach (var element in document.QuerySelectorAll(Boilerplate).ToList())
        {
            element.Remove();
        }
        // A site header sits outside the article; a header inside the article holds its headline.
        foreach (var element in document.QuerySelectorAll("header").Where(h => h.Closest("article, main") is null).ToList())
        {
            element.Remove();
        }
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Parley.Ingest.Formats;

/// <summary>
/// What an HTML page says about itself in its markup: publication date, title, canonical URL and site
/// name. Read before the article text is extracted, because extraction rewrites the tree.
/// </summary>
/// <param name="DateCandidates">Date values in order of trust, each with where it was found.</param>
/// <param name="Title">The page title from Open Graph or <c>&lt;title&gt;</c>.</param>
/// <param name="Url">The canonical or Open Graph URL.</param>
/// <param name="SiteName">The site's name.</param>
internal sealed record HtmlMetadata(IReadOnlyList<(string Where, string Value)> DateCandidates, string? Title, string? Url, string? SiteName)
{
    // Most specific first: article:published_time is the publication date by definition, a bare
    // <time> element may be any date on the page.
    private static readonly string[] DateMetaSelectors =
    [
        "meta[property='article:published_time']",
        "meta[name='article:published_time']",
        "meta[property='og:published_time']",
        "meta[property='og:article:published_time']",
        "meta[itemprop='datePublished']",
    ];

    private static readonly string[] DateMetaNames =
    [
        "pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date", "dc.date.issued",
        "dcterms.date", "dcterms.issued", "dcterms.created", "parsely-pub-date", "sailthru.date",
    ];

    public static HtmlMetadata Read(IHtmlDocument document)
    {
        var dates = new List<(string, string)>();
        foreach (var selector in DateMetaSelectors)
        {
            AddContent(dates, document.QuerySelector(selector), selector);
        }
        foreach (var element in document.QuerySelectorAll("[itemprop='datePublished']").Where(e => e.LocalName != "meta"))
        {
            var value = element.GetAttribute("datetime") ?? element.GetAttribute("content") ?? element.TextContent;
            Add(dates, "itemprop=datePublished", value);
        }
        foreach (var value in JsonLdDates(document))
        {
            Add(dates, "JSON-LD datePublished", value);
        }
        foreach (var meta in document.QuerySelectorAll("meta[name]"))
        {
            if (DateMetaNames.Contains(meta.GetAttribute("name")!.Trim().ToLowerInvariant()))
            {
                AddContent(dates, meta, $"meta name={meta.GetAttribute("name")}");
            }
        }
        var time = document.QuerySelector("time[pubdate][datetime]")
            ?? document.QuerySelector("article time[datetime]")
            ?? document.QuerySelector("main time[datetime]")
            ?? document.QuerySelector("time[datetime]");
        Add(dates, "time datetime", time?.GetAttribute("datetime"));

        var title = Content(document.QuerySelector("meta[property='og:title']")) ?? NonEmpty(document.Title);
        var url = NonEmpty(document.QuerySelector("link[rel='canonical']")?.GetAttribute("href"))
            ?? Content(document.QuerySelector("meta[property='og:url']"));
        var site = Content(document.QuerySelector("meta[property='og:site_name']"))
            ?? Content(document.QuerySelector("meta[name='application-name']"));
        return new HtmlMetadata(dates, title, url, site);
    }

    private static IEnumerable<string> JsonLdDates(IHtmlDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            string? found;
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                found = FindDatePublished(json.RootElement, depth: 0);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common on real pages and says nothing about the article; the other
                // metadata still counts.
                found = null;
            }
            if (found is not null)
            {
                yield return found;
            }
        }
    }

    private static string? FindDatePublished(JsonElement element, int depth)
    {
        if (depth > 16)
        {
            return null;
        }
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("datePublished", out var date) && date.ValueKind == JsonValueKind.String)
                {
                    return date.GetString();
                }
                foreach (var property in element.EnumerateObject())
                {
                    if (FindDatePublished(property.Value, depth + 1) is { } nested)
                    {
                        return nested;
                    }
                }
                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (FindDatePublished(item, depth + 1) is { } nested)
                    {
                        return nested;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    private static void AddContent(List<(string, string)> dates, IElement? meta, string where) => Add(dates, where, meta?.GetAttribute("content"));

    private static void Add(List<(string, string)> dates, string where, string? value)
    {
        if (NonEmpty(value) is { } text)
        {
            dates.Add((where, text));
        }
    }

    private static string? Content(IElement? meta) => NonEmpty(meta?.GetAttribute("content"));

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

using System.Xml;
using System.Xml.Linq;

namespace Parley.Ingest.Formats;

/// <summary>
/// Reads RSS 2.0, RSS 1.0 (RDF) and Atom feeds item by item with an <see cref="XmlReader"/>, so a large
/// feed streams and the items before a break in the XML are still read. Each item: title; the text of
/// its content (<c>content:encoded</c> or Atom <c>content</c>) or else its description or summary, with
/// HTML stripped; <c>pubDate</c>, <c>dc:date</c>, <c>published</c> or <c>updated</c> as the date;
/// link as url; guid or Atom id as id; the item's own <c>source</c> or else the feed title as source.
/// </summary>
internal static class FeedReader
{
    private const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";

    public static IEnumerable<IngestResult> Read(Stream stream, ReadContext context)
    {
        var settings = new XmlReaderSettings
        {
            // Feeds never need a DTD; ignoring them shuts out entity-expansion attacks and network fetches.
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = false,
        };
        using var reader = XmlReader.Create(stream, settings);
        var lines = (IXmlLineInfo)reader;

        reader.MoveToContent();
        var root = reader.LocalName;
        var isAtom = root == "feed";
        if (root is not ("rss" or "feed" or "RDF"))
        {
            yield return context.Problem(IngestProblemKind.Malformed, $"not a feed: the root element is <{reader.Name}>, not <rss>, <feed> or <rdf:RDF>; skipped", lines.LineNumber);
            yield break;
        }

        string? feedTitle = null;
        var items = 0;
        // The feed's own title sits right under <feed> (Atom) or <channel> (RSS); titles deeper down
        // belong to images, items and the like.
        var titleDepth = isAtom ? 1 : 2;
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element)
            {
                reader.Read();
                continue;
            }
            if (reader.LocalName is "item" or "entry")
            {
                var line = lines.LineNumber;
                var item = (XElement)XNode.ReadFrom(reader);
                items++;
                foreach (var result in ReadItem(item, isAtom, feedTitle, line, context))
                {
                    yield return result;
                }
                continue;
            }
            if (reader.LocalName == "title" && reader.Depth == titleDepth && feedTitle is null)
            {
                var title = (XElement)XNode.ReadFrom(reader);
                feedTitle = Clean(TextOf(title, isAtom));
                continue;
            }
            reader.Read();
        }
        if (items == 0)
        {
            yield return context.Problem(IngestProblemKind.Empty, "empty: the feed has no items; skipped");
        }
    }

    private static IEnumerable<IngestResult> ReadItem(XElement item, bool isAtom, string? feedTitle, int line, ReadContext context)
    {
        var title = Clean(TextOf(Child(item, "title"), isAtom));
        var content = Child(item, "encoded", ContentNamespace) ?? (isAtom ? Child(item, "content") : null);
        var bodyText = TextOf(content, isAtom);
        if (string.IsNullOrWhiteSpace(bodyText))
        {
            bodyText = TextOf(Child(item, "description") ?? Child(item, "summary"), isAtom);
        }
        var body = TextNormalizer.Normalize(bodyText ?? "").Trim();

        if (title is null && body.Length == 0)
        {
            yield return context.Problem(IngestProblemKind.Empty, "empty: the item has neither a title nor any text; skipped", line);
            yield break;
        }
        var size = System.Text.Encoding.UTF8.GetByteCount(body) + System.Text.Encoding.UTF8.GetByteCount(title ?? "");
        if (size > context.Options.MaxArticleBytes)
        {
            yield return context.Oversize(size, "the item's text", line);
            yield break;
        }

        DateOnly? date = null;
        var dateElement = Child(item, "published") ?? Child(item, "pubDate") ?? Child(item, "date") ?? Child(item, "updated");
        if (dateElement is not null && !string.IsNullOrWhiteSpace(dateElement.Value))
        {
            if (PublicationDate.TryParse(dateElement.Value, out var parsed))
            {
                date = parsed;
            }
            else
            {
                yield return context.Problem(IngestProblemKind.InvalidField,
                    $"bad date '{dateElement.Value.Trim()}' in <{dateElement.Name.LocalName}>; the item is read with its date unknown", line, IngestSeverity.Warning);
            }
        }

        var ownId = Clean((Child(item, "guid") ?? Child(item, "id"))?.Value);
        var itemSource = Child(item, "source");
        var source = isAtom ? Clean(TextOf(Child(itemSource, "title"), isAtom)) : Clean(itemSource?.Value);
        yield return new Article
        {
            Id = ownId ?? ArticleId.FromText(title, body),
            Date = date,
            Title = title,
            Body = body,
            Url = Link(item, isAtom),
            Source = source ?? feedTitle,
            Origin = context.OriginAt(line),
        };
    }

    /// <summary>
    /// The text of a title, description or content element. RSS carries HTML as escaped text; Atom says
    /// how in its <c>type</c> attribute: <c>text</c> (the default) is plain, <c>html</c> escaped HTML,
    /// <c>xhtml</c> inline markup.
    /// </summary>
    private static string? TextOf(XElement? element, bool isAtom)
    {
        if (element is null)
        {
            return null;
        }
        var type = (string?)element.Attribute("type");
        if (isAtom && type is "xhtml")
        {
            var markup = string.Concat(element.Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)));
            return HtmlText.FromFragment(markup);
        }
        var value = element.Value;
        var isPlain = isAtom ? type is null or "text" : element.Name.LocalName == "title" && !value.Contains('<', StringComparison.Ordinal);
        return isPlain ? value : HtmlText.FromFragment(value);
    }

    private static string? Link(XElement item, bool isAtom)
    {
        if (!isAtom)
        {
            // RSS's own <link> holds the URL as text; an <atom:link> beside it has only attributes.
            return item.Elements().Where(e => e.Name.LocalName == "link").Select(e => Clean(e.Value)).FirstOrDefault(v => v is not null);
        }
        var links = item.Elements().Where(e => e.Name.LocalName == "link").ToList();
        var alternate = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault();
        return Clean((string?)alternate?.Attribute("href"));
    }

    private static XElement? Child(XElement? parent, string localName, string? ns = null) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == localName && (ns is null || e.Name.NamespaceName == ns));

    private static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }
        var cleaned = TextNormalizer.CollapseWhitespace(TextNormalizer.Normalize(value));
        return cleaned.Length > 0 ? cleaned : null;
    }
}

using System.Text;

namespace Parley.Ingest.Formats;

/// <summary>
/// Keeps HTML from nesting deeper than <see cref="MaxDepth"/> elements before it is parsed. The HTML tree builder
/// looks through the stack of open elements for every tag and Readability walks ancestors, so their cost grows with
/// tags × depth: a 2 MB page of 100,000 nested <c>&lt;div&gt;</c>s ran for minutes. Browsers cap the depth too (Blink
/// at 512). One linear scan finds the depth; only a page that goes deeper is rewritten, dropping the tags below the
/// cap and keeping all of their text.
/// </summary>
internal static class MarkupDepth
{
    /// <summary>
    /// The deepest nesting kept; real pages stay far above it (a few dozen levels, not counting paragraphs and list items). Readability's cost grows with the depth
    /// times the text, so the cap is lower than a browser's.
    /// </summary>
    public const int MaxDepth = 64;

    // Elements that hold no content, and elements whose end tag is usually left out because the next sibling closes
    // them: neither kind is counted, so that pages which leave them open do not seem to sink deeper and deeper.
    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "colgroup", "rb", "rt", "rp",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> UncountedByName = Uncounted.GetAlternateLookup<ReadOnlySpan<char>>();

    // Elements whose content is raw text, where a '<' does not start a tag.
    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"];

    /// <summary>
    /// The markup unchanged when its elements nest at most <see cref="MaxDepth"/> deep, else the markup without the
    /// start and end tags below that depth (their text stays where it was).
    /// </summary>
    /// <param name="html">The markup.</param>
    /// <param name="flattened">Whether tags were dropped.</param>
    /// <param name="elements">How many start tags the markup has.</param>
    public static string Capped(string html, out bool flattened, out int elements)
    {
        flattened = false;
        if (Scan(html, null, out elements) <= MaxDepth)
        {
            return html;
        }
        flattened = true;
        var kept = new StringBuilder(html.Length);
        Scan(html, kept, out _);
        return kept.ToString();
    }

    /// <summary>
    /// The deepest nesting of counted elements, and the number of all start tags; with <paramref name="kept"/>, also
    /// copies the markup into it without the tags below <see cref="MaxDepth"/>.
    /// </summary>
    private static int Scan(string html, StringBuilder? kept, out int elements)
    {
        int depth = 0, deepest = 0, copied = 0, i = 0;
        elements = 0;
        bool endsInSpace = true;
        while ((i = html.IndexOf('<', i)) >= 0)
        {
            int start = i;
            if (string.CompareOrdinal(html, i, "<!--", 0, 4) == 0)
            {
                int close = html.IndexOf("-->", i + 4, StringComparison.Ordinal);
                i = close < 0 ? html.Length : close + 3;
                continue;
            }
            bool end = i + 1 < html.Length && html[i + 1] == '/';
            int nameStart = end ? i + 2 : i + 1;
            if (nameStart >= html.Length || !char.IsAsciiLetter(html[nameStart]))
            {
                i++; // "<!DOCTYPE", "<?xml", or a '<' in the text: not an element
                continue;
            }
            int nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':'))
            {
                nameEnd++;
            }
            int tagEnd = EndOfTag(html, nameEnd);
            var name = html.AsSpan(nameStart, nameEnd - nameStart);
            bool selfClosing = !end && tagEnd >= 2 && html[tagEnd - 2] == '/';
            i = tagEnd;
            elements += end ? 0 : 1;
            if (!end && RawTextElement(name) is { } raw)
            {
                // Skip the raw text up to the element's end tag, which is then read as an ordinary end tag.
                int close = html.IndexOf("</" + raw, i, StringComparison.OrdinalIgnoreCase);
                i = close < 0 ? html.Length : close;
            }
            if (selfClosing || UncountedByName.Contains(name))
            {
                continue;
            }
            bool drop;
            if (end)
            {
                drop = depth > MaxDepth;
                depth = Math.Max(0, depth - 1);
            }
            else
            {
                depth++;
                deepest = Math.Max(deepest, depth);
                drop = depth > MaxDepth;
            }
            if (drop && kept is not null)
            {
                // A space where the tag was keeps the words on either side apart; one is enough for a run of tags.
                kept.Append(html, copied, start - copied);
                endsInSpace = start > copied ? char.IsWhiteSpace(html[start - 1]) : endsInSpace;
                if (!endsInSpace)
                {
                    kept.Append(' ');
                    endsInSpace = true;
                }
                copied = tagEnd;
            }
        }
        kept?.Append(html, copied, html.Length - copied);
        return deepest;
    }

    /// <summary>The index after the tag's closing '&gt;' (a quoted attribute value may hold one), or the end of the markup.</summary>
    private static int EndOfTag(string html, int from)
    {
        char quote = '\0', previous = '\0';
        for (int i = from; i < html.Length; i++)
        {
            char c = html[i];
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
            }
            else if (c is '"' or '\'' && previous == '=')
            {
                quote = c;
            }
            else if (c == '>')
            {
                return i + 1;
            }
            previous = char.IsWhiteSpace(c) ? previous : c;
        }
        return html.Length;
    }

    private static string? RawTextElement(ReadOnlySpan<char> name)
    {
        foreach (var raw in RawText)
        {
            if (name.Equals(raw, StringComparison.OrdinalIgnoreCase))
            {
                return raw;
            }
        }
        return null;
    }
}

using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Parley.Ingest.Formats;

/// <summary>
/// The text of an HTML tree as a reader sees it: blocks (paragraphs, headings, list items, table rows)
/// become paragraphs separated by a blank line, <c>&lt;br&gt;</c> a line break, and white space inside
/// a block collapses to single spaces. Scripts, styles and other non-text elements are left out.
/// </summary>
internal static class HtmlText
{
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul",
    };

    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "head", "iframe", "object", "embed", "svg", "math",
        "canvas", "select", "button", "input", "textarea",
    };

    /// <summary>The text of an HTML fragment (a feed item's description, say); entities are decoded.</summary>
    public static string FromFragment(string html)
    {
        var parser = new HtmlParser();
        using var document = parser.ParseDocument("<!DOCTYPE html><html><body>" + MarkupDepth.Capped(html, out _, out _) + "</body></html>");
        return document.Body is { } body ? FromNode(body) : "";
    }

    /// <summary>The text below <paramref name="root"/>.</summary>
    public static string FromNode(INode root)
    {
        var writer = new Writer();
        Walk(root, writer);
        return writer.ToString();
    }

    private static void Walk(INode node, Writer writer)
    {
        switch (node)
        {
            case IText text:
                writer.Inline(text.Data);
                return;
            case IElement element when Skipped.Contains(element.LocalName):
                return;
            case IElement element when element.LocalName.Equals("br", StringComparison.OrdinalIgnoreCase):
                writer.LineBreak();
                return;
            case IElement element when Blocks.Contains(element.LocalName):
                writer.ParagraphBreak();
                WalkChildren(element, writer);
                writer.ParagraphBreak();
                return;
            default:
                WalkChildren(node, writer);
                return;
        }
    }

    private static void WalkChildren(INode node, Writer writer)
    {
        foreach (var child in node.ChildNodes)
        {
            Walk(child, writer);
        }
    }

    /// <summary>Accumulates text, deciding separators lazily so that empty blocks leave no blank lines.</summary>
    private sealed class Writer
    {
        private readonly StringBuilder _text = new();
        private int _pendingBreaks;
        private bool _pendingSpace;

        public void Inline(string data)
        {
            foreach (var c in data)
            {
                if (char.IsWhiteSpace(c))
                {
                    _pendingSpace = true;
                    continue;
                }
                if (_text.Length > 0)
                {
                    if (_pendingBreaks > 0)
                    {
                        _text.Append('\n', _pendingBreaks);
                    }
                    else if (_pendingSpace)
                    {
                        _text.Append(' ');
                    }
                }
                _pendingBreaks = 0;
                _pendingSpace = false;
                _text.Append(c);
            }
        }

        public void LineBreak() => _pendingBreaks = Math.Max(_pendingBreaks, 1);

        public void ParagraphBreak() => _pendingBreaks = 2;

        public override string ToString() => _text.ToString();
    }
}

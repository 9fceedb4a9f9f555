using System.Text;

namespace Parley.Ingest.Formats;

/// <summary>Decides an input's format from its file name and its first bytes (docs/OUTPUT.md, "Inputs").</summary>
internal static class FormatSniffer
{
    /// <summary>How many bytes are looked at.</summary>
    public const int PeekBytes = 4096;

    private static readonly Dictionary<string, InputFormat> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = InputFormat.Text,
        [".text"] = InputFormat.Text,
        [".md"] = InputFormat.Text,
        [".jsonl"] = InputFormat.JsonLines,
        [".ndjson"] = InputFormat.JsonLines,
        [".html"] = InputFormat.Html,
        [".htm"] = InputFormat.Html,
        [".xhtml"] = InputFormat.Html,
        [".xml"] = InputFormat.Feed,
        [".rss"] = InputFormat.Feed,
        [".atom"] = InputFormat.Feed,
    };

    public static IReadOnlyCollection<string> SupportedExtensions => Extensions.Keys;

    public static bool IsGzipPath(string path) => path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase);

    /// <summary>The format a file name says, looking through a <c>.gz</c> suffix; null when it says none.</summary>
    public static InputFormat? FromExtension(string path)
    {
        var name = IsGzipPath(path) ? path[..^3] : path;
        return Extensions.TryGetValue(Path.GetExtension(name), out var format) ? format : null;
    }

    public static bool IsGzip(ReadOnlySpan<byte> prefix) => prefix.Length >= 2 && prefix[0] == 0x1F && prefix[1] == 0x8B;

    /// <summary>NUL bytes in text that is not UTF-16 or UTF-32 (those say so with a byte order mark) mean binary data.</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> prefix) => !HasUtf16Bom(prefix) && prefix.Contains((byte)0);

    public static bool HasUtf16Bom(ReadOnlySpan<byte> prefix) =>
        prefix.Length >= 2 && ((prefix[0] == 0xFF && prefix[1] == 0xFE) || (prefix[0] == 0xFE && prefix[1] == 0xFF));

    /// <summary>
    /// The format when the name says nothing (standard input, an unknown extension), or a correction
    /// of the one the name says: a <c>.txt</c> that starts with <c>&lt;html</c> or an HTML doctype is
    /// HTML, and so is a <c>.xml</c> file whose root element is <c>html</c>.
    /// </summary>
    public static InputFormat Decide(InputFormat? byName, ReadOnlySpan<byte> prefix)
    {
        var head = Head(prefix);
        return byName switch
        {
            InputFormat.Text => StartsLikeHtml(head) ? InputFormat.Html : InputFormat.Text,
            InputFormat.Feed => RootElement(head) is "html" ? InputFormat.Html : InputFormat.Feed,
            { } named => named,
            null => Sniff(head),
        };
    }

    private static InputFormat Sniff(string head)
    {
        if (head.StartsWith('{'))
        {
            return InputFormat.JsonLines;
        }
        if (!head.StartsWith('<'))
        {
            return InputFormat.Text;
        }
        return RootElement(head) switch
        {
            "rss" or "feed" or "RDF" => InputFormat.Feed,
            "html" => InputFormat.Html,
            _ when head.StartsWith("<?xml", StringComparison.Ordinal) => InputFormat.Feed,
            _ => InputFormat.Html,
        };
    }

    private static bool StartsLikeHtml(string head) =>
        head.StartsWith("<html", StringComparison.OrdinalIgnoreCase) ||
        head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase);

    /// <summary>The first characters of the input, decoded, without a byte order mark or leading white space.</summary>
    private static string Head(ReadOnlySpan<byte> prefix)
    {
        var encoding = prefix switch
        {
            [0xFF, 0xFE, ..] => Encoding.Unicode,
            [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
            _ => Encoding.UTF8,
        };
        return encoding.GetString(prefix).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
    }

    /// <summary>The local name of the first element, past an XML declaration, comments and a doctype; "html" for an HTML doctype.</summary>
    private static string? RootElement(string head)
    {
        var i = 0;
        while (i < head.Length)
        {
            while (i < head.Length && char.IsWhiteSpace(head[i]))
            {
                i++;
            }
            if (i >= head.Length || head[i] != '<')
            {
                return null;
            }
            var rest = head.AsSpan(i);
            if (rest.StartsWith("<?", StringComparison.Ordinal))
            {
                i = SkipPast(head, i, "?>");
            }
            else if (rest.StartsWith("<!--", StringComparison.Ordinal))
            {
                i = SkipPast(head, i, "-->");
            }
            else if (rest.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase))
            {
                return "html";
            }
            else if (rest.StartsWith("<!", StringComparison.Ordinal))
            {
                i = SkipPast(head, i, ">");
            }
            else
            {
                var end = i + 1;
                while (end < head.Length && !char.IsWhiteSpace(head[end]) && head[end] is not ('>' or '/'))
                {
                    end++;
                }
                var name = head[(i + 1)..end];
                var colon = name.IndexOf(':', StringComparison.Ordinal);
                var local = colon >= 0 ? name[(colon + 1)..] : name;
                return local.Equals("html", StringComparison.OrdinalIgnoreCase) ? "html" : local;
            }
            if (i < 0)
            {
                return null;
            }
        }
        return null;
    }

    private static int SkipPast(string head, int from, string marker)
    {
        var at = head.IndexOf(marker, from, StringComparison.Ordinal);
        return at < 0 ? -1 : at + marker.Length;
    }
}

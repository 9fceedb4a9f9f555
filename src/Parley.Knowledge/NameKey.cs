using System.Text;
using Parley.Knowledge.Loading;

namespace Parley.Knowledge;

/// <summary>
/// Turns names into the keys the catalogues index: case-folded, diacritics removed, typographic apostrophes and
/// dashes unified, hyphens and slashes treated as spaces, a leading "the" dropped, tokens joined by one space.
/// "The Kremlin", "Kremlin" and "KREMLIN" share a key; so do "Zelenskyy" and "Zelenskyy" with any accents, and
/// "al-Qaeda" and "al Qaeda". Keys are what a dictionary entry and a token window of a story are compared by.
/// </summary>
public static class NameKey
{
    /// <summary>The key of a whole name, tokenised on white space.</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Join(name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries), caseSensitive: false);
    }

    /// <summary>The key of a token window (tokens as the tokenizer produced them).</summary>
    public static string Of(IReadOnlyList<string> tokens, int start, int length) =>
        Join(Window(tokens, start, length), caseSensitive: false);

    /// <summary>Like <see cref="Of(string)"/> but keeping letter case, for names that only count in capitals ("US", "WHO").</summary>
    public static string ExactOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Join(name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries), caseSensitive: true);
    }

    /// <summary>Like <see cref="Of(IReadOnlyList{string}, int, int)"/> but keeping letter case.</summary>
    public static string ExactOf(IReadOnlyList<string> tokens, int start, int length) =>
        Join(Window(tokens, start, length), caseSensitive: true);

    /// <summary>The number of key tokens a name has (after hyphens are split and a leading "the" dropped).</summary>
    public static int TokenCount(string key) => key.Length == 0 ? 0 : key.Count(c => c == ' ') + 1;

    private static IEnumerable<string> Window(IReadOnlyList<string> tokens, int start, int length)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        for (int i = start; i < start + length; i++)
        {
            yield return tokens[i];
        }
    }

    private static string Join(IEnumerable<string> tokens, bool caseSensitive)
    {
        var parts = new List<string>();
        foreach (var token in tokens)
        {
            foreach (var piece in Fold(token, caseSensitive).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                parts.Add(piece);
            }
        }
        // A leading article is part of how names are written ("the Kremlin") but not of which name it is.
        if (parts.Count > 1 && string.Equals(parts[0], "the", StringComparison.OrdinalIgnoreCase))
        {
            parts.RemoveAt(0);
        }
        return string.Join(' ', parts);
    }

    /// <summary>The key pieces one token contributes (none for a lone hyphen, two for "al-Qaeda").</summary>
    internal static string[] Pieces(string token, bool caseSensitive) =>
        Fold(token, caseSensitive).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The key of pieces already folded: joined by spaces, a leading "the" dropped.</summary>
    internal static string KeyOf(List<string> pieces)
    {
        int skip = pieces.Count > 1 && string.Equals(pieces[0], "the", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        return string.Join(' ', pieces.Skip(skip));
    }

    private static string Fold(string token, bool caseSensitive)
    {
        var sb = new StringBuilder(token.Length);
        foreach (char raw in token)
        {
            if (LatinFold.IsCombiningMark(raw))
            {
                continue;
            }
            char c = LatinFold.Fold(raw);
            switch (c)
            {
                case '\u2019' or '\u2018' or '`' or '\u02BC':
                    sb.Append('\'');
                    break;
                // Hyphenated names are split by some tokenizers and not by others; both must meet on one key.
                case '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '/':
                    sb.Append(' ');
                    break;
                case ',' or ';' or ':' or '(' or ')' or '"' or '\u201C' or '\u201D':
                    sb.Append(' ');
                    break;
                case '\u00DF':
                    sb.Append("ss");
                    break;
                case '\u00E6' or '\u00C6':
                    sb.Append(caseSensitive && c == '\u00C6' ? "AE" : "ae");
                    break;
                case '\u0153' or '\u0152':
                    sb.Append(caseSensitive && c == '\u0152' ? "OE" : "oe");
                    break;
                default:
                    sb.Append(caseSensitive ? c : char.ToLowerInvariant(c));
                    break;
            }
        }
        return sb.ToString();
    }
}

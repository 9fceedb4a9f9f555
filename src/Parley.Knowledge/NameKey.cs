using System.Text;
using Parley.Knowledge.Loading;

namespace Parley.Knowledge;

/// <summary>
/// Turns names into the keys the catalogues index: case-folded, diacritics removed, hyphens, slashes and apostrophes
/// treated as spaces, a leading "the" dropped, tokens joined by one space. "The Kremlin", "Kremlin" and "KREMLIN"
/// share a key; so do "Zelenskyy" and "Zelenskyy" with any accents, "al-Qaeda" and "al Qaeda", and "Kurdistan
/// Workers' Party" written as one name and as the tokens a story gives ("Workers", "'"; "People", "'s").
/// Keys are what a dictionary entry and a token window of a story are compared by.
/// </summary>
public static class NameKey
{
    /// <summary>The key of a whole name, tokenised on white space.</summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Build(name, caseSensitive: false);
    }

    /// <summary>The key of a token window (tokens as the tokenizer produced them).</summary>
    public static string Of(IReadOnlyList<string> tokens, int start, int length) => Build(tokens, start, length, caseSensitive: false);

    /// <summary>Like <see cref="Of(string)"/> but keeping letter case, for names that only count in capitals ("US", "WHO").</summary>
    public static string ExactOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return Build(name, caseSensitive: true);
    }

    /// <summary>Like <see cref="Of(IReadOnlyList{string}, int, int)"/> but keeping letter case.</summary>
    public static string ExactOf(IReadOnlyList<string> tokens, int start, int length) => Build(tokens, start, length, caseSensitive: true);

    /// <summary>The number of key tokens a name has (after hyphens are split and a leading "the" dropped).</summary>
    public static int TokenCount(string key) => key.Length == 0 ? 0 : key.AsSpan().Count(' ') + 1;

    // Keys are made in one pass into a per-thread buffer: loading tens of thousands of imported names makes a key
    // for each, and splitting, folding and joining each token as separate strings was most of that cost.
    [ThreadStatic]
    private static StringBuilder? t_key;

    private static string Build(string name, bool caseSensitive)
    {
        var key = new KeyBuilder(t_key ??= new StringBuilder(64), caseSensitive);
        // A whole name is tokenised on white space, as string.Split with no separator does.
        key.Append(name, splitOnWhiteSpace: true);
        return key.ToKey();
    }

    private static string Build(IReadOnlyList<string> tokens, int start, int length, bool caseSensitive)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var key = new KeyBuilder(t_key ??= new StringBuilder(64), caseSensitive);
        for (int i = start; i < start + length; i++)
        {
            key.Break();
            // A token is taken whole: only what Fold turns into a space (and a plain space) divides it.
            key.Append(tokens[i], splitOnWhiteSpace: false);
        }
        return key.ToKey();
    }

    /// <summary>
    /// Writes a key: each character folded (case, accents; hyphens, slashes, apostrophes and punctuation end a
    /// piece), the pieces joined by one space, a leading "the" dropped when more pieces follow.
    /// </summary>
    private struct KeyBuilder(StringBuilder buffer, bool caseSensitive)
    {
        private readonly StringBuilder _sb = buffer.Clear();
        private bool _pendingBreak;
        private int _firstPieceLength = -1;

        /// <summary>Ends the current piece (if any): the next character starts another.</summary>
        public void Break() => _pendingBreak = true;

        public void Append(string text, bool splitOnWhiteSpace)
        {
            foreach (char raw in text)
            {
                if (LatinFold.IsCombiningMark(raw))
                {
                    continue;
                }
                if (splitOnWhiteSpace ? char.IsWhiteSpace(raw) : raw == ' ')
                {
                    _pendingBreak = true;
                    continue;
                }
                char c = LatinFold.Fold(raw);
                switch (c)
                {
                    // Hyphenated names are split by some tokenizers and not by others, and the tokenizer splits a
                    // possessive from its word ("People's" → "People" "'s") but not "Sa'ar": all must meet on one key.
                    case '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '/':
                    case '\'' or '\u2019' or '\u2018' or '`' or '\u02BC':
                    case ',' or ';' or ':' or '(' or ')' or '"' or '\u201C' or '\u201D':
                        _pendingBreak = true;
                        break;
                    case '\u00DF':
                        Put('s');
                        Put('s');
                        break;
                    case '\u00E6' or '\u00C6':
                        bool upperAe = caseSensitive && c == '\u00C6';
                        Put(upperAe ? 'A' : 'a');
                        Put(upperAe ? 'E' : 'e');
                        break;
                    case '\u0153' or '\u0152':
                        bool upperOe = caseSensitive && c == '\u0152';
                        Put(upperOe ? 'O' : 'o');
                        Put(upperOe ? 'E' : 'e');
                        break;
                    default:
                        Put(caseSensitive ? c : char.ToLowerInvariant(c));
                        break;
                }
            }
        }

        private void Put(char c)
        {
            if (_pendingBreak)
            {
                if (_sb.Length > 0)
                {
                    if (_firstPieceLength < 0)
                    {
                        _firstPieceLength = _sb.Length;
                    }
                    _sb.Append(' ');
                }
                _pendingBreak = false;
            }
            _sb.Append(c);
        }

        /// <summary>How many characters are written (pieces and the spaces between them).</summary>
        public readonly int Length => _sb.Length;

        /// <summary>True when exactly one piece is written and it is "the" (in any case).</summary>
        public readonly bool IsLoneArticle => _firstPieceLength < 0 && _sb.Length == 3 && StartsWithArticle;

        private readonly bool StartsWithArticle
        {
            get
            {
                Span<char> first = stackalloc char[3];
                _sb.CopyTo(0, first, 3);
                return first.Equals("the", StringComparison.OrdinalIgnoreCase);
            }
        }

        /// <summary>
        /// The key (as <see cref="ToKey"/> gives it) copied into <paramref name="scratch"/>, grown when too small:
        /// a lookup by span that makes no string.
        /// </summary>
        public readonly ReadOnlySpan<char> KeyInto(ref char[] scratch)
        {
            int skip = _firstPieceLength == 3 && StartsWithArticle ? 4 : 0;
            int length = _sb.Length - skip;
            if (scratch.Length < length)
            {
                scratch = new char[Math.Max(length, scratch.Length * 2)];
            }
            _sb.CopyTo(skip, scratch, length);
            return scratch.AsSpan(0, length);
        }

        public readonly string ToKey()
        {
            // A leading article is part of how names are written ("the Kremlin") but not of which name it is.
            if (_firstPieceLength == 3)
            {
                Span<char> first = stackalloc char[3];
                _sb.CopyTo(0, first, 3);
                if (first.Equals("the", StringComparison.OrdinalIgnoreCase))
                {
                    return _sb.ToString(4, _sb.Length - 4);
                }
            }
            return _sb.ToString();
        }
    }

    /// <summary>
    /// The keys of a token window that grows one token at a time, folded and case-keeping side by side: the same keys
    /// as <see cref="Of(IReadOnlyList{string}, int, int)"/> and <see cref="ExactOf(IReadOnlyList{string}, int, int)"/>
    /// give, written into reused buffers. The catalogues try several windows at every token of every story; making
    /// each window's keys as strings was most of what coding allocated. One per thread at a time.
    /// </summary>
    internal struct GrowingKey
    {
        [ThreadStatic]
        private static StringBuilder? t_folded;
        [ThreadStatic]
        private static StringBuilder? t_exact;
        [ThreadStatic]
        private static char[]? t_foldedScratch;
        [ThreadStatic]
        private static char[]? t_exactScratch;

        private KeyBuilder _folded;
        private KeyBuilder _exact;

        public static GrowingKey Start() => new()
        {
            _folded = new KeyBuilder(t_folded ??= new StringBuilder(64), caseSensitive: false),
            _exact = new KeyBuilder(t_exact ??= new StringBuilder(64), caseSensitive: true),
        };

        /// <summary>Adds a token's pieces; false when it has none (a lone hyphen), and the keys stay as they were.</summary>
        public bool Add(string token)
        {
            int before = _folded.Length;
            _folded.Break();
            _folded.Append(token, splitOnWhiteSpace: false);
            _exact.Break();
            _exact.Append(token, splitOnWhiteSpace: false);
            return _folded.Length > before;
        }

        /// <summary>True when the window is the lone word "the", which starts names but is no name's key.</summary>
        public readonly bool IsLoneArticle => _folded.IsLoneArticle;

        /// <summary>The folded key, valid until the next call.</summary>
        public readonly ReadOnlySpan<char> Folded()
        {
            t_foldedScratch ??= new char[64];
            return _folded.KeyInto(ref t_foldedScratch);
        }

        /// <summary>The case-keeping key, valid until the next call.</summary>
        public readonly ReadOnlySpan<char> Exact()
        {
            t_exactScratch ??= new char[64];
            return _exact.KeyInto(ref t_exactScratch);
        }
    }
}

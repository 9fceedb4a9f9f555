namespace Parley.Text.Tokenization;

/// <summary>
/// One pass of the tokenizer over a text. It cuts the text at whitespace into chunks, peels opening and
/// closing punctuation off each chunk, and splits what is left the way Universal Dependencies English does.
/// Everything works on offsets into the original text; nothing is copied.
/// </summary>
internal ref struct TokenScanner
{
    private const int MaxTrailing = 16;

    private readonly ReadOnlySpan<char> _text;
    private readonly Document _doc;
    private readonly ICollection<int>? _continuations;
    // An opening single quote is waiting for its close, so a final apostrophe closes it rather than marking a plural possessive.
    private bool _singleQuoteOpen;
    // A currency sign was just split off, so "3M" after it is an amount with a unit ("$ 3 M").
    private bool _afterCurrency;
    // The chunk is a URL, so a final slash is part of it.
    private bool _url;

    public TokenScanner(Document doc, ICollection<int>? continuations)
    {
        _doc = doc;
        _text = doc.Text.AsSpan();
        _continuations = continuations;
    }

    public void Run()
    {
        var text = _text;
        int n = text.Length;
        int i = 0;
        while (i < n)
        {
            if (CharKinds.IsSeparator(text[i]))
            {
                if (CharKinds.IsNewline(text[i]))
                {
                    _singleQuoteOpen = false;
                }
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && !CharKinds.IsSeparator(text[j]))
            {
                j++;
            }
            Chunk(i, j);
            i = j;
        }
    }

    private void Emit(int start, int end, bool continuesWord = false)
    {
        int index = _doc.AddToken(start, end);
        if (continuesWord)
        {
            _continuations?.Add(index);
        }
    }

    private void Chunk(int s, int e)
    {
        var text = _text;
        _afterCurrency = false;
        if (e - s <= 4 && e - s > 1 && EnglishLexicon.IsEmoticon(text[s..e]))
        {
            Emit(s, e);
            return;
        }
        int chunkEnd = e;

        while (s < e)
        {
            int length = LeadingLength(s, e);
            if (length == 0)
            {
                break;
            }
            Emit(s, s + length);
            s += length;
        }

        var rest = text[s..e];
        _url = rest.Contains("://", StringComparison.Ordinal) || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
        Span<int> tail = stackalloc int[MaxTrailing * 2];
        Span<bool> tailJoins = stackalloc bool[MaxTrailing];
        int count = 0;
        while (e > s && count < MaxTrailing)
        {
            int length = TrailingLength(s, e, chunkEnd, out bool joins);
            if (length == 0)
            {
                break;
            }
            e -= length;
            tail[count * 2] = e;
            tail[(count * 2) + 1] = e + length;
            tailJoins[count] = joins;
            count++;
        }

        if (s < e)
        {
            Core(s, e);
        }
        for (int k = count - 1; k >= 0; k--)
        {
            Emit(tail[k * 2], tail[(k * 2) + 1], tailJoins[k]);
        }
    }

    /// <summary>The length of the punctuation token that opens the chunk at <paramref name="s"/>, or 0 when a word starts there.</summary>
    private int LeadingLength(int s, int e)
    {
        var text = _text;
        char c = text[s];
        char next = s + 1 < e ? text[s + 1] : '\0';
        switch (c)
        {
            case '\'':
            case '\u2019':
                if (next == c)
                {
                    return 2;
                }
                if (IsElidedStart(s + 1, e))
                {
                    return 0;
                }
                _singleQuoteOpen = true;
                return 1;
            case '\u2018':
                _singleQuoteOpen = next != '\u2019';
                return next == '\u2019' ? 2 : 1;
            case '`':
                return next == '`' ? 2 : 1;
            case '<':
            case '>':
                return next == c ? 2 : 1;
            case '-':
            case '*':
            case '=':
            case '_':
            case '~':
                return LineRun(s, e);
            case '.':
                return SameRun(s, e);
            case '!':
            case '?':
                return TerminalRun(s, e);
            case '#':
                return next != '\0' && CharKinds.IsLetter(next) ? 0 : 1;
            case '+':
                // "+44": an international dialling code.
                return next != '\0' && CharKinds.IsDigit(next) ? 0 : LineRun(s, e);
            case '@':
                return next != '\0' && CharKinds.IsWordAt(text, s + 1, e) ? 0 : 1;
            default:
                break;
        }
        if (CharKinds.IsWordAt(text, s, e))
        {
            return 0;
        }
        if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.CurrencySymbol)
        {
            _afterCurrency = true;
        }
        return CharKinds.UnitLength(text, s, e);
    }

    /// <summary>True when an apostrophe at the start of a word is part of it: "'s", "'em", "'90s".</summary>
    private bool IsElidedStart(int from, int e)
    {
        var text = _text;
        int end = from;
        while (end < e && CharKinds.IsWordAt(text, end, e))
        {
            end++;
        }
        if (end == from)
        {
            return false;
        }
        var word = text[from..end];
        if (CharKinds.IsDigit(word[0]))
        {
            return word.Length == 2 || (word.Length == 3 && word[2] == 's');
        }
        // Only when the clitic is the whole chunk: "rock 'n roll", "Jones 's".
        if (end != e && !(end + 1 == e && !CharKinds.IsWordAt(text, end, e)))
        {
            return false;
        }
        return word.Equals("s", StringComparison.OrdinalIgnoreCase) || word.Equals("em", StringComparison.OrdinalIgnoreCase)
            || word.Equals("n", StringComparison.OrdinalIgnoreCase) || word.Equals("re", StringComparison.OrdinalIgnoreCase)
            || word.Equals("ve", StringComparison.OrdinalIgnoreCase) || word.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || word.Equals("d", StringComparison.OrdinalIgnoreCase) || word.Equals("m", StringComparison.OrdinalIgnoreCase)
            || word.Equals("cause", StringComparison.OrdinalIgnoreCase) || word.Equals("til", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The length of the punctuation token that closes <c>[s, e)</c>, or 0 when the chunk ends in a word
    /// (or in an abbreviation's period). <paramref name="joins"/> is set for a possessive apostrophe ("voters'").
    /// </summary>
    private int TrailingLength(int s, int e, int chunkEnd, out bool joins)
    {
        var text = _text;
        joins = false;
        char c = text[e - 1];
        char prev = e - 2 >= s ? text[e - 2] : '\0';
        switch (c)
        {
            case '.':
            case '!':
            case '?':
            {
                int start = e - 1;
                while (start > s && CharKinds.IsTerminal(text[start - 1]))
                {
                    start--;
                }
                if (e - start == 1 && c == '.' && start > s)
                {
                    return KeepsPeriod(s, start, chunkEnd) ? 0 : 1;
                }
                return e - start;
            }
            case '\'':
            case '\u2019':
                if (prev == c)
                {
                    return 2;
                }
                if (prev is 's' or 'S' && e - s > 2 && !_singleQuoteOpen)
                {
                    joins = true;
                    return 1;
                }
                _singleQuoteOpen = false;
                return 1;
            case '>':
            case '<':
                return prev == c ? 2 : 1;
            case '-':
            case '*':
            case '=':
            case '_':
            case '~':
            case '+':
            {
                int start = e - 1;
                while (start > s && IsLineCharacter(text[start - 1]))
                {
                    start--;
                }
                if (e - start < 3)
                {
                    start = e - 1;
                    while (start > s && text[start - 1] == c)
                    {
                        start--;
                    }
                }
                return e - start;
            }
            case '$':
            case '#':
                // "Ye$", "6871082#": a sign written after a word stays with it.
                return e - s == 1 ? 1 : 0;
            case '/':
                return _url && e - s > 1 ? 0 : 1;
            default:
                break;
        }
        if (CharKinds.IsWordAt(text, e - 1, e))
        {
            return 0;
        }
        if (char.IsLowSurrogate(c) && e - 2 >= s && char.IsHighSurrogate(prev))
        {
            return CharKinds.IsWordAt(text, e - 2, e) ? 0 : 2;
        }
        return 1;
    }

    /// <summary>
    /// Decides whether the period at <paramref name="dot"/> belongs to the word before it. It does for an
    /// abbreviation, except where the abbreviation ends a sentence: UD English then writes the period as its own
    /// token ("in the U.S ." before "The next day").
    /// </summary>
    private bool KeepsPeriod(int s, int dot, int chunkEnd)
    {
        var text = _text;
        var word = text[s..dot];
        int hyphen = word.LastIndexOf('-');
        if (hyphen >= 0)
        {
            word = word[(hyphen + 1)..];
        }
        var kind = Abbreviations.Classify(word);
        if (kind == AbbreviationKind.None)
        {
            return false;
        }
        int next = chunkEnd;
        bool newline = false;
        while (next < text.Length && CharKinds.IsSeparator(text[next]))
        {
            newline |= CharKinds.IsNewline(text[next]);
            next++;
        }
        if (kind == AbbreviationKind.BeforeNumber)
        {
            // "No. 5" but "said no." and "no.\"": these words are abbreviations only before a number.
            return dot + 1 == chunkEnd && next < text.Length && CharKinds.IsDigit(text[next]);
        }
        if (dot + 1 != chunkEnd)
        {
            // Punctuation follows the period inside the chunk ("U.S.)" or "etc.,"): the period is the word's.
            return true;
        }
        bool title = kind == AbbreviationKind.Title && word.Length > 1;
        if (next == text.Length)
        {
            return title;
        }
        if (newline)
        {
            return title || CharKinds.IsLower(text[next]);
        }
        if (title)
        {
            return true;
        }
        int wordEnd = next;
        while (wordEnd < text.Length && CharKinds.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }
        return !EnglishLexicon.IsSentenceStarter(text[next..wordEnd]);
    }

    /// <summary>Characters that web text strings together into rules and arrows ("----==", "+++").</summary>
    private static bool IsLineCharacter(char c) => c is '-' or '=' or '_' or '*' or '~' or '+' or '#' or '<' or '>' or '|';

    /// <summary>A run of one repeated character, or of mixed line characters when there are three or more ("---=").</summary>
    private int LineRun(int s, int e)
    {
        int j = s + 1;
        while (j < e && IsLineCharacter(_text[j]))
        {
            j++;
        }
        return j - s >= 3 ? j - s : SameRun(s, e);
    }

    private int SameRun(int s, int e)
    {
        char c = _text[s];
        int j = s + 1;
        while (j < e && _text[j] == c)
        {
            j++;
        }
        return j - s;
    }

    private int TerminalRun(int s, int e)
    {
        int j = s + 1;
        while (j < e && CharKinds.IsTerminal(_text[j]))
        {
            j++;
        }
        return j - s;
    }

    /// <summary>Splits a chunk with its outer punctuation removed.</summary>
    private void Core(int s, int e)
    {
        var text = _text;
        var core = text[s..e];
        if (IsWholeName(core))
        {
            Emit(s, e);
            return;
        }
        if (IsNumberWithHyphens(core))
        {
            Emit(s, e);
            return;
        }
        if ((CharKinds.IsApostrophe(core[0]) || core[0] == '+') && core.Length > 1 && CharKinds.IsWordAt(text, s + 1, e))
        {
            // An elided start the leading pass left on the word: "'s", "'em", "'90s".
            int end = Word(s + 1, e);
            Emit(s, end);
            Words(end, e);
            return;
        }
        int clitic = CliticStart(core);
        if (clitic > 0)
        {
            Words(s, s + clitic);
            Emit(s + clitic, e, continuesWord: true);
            return;
        }
        int split = EnglishLexicon.RunTogetherSplit(core);
        if (split > 0)
        {
            Emit(s, s + split);
            Emit(s + split, e, continuesWord: true);
            return;
        }
        Words(s, e);
    }

    /// <summary>URLs, e-mail addresses, @handles, #tags, domain and file names: one token each.</summary>
    private static bool IsWholeName(ReadOnlySpan<char> core)
    {
        if (core.Length < 2)
        {
            return false;
        }
        if (core.Contains("://", StringComparison.Ordinal) || core.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || core.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        if (core[0] is '@' or '#')
        {
            // A handle or tag is a word after the sign; "#1" was split off already.
            foreach (char c in core[1..])
            {
                if (!(CharKinds.IsLetter(c) || CharKinds.IsDigit(c) || c == '_'))
                {
                    return false;
                }
            }
            return true;
        }
        int at = core.IndexOf('@');
        if (at > 0 && at < core.Length - 1 && CharKinds.IsWordAt(core, at + 1, core.Length))
        {
            return true;
        }
        int dot = core.LastIndexOf('.');
        if (dot > 0 && dot < core.Length - 2 && CharKinds.IsWordAt(core, dot - 1, core.Length))
        {
            var suffix = core[(dot + 1)..];
            return EnglishLexicon.IsNameSuffix(suffix) && !IsCapitalisedWord(suffix);
        }
        return false;
    }

    // "Iraq.It" is two sentences run together, not a domain ("Newsfeed.Com" is one): a capitalised English word after the period.
    private static bool IsCapitalisedWord(ReadOnlySpan<char> word) =>
        word.Length == 2 && CharKinds.IsUpper(word[0]) && CharKinds.IsLower(word[1])
            && (word is "It" or "In" or "No" or "Me" or "Us" or "So" or "Is" or "My");

    /// <summary>Telephone numbers and ISO dates stay whole ("713-853-3989", "2025-07-22"); ranges split ("5 - 10").</summary>
    private static bool IsNumberWithHyphens(ReadOnlySpan<char> core)
    {
        int groups = 1;
        int group = 0;
        int first = -1;
        foreach (char c in core)
        {
            if (c == '-')
            {
                if (group == 0)
                {
                    return false;
                }
                if (first < 0)
                {
                    first = group;
                }
                groups++;
                group = 0;
            }
            else if ((uint)(c - '0') <= 9)
            {
                group++;
            }
            else
            {
                return false;
            }
        }
        if (groups < 2 || group == 0)
        {
            return false;
        }
        if (groups > 2)
        {
            return true;
        }
        // One hyphen: a local number or ZIP+4 ("345-9945", "77415-0027") but not a year range ("2013-2014").
        return group == 4 && first != 4 && first >= 1;
    }

    /// <summary>Where an apostrophe clitic starts ("do|n't", "Trump|'s", "they|'re"), or 0 when there is none.</summary>
    private static int CliticStart(ReadOnlySpan<char> core)
    {
        int n = core.Length;
        if (n < 3)
        {
            return 0;
        }
        // n't: "don't" -> "do" + "n't", "can't" -> "ca" + "n't".
        if (n >= 4 && CharKinds.IsApostrophe(core[n - 2]) && (core[n - 1] | 0x20) == 't' && (core[n - 3] | 0x20) == 'n' && CharKinds.IsLetter(core[n - 4]))
        {
            return n - 3;
        }
        if (CharKinds.IsApostrophe(core[n - 2]) && CharKinds.IsLetter(core[n - 3]))
        {
            char c = (char)(core[n - 1] | 0x20);
            if (c is 's' or 'm' or 'd')
            {
                return n - 2;
            }
        }
        if (n >= 4 && CharKinds.IsApostrophe(core[n - 3]) && CharKinds.IsLetter(core[n - 4]))
        {
            var tail = core[(n - 2)..];
            if (tail.Equals("re", StringComparison.OrdinalIgnoreCase) || tail.Equals("ve", StringComparison.OrdinalIgnoreCase)
                || tail.Equals("ll", StringComparison.OrdinalIgnoreCase))
            {
                return n - 3;
            }
        }
        return 0;
    }

    /// <summary>Splits the inside of a chunk into words and punctuation.</summary>
    private void Words(int s, int e)
    {
        var text = _text;
        int p = s;
        while (p < e)
        {
            int q;
            if (CharKinds.IsWordAt(text, p, e))
            {
                q = Word(p, e);
            }
            else
            {
                q = Punctuation(p, e);
            }
            Emit(p, q);
            p = q;
        }
    }

    private int Punctuation(int p, int e)
    {
        var text = _text;
        char c = text[p];
        char next = p + 1 < e ? text[p + 1] : '\0';
        switch (c)
        {
            case '.':
            case '!':
            case '?':
                return p + TerminalRun(p, e);
            case '-':
            case '*':
            case '=':
            case '_':
            case '~':
            case '+':
                return p + LineRun(p, e);
            case '\'':
            case '\u2019':
            case '`':
            case '<':
            case '>':
                return next == c ? p + 2 : p + 1;
            case '\u2018':
                return next == '\u2019' ? p + 2 : p + 1;
            default:
                break;
        }
        if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.CurrencySymbol)
        {
            _afterCurrency = true;
        }
        return p + CharKinds.UnitLength(text, p, e);
    }

    /// <summary>Scans a word from <paramref name="p"/>, through the joiners UD English keeps inside words, and returns its end.</summary>
    private int Word(int p, int e)
    {
        var text = _text;
        int start = p;
        int segment = p;
        int q = p;
        // Whether the groups before `segment` have the shape of an abbreviation ("U.S."), tracked as we go so
        // that a long run of periods costs linear time.
        bool abbreviationShape = true;
        bool sawPeriod = false;
        while (true)
        {
            while (q < e && CharKinds.IsWordAt(text, q, e))
            {
                char c = text[q];
                // A number followed by a unit: "5kg", "10pm", "$3M".
                if (q > start && CharKinds.IsLetter(c) && CharKinds.IsDigit(text[q - 1]))
                {
                    int unitEnd = q;
                    while (unitEnd < e && CharKinds.IsLetter(text[unitEnd]))
                    {
                        unitEnd++;
                    }
                    var unit = text[q..unitEnd];
                    if (EnglishLexicon.IsUnit(unit) && (unit.Length > 1 || _afterCurrency) && (unitEnd == e || !CharKinds.IsWordAt(text, unitEnd, e)))
                    {
                        return q;
                    }
                }
                q += char.IsHighSurrogate(c) ? 2 : 1;
            }
            if (q >= e)
            {
                return Math.Min(q, e);
            }
            char j = text[q];
            char before = text[q - 1];
            char after = q + 1 < e ? text[q + 1] : '\0';
            switch (j)
            {
                case '.':
                    if (CharKinds.IsDigit(before) && CharKinds.IsDigit(after))
                    {
                        break;
                    }
                    if (abbreviationShape && IsShortLetters(text[segment..q]) && (q - start == 1 || sawPeriod || Abbreviations.Classify(text[start..q]) != AbbreviationKind.None))
                    {
                        if (CharKinds.IsLetter(after) && IsShortLetterGroup(q + 1, e))
                        {
                            sawPeriod = true;
                            q++;
                            segment = q;
                            continue;
                        }
                        // A final period of an abbreviation before a hyphen or bracket: "U.S.-Russia".
                        return q + 1;
                    }
                    if (q + 1 == e && Abbreviations.Classify(text[segment..q]) != AbbreviationKind.None)
                    {
                        return q + 1;
                    }
                    return q;
                case ',':
                    if (CharKinds.IsDigit(before) && IsThousandsGroup(q + 1, e))
                    {
                        break;
                    }
                    return q;
                case ':':
                    if (CharKinds.IsDigit(before) && CharKinds.IsDigit(after))
                    {
                        break;
                    }
                    return q;
                case '/':
                    if (CharKinds.IsDigit(before) && CharKinds.IsDigit(after))
                    {
                        break;
                    }
                    if (q - segment == 1 && CharKinds.IsLetter(before) && CharKinds.IsLetter(after) && q == start + 1)
                    {
                        break;
                    }
                    return q;
                case '-':
                    if (after != '\0' && CharKinds.IsWordAt(text, q + 1, e) && EnglishLexicon.IsHyphenPrefix(text[segment..q]))
                    {
                        break;
                    }
                    return q;
                case '\'':
                case '\u2019':
                case '`':
                    if (CharKinds.IsLetter(before) && after != '\0' && CharKinds.IsLetter(after))
                    {
                        break;
                    }
                    if (CharKinds.IsDigit(before) && after is 's' && q + 2 == e)
                    {
                        // "80's": the decade keeps its apostrophe.
                        break;
                    }
                    return q;
                case '&':
                    if (CharKinds.IsLetter(before) && CharKinds.IsLetter(after) && q - segment <= 3 && IsShortLetterGroup(q + 1, e, 3))
                    {
                        break;
                    }
                    return q;
                case '$':
                    // "US$5": the currency stays with its country letters.
                    if (CharKinds.IsUpper(before) && q - start <= 3)
                    {
                        _afterCurrency = true;
                        return q + 1;
                    }
                    return q;
                default:
                    return q;
            }
            abbreviationShape = false;
            q++;
            segment = q;
        }
    }

    /// <summary>One or two letters: a group of an abbreviation such as "U.S." or "Ph.D.".</summary>
    private static bool IsShortLetters(ReadOnlySpan<char> group) =>
        group.Length is 1 or 2 && CharKinds.IsLetter(group[0]) && CharKinds.IsLetter(group[^1]);

    private bool IsShortLetterGroup(int from, int e, int max = 2)
    {
        int j = from;
        while (j < e && CharKinds.IsLetter(_text[j]))
        {
            j++;
        }
        return j - from is > 0 && j - from <= max && (j == e || !CharKinds.IsWordAt(_text, j, e));
    }

    private bool IsThousandsGroup(int from, int e)
    {
        int j = from;
        while (j < e && (uint)(_text[j] - '0') <= 9)
        {
            j++;
        }
        return j - from == 3;
    }
}

namespace Parley.Nlp.Entities;

/// <summary>The hashes of one token's strings (form, lowercase, shapes, affixes) and its gazetteer code, computed once per token.</summary>
internal struct TokenInfo
{
    public const int NoLetters = 0;
    public const int AllLower = 1;
    public const int Capitalised = 2;
    public const int AllUpper = 3;
    public const int Mixed = 4;

    public ulong Word;
    public ulong Lower;
    public ulong Shape;
    public ulong ShortShape;
    public ulong Prefix1;
    public ulong Prefix2;
    public ulong Prefix3;
    public ulong Suffix1;
    public ulong Suffix2;
    public ulong Suffix3;
    public ulong Suffix4;
    public int Gazetteer;
    public int Caps;
    public int Length;
    public int Context;

    public static TokenInfo Boundary(ulong seed) => new()
    {
        Word = seed,
        Lower = seed,
        Shape = seed,
        ShortShape = seed,
        Prefix1 = seed,
        Prefix2 = seed,
        Prefix3 = seed,
        Suffix1 = seed,
        Suffix2 = seed,
        Suffix3 = seed,
        Suffix4 = seed,
        Gazetteer = -1,
        Caps = NoLetters,
    };

    public static TokenInfo Of(ReadOnlySpan<char> text, int gazetteer)
    {
        var info = new TokenInfo { Gazetteer = gazetteer, Length = text.Length };
        ulong word = TextHash.Offset;
        ulong lower = TextHash.Offset;
        ulong shape = TextHash.Offset;
        ulong shortShape = TextHash.Offset;
        char last = '\0';
        int run = 0;
        int uppers = 0;
        int lowers = 0;
        for (int k = 0; k < text.Length; k++)
        {
            char c = text[k];
            word = TextHash.Step(word, c);
            lower = TextHash.Step(lower, char.ToLowerInvariant(c));
            char s = ShapeOf(c);
            if (s == 'X')
            {
                uppers++;
            }
            else if (s == 'x')
            {
                lowers++;
            }
            run = s == last ? run + 1 : 1;
            // Runs longer than four say no more than four ("Xxxxx" for every long capitalised word).
            if (run <= 4)
            {
                shape = TextHash.Step(shape, s);
            }
            if (run == 1)
            {
                shortShape = TextHash.Step(shortShape, s);
            }
            last = s;
            switch (k)
            {
                case 0: info.Prefix1 = TextHash.Mix(lower); break;
                case 1: info.Prefix2 = TextHash.Mix(lower); break;
                case 2: info.Prefix3 = TextHash.Mix(lower); break;
            }
        }
        if (text.Length < 2)
        {
            info.Prefix2 = 0;
        }
        if (text.Length < 3)
        {
            info.Prefix3 = 0;
        }
        info.Word = TextHash.Mix(word);
        info.Lower = TextHash.Mix(lower);
        info.Shape = TextHash.Mix(shape);
        info.ShortShape = TextHash.Mix(shortShape);
        info.Suffix1 = Suffix(text, 1);
        info.Suffix2 = Suffix(text, 2);
        info.Suffix3 = Suffix(text, 3);
        info.Suffix4 = Suffix(text, 4);
        info.Caps = uppers + lowers == 0 ? NoLetters
            : uppers == 0 ? AllLower
            : lowers == 0 ? (uppers == 1 && text.Length > 1 ? Capitalised : AllUpper)
            : ShapeOf(text[0]) == 'X' && uppers == 1 ? Capitalised
            : Mixed;
        return info;
    }

    private static ulong Suffix(ReadOnlySpan<char> text, int length)
    {
        // A word no longer than the suffix gets none: the whole word is already a feature.
        return text.Length <= length ? 0 : TextHash.Mix(TextHash.Lower(text[^length..]));
    }

    private static char ShapeOf(char c)
    {
        if (char.IsUpper(c))
        {
            return 'X';
        }
        if (char.IsLetter(c))
        {
            return 'x';
        }
        if (char.IsDigit(c))
        {
            return 'd';
        }
        return c;
    }
}

namespace Parley.Text.Tokenization;

/// <summary>
/// The features of a gap between two tokens for <see cref="SentenceBoundaryModel"/>, hashed straight from
/// the text (nothing is allocated). Templates read like their names: "a" is the token before the gap,
/// "b" the one after, "p" the one before "a", "n" the one after "b", "first" the current sentence's first token.
/// </summary>
internal static class SentenceBoundaryFeatures
{
    public const int Count = 20;

    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Fills <paramref name="features"/> (length <see cref="Count"/>) for the gap after token <paramref name="i"/>.</summary>
    /// <param name="rule">What the rule-based splitter decides for this gap.</param>
    /// <param name="sentenceStart">The first token of the sentence the gap is in.</param>
    public static void Extract(Document doc, int i, bool rule, int sentenceStart, Span<ulong> features)
    {
        var text = doc.Text.AsSpan();
        ReadOnlySpan<int> starts = doc.Starts;
        ReadOnlySpan<int> ends = doc.Ends;
        var a = Token(text, starts, ends, i);
        var b = Token(text, starts, ends, i + 1);
        var p = Token(text, starts, ends, i - 1);
        var n = Token(text, starts, ends, i + 2);
        var first = Token(text, starts, ends, sentenceStart);
        ulong la = Lower(a);
        ulong lb = Lower(b);
        ulong sa = Shape(a);
        ulong sb = Shape(b);
        ulong sp = Shape(p);
        ulong r = rule ? 1UL : 2UL;
        int distance = i - sentenceStart + 1;
        ulong d = Bucket(distance);
        ulong sn = Shape(n);
        ulong spaced = starts.Length > i + 1 && starts[i + 1] > ends[i] ? 1UL : 2UL;
        ulong abbreviation = a.Length > 1 && a[^1] == '.' ? 1UL : 2UL;

        features[0] = Mix(0, 0);
        features[1] = Mix(1, r);
        features[2] = Mix(2, la);
        features[3] = Mix(3, lb);
        features[4] = Mix(Mix(4, la), sb);
        features[5] = Mix(Mix(5, sa), lb);
        features[6] = Mix(Mix(6, Lower(p)), la);
        features[7] = Mix(Mix(7, lb), Lower(n));
        features[8] = Mix(Mix(8, sa), sb);
        features[9] = Mix(Mix(9, r), sb);
        features[10] = Mix(Mix(10, r), la);
        features[11] = Mix(Mix(Mix(11, spaced), sa), sb);
        features[12] = Mix(Mix(12, d), r);
        features[13] = Mix(Mix(13, d), la);
        features[14] = Mix(Mix(14, Lower(first)), la);
        features[15] = Mix(Mix(Mix(15, sp), sa), sb);
        features[16] = Mix(Mix(16, abbreviation), sb);
        features[17] = Mix(Mix(Mix(17, r), sa), sb);
        features[18] = Mix(Mix(18, sb), sn);
        features[19] = Mix(Mix(19, lb), d);
    }

    private static ulong Bucket(int count) => count switch { <= 0 => 0, 1 => 1, 2 => 2, 3 => 3, <= 5 => 4, <= 10 => 5, <= 20 => 6, _ => 7 };

    private static ReadOnlySpan<char> Token(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int k) =>
        k >= 0 && k < starts.Length ? text[starts[k]..ends[k]] : "<none>";

    private static ulong Mix(ulong hash, ulong value)
    {
        hash ^= value + 0x9E3779B97F4A7C15UL + (hash << 6) + (hash >> 2);
        return hash * Prime;
    }

    /// <summary>The lower-cased token, at most 24 characters of it.</summary>
    private static ulong Lower(ReadOnlySpan<char> token)
    {
        ulong hash = Offset;
        int length = Math.Min(token.Length, 24);
        for (int k = 0; k < length; k++)
        {
            hash = (hash ^ char.ToLowerInvariant(token[k])) * Prime;
        }
        return hash;
    }

    /// <summary>The token's shape: X for upper case, x for lower, d for digits, other characters as themselves; repeats collapsed; at most 6 steps.</summary>
    private static ulong Shape(ReadOnlySpan<char> token)
    {
        ulong hash = Offset ^ 0x5A;
        char last = '\0';
        int steps = 0;
        foreach (char c in token)
        {
            char kind = CharKinds.IsUpper(c) ? 'X' : CharKinds.IsLower(c) ? 'x' : CharKinds.IsDigit(c) ? 'd' : CharKinds.IsLetter(c) ? 'l' : c;
            if (kind == last)
            {
                continue;
            }
            last = kind;
            hash = (hash ^ kind) * Prime;
            if (++steps == 6)
            {
                break;
            }
        }
        return hash;
    }
}

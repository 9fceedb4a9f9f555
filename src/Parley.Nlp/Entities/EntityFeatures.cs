using Parley.Text;

namespace Parley.Nlp.Entities;

/// <summary>
/// The recogniser's feature templates. Each token's strings are hashed once (<see cref="TokenInfo"/>);
/// templates then combine those hashes, so extraction allocates nothing and hashes no string twice.
/// Every token gets exactly <see cref="PerToken"/> features, which keeps the buffers flat.
/// </summary>
internal sealed class EntityFeatures(EntityGazetteer gazetteer)
{
    public const int PerToken = 40;

    /// <summary>The slots whose features name the token's own word (form, lowercase, and their combinations), which word dropout hides while training.</summary>
    public static readonly int[] WordSlots = [1, 2, 17, 18, 22, 30, 39];

    // Two tokens of padding on each side let templates read i-2..i+2 without bounds checks.
    public const int Padding = 2;

    private static readonly TokenInfo Before = TokenInfo.Boundary(0x5EED_0001UL);
    private static readonly TokenInfo After = TokenInfo.Boundary(0x5EED_0002UL);

    public EntityGazetteer Gazetteer { get; } = gazetteer;

    /// <summary>
    /// Writes the features of tokens <c>[start, end)</c> into <paramref name="output"/> (<see cref="PerToken"/> per
    /// token, in order), given the document-wide <paramref name="context"/> and gazetteer <paramref name="codes"/>
    /// from <see cref="DocumentContext"/>. <paramref name="infos"/> needs <c>end - start + 2 × Padding</c> entries.
    /// </summary>
    public void Extract(Document doc, int start, int end, ReadOnlySpan<int> context, ReadOnlySpan<int> codes, Span<ulong> output, Span<TokenInfo> infos)
    {
        int n = end - start;
        var text = doc.Text.AsSpan();
        var starts = doc.Starts;
        var ends = doc.Ends;
        infos[0] = Before;
        infos[1] = Before;
        int capitalised = 0;
        int lower = 0;
        int upper = 0;
        for (int i = 0; i < n; i++)
        {
            ref var info = ref infos[i + Padding];
            info = TokenInfo.Of(text[starts[start + i]..ends[start + i]], codes[start + i]);
            info.Context = context[start + i];
            switch (info.Caps)
            {
                case TokenInfo.Capitalised: capitalised++; break;
                case TokenInfo.AllUpper: upper++; break;
                case TokenInfo.AllLower: lower++; break;
            }
        }
        infos[n + Padding] = After;
        infos[n + Padding + 1] = After;
        ulong mode = (ulong)SentenceCase(capitalised, lower, upper);

        for (int i = 0; i < n; i++)
        {
            var o = output.Slice(i * PerToken, PerToken);
            ref readonly var p2 = ref infos[i];
            ref readonly var p1 = ref infos[i + 1];
            ref readonly var t = ref infos[i + 2];
            ref readonly var n1 = ref infos[i + 3];
            ref readonly var n2 = ref infos[i + 4];
            ulong first = i == 0 ? 1UL : 0UL;
            o[0] = TextHash.Feature(1, 0);
            o[1] = TextHash.Feature(2, t.Word);
            o[2] = TextHash.Feature(3, t.Lower);
            o[3] = TextHash.Feature(4, p1.Lower);
            o[4] = TextHash.Feature(5, n1.Lower);
            o[5] = TextHash.Feature(6, p2.Lower);
            o[6] = TextHash.Feature(7, n2.Lower);
            o[7] = TextHash.Feature(8, t.Shape);
            o[8] = TextHash.Feature(9, p1.Shape);
            o[9] = TextHash.Feature(10, n1.Shape);
            o[10] = TextHash.Feature(11, t.Suffix1);
            o[11] = TextHash.Feature(12, t.Suffix2);
            o[12] = TextHash.Feature(13, t.Suffix3);
            o[13] = TextHash.Feature(14, t.Suffix4);
            o[14] = TextHash.Feature(15, t.Prefix1);
            o[15] = TextHash.Feature(16, t.Prefix2);
            o[16] = TextHash.Feature(17, t.Prefix3);
            o[17] = TextHash.Feature(18, p1.Lower, t.Lower);
            o[18] = TextHash.Feature(19, t.Lower, n1.Lower);
            o[19] = TextHash.Feature(20, p1.ShortShape, t.ShortShape, n1.ShortShape);
            o[20] = TextHash.Feature(21, mode, t.Shape);
            o[21] = TextHash.Feature(22, first, t.ShortShape);
            o[22] = TextHash.Feature(23, first, t.Lower);
            o[23] = TextHash.Feature(24, (ulong)t.Gazetteer);
            o[24] = TextHash.Feature(25, (ulong)p1.Gazetteer, (ulong)t.Gazetteer, (ulong)n1.Gazetteer);
            o[25] = TextHash.Feature(26, p1.Lower, t.ShortShape);
            o[26] = TextHash.Feature(27, t.ShortShape, n1.Lower);
            o[27] = TextHash.Feature(28, p1.Word);
            o[28] = TextHash.Feature(29, n1.Word);
            o[29] = TextHash.Feature(30, p1.Lower, n1.Lower);
            o[30] = TextHash.Feature(31, (ulong)p1.Gazetteer, t.Lower);
            o[31] = TextHash.Feature(32, p2.ShortShape, p1.ShortShape, t.ShortShape);
            o[32] = TextHash.Feature(33, t.ShortShape, n1.ShortShape, n2.ShortShape);
            o[33] = TextHash.Feature(34, p2.Lower, p1.Lower);
            o[34] = TextHash.Feature(35, n1.Lower, n2.Lower);
            o[35] = TextHash.Feature(36, (ulong)t.Gazetteer, t.Shape);
            o[36] = TextHash.Feature(37, p1.Lower, (ulong)t.Gazetteer);
            o[37] = TextHash.Feature(38, mode, (ulong)t.Caps, (ulong)Math.Min(t.Length, 12));
            o[38] = TextHash.Feature(39, (ulong)t.Context, (ulong)t.Caps, first);
            o[39] = TextHash.Feature(40, (ulong)t.Context, t.Lower);
        }
    }

    /// <summary>
    /// Fills, for every token of the document, its gazetteer code (<paramref name="codes"/>, matched within
    /// sentences) and how the same word (case-folded) appears elsewhere in the document (<paramref name="context"/>):
    /// bit 1 when capitalised away from a sentence start, bit 2 when in lowercase, bit 4 when right after a
    /// given name or a title or inside a known person's name. "Miramar" in one sentence says something about
    /// "miramar" in the next, and "Donald Trump" about a later "Trump".
    /// </summary>
    public void DocumentContext(Document doc, Span<int> context, Span<int> codes, Dictionary<ulong, (int Capitalised, int Lower, int Cued)> counts)
    {
        counts.Clear();
        foreach (var span in doc.Sentences)
        {
            Gazetteer.Match(doc, span.Start, span.End, codes[span.Start..span.End]);
        }
        var text = doc.Text.AsSpan();
        var starts = doc.Starts;
        var ends = doc.Ends;
        var kinds = context; // holds each token's own kind until the second pass
        int sentence = 0;
        var sentenceStarts = doc.SentenceStarts;
        for (int i = 0; i < doc.Count; i++)
        {
            bool marked = sentence < sentenceStarts.Count && sentenceStarts[sentence] == i;
            if (marked)
            {
                sentence++;
            }
            bool first = marked || i == 0;
            var word = text[starts[i]..ends[i]];
            int kind = KindOf(word, first);
            if (kind != 0 && !first && IsCue(codes[i - 1], codes[i]))
            {
                kind |= 4;
            }
            kinds[i] = kind;
            if (kind == 0)
            {
                continue;
            }
            ulong lower = TextHash.Lower(word);
            var (capitalised, lowercase, cued) = counts.GetValueOrDefault(lower);
            counts[lower] = (capitalised + (kind & 1), lowercase + ((kind & 2) >> 1), cued + ((kind & 4) >> 2));
        }
        for (int i = 0; i < doc.Count; i++)
        {
            int kind = kinds[i];
            if (kind == 0)
            {
                context[i] = 0;
                continue;
            }
            var (capitalised, lowercase, cued) = counts[TextHash.Lower(text[starts[i]..ends[i]])];
            capitalised -= kind & 1;
            lowercase -= (kind & 2) >> 1;
            cued -= (kind & 4) >> 2;
            context[i] = (capitalised > 0 ? 1 : 0) | (lowercase > 0 ? 2 : 0) | (cued > 0 ? 4 : 0);
        }
    }

    private bool IsCue(int previousCode, int code) =>
        (previousCode > 0 && _cueCategories.Contains((previousCode - 1) / 2))
        || (code > 0 && code % 2 == 0 && (code - 1) / 2 == _personCategory);

    private readonly HashSet<int> _cueCategories =
    [
        .. new[] { "GIVEN", "TITLE" }.Select(c => IndexOf(gazetteer, c)).Where(i => i >= 0),
    ];

    private readonly int _personCategory = IndexOf(gazetteer, "PERSON");

    private static int IndexOf(EntityGazetteer gazetteer, string category)
    {
        for (int i = 0; i < gazetteer.Categories.Count; i++)
        {
            if (gazetteer.Categories[i] == category)
            {
                return i;
            }
        }
        return -1;
    }

    // 1: capitalised away from a sentence start; 2: lowercase; 0: neither (or too short, or not a word).
    private static int KindOf(ReadOnlySpan<char> word, bool sentenceStart)
    {
        if (word.Length < 2 || !char.IsLetter(word[0]))
        {
            return 0;
        }
        if (char.IsUpper(word[0]))
        {
            return sentenceStart ? 0 : 1;
        }
        return word.ContainsAnyExcept(LowerLetters) ? 0 : 2;
    }

    private static readonly System.Buffers.SearchValues<char> LowerLetters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz");

    // Headlines and all-lowercase web text capitalise differently from edited prose; shapes mean more once the model knows which it is reading.
    private static int SentenceCase(int capitalised, int lower, int upper)
    {
        int words = capitalised + lower + upper;
        if (words == 0)
        {
            return 0;
        }
        if (capitalised + upper <= 1)
        {
            return 1; // all lowercase, bar perhaps the first word
        }
        if (upper * 2 > words)
        {
            return 2; // shouting
        }
        if (capitalised * 10 >= words * 6)
        {
            return 3; // title case
        }
        return 4;
    }
}

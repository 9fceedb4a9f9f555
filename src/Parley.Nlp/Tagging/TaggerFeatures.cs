using Parley.Nlp.Learning;

namespace Parley.Nlp.Tagging;

/// <summary>
/// Turns a token in context into the tagger's feature ids (one per <see cref="TaggerTemplate"/>). Ids are
/// <see cref="FeatureHash"/> combinations of the template number and hashed values; nothing is allocated.
/// Previous tags are label indices, with <see cref="NoTag"/> before the start of the sentence.
/// </summary>
public static class TaggerFeatures
{
    /// <summary>The number of features every decision has.</summary>
    public const int Count = 33;

    /// <summary>The "tag" of the positions before the first token.</summary>
    public const int NoTag = -1;

    private static readonly ulong[] Seeds = MakeSeeds();

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[48];
        for (int t = 0; t < seeds.Length; t++)
        {
            seeds[t] = FeatureHash.Begin(t);
        }
        return seeds;
    }

    /// <summary>The id of a feature of <paramref name="template"/> on an ambiguity class value (<see cref="AmbiguityClasses.Of"/>).</summary>
    public static ulong OfClass(TaggerTemplate template, ulong ambiguityClass) => Of(template, ambiguityClass);

    /// <summary>The id of a feature of <paramref name="template"/> with one string value (e.g. <c>i word = "cat"</c>).</summary>
    public static ulong Of(TaggerTemplate template, ReadOnlySpan<char> value) => Of(template, TokenValues.Value(value));

    /// <summary>The id of a feature of <paramref name="template"/> with two string values (e.g. <c>i word+i+1 word</c>).</summary>
    public static ulong Of(TaggerTemplate template, ReadOnlySpan<char> first, ReadOnlySpan<char> second)
        => Of(template, TokenValues.Value(first), TokenValues.Value(second));

    /// <summary>The id of a feature of <paramref name="template"/> on one tag (<see cref="TaggerTemplate.PreviousTag"/>, <see cref="TaggerTemplate.SecondPreviousTag"/>).</summary>
    public static ulong OfTag(TaggerTemplate template, int tag) => Of(template, TagValue(tag));

    /// <summary>The id of a feature of <paramref name="template"/> on two tags (<see cref="TaggerTemplate.PreviousTags"/>).</summary>
    public static ulong OfTags(TaggerTemplate template, int tag, int secondTag) => Of(template, TagValue(tag), TagValue(secondTag));

    /// <summary>The id of <c>tag+word</c> features (<see cref="TaggerTemplate.PreviousTagWord"/>, <see cref="TaggerTemplate.PreviousTagNextWord"/>).</summary>
    public static ulong OfTagAndWord(TaggerTemplate template, int tag, ReadOnlySpan<char> word) => Of(template, TagValue(tag), TokenValues.Value(word));

    /// <summary>The id of the <see cref="TaggerTemplate.Bias"/> feature.</summary>
    public static ulong Bias { get; } = Of(TaggerTemplate.Bias, 0UL);

    /// <summary>The id of the <see cref="TaggerTemplate.Flags"/> feature for a combination of flags (see <see cref="FlagsOf"/>).</summary>
    public static ulong OfFlags(int flags) => Of(TaggerTemplate.Flags, (ulong)flags);

    /// <summary>The flags the <see cref="TaggerTemplate.Flags"/> template sees: 1 capitalised, 2 all capitals, 4 digit, 8 hyphen, 16 first in sentence.</summary>
    public static int FlagsOf(ReadOnlySpan<char> form, bool sentenceInitial) => (int)TokenValues.Compute(form, sentenceInitial, AmbiguityClasses.Unknown).Flags;

    /// <summary>The word shape as the <see cref="TaggerTemplate.Shape"/> template sees it ("Obama" → "Xxx", "1,234" → "d,dd").</summary>
    public static string ShapeOf(ReadOnlySpan<char> form) => TokenValues.ShapeOf(form);

    /// <summary>The word value as the templates see it: lowercased, numbers folded to "!YEAR" or "!DIGITS".</summary>
    public static string NormalisedWord(ReadOnlySpan<char> form) => TokenValues.Normalise(form.ToString().ToLowerInvariant()).ToString();

    /// <summary>
    /// Writes the features of token <paramref name="i"/> of a sentence of <paramref name="forms"/> into
    /// <paramref name="features"/> (at least <see cref="Count"/> long) and returns how many were written.
    /// For tests and inspection; the tagger itself computes each token's values once per sentence.
    /// </summary>
    public static int Extract(IReadOnlyList<string> forms, int i, int previousTag, int secondPreviousTag, Span<ulong> features)
        => Extract(forms, AmbiguityClasses.Empty, i, previousTag, secondPreviousTag, features);

    /// <summary>As <see cref="Extract(IReadOnlyList{string}, int, int, int, Span{ulong})"/>, with the words' ambiguity classes from <paramref name="classes"/>.</summary>
    public static int Extract(IReadOnlyList<string> forms, AmbiguityClasses classes, int i, int previousTag, int secondPreviousTag, Span<ulong> features)
    {
        ArgumentNullException.ThrowIfNull(classes);
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentOutOfRangeException.ThrowIfNegative(i);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, forms.Count);
        var values = new TokenValues[forms.Count + 2 * Padding];
        for (int k = 0; k < forms.Count; k++)
        {
            values[Padding + k] = TokenValues.Compute(forms[k], k == 0, classes.Of(forms[k]));
        }
        Pad(values, forms.Count);
        return Extract(values, i, previousTag, secondPreviousTag, features);
    }

    /// <summary>
    /// As <see cref="Extract(IReadOnlyList{string}, int, int, int, Span{ulong})"/> for a second pass that also sees
    /// <paramref name="guesses"/>, a first pass's labels of every word; <paramref name="features"/> holds at least
    /// <see cref="RefinedCount"/>. For tests and inspection.
    /// </summary>
    public static int ExtractRefined(IReadOnlyList<string> forms, int i, IReadOnlyList<int> guesses, int previousTag, int secondPreviousTag, Span<ulong> features)
    {
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(guesses);
        ArgumentOutOfRangeException.ThrowIfNegative(i);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(i, forms.Count);
        if (guesses.Count != forms.Count)
        {
            throw new ArgumentException($"{guesses.Count} guesses for {forms.Count} words.", nameof(guesses));
        }
        var values = new TokenValues[forms.Count + 2 * Padding];
        for (int k = 0; k < forms.Count; k++)
        {
            values[Padding + k] = TokenValues.Compute(forms[k], k == 0, AmbiguityClasses.Unknown);
        }
        Pad(values, forms.Count);
        return ExtractRefined(values, guesses.ToArray(), i, previousTag, secondPreviousTag, features);
    }

    /// <summary>Tokens of padding on each side of a sentence's values.</summary>
    internal const int Padding = 2;

    /// <summary>Fills the padding around the values of a sentence of <paramref name="count"/> tokens.</summary>
    internal static void Pad(Span<TokenValues> values, int count)
    {
        values[0] = TokenValues.Start;
        values[1] = TokenValues.Start;
        values[Padding + count] = TokenValues.End;
        values[Padding + count + 1] = TokenValues.End;
    }

    /// <summary>The features of sentence token <paramref name="i"/>; <paramref name="values"/> is padded by <see cref="Padding"/> on each side.</summary>
    internal static int Extract(ReadOnlySpan<TokenValues> values, int i, int previousTag, int secondPreviousTag, Span<ulong> features)
    {
        ExtractContext(values, i, features);
        ExtractTags(values, i, previousTag, secondPreviousTag, features);
        return Count;
    }

    /// <summary>
    /// Writes the <see cref="Count"/> features of token <paramref name="i"/> that do not depend on the tags before it
    /// (all but positions 4–7, 20 and 31, which <see cref="ExtractTags"/> writes). They are the same in both passes,
    /// so the tagger computes them once per token.
    /// </summary>
    internal static void ExtractContext(ReadOnlySpan<TokenValues> values, int i, Span<ulong> features)
    {
        int p = i + Padding;
        ref readonly var w = ref values[p];
        features[0] = Bias;
        features[1] = Of(TaggerTemplate.Word, w.Word);
        features[2] = Of(TaggerTemplate.Suffix3, w.Suffix3);
        features[3] = Of(TaggerTemplate.Prefix1, w.Prefix1);
        features[8] = Of(TaggerTemplate.PreviousWord, values[p - 1].Word);
        features[9] = Of(TaggerTemplate.PreviousSuffix3, values[p - 1].Suffix3);
        features[10] = Of(TaggerTemplate.SecondPreviousWord, values[p - 2].Word);
        features[11] = Of(TaggerTemplate.NextWord, values[p + 1].Word);
        features[12] = Of(TaggerTemplate.NextSuffix3, values[p + 1].Suffix3);
        features[13] = Of(TaggerTemplate.SecondNextWord, values[p + 2].Word);
        features[14] = Of(TaggerTemplate.Shape, w.Shape);
        features[15] = Of(TaggerTemplate.Suffix1, w.Suffix1);
        features[16] = Of(TaggerTemplate.Suffix2, w.Suffix2);
        features[17] = Of(TaggerTemplate.Suffix4, w.Suffix4);
        features[18] = Of(TaggerTemplate.Flags, w.Flags);
        features[19] = Of(TaggerTemplate.WordNextWord, w.Word, values[p + 1].Word);
        features[21] = Of(TaggerTemplate.PreviousWordWord, values[p - 1].Word, w.Word);
        features[22] = Of(TaggerTemplate.NextShape, values[p + 1].Shape);
        features[23] = Of(TaggerTemplate.Form, w.Form);
        features[24] = Of(TaggerTemplate.Prefix2, w.Prefix2);
        features[25] = Of(TaggerTemplate.Prefix3, w.Prefix3);
        features[26] = Of(TaggerTemplate.Suffix5, w.Suffix5);
        features[27] = Of(TaggerTemplate.Class, w.Class);
        features[28] = Of(TaggerTemplate.PreviousClass, values[p - 1].Class);
        features[29] = Of(TaggerTemplate.NextClass, values[p + 1].Class);
        features[30] = Of(TaggerTemplate.SecondNextClass, values[p + 2].Class);
        features[32] = Of(TaggerTemplate.ClassNextClass, w.Class, values[p + 1].Class);
    }

    /// <summary>Writes the features of token <paramref name="i"/> on the tags before it (see <see cref="ExtractContext"/>).</summary>
    internal static void ExtractTags(ReadOnlySpan<TokenValues> values, int i, int previousTag, int secondPreviousTag, Span<ulong> features)
    {
        int p = i + Padding;
        ref readonly var w = ref values[p];
        ulong t2 = TagValue(secondPreviousTag);
        features[4] = FeatureHash.End(TagFirst(TaggerTemplate.PreviousTag, previousTag));
        features[5] = FeatureHash.End(TagFirst(TaggerTemplate.SecondPreviousTag, secondPreviousTag));
        features[6] = FeatureHash.End(FeatureHash.Add(TagFirst(TaggerTemplate.PreviousTags, previousTag), t2));
        features[7] = FeatureHash.End(FeatureHash.Add(TagFirst(TaggerTemplate.PreviousTagWord, previousTag), w.Word));
        features[20] = FeatureHash.End(FeatureHash.Add(TagFirst(TaggerTemplate.PreviousTagNextWord, previousTag), values[p + 1].Word));
        features[31] = FeatureHash.End(FeatureHash.Add(TagFirst(TaggerTemplate.PreviousTagClass, previousTag), w.Class));
    }

    /// <summary>The number of features of a second-pass decision: <see cref="Count"/> plus those on the first pass's guesses.</summary>
    public const int RefinedCount = Count + 7;

    /// <summary>The "guess" of the positions after the last token.</summary>
    public const int EndTag = -2;

    /// <summary>
    /// Writes the features of a second-pass decision: those of <see cref="Extract(ReadOnlySpan{TokenValues}, int, int, int, Span{ulong})"/>,
    /// then the first pass's guesses at i, i+1 and i+2 (<paramref name="guesses"/> holds one per sentence token), which
    /// give the greedy left-to-right tagger the right context it otherwise lacks.
    /// </summary>
    internal static int ExtractRefined(ReadOnlySpan<TokenValues> values, ReadOnlySpan<int> guesses, int i, int previousTag, int secondPreviousTag, Span<ulong> features)
    {
        Extract(values, i, previousTag, secondPreviousTag, features);
        ExtractGuesses(values, guesses, i, previousTag, features);
        return RefinedCount;
    }

    /// <summary>Writes the features of a second-pass decision on the first pass's guesses, after the first <see cref="Count"/>.</summary>
    internal static void ExtractGuesses(ReadOnlySpan<TokenValues> values, ReadOnlySpan<int> guesses, int i, int previousTag, Span<ulong> features)
    {
        int g0 = guesses[i];
        int g1 = i + 1 < guesses.Length ? guesses[i + 1] : EndTag;
        int g2 = i + 2 < guesses.Length ? guesses[i + 2] : EndTag;
        const int n = Count;
        features[n] = FeatureHash.End(TagFirst(TaggerTemplate.Guess, g0));
        features[n + 1] = FeatureHash.End(TagFirst(TaggerTemplate.NextGuess, g1));
        features[n + 2] = FeatureHash.End(TagFirst(TaggerTemplate.SecondNextGuess, g2));
        features[n + 3] = FeatureHash.End(FeatureHash.Add(TagFirst(TaggerTemplate.NextGuesses, g1), TagValue(g2)));
        features[n + 4] = FeatureHash.End(FeatureHash.Add(TagFirst(TaggerTemplate.PreviousTagNextGuess, previousTag), TagValue(g1)));
        features[n + 5] = Of(TaggerTemplate.WordNextGuess, values[i + Padding].Word, TagValue(g1));
        features[n + 6] = FeatureHash.End(FeatureHash.Add(TagFirst(TaggerTemplate.GuessNextGuess, g0), TagValue(g1)));
    }

    // The templates whose first value is a tag: their seed already combined with each tag (NoTag, EndTag and the
    // first labels) is looked up rather than hashed at every decision.
    private const int TabledTags = 256;
    private static readonly ulong[][] TagFirstTables = MakeTagFirstTables(
        TaggerTemplate.PreviousTag, TaggerTemplate.SecondPreviousTag, TaggerTemplate.PreviousTags, TaggerTemplate.PreviousTagWord,
        TaggerTemplate.PreviousTagNextWord, TaggerTemplate.PreviousTagClass, TaggerTemplate.Guess, TaggerTemplate.NextGuess,
        TaggerTemplate.SecondNextGuess, TaggerTemplate.NextGuesses, TaggerTemplate.PreviousTagNextGuess, TaggerTemplate.GuessNextGuess);

    private static ulong[][] MakeTagFirstTables(params TaggerTemplate[] templates)
    {
        var tables = new ulong[Seeds.Length][];
        foreach (var template in templates)
        {
            var table = new ulong[TabledTags];
            for (int k = 0; k < table.Length; k++)
            {
                table[k] = FeatureHash.Add(Seeds[(int)template], TagValue(k + EndTag));
            }
            tables[(int)template] = table;
        }
        return tables;
    }

    /// <summary>The seed of <paramref name="template"/> with <paramref name="tag"/> added, before the next value or the end.</summary>
    private static ulong TagFirst(TaggerTemplate template, int tag)
    {
        uint k = (uint)(tag - EndTag);
        return k < TabledTags ? TagFirstTables[(int)template][k] : FeatureHash.Add(Seeds[(int)template], TagValue(tag));
    }

    private static ulong TagValue(int tag) => unchecked((ulong)(long)tag);

    private static ulong Of(TaggerTemplate template, ulong value) => FeatureHash.End(FeatureHash.Add(Seeds[(int)template], value));

    private static ulong Of(TaggerTemplate template, ulong first, ulong second)
        => FeatureHash.End(FeatureHash.Add(FeatureHash.Add(Seeds[(int)template], first), second));
}

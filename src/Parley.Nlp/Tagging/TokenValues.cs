using System.Buffers;
using Parley.Nlp.Learning;

namespace Parley.Nlp.Tagging;

/// <summary>
/// The hashed string values of one token that the tagger's templates combine. Computed once per token per
/// sentence, so each of the ~20 features of a decision costs one cheap hash combination, not a string.
/// </summary>
internal struct TokenValues
{
    public ulong Word;
    public ulong Suffix1;
    public ulong Suffix2;
    public ulong Suffix3;
    public ulong Suffix4;
    public ulong Prefix1;
    public ulong Shape;
    public ulong Flags;
    public ulong Form;
    public ulong Prefix2;
    public ulong Prefix3;
    public ulong Suffix5;
    public ulong Class;

    public const int Capitalised = 1;
    public const int AllCapitals = 2;
    public const int HasDigit = 4;
    public const int HasHyphen = 8;
    public const int SentenceInitial = 16;

    private static readonly ulong ValueSeed = FeatureHash.Begin(0);

    /// <summary>The value of a string as the templates see it (for <see cref="TaggerFeatures.Of(TaggerTemplate, ReadOnlySpan{char})"/>).</summary>
    public static ulong Value(ReadOnlySpan<char> text) => FeatureHash.Add(ValueSeed, text);

    /// <summary>The value that pads the sentence before its first token (every field the same).</summary>
    public static TokenValues Start { get; } = Padding("-START-");

    /// <summary>The value that pads the sentence after its last token.</summary>
    public static TokenValues End { get; } = Padding("-END-");

    private static TokenValues Padding(string marker)
    {
        ulong v = Value(marker);
        return new TokenValues
        {
            Word = v, Suffix1 = v, Suffix2 = v, Suffix3 = v, Suffix4 = v, Prefix1 = v, Shape = v, Flags = v,
            Form = v, Prefix2 = v, Prefix3 = v, Suffix5 = v, Class = v,
        };
    }

    /// <param name="form">The token's characters.</param>
    /// <param name="sentenceInitial">True for the first token of a sentence.</param>
    /// <param name="ambiguityClass">The value of the tags the word was seen with in training (<see cref="AmbiguityClasses"/>).</param>
    public static TokenValues Compute(ReadOnlySpan<char> form, bool sentenceInitial, ulong ambiguityClass)
    {
        char[]? rented = null;
        Span<char> lower = form.Length <= 64 ? stackalloc char[64] : (rented = ArrayPool<char>.Shared.Rent(form.Length));
        lower = lower[..form.Length];
        int flags = sentenceInitial ? SentenceInitial : 0;
        bool allUpper = true;
        bool anyLetter = false;
        for (int k = 0; k < form.Length; k++)
        {
            char c = form[k];
            lower[k] = char.ToLowerInvariant(c);
            if (char.IsDigit(c))
            {
                flags |= HasDigit;
            }
            else if (c == '-')
            {
                flags |= HasHyphen;
            }
            if (char.IsLetter(c))
            {
                anyLetter = true;
                allUpper &= char.IsUpper(c);
            }
        }
        if (form.Length > 0 && char.IsUpper(form[0]))
        {
            flags |= Capitalised;
        }
        if (anyLetter && allUpper && form.Length > 1)
        {
            flags |= AllCapitals;
        }

        var values = new TokenValues
        {
            Word = Value(Normalise(lower)),
            Suffix1 = Value(lower[Math.Max(0, lower.Length - 1)..]),
            Suffix2 = Value(lower[Math.Max(0, lower.Length - 2)..]),
            Suffix3 = Value(lower[Math.Max(0, lower.Length - 3)..]),
            Suffix4 = Value(lower[Math.Max(0, lower.Length - 4)..]),
            Prefix1 = Value(form[..Math.Min(1, form.Length)]),
            Shape = ShapeValue(form),
            Flags = (ulong)flags,
            Form = Value(form),
            Prefix2 = Value(lower[..Math.Min(2, lower.Length)]),
            Prefix3 = Value(lower[..Math.Min(3, lower.Length)]),
            Suffix5 = Value(lower[Math.Max(0, lower.Length - 5)..]),
            Class = ambiguityClass,
        };
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }
        return values;
    }

    /// <summary>Numbers are many and rare one by one, so they share a few word values (Honnibal's normalisation).</summary>
    internal static ReadOnlySpan<char> Normalise(ReadOnlySpan<char> lower)
    {
        if (lower.Length > 0 && char.IsAsciiDigit(lower[0]))
        {
            return lower.Length == 4 && !lower.ContainsAnyExceptInRange('0', '9') ? "!YEAR" : "!DIGITS";
        }
        return lower;
    }

    internal static ulong ShapeValue(ReadOnlySpan<char> form)
    {
        Span<char> shape = stackalloc char[16];
        int length = 0;
        char last = '\0';
        int run = 0;
        foreach (char c in form)
        {
            char k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = k == last ? run + 1 : 1;
            last = k;
            if (run <= 2)
            {
                shape[length++] = k;
                if (length == shape.Length)
                {
                    break;
                }
            }
        }
        return Value(shape[..length]);
    }

    /// <summary>The shape of a word as a string, for tests and inspection.</summary>
    internal static string ShapeOf(ReadOnlySpan<char> form)
    {
        var shape = new System.Text.StringBuilder();
        char last = '\0';
        int run = 0;
        foreach (char c in form)
        {
            char k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = k == last ? run + 1 : 1;
            last = k;
            if (run <= 2 && shape.Length < 16)
            {
                shape.Append(k);
            }
        }
        return shape.ToString();
    }
}

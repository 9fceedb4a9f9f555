using System.Globalization;

namespace Parley.Text.Tokenization;

/// <summary>Character classes the tokenizer and sentence splitter agree on.</summary>
internal static class CharKinds
{
    /// <summary>
    /// Characters that separate tokens and never belong to one: whitespace, control characters and the
    /// invisible separators (zero-width space, word joiner, byte-order mark) that pasted web text carries.
    /// </summary>
    public static bool IsSeparator(char c) =>
        c <= ' ' || (c >= '\u007F' && c <= '\u00A0') || (c > '\u00A0' && (char.IsWhiteSpace(c) || c == '\u200B' || c == '\u2060' || c == '\uFEFF'));

    /// <summary>Marks and joiners that belong to the character before them, so a token never ends just before one.</summary>
    public static bool IsAttached(char c)
    {
        if (c < '\u0300')
        {
            return false;
        }
        if (char.IsLowSurrogate(c) || c == '\u200C' || c == '\u200D')
        {
            return true;
        }
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    /// <summary>True when the unit starting at <paramref name="i"/> is a letter or digit (surrogate pairs included).</summary>
    public static bool IsWordAt(ReadOnlySpan<char> text, int i, int end)
    {
        char c = text[i];
        if (c < 128)
        {
            return (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (uint)(c - '0') <= 9 || c == '_';
        }
        if (char.IsHighSurrogate(c))
        {
            if (i + 1 < end && char.IsLowSurrogate(text[i + 1]))
            {
                var category = CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, text[i + 1]));
                return category <= UnicodeCategory.OtherLetter || category == UnicodeCategory.DecimalDigitNumber;
            }
            return false;
        }
        return char.IsLetterOrDigit(c) || IsAttached(c);
    }

    /// <summary>The length of the unit at <paramref name="i"/>: the character with any surrogate half and marks that belong to it.</summary>
    public static int UnitLength(ReadOnlySpan<char> text, int i, int end)
    {
        int j = i + 1;
        while (j < end && IsAttached(text[j]))
        {
            j++;
        }
        return j - i;
    }

    public static bool IsAsciiLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    public static bool IsDigit(char c) => (uint)(c - '0') <= 9 || (c > 127 && char.IsDigit(c));

    public static bool IsLetter(char c) => c < 128 ? IsAsciiLetter(c) : char.IsLetter(c);

    public static bool IsUpper(char c) => c < 128 ? (uint)(c - 'A') <= 'Z' - 'A' : char.IsUpper(c);

    public static bool IsLower(char c) => c < 128 ? (uint)(c - 'a') <= 'z' - 'a' : char.IsLower(c);

    /// <summary>Apostrophes as written in news and web text: straight, right single quote, backtick.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '`';

    /// <summary>Sentence-ending punctuation that runs together into one token ("?!", "...").</summary>
    public static bool IsTerminal(char c) => c is '.' or '!' or '?';

    public static bool IsNewline(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';
}

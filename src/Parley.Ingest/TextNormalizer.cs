using System.Text;

namespace Parley.Ingest;

/// <summary>
/// Puts text into the one form every later offset refers to. Normalisation happens once, while
/// reading, so that the analysed <see cref="Article.Text"/> never changes afterwards.
/// </summary>
public static class TextNormalizer
{
    /// <summary>
    /// Returns <paramref name="text"/> with: byte order marks (U+FEFF) removed; CRLF, CR, NEL, VT, FF,
    /// U+2028 and U+2029 turned into LF; every other control character (C0 except tab and LF, DEL, C1)
    /// removed; unpaired surrogates replaced by U+FFFD; then Unicode NFC applied, so that the same
    /// story in NFC and NFD is one text (and one article id), and every offset refers to the NFC text. .NET
    /// composes with ICU (libicu on Linux), which is why Parley does not run with invariant globalization.
    /// Idempotent.
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cleaned = NeedsCleaning(text) ? Clean(text) : text;
        return cleaned.IsNormalized(NormalizationForm.FormC) ? cleaned : cleaned.Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// Returns <paramref name="text"/> on one line: every run of white space (including line breaks)
    /// becomes one space, and the ends are trimmed. Used for titles and for hashing.
    /// </summary>
    public static string CollapseWhitespace(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = new char[text.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace)
            {
                buffer[length++] = ' ';
                pendingSpace = false;
            }
            buffer[length++] = c;
        }
        return text.AsSpan().SequenceEqual(buffer.AsSpan(0, length)) ? text : new string(buffer, 0, length);
    }

    private static bool NeedsCleaning(string text)
    {
        var span = text.AsSpan();
        var i = 0;
        while (true)
        {
            // Printable ASCII never needs cleaning; a vectorised search skips straight past it.
            var at = span[i..].IndexOfAnyExceptInRange(' ', '~');
            if (at < 0)
            {
                return false;
            }
            i += at;
            var c = span[i];
            if (c is '\n' or '\t' || (c >= '\u00A0' && !char.IsSurrogate(c) && !IsLineSeparator(c) && c != '\uFEFF'))
            {
                i++;
                continue;
            }
            if (char.IsHighSurrogate(c) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                i += 2;
                continue;
            }
            return true;
        }
    }

    private static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                builder.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c == '\n' || c == '\t')
            {
                builder.Append(c);
            }
            else if (IsLineSeparator(c))
            {
                builder.Append('\n');
            }
            else if (IsControl(c) || c == '\uFEFF')
            {
                // Dropped: NUL and friends carry no text, and a zero-width BOM inside the text only
                // shifts offsets without showing anything.
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append('\uFFFD');
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }

    // VT, FF and NEL are line breaks in the texts that use them; removing them would glue words together.
    private static bool IsLineSeparator(char c) => c is '\v' or '\f' or '\u0085' or '\u2028' or '\u2029';

    private static bool IsControl(char c) => c < ' ' || c is >= '\u007F' and <= '\u009F';
}

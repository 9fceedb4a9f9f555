using System.Text;

namespace Parley.Ingest.Formats;

/// <summary>
/// Turns the bytes of a whole text, HTML or feed input into a string: UTF-8 (or UTF-16 when a byte
/// order mark says so), refusing bytes that are not text at all.
/// </summary>
internal static class TextDecoder
{
    /// <summary>More than this share of control bytes and invalid UTF-8 is binary data, not damaged text.</summary>
    private const double BinaryShare = 0.10;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// Decodes <paramref name="bytes"/>. Returns false with an error in <paramref name="problem"/> when
    /// they are binary; returns true with a warning in <paramref name="problem"/> when some bytes were
    /// invalid UTF-8 and were replaced by U+FFFD; returns true with no problem otherwise.
    /// </summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, ReadContext context, out string text, out IngestProblem? problem)
    {
        problem = null;
        int? badByte = null;
        if (bytes is [0xFF, 0xFE, ..] || bytes is [0xFE, 0xFF, ..])
        {
            var bigEndian = bytes[0] == 0xFE;
            try
            {
                text = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: true).GetString(bytes[2..]);
            }
            catch (DecoderFallbackException)
            {
                text = new UnicodeEncoding(bigEndian, byteOrderMark: false, throwOnInvalidBytes: false).GetString(bytes[2..]);
                badByte = 0;
            }
        }
        else
        {
            if (bytes is [0xEF, 0xBB, 0xBF, ..])
            {
                bytes = bytes[3..];
            }
            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException e)
            {
                text = LenientUtf8.GetString(bytes);
                badByte = e.Index;
            }
        }

        var (nuls, junk) = CountJunk(text);
        if (nuls > 0)
        {
            problem = context.Problem(IngestProblemKind.Binary, $"binary data: {nuls} NUL byte{(nuls == 1 ? "" : "s")}, not text; skipped");
            return false;
        }
        if (text.Length > 0 && junk > BinaryShare * text.Length)
        {
            problem = context.Problem(IngestProblemKind.Binary,
                $"binary data: {100.0 * junk / text.Length:0}% of it is control bytes or invalid UTF-8, not text; skipped");
            return false;
        }
        if (badByte is { } at)
        {
            problem = context.Problem(IngestProblemKind.InvalidEncoding,
                $"not valid UTF-8 (first bad byte at offset {at}); bad bytes were replaced by U+FFFD", severity: IngestSeverity.Warning);
        }
        return true;
    }

    private static (int Nuls, int Junk) CountJunk(string text)
    {
        int nuls = 0, junk = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                nuls++;
            }
            else if ((c < ' ' && c is not ('\t' or '\n' or '\r' or '\f' or '\v')) || c == '\u007F' || c == '\uFFFD')
            {
                junk++;
            }
        }
        return (nuls, junk);
    }
}

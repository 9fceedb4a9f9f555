using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Parley.Ingest;

/// <summary>
/// Content ids for articles whose input gives none. The id is the first 32 lower-case hex digits
/// (128 bits) of the SHA-256 of the UTF-8 bytes of <c>title + "\n" + body</c>, where each part is first
/// put through <see cref="TextNormalizer.Normalize"/> (NFC, line breaks, control characters) and then
/// <see cref="TextNormalizer.CollapseWhitespace"/>. So the same story gives the same id however it was
/// wrapped, indented or line-ended, whatever file it came from and on every run; the date, url and
/// source do not enter the id, so a story re-published under another date keeps its id.
/// </summary>
public static class ArticleId
{
    /// <summary>The number of characters in a content id.</summary>
    public const int Length = 32;

    /// <summary>The content id of a story with this title (or none) and body.</summary>
    public static string FromText(string? title, string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            // Streams the canonical form (collapsed words, one space apart) into the hash instead of
            // building it as a string: ids are computed for every article of a run.
            var used = AppendWords(hash, buffer, 0, TextNormalizer.Normalize(title ?? ""));
            buffer[used++] = (byte)'\n';
            used = AppendWords(hash, buffer, used, TextNormalizer.Normalize(body));
            hash.AppendData(buffer, 0, used);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        Span<byte> digest = stackalloc byte[32];
        hash.GetHashAndReset(digest);
        return Convert.ToHexStringLower(digest[..(Length / 2)]);
    }

    /// <summary>The content id of an article's own title and body (whatever id it carries).</summary>
    public static string FromText(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return FromText(article.Title, article.Body);
    }

    /// <summary>
    /// Appends <paramref name="text"/> as UTF-8 with every run of white space made one space and the
    /// ends trimmed (what <see cref="TextNormalizer.CollapseWhitespace"/> gives, without building it);
    /// returns how many bytes are now waiting in <paramref name="buffer"/>.
    /// </summary>
    private static int AppendWords(IncrementalHash hash, byte[] buffer, int used, string text)
    {
        var pendingSpace = false;
        var any = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = any;
                continue;
            }
            // Room for a space and the longest UTF-8 sequence.
            if (used + 5 > buffer.Length)
            {
                hash.AppendData(buffer, 0, used);
                used = 0;
            }
            if (pendingSpace)
            {
                buffer[used++] = (byte)' ';
                pendingSpace = false;
            }
            any = true;
            if (c < 0x80)
            {
                buffer[used++] = (byte)c;
                continue;
            }
            // Text is normalised, so surrogates come in pairs; a stray one would become U+FFFD.
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var consumed);
            used += rune.EncodeToUtf8(buffer.AsSpan(used));
            i += consumed - 1;
        }
        return used;
    }
}

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
        var canonical = Canonical(title ?? "") + "\n" + Canonical(body);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(canonical));
        return Convert.ToHexStringLower(hash)[..Length];
    }

    /// <summary>The content id of an article's own title and body (whatever id it carries).</summary>
    public static string FromText(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return FromText(article.Title, article.Body);
    }

    private static string Canonical(string text) => TextNormalizer.CollapseWhitespace(TextNormalizer.Normalize(text));
}

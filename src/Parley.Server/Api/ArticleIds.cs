namespace Parley.Server.Api;

/// <summary>What the API takes as an article id: the ids ingest gives (an input's own id, or a content hash), within reason.</summary>
internal static class ArticleIds
{
    /// <summary>The longest id taken; longer is a mistake or an attack, not an id.</summary>
    public const int MaxLength = 512;

    /// <summary>Why <paramref name="id"/> cannot be an article id, or null when it can.</summary>
    public static string? Problem(string id) => id.Length switch
    {
        0 => "is empty.",
        > MaxLength => $"is {id.Length} characters long; ids are at most {MaxLength}.",
        _ when id.Any(char.IsControl) => "holds control characters.",
        _ => null,
    };
}

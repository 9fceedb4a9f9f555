namespace Parley.Ingest;

/// <summary>
/// A news story as read from its input, before any analysis. <see cref="Text"/> is what every offset
/// in Parley's output points into: the title, a blank line, then the body (just the body when there
/// is no title).
/// </summary>
public sealed record Article
{
    /// <summary>The input's own id when it gives one, else a hash of the normalised text (<see cref="ArticleId"/>).</summary>
    public required string Id { get; init; }
    /// <summary>The publication date, when known.</summary>
    public DateOnly? Date { get; init; }
    /// <summary>The token after the date on a wire story's first line, kept as a reference.</summary>
    public string? Ref { get; init; }
    public string? Title { get; init; }
    public required string Body { get; init; }
    public string? Url { get; init; }
    /// <summary>The outlet or feed the story came from.</summary>
    public string? Source { get; init; }
    /// <summary>Where it was read: a path, with <c>:line</c> for one line of a JSON Lines file, or a URL.</summary>
    public required string Origin { get; init; }

    /// <summary>The analysed text: title, blank line, body.</summary>
    public string Text => Title is { Length: > 0 } ? Title + "\n\n" + Body : Body;
}

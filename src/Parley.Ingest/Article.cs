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
    /// <summary>The headline on one line (whitespace collapsed), when the input has one.</summary>
    public string? Title { get; init; }
    /// <summary>The story text, normalised by <see cref="TextNormalizer"/>; empty only for a headline-only story.</summary>
    public required string Body { get; init; }
    /// <summary>Where the story is published, when the input says.</summary>
    public string? Url { get; init; }
    /// <summary>The outlet or feed the story came from.</summary>
    public string? Source { get; init; }
    /// <summary>
    /// Where it was read: a path (with <c>:line</c> for one line of a JSON Lines file or the line where a
    /// feed item starts), a URL, or <c>&lt;stdin&gt;</c>.
    /// </summary>
    public required string Origin { get; init; }

    /// <summary>
    /// The analysed text: title, blank line, body. A story with only a headline (a feed item without a
    /// description) is just its title, so that no offset points past trailing blank lines.
    /// </summary>
    public string Text => Title is { Length: > 0 }
        ? (Body.Length > 0 ? Title + "\n\n" + Body : Title)
        : Body;
}

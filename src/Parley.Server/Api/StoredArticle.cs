namespace Parley.Server.Api;

/// <summary>An article as stored; <see cref="Text"/> (title, blank line, body) is what every offset points into.</summary>
internal sealed record StoredArticle(string Id, DateOnly? Date, string? Ref, string? Title, string? Url, string? Source, string Origin, string Text);

using System.ComponentModel;

namespace Parley.Server.Api;

/// <summary>An article as posted: the fields of Parley's JSON Lines input (docs/OUTPUT.md). Only for the OpenAPI document; the body is read by ingest.</summary>
internal sealed record ArticleInput(
    [property: Description("The story text (or give it as body).")] string Text,
    [property: Description("The article's own id; when absent, a hash of its normalised text. The same id again replaces the article and its events.")] string? Id,
    [property: Description("Publication date, ISO 8601 (or give it as published).")] string? Date,
    [property: Description("The headline; sentence 0 of the article when given.")] string? Title,
    [property: Description("Where the story is published.")] string? Url,
    [property: Description("The outlet or feed.")] string? Source);

namespace Parley.Coding;

/// <summary>
/// When the event happened: <see cref="Value"/> is <c>yyyy-MM-dd</c>, <c>yyyy-MM</c> or <c>yyyy</c> by
/// <see cref="Precision"/> (day, month, year); <see cref="Basis"/> is <c>text</c> when read from a time
/// expression (<see cref="Text"/>) and <c>article</c> when it falls back to the article date.
/// </summary>
public sealed record EventDate(string Value, string Precision, string Basis, string? Text);

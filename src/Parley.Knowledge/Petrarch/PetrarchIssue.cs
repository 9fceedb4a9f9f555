namespace Parley.Knowledge.Petrarch;

/// <summary>
/// One entry of a PETRARCH issues dictionary, <c>&lt;string&gt; [&lt;code&gt;]</c>, with its expansions made:
/// <c>n:</c> singular and plural, <c>v:</c> the regular verb forms, <c>+</c> both a blank and a hyphen.
/// </summary>
public sealed record PetrarchIssue
{
    public required int Line { get; init; }

    /// <summary>The issue code ("NUCLEAR_WEAPONS").</summary>
    public required string Code { get; init; }

    /// <summary>The category of the enclosing <c>&lt;ISSUE CATEGORY="…"&gt;</c>, or null.</summary>
    public string? Category { get; init; }

    /// <summary>Every phrase the entry matches, lower case, words separated by single blanks or hyphens.</summary>
    public required IReadOnlyList<string> Phrases { get; init; }
}

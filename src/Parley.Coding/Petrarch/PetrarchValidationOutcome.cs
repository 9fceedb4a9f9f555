namespace Parley.Coding.Petrarch;

/// <summary>How one validation record came out: right or not, what was expected and what came, and why.</summary>
public sealed record PetrarchValidationOutcome
{
    public required PetrarchValidationRecord Record { get; init; }

    /// <summary>Why the record is left out of the count (a Penn-tree construction with no meaning on a dependency parse), or null.</summary>
    public string? NotApplicable { get; init; }

    /// <summary>True when every expected event came and nothing else (and a discard when one is expected).</summary>
    public required bool Right { get; init; }

    /// <summary>The events that came, as (source, target, code).</summary>
    public required IReadOnlyList<(string Source, string Target, string Code)> Got { get; init; }

    /// <summary>The discard that stopped the sentence or the story, as "sentencediscard"/"storydiscard", or null.</summary>
    public string? Discard { get; init; }

    /// <summary>What decided: each event's verb, pattern and actors, and the verbs that gave nothing.</summary>
    public required IReadOnlyList<string> Why { get; init; }
}

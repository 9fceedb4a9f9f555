namespace Parley.Coding.Petrarch;

/// <summary>
/// One record of PETRARCH's validation suite (<c>PETR.UnitTest.records.xml</c>): a sentence, its date, and the
/// events it must give — none when <see cref="Error"/> names a discard or an input error, or when it expects none.
/// </summary>
public sealed record PetrarchValidationRecord
{
    public required string Id { get; init; }

    public required string Category { get; init; }

    public DateOnly? Date { get; init; }

    public required string Text { get; init; }

    /// <summary>The expected events as (source, target, code), in the record's order; empty when none is expected.</summary>
    public required IReadOnlyList<(string Source, string Target, string Code)> Expected { get; init; }

    /// <summary>The error the record expects PETRARCH to report (<c>storydiscard</c>, <c>sentencediscard</c>, <c>dateline</c>, <c>bad_input_parse</c>), or null.</summary>
    public string? Error { get; init; }

    /// <summary>1-based line of the record in the file.</summary>
    public int Line { get; init; }
}

namespace Parley.Coding.Time;

/// <summary>
/// A time expression found in a sentence: where it is (tokens <c>[Start, End)</c>, characters
/// <c>[StartChar, EndChar)</c> of the document text) and what it means, not yet tied to a calendar.
/// Fields that <see cref="Kind"/> does not use are 0 (or null).
/// </summary>
public sealed record TimeExpression
{
    /// <summary>Index of the first token.</summary>
    public required int Start { get; init; }

    /// <summary>Index one past the last token.</summary>
    public required int End { get; init; }

    /// <summary>UTF-16 offset of the first character in the document text.</summary>
    public required int StartChar { get; init; }

    /// <summary>UTF-16 offset one past the last character in the document text.</summary>
    public required int EndChar { get; init; }

    /// <summary>The expression as written, with its leading preposition when it has one ("on Monday").</summary>
    public required string Text { get; init; }

    /// <summary>What the expression names; it says which of the fields below carry meaning.</summary>
    public required TimeExpressionKind Kind { get; init; }

    /// <summary>The written year, or 0 when none is written.</summary>
    public int Year { get; init; }

    /// <summary>The month, 1–12, or 0.</summary>
    public int Month { get; init; }

    /// <summary>The day of the month, 1–31, or 0.</summary>
    public int Day { get; init; }

    /// <summary>The weekday of a <see cref="TimeExpressionKind.Weekday"/> expression.</summary>
    public DayOfWeek? Weekday { get; init; }

    /// <summary>
    /// For weekdays, months and periods: -1 for "last", +1 for "next", 0 for a plain or "this" one.
    /// For offsets: the signed count of <see cref="Unit"/>s ("two days ago" is -2, "a day later" is +1).
    /// </summary>
    public int Shift { get; init; }

    /// <summary>The unit of an <see cref="TimeExpressionKind.Offset"/> or <see cref="TimeExpressionKind.Period"/>.</summary>
    public TimeUnit Unit { get; init; }

    /// <summary>True for offsets that count from the previously mentioned event ("a day earlier", "the day before"), not from the article date ("yesterday", "two days ago").</summary>
    public bool FromAnchor { get; init; }
}

namespace Parley.Coding.Time;

/// <summary>What a <see cref="TimeExpression"/> names, which says which of its fields carry meaning.</summary>
public enum TimeExpressionKind
{
    /// <summary>A weekday ("on Monday", "last Monday", "next Tuesday"): <see cref="TimeExpression.Weekday"/> and <see cref="TimeExpression.Shift"/>.</summary>
    Weekday,
    /// <summary>A calendar date ("September 3", "3 September", "Sept. 3, 2025", "2025-07-22"): <see cref="TimeExpression.Month"/>, <see cref="TimeExpression.Day"/> and, when written, <see cref="TimeExpression.Year"/>.</summary>
    Date,
    /// <summary>A month ("in June", "June 2024", "mid-June", "last June"): <see cref="TimeExpression.Month"/>, <see cref="TimeExpression.Shift"/> and, when written, <see cref="TimeExpression.Year"/>.</summary>
    Month,
    /// <summary>A year ("in 2018", "the 2018 summit"): <see cref="TimeExpression.Year"/>.</summary>
    Year,
    /// <summary>
    /// A counted distance from a reference day ("yesterday", "two days ago", "a day earlier", "the day before"):
    /// <see cref="TimeExpression.Unit"/> and the signed <see cref="TimeExpression.Shift"/>; <see cref="TimeExpression.FromAnchor"/>
    /// when it counts from the story's previous event rather than from the article date.
    /// </summary>
    Offset,
    /// <summary>A calendar period relative to the article date ("last week", "this month", "earlier this month", "next year"): <see cref="TimeExpression.Unit"/> and <see cref="TimeExpression.Shift"/>.</summary>
    Period,
}

namespace Parley.Storage;

/// <summary>
/// The events of one quad class in one period: how many, and the sum of their Goldstein scores (the classic
/// cooperation–conflict measure: positive for cooperation, negative for conflict).
/// </summary>
/// <param name="Start">The first day of the period (a Monday for weeks, the 1st for months).</param>
public sealed record PeriodCount(DateOnly Start, int QuadClass, long Count, double GoldsteinSum);

namespace Parley.Server.Api;

/// <summary>One period of the time series: events per quad class, all events, and the sum of their Goldstein scores.</summary>
internal sealed record PeriodRow(DateOnly Start, long VerbalCooperation, long MaterialCooperation, long VerbalConflict, long MaterialConflict, long Total, double GoldsteinSum);

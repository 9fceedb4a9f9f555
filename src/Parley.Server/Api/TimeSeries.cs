namespace Parley.Server.Api;

/// <summary>The reply to <c>GET /v1/stats/timeseries</c>: the bucket (day, week, month) and the periods with events, oldest first.</summary>
internal sealed record TimeSeries(string Bucket, IReadOnlyList<PeriodRow> Periods);

namespace Parley.Server.Api;

/// <summary>The reply to <c>GET /v1/stats/dyads</c>: the busiest dyads first.</summary>
internal sealed record DyadTable(IReadOnlyList<DyadRow> Dyads);

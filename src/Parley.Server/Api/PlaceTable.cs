using Parley.Storage;

namespace Parley.Server.Api;

/// <summary>The reply to <c>GET /v1/stats/places</c>: geocoded places with their event counts, the busiest first.</summary>
internal sealed record PlaceTable(IReadOnlyList<PlaceCount> Places);

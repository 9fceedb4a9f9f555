using Parley.Coding;

namespace Parley.Server.Api;

/// <summary>One page of <c>GET /v1/events</c>: the events, and the cursor for the next page (null on the last).</summary>
internal sealed record EventPage(IReadOnlyList<EventRecord> Events, string? NextCursor);

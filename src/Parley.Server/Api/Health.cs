namespace Parley.Server.Api;

/// <summary>The reply to <c>GET /healthz</c>.</summary>
internal sealed record Health(string Status, string? Problem, string Store, string Models, string Dictionaries, long UptimeSeconds);

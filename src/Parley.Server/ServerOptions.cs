namespace Parley.Server;

/// <summary>How <see cref="ParleyServer"/> listens and what it accepts.</summary>
public sealed record ServerOptions
{
    /// <summary>The address the server listens on by default: loopback only, so nothing outside the machine reaches it.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The largest request body accepted (10 MB, the largest article Parley reads); a larger one gets 413.</summary>
    public const long DefaultMaxRequestBytes = 10 * 1024 * 1024;

    /// <summary>The URLs to listen on (<c>http://host:port</c>; port 0 picks a free one).</summary>
    public IReadOnlyList<string> Urls { get; init; } = [DefaultUrl];

    /// <summary>
    /// The key a write must carry (<c>X-Api-Key</c> or <c>Authorization: Bearer</c>); null for none. It is required
    /// when any URL is beyond loopback: <see cref="ParleyServer.Create"/> refuses to start without one then.
    /// </summary>
    public string? ApiKey { get; init; }

    /// <summary>The largest request body accepted, in bytes.</summary>
    public long MaxRequestBytes { get; init; } = DefaultMaxRequestBytes;

    /// <summary>The folder the dashboard's built files are served from; null for <c>dashboard/</c> beside the executable.</summary>
    public string? DashboardDirectory { get; init; }

    /// <summary>A short name of the store for <c>/healthz</c> (its file or connection, without secrets).</summary>
    public string StoreName { get; init; } = "";
}

namespace Parley.Testing.Servers;

/// <summary>The servers tests can start for themselves, by the names <see cref="RequiresServersAttribute"/> and <see cref="ServerFactAttribute"/> take.</summary>
public static class LocalServers
{
    public const string Postgres = "postgres";
    public const string Nats = "nats";

    /// <summary>Set (to anything) to skip every test that starts servers, as on a machine without them.</summary>
    public const string SkipVariable = "PARLEY_SKIP_SERVERS";

    /// <summary>Why one of <paramref name="servers"/> cannot be started here, or null when all can.</summary>
    public static string? MissingReason(IEnumerable<string> servers)
    {
        var names = servers.ToList();
        if (names.Count > 0 && !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(SkipVariable)))
        {
            return $"{SkipVariable} is set, so tests that start servers are skipped";
        }
        foreach (var server in names)
        {
            var reason = server switch
            {
                Postgres => PostgresServer.MissingReason,
                Nats => NatsServer.MissingReason,
                _ => throw new ArgumentException($"No test server is called '{server}'.", nameof(servers)),
            };
            if (reason is not null)
            {
                return reason;
            }
        }
        return null;
    }
}

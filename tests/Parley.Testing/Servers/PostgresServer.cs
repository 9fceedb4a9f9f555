using System.Globalization;
using Npgsql;

namespace Parley.Testing.Servers;

/// <summary>
/// A PostgreSQL server of the tests' own: a new data folder under the temporary folder, listening on 127.0.0.1 at a
/// free port with password-less login for the user <c>parley</c>, started on first use and removed when the test
/// process ends. Built from Debian's <c>postgresql</c> package (<c>.ci/run</c> installs it); when it is not
/// installed, <see cref="MissingReason"/> says so and the tests that need it are skipped.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    private const string SuperUser = "parley";

    // PostgreSQL refuses to run as root; Debian's package makes this account.
    private const string ServiceAccount = "postgres";

    private static readonly Lazy<string?> BinFolder = new(FindBinFolder);
    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartNewAsync);

    private readonly string folder;
    private readonly SemaphoreSlim gate = new(1, 1);

    private PostgresServer(string folder, int port)
    {
        this.folder = folder;
        Port = port;
    }

    /// <summary>Why no server can be started here, or null when one can.</summary>
    public static string? MissingReason
    {
        get
        {
            if (BinFolder.Value is null)
            {
                return "PostgreSQL is not installed (no initdb and pg_ctl in /usr/lib/postgresql/*/bin or on PATH); " +
                    "install Debian's postgresql package (.ci/run does) to run the tests against it";
            }
            if (ServerProcess.IsRoot && !ServerProcess.UserExists(ServiceAccount))
            {
                return $"the tests run as root, which PostgreSQL refuses, and there is no '{ServiceAccount}' account to run it as";
            }
            return null;
        }
    }

    /// <summary>The port the server listens on, on 127.0.0.1.</summary>
    public int Port { get; }

    /// <summary>The server for this test process, started on first use and removed when the process ends.</summary>
    public static Task<PostgresServer> SharedAsync() => Shared.Value;

    /// <summary>A server of the caller's own (to stop and start without disturbing other tests), removed on dispose.</summary>
    public static async Task<PostgresServer> StartNewAsync()
    {
        if (MissingReason is { } reason)
        {
            throw new InvalidOperationException(reason);
        }
        var folder = Path.Combine(Path.GetTempPath(), $"parley-postgres-{Guid.NewGuid():n}");
        var server = new PostgresServer(folder, ServerProcess.FreePort());
        // Also when the process ends first (a test that fails before disposing it).
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Remove();
        await server.InitializeAsync();
        await server.StartServerAsync();
        return server;
    }

    public ValueTask DisposeAsync()
    {
        Remove();
        return ValueTask.CompletedTask;
    }

    /// <summary>A <c>postgres://</c> URI for <paramref name="database"/> on this server (the store creates the database when absent).</summary>
    public string Uri(string database) => string.Create(CultureInfo.InvariantCulture, $"postgres://{SuperUser}@127.0.0.1:{Port}/{database}");

    /// <summary>An Npgsql connection string for <paramref name="database"/> on this server.</summary>
    public string ConnectionString(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = SuperUser,
        Database = database,
        Pooling = false,
    }.ConnectionString;

    /// <summary>A database name no other test uses.</summary>
    public static string NewDatabaseName(string prefix = "test") => $"{prefix}_{Guid.NewGuid():n}";

    /// <summary>Drops <paramref name="database"/>, closing whatever connections are left on it.</summary>
    public async Task DropDatabaseAsync(string database)
    {
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Stops the server (connections are cut, new ones refused) until <see cref="StartAsync"/>; its data stays. With
    /// <paramref name="crash"/>, as a crash would: every server process is ended at once, without a checkpoint, and the
    /// next start recovers from the write-ahead log.
    /// </summary>
    public async Task StopAsync(bool crash = false)
    {
        await gate.WaitAsync();
        try
        {
            await PgCtlAsync("stop", "-m", crash ? "immediate" : "fast");
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Starts the server again on the same port and data.</summary>
    public async Task StartAsync()
    {
        await gate.WaitAsync();
        try
        {
            await StartServerAsync();
        }
        finally
        {
            gate.Release();
        }
    }


    private string Data => Path.Combine(folder, "data");

    private string? Account => ServerProcess.IsRoot ? ServiceAccount : null;

    private async Task InitializeAsync()
    {
        // Made by the account the server runs as, so that it owns the folder (/tmp lets anyone make folders).
        // C.UTF-8 (built into glibc): text sorts by code point, as in SQLite, and lower() knows every letter.
        await ServerProcess.RunAsync("mkdir", ["-p", folder], Account);
        await ServerProcess.RunAsync(Path.Combine(BinFolder.Value!, "initdb"),
            ["-D", Data, "-U", SuperUser, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], Account);
    }

    private Task StartServerAsync() =>
        PgCtlAsync("start", "-w", "-t", "120", "-l", Path.Combine(folder, "server.log"), "-o",
            // Loopback only, the socket in its own folder, and no fsync: a test server's data need not survive a power cut.
            string.Create(CultureInfo.InvariantCulture, $"-p {Port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=200"));

    private Task PgCtlAsync(string action, params string[] options) =>
        ServerProcess.RunAsync(Path.Combine(BinFolder.Value!, "pg_ctl"), [action, "-D", Data, .. options], Account);

    private void Remove()
    {
        if (!Directory.Exists(folder))
        {
            return;
        }
        try
        {
            PgCtlAsync("stop", "-m", "immediate").Wait(TimeSpan.FromSeconds(30));
        }
        catch (AggregateException)
        {
            // Already stopped.
        }
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the temporary folder's own clean-up.
        }
    }

    private static string? FindBinFolder()
    {
        var versions = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(dir => (Dir: dir, Version: int.TryParse(Path.GetFileName(dir), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1))
                .OrderByDescending(d => d.Version)
                .Select(d => Path.Combine(d.Dir, "bin", "initdb"))
            : [];
        var initdb = ServerProcess.Find("initdb", versions);
        if (initdb is null)
        {
            return null;
        }
        var bin = Path.GetDirectoryName(initdb)!;
        return File.Exists(Path.Combine(bin, "pg_ctl")) ? bin : null;
    }
}

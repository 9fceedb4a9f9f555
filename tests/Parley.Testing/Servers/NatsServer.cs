using System.Diagnostics;
using System.Globalization;

namespace Parley.Testing.Servers;

/// <summary>
/// A nats-server with JetStream of a test's own: listening on 127.0.0.1 at a free port, its streams in a new folder
/// under the temporary folder. It can be stopped (gracefully or killed) and started again on the same port and
/// folder, as a restart in production would. Built from Debian's <c>nats-server</c> package (<c>.ci/run</c> installs
/// it); when it is not installed, <see cref="MissingReason"/> says so and the tests that need it are skipped.
/// </summary>
public sealed class NatsServer : IAsyncDisposable
{
    private static readonly Lazy<string?> Program = new(() => ServerProcess.Find("nats-server", ["/usr/sbin/nats-server", "/usr/bin/nats-server"]));

    private readonly string folder;
    private Process? process;

    private NatsServer(string folder, int port)
    {
        this.folder = folder;
        Port = port;
    }

    /// <summary>Why no server can be started here, or null when one can.</summary>
    public static string? MissingReason => Program.Value is null
        ? "nats-server is not installed (not in /usr/sbin or on PATH); install Debian's nats-server package (.ci/run does) to run the tests against it"
        : null;

    public int Port { get; }

    /// <summary>The URL clients connect to.</summary>
    public string Url => string.Create(CultureInfo.InvariantCulture, $"nats://127.0.0.1:{Port}");

    /// <summary>Starts a new server with empty JetStream storage.</summary>
    public static async Task<NatsServer> StartNewAsync()
    {
        if (MissingReason is { } reason)
        {
            throw new InvalidOperationException(reason);
        }
        var server = new NatsServer(Path.Combine(Path.GetTempPath(), $"parley-nats-{Guid.NewGuid():n}"), ServerProcess.FreePort());
        Directory.CreateDirectory(server.folder);
        await server.StartAsync();
        return server;
    }

    /// <summary>Starts the server (again), on the same port and storage; returns when it accepts clients.</summary>
    public async Task StartAsync()
    {
        if (process is { HasExited: false })
        {
            throw new InvalidOperationException("The server is running.");
        }
        var start = ServerProcess.StartInfo(Program.Value!,
            ["-js", "-a", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-sd", Path.Combine(folder, "jetstream"), "-n", "parley-test"]);
        process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start nats-server.");
        // It logs to standard error and says when it is ready; a server that never says so is a hang, not a result.
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var log = new List<string>();
        while (true)
        {
            var line = await process.StandardError.ReadLineAsync(patience.Token)
                ?? throw new InvalidOperationException($"nats-server ended before it was ready: {string.Join('\n', log)}");
            log.Add(line);
            if (line.Contains("Server is ready", StringComparison.Ordinal))
            {
                break;
            }
        }
        // Keep draining its log so that it never blocks on a full pipe.
        var running = process;
        _ = Task.Run(async () =>
        {
            while (await running.StandardError.ReadLineAsync() is not null)
            {
            }
        });
        _ = running.StandardOutput.ReadToEndAsync();
    }

    /// <summary>Stops the server: <paramref name="kill"/> as a crash would (SIGKILL), else as an operator would (SIGTERM, a clean shutdown).</summary>
    public async Task StopAsync(bool kill)
    {
        if (process is null || process.HasExited)
        {
            return;
        }
        if (kill)
        {
            process.Kill();
        }
        else
        {
            await ServerProcess.RunAsync("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]);
        }
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(patience.Token);
        process.Dispose();
        process = null;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(kill: true);
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the temporary folder's own clean-up.
        }
    }
}

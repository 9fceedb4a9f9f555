using System.Diagnostics;
using System.Globalization;
using Parley.Testing;

namespace Parley.Queue.Tests;

/// <summary>
/// A queue worker in a process of its own (Parley.Queue.TestWorker), which a test can kill with SIGKILL. It drains
/// the queue and exits; it also stops when this process goes (its standard input closes).
/// </summary>
internal sealed class WorkerProcess : IAsyncDisposable
{
    /// <summary>Text that makes the test worker's coder throw.</summary>
    public const string PoisonThrows = "POISON-THROWS";

    /// <summary>Text that makes the test worker's process end at once.</summary>
    public const string PoisonCrashes = "POISON-CRASHES";

    private readonly Process process;
    private readonly List<string> lines = [];
    private readonly Task reading;
    private readonly Task<string> errorOutput;

    private WorkerProcess(Process process)
    {
        this.process = process;
        reading = Task.Run(async () =>
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
            {
                lock (lines)
                {
                    lines.Add(line);
                }
            }
        });
        // Kept: a worker that ends on an unhandled exception (exit code 134, SIGABRT) says why only there.
        errorOutput = process.StandardError.ReadToEndAsync();
    }

    /// <summary>Every line the worker has printed so far.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (lines)
            {
                return [.. lines];
            }
        }
    }

    public bool HasExited => process.HasExited;

    public static WorkerProcess Start(string natsUrl, string database, TimeSpan ackWait, int tries = 3, double retryAfterSeconds = 0.2, int batch = 10)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var culture = CultureInfo.InvariantCulture;
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "Parley.Queue.TestWorker.dll"), natsUrl, database,
            RepositoryPaths.InRepo("models"), RepositoryPaths.InRepo("dictionaries"),
            ackWait.TotalSeconds.ToString(culture), tries.ToString(culture), retryAfterSeconds.ToString(culture), batch.ToString(culture),
        })
        {
            start.ArgumentList.Add(argument);
        }
        return new WorkerProcess(Process.Start(start) ?? throw new InvalidOperationException("Cannot start the test worker."));
    }

    /// <summary>Waits until the worker prints a line that <paramref name="match"/> accepts; fails if it ends first or the hang guard runs out.</summary>
    public async Task WaitForLineAsync(Func<string, bool> match, TimeSpan? hangGuard = null)
    {
        var deadline = DateTime.UtcNow + (hangGuard ?? FaultTimes.HangGuard);
        while (!Lines.Any(match))
        {
            if (process.HasExited)
            {
                await reading;
                if (Lines.Any(match))
                {
                    return;
                }
                Assert.Fail($"The worker ended (exit code {process.ExitCode}) before printing the line waited for:\n{string.Join('\n', Lines)}");
            }
            Assert.True(DateTime.UtcNow < deadline, $"Hang guard: the worker did not print the line waited for:\n{string.Join('\n', Lines)}");
            await Task.Delay(50);
        }
    }

    /// <summary>Waits for the worker to end by itself; its exit code.</summary>
    public async Task<int> WaitForExitAsync()
    {
        using var patience = new CancellationTokenSource(FaultTimes.HangGuard);
        try
        {
            await process.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"Hang guard: the worker did not finish:\n{string.Join('\n', Lines)}");
        }
        await reading;
        return process.ExitCode;
    }

    /// <summary>Waits for the worker to end by itself and fails, with what it printed on both outputs, unless it ended with exit code 0.</summary>
    public async Task AssertExitsCleanlyAsync()
    {
        var code = await WaitForExitAsync();
        if (code != 0)
        {
            Assert.Fail($"The worker ended with exit code {code}.\nStandard error:\n{await errorOutput}\nStandard output:\n{string.Join('\n', Lines)}");
        }
    }

    /// <summary>SIGKILL: no finally blocks, no acknowledgements, nothing flushed.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill();
        }
        await process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }
}

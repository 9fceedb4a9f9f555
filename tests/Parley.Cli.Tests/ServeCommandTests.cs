using System.Diagnostics;
using System.Globalization;
using Parley.Testing;
using Parley.Testing.Servers;

namespace Parley.Cli.Tests;

public class ServeCommandTests
{
    [Fact]
    public void Serving_beyond_loopback_without_an_api_key_is_refused_with_exit_code_2()
    {
        var run = CliRun.Of("serve", "--urls", "http://0.0.0.0:0", "--db", Path.Combine(Path.GetTempPath(), "parley-serve-never.db"));

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("--api-key", run.Error, StringComparison.Ordinal);
        Assert.Contains("PARLEY_API_KEY", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_address_that_is_not_an_http_url_is_refused_with_exit_code_2()
    {
        var run = CliRun.Of("serve", "--urls", "ftp://127.0.0.1:21", "--db", Path.Combine(Path.GetTempPath(), "parley-serve-never.db"));

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("ftp://127.0.0.1:21", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_terminate_signal_stops_the_server_cleanly_with_exit_code_0()
    {
        using var folder = new ScratchFolder();
        var address = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{ServerProcess.FreePort()}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "parley.dll"), "serve", "--db", Path.Combine(folder.Path, "served.db"), "--urls", address })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        // Standard error is read to its end in the background (a full pipe would stop the server) and awaited only once
        // the process has ended: it ends when the server does, so awaiting it earlier waits for a server nobody stopped.
        var error = process.StandardError.ReadToEndAsync();
        var printed = new List<string>();
        // Only a guard against a hang, never a measure of speed: the test waits for what the server says, not for a time.
        using var hangGuard = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        try
        {
            // serve prints its banner once it listens; the last line says how to stop it.
            string? line;
            while ((line = await process.StandardOutput.ReadLineAsync(hangGuard.Token)) is not null && !line.Contains("Press Ctrl+C to stop.", StringComparison.Ordinal))
            {
                printed.Add(line);
            }
            if (line is null)
            {
                await process.WaitForExitAsync(hangGuard.Token);
                Assert.Fail($"serve ended (exit code {process.ExitCode}) before it listened: {string.Join('\n', printed)}\n{await error}");
            }
            Assert.Contains(printed, printedLine => printedLine.Contains($"dashboard      {address}/", StringComparison.Ordinal));
            using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = Timeout.InfiniteTimeSpan };
            Assert.True((await client.GetAsync("/healthz", hangGuard.Token)).IsSuccessStatusCode);

            await ServerProcess.RunAsync("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]);
            await process.StandardOutput.ReadToEndAsync(hangGuard.Token);
            await process.WaitForExitAsync(hangGuard.Token);

            Assert.True(process.ExitCode == ExitCodes.Success, $"serve exited with {process.ExitCode} on SIGTERM: {await error}");
        }
        catch (OperationCanceledException) when (hangGuard.IsCancellationRequested)
        {
            Assert.Fail($"serve hung: no banner, no answer or no exit after SIGTERM within the 5-minute hang guard. It printed: {string.Join('\n', printed)}");
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}

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
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromSeconds(5) };
            var serving = false;
            for (var wait = Stopwatch.StartNew(); !serving && !process.HasExited && wait.Elapsed < TimeSpan.FromMinutes(2); await Task.Delay(200))
            {
                try
                {
                    serving = (await client.GetAsync("/healthz")).IsSuccessStatusCode;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    // Not listening yet, or too slow to answer on a loaded machine: ask again. The waits here only
                    // guard against a hang; how fast the server starts is not this test's business.
                }
            }
            Assert.True(serving, "serve did not start: " + (process.HasExited ? await error : "no answer on " + address));

            await ServerProcess.RunAsync("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]);
            using var shutdown = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(shutdown.Token);

            Assert.Equal(ExitCodes.Success, process.ExitCode);
            Assert.Contains("Press Ctrl+C to stop.", await output, StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }
        }
    }
}

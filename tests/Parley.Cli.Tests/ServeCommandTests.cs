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
}

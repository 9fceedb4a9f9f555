using Parley.Engine;
using Parley.Storage;
using Parley.Testing.Servers;

namespace Parley.Cli.Tests;

/// <summary>What <c>parley bench store</c> writes and reports, never how fast: speed is measured, not asserted.</summary>
public sealed class BenchStoreCommandTests
{
    [Fact]
    public async Task It_writes_the_synthetic_events_into_a_new_SQLite_file_twice_and_reports_both_passes_and_the_memory()
    {
        using var temp = new TempFolder();
        var database = temp.File("bench.db");

        var run = CliRun.WithCoder(TestCoders.OneEventPerSentence, "bench", "store", "--db", database, "--events", "250", "--batch", "7");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.Contains("SQLite store " + database, run.Output, StringComparison.Ordinal);
        Assert.Contains("250 events: 25 synthetic articles of 10 events", run.Output, StringComparison.Ordinal);
        Assert.Contains("in batches of 7 articles (70 events), one writer", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"new articles +[\d.]+ +[\d,]+ +[\d,]+ +[\d.]+", run.Output);
        Assert.Matches(@"the same articles again +[\d.]+ +[\d,]+ +[\d,]+ +[\d.]+", run.Output);
        Assert.Matches(@"resident memory [\d,]+ MB before writing \(the models released\), peak [\d,]+ MB", run.Output);
        await using var store = await EventStore.OpenAsync(database);
        Assert.Equal(250, (await store.CountByDyadAsync(EventQuery.All)).Sum(d => d.Count));
    }

    [Fact]
    public void A_store_that_holds_events_is_refused_with_exit_code_2()
    {
        using var temp = new TempFolder();
        var database = temp.File("bench.db");
        var first = CliRun.WithCoder(TestCoders.OneEventPerSentence, "bench", "store", "--db", database, "--events", "20");

        var second = CliRun.WithCoder(TestCoders.OneEventPerSentence, "bench", "store", "--db", database, "--events", "20");

        Assert.True(first.ExitCode == ExitCodes.Success, first.Error);
        Assert.Equal(ExitCodes.UsageError, second.ExitCode);
        Assert.Contains($"{database} already holds 20 events", second.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, second.Output);
    }

    [Fact]
    public void Fewer_events_than_one_article_holds_is_a_command_line_error()
    {
        var run = CliRun.WithCoder(TestCoders.OneEventPerSentence, "bench", "store", "--db", "unused.db", "--events", "9");

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("--events must be at least 10", run.Error, StringComparison.Ordinal);
    }

    [ServerFact(LocalServers.Postgres)]
    public async Task It_writes_the_synthetic_events_into_a_new_PostgreSQL_database()
    {
        var server = await PostgresServer.SharedAsync();
        var database = PostgresServer.NewDatabaseName("bench");
        try
        {
            var run = CliRun.WithCoder(TestCoders.OneEventPerSentence, "bench", "store", "--db", server.Uri(database), "--events", "300", "--batch", "4");

            Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
            Assert.Contains("PostgreSQL store " + server.Uri(database), run.Output, StringComparison.Ordinal);
            Assert.Contains("in batches of 4 articles (40 events), one writer", run.Output, StringComparison.Ordinal);
            await using var store = await EventStore.OpenAsync(server.Uri(database));
            Assert.Equal(300, (await store.CountByDyadAsync(EventQuery.All)).Sum(d => d.Count));
        }
        finally
        {
            await server.DropDatabaseAsync(database);
        }
    }
}

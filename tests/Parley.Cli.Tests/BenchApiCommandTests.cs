namespace Parley.Cli.Tests;

/// <summary>What <c>parley bench api</c> queries and reports over small stores, never how fast: speed is measured, not asserted.</summary>
public sealed class BenchApiCommandTests
{
    [Fact]
    public void Over_a_store_of_a_few_hundred_events_it_times_every_query_and_reads_one_of_the_stores_own_stories()
    {
        using var temp = new TempFolder();

        var run = CliRun.WithCoder(TestCoders.OneEventPerSentence, "bench", "api", "--db", temp.File("api.db"), "--events", "250", "--rounds", "1");

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.Contains("stored 25 synthetic articles, 250 events", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"first view: events, newest 50 +[\d.,]+ +[\d.,]+ +[\d.,]+ KB", run.Output);
        // The 25 articles are synthetic-0000000 to synthetic-0000024: the story read is one of them.
        Assert.Matches(@"one story: GET /v1/articles/\{id\} \(synthetic-00000[0-2]\d\) +[\d.,]+ +[\d.,]+ +[\d.,]+ KB", run.Output);
    }

    [Fact]
    public void A_store_without_events_to_query_is_refused_with_a_message_and_exit_code_3()
    {
        using var temp = new TempFolder();
        var database = temp.File("empty.db");

        var run = CliRun.WithCoder(TestCoders.OneEventPerSentence, "bench", "api", "--db", database, "--events", "0", "--rounds", "1");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains($"{database} holds no event with both a source and a target country to query", run.Error, StringComparison.Ordinal);
    }
}

using System.Diagnostics;
using Parley.Storage.Sqlite;

namespace Parley.Storage.Tests;

/// <summary>
/// One transaction per batch means a writer killed at any moment leaves a database that is intact, holds
/// only whole articles, and takes more writes. The writer is a child process (Parley.Storage.KillTarget)
/// killed with <see cref="Process.Kill()"/>, which on Linux is SIGKILL: no finally blocks, no flush.
/// </summary>
public sealed class SqliteKillTests : IDisposable
{
    private const int Rounds = 3;
    private const int CommitsBeforeKill = 3;

    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_writer_killed_mid_run_leaves_whole_articles_and_a_store_that_still_takes_writes()
    {
        var path = folder.File("killed.db");
        var random = new Random(20250722);

        for (var round = 0; round < Rounds; round++)
        {
            await RunAndKillAsync(path, round, killDelay: TimeSpan.FromMilliseconds(random.Next(0, 60)));
            AssertConsistent(path);
        }

        await using var store = await SqliteEventStore.OpenAsync(path);
        await store.StoreAsync([SampleEvents.Counted("after-the-kill", 4)]);
        Assert.Equal(4, (await store.QueryEventsAsync(new EventQuery { ArticleId = "after-the-kill-n4" })).Count);
    }

    /// <summary>Starts a writer, lets it commit a few batches, then kills it (most likely inside a batch: writing is nearly all it does).</summary>
    private static async Task RunAndKillAsync(string path, int round, TimeSpan killDelay)
    {
        var target = Path.Combine(AppContext.BaseDirectory, "Parley.Storage.KillTarget.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // Bounded in batches, and it stops when its standard input closes (this process gone), so a child that is
        // never killed still ends.
        foreach (var argument in new[] { target, path, round.ToString(System.Globalization.CultureInfo.InvariantCulture), "100000" })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start) ?? throw new InvalidOperationException("Cannot start the kill target.");
        var errors = child.StandardError.ReadToEndAsync();
        try
        {
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var commits = 0;
            while (commits < CommitsBeforeKill)
            {
                var line = await child.StandardOutput.ReadLineAsync(patience.Token);
                if (line is null)
                {
                    await child.WaitForExitAsync(patience.Token);
                    Assert.Fail($"The kill target ended (exit code {child.ExitCode}) after {commits} commits: {await errors}");
                }
                if (line.StartsWith("committed ", StringComparison.Ordinal))
                {
                    commits++;
                }
            }
            await Task.Delay(killDelay);
            Assert.False(child.HasExited, "The kill target finished before it could be killed; raise its bounds.");
        }
        finally
        {
            if (!child.HasExited)
            {
                child.Kill();
            }
            await child.WaitForExitAsync();
        }
    }

    private static void AssertConsistent(string path)
    {
        using var connection = SqliteFile.Open(path);
        Assert.Equal("ok", SqliteFile.Scalar(connection, "PRAGMA integrity_check"));
        // Throws when the full-text index disagrees with the articles table.
        SqliteFile.Scalar(connection, "INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')");
        Assert.Equal(0L, SqliteFile.Scalar(connection, "SELECT count(*) FROM events WHERE article_id NOT IN (SELECT id FROM articles)"));

        var articles = SqliteFile.Rows(connection, """
            SELECT a.id, count(e.event_id), count(DISTINCT e.rule)
            FROM articles a LEFT JOIN events e ON e.article_id = a.id
            GROUP BY a.id
            """);
        Assert.True(articles.Count >= CommitsBeforeKill * 20, $"expected the {CommitsBeforeKill} reported commits to be there, found {articles.Count} articles");
        foreach (var row in articles)
        {
            var id = (string)row[0]!;
            Assert.True(SampleEvents.ExpectedCount(id) == (long)row[1]!, $"article {id} has {row[1]} events");
            Assert.True((long)row[2]! <= 1, $"article {id} mixes events of {row[2]} rounds");
        }
    }
}

namespace Parley.Cli.Tests;

public class DemoCommandTests
{
    private const string SeedTitle = "Kremlin Signals Meeting Between Trump, Putin in Beijing";

    [Fact]
    public void The_demo_codes_the_samples_into_a_new_database_and_shows_the_seed_the_dyads_and_what_next()
    {
        using var temp = new TempFolder();
        var db = Path.Combine(temp.Path, "demo.db");
        var run = CliRun.Of("demo", "--db", db);

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        Assert.Contains("1. Who did what to whom in the seed story", run.Output);
        Assert.Contains(SeedTitle, run.Output);
        Assert.Contains("2. Events by dyad and quad class", run.Output);
        Assert.Contains("3. Next", run.Output);
        Assert.Contains($"The database is {db}", run.Output);
        Assert.Contains($"parley code my-stories/ --db {db}", run.Output);
        Assert.Contains($"sqlite3 {db} \"SELECT", run.Output);
        Assert.Equal(10, EventDatabase.Count(db, "SELECT count(*) FROM articles"));
        Assert.Equal(0, EventDatabase.Count(db, "SELECT count(*) FROM failures"));
    }

    [Fact]
    public void With_events_the_demo_shows_the_seed_events_and_the_dyad_counts()
    {
        using var temp = new TempFolder();
        var db = Path.Combine(temp.Path, "demo.db");
        var run = CliRun.WithCoder(TestCoders.OneEventPerSentence, "demo", "--db", db);

        Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
        var seedSection = Section(run.Output, "1. Who did what", "2. Events by dyad");
        Assert.Contains("RUSGOV", seedSection);
        Assert.Contains("036 Express intent to meet or negotiate", seedSection);
        var dyadSection = Section(run.Output, "2. Events by dyad", "3. Next");
        Assert.Contains("RUS", dyadSection);
        Assert.Contains("USA", dyadSection);
        Assert.Contains("1 verbal cooperation", dyadSection);
        Assert.Contains("4 material conflict", dyadSection);
        Assert.Equal(EventDatabase.Count(db, "SELECT count(*) FROM events"), EventDatabase.Count(db, "SELECT count(*) FROM events WHERE source_country = 'RUS'"));
    }

    [Fact]
    public void Without_db_the_demo_creates_a_new_database_in_the_temporary_folder()
    {
        var run = CliRun.Of("demo");
        var line = run.Output.Split('\n').Single(l => l.StartsWith("The database is ", StringComparison.Ordinal));
        var db = line["The database is ".Length..].TrimEnd('\r');
        try
        {
            Assert.True(run.ExitCode == ExitCodes.Success, run.Error);
            Assert.StartsWith(Path.GetTempPath(), db);
            Assert.True(File.Exists(db));
            // Kept on purpose, and the demo says so and how to remove it (issue 13: it used to be left behind silently).
            Assert.Contains("It is a temporary file the demo made and keeps for you; remove it when done: rm ", run.Output, StringComparison.Ordinal);
        }
        finally
        {
            foreach (var file in new[] { db, db + "-wal", db + "-shm" })
            {
                File.Delete(file);
            }
        }
    }

    [Fact]
    public void The_demo_will_not_touch_a_database_that_is_not_empty()
    {
        using var temp = new TempFolder();
        var db = temp.File("precious.db", "someone's data");
        var run = CliRun.Of("demo", "--db", db);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains($"{db} already exists and is not empty", run.Error);
        Assert.Equal("someone's data", File.ReadAllText(db));
    }

    private static string Section(string output, string from, string to)
    {
        var start = output.IndexOf(from, StringComparison.Ordinal);
        var end = output.IndexOf(to, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"sections '{from}' and '{to}' in order:\n{output}");
        return output[start..end];
    }
}

using Parley.Coding;
using Parley.Engine;
using Parley.Storage;
using Parley.Storage.Sqlite;
using Parley.Testing;

namespace Parley.Cli.Tests;

public class CodeCommandTests
{
    private static readonly string Seed = RepositoryPaths.InRepo("examples", "seed-2025-07-22.txt");
    private static readonly string Stories = RepositoryPaths.InRepo("examples", "stories.jsonl");
    private const string SeedTitle = "Kremlin Signals Meeting Between Trump, Putin in Beijing";

    [Fact]
    public void Jsonl_output_has_one_event_record_per_line()
    {
        using var temp = new TempFolder();
        var output = temp.File("events.jsonl");
        var run = CliRun.WithCoder(TestCoders.OneEventPerSentence, "code", Seed, "--format", "jsonl", "--out", output);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var records = File.ReadAllLines(output).Select(EventRecordJson.Deserialize).ToList();
        Assert.Equal(17, records.Count);
        Assert.All(records, r => Assert.Equal(EventRecord.CurrentSchema, r!.Schema));
        Assert.Equal(SeedTitle, records[0]!.Sentence);
        Assert.Equal("2025-07-22", records[0]!.ArticleDate);
    }

    [Fact]
    public void Without_a_terminal_or_a_format_the_events_go_to_standard_output_as_jsonl()
    {
        var run = CliRun.WithCoder(TestCoders.OneEventPerSentence, "code", Seed);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(17, lines.Length);
        Assert.All(lines, line => Assert.Equal("036", EventRecordJson.Deserialize(line)!.Cameo));
    }

    [Fact]
    public void Csv_output_starts_with_the_header_and_has_a_row_per_event()
    {
        using var temp = new TempFolder();
        var output = temp.File("events.csv");
        var run = CliRun.WithCoder(TestCoders.OneEventPerSentence, "code", Seed, "--format", "csv", "--out", output);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var csv = File.ReadAllText(output);
        Assert.StartsWith(string.Join(',', EventCsv.Columns) + "\r\n", csv);
        // No seed sentence holds a line break, so every row is one CRLF-ended line.
        Assert.Equal(1 + 17, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains($"\"{SeedTitle}\"", csv);
    }

    [Fact]
    public void Table_output_has_a_heading_per_article_and_a_row_per_event()
    {
        var run = CliRun.WithCoder(TestCoders.OneEventPerSentence, "code", Seed, Stories, "--format", "table");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains(SeedTitle, run.Output);
        Assert.Contains("2025-07-22", run.Output);
        Assert.Contains("Kenya and Ethiopia sign power-sharing deal for border grid", run.Output);
        foreach (var column in new[] { "Sent.", "Date", "Source", "Event", "Target", "Modality", "Attribution" })
        {
            Assert.Contains(column, run.Output);
        }
        Assert.Contains("RUSGOV", run.Output);
        Assert.Contains("036 Express intent to meet or negotiate", run.Output);
        Assert.Contains("hypothetical", run.Output);
    }

    [Fact]
    public void The_shipped_coder_writes_every_format_for_the_seed()
    {
        using var temp = new TempFolder();
        foreach (var format in EventOutput.Formats)
        {
            var output = temp.File("seed." + format);
            var run = CliRun.Of("code", Seed, "--format", format, "--out", output);
            Assert.True(run.ExitCode == ExitCodes.Success, $"{format}: exit {run.ExitCode}: {run.Error}");
        }
        Assert.Contains(SeedTitle, File.ReadAllText(temp.File("seed.table")));
        Assert.StartsWith(string.Join(',', EventCsv.Columns), File.ReadAllText(temp.File("seed.csv")));
        Assert.All(File.ReadAllLines(temp.File("seed.jsonl")), line => Assert.NotNull(EventRecordJson.Deserialize(line)));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Event_offsets_point_into_the_stored_article_text(bool testCoder)
    {
        // With the shipped coder this holds for whatever events it finds today, none included; its own tests check which.
        using var temp = new TempFolder();
        var db = temp.File("events.db");
        var output = temp.File("events.jsonl");
        var run = CliRun.WithCoder(testCoder ? TestCoders.OneEventPerSentence : null, "code", Seed, Stories, "--db", db, "--format", "jsonl", "--out", output);
        Assert.Equal(ExitCodes.Success, run.ExitCode);

        await using var store = await SqliteEventStore.OpenAsync(db);
        foreach (var record in File.ReadAllLines(output).Select(l => EventRecordJson.Deserialize(l)!))
        {
            var text = (await store.GetArticleAsync(record.ArticleId))!.Text;
            foreach (var actor in new[] { record.Source, record.Target })
            {
                if (actor is not null)
                {
                    Assert.Equal(actor.Text, text[actor.Start..actor.End]);
                }
            }
            // A trigger in pieces is written "first … last" (OUTPUT.md) and spans from the first piece to the last.
            var covered = text[record.Trigger.Start..record.Trigger.End];
            var pieces = record.Trigger.Text.Split(" … ");
            Assert.StartsWith(pieces[0], covered, StringComparison.Ordinal);
            Assert.EndsWith(pieces[^1], covered, StringComparison.Ordinal);
            Assert.Contains(record.Sentence, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_database_holds_every_article_and_a_rerun_replaces_rather_than_duplicates()
    {
        using var temp = new TempFolder();
        var db = temp.File("events.db");

        for (var round = 0; round < 2; round++)
        {
            var run = CliRun.WithCoder(TestCoders.OneEventPerSentence, "code", Seed, Stories, "--db", db, "--out", temp.File("events.jsonl"));
            Assert.Equal(ExitCodes.Success, run.ExitCode);
            Assert.Equal(4, EventDatabase.Count(db, "SELECT count(*) FROM articles"));
            Assert.Equal(File.ReadAllLines(temp.File("events.jsonl")).Length, EventDatabase.Count(db, "SELECT count(*) FROM events"));
        }
        await using var store = await SqliteEventStore.OpenAsync(db);
        var dyads = await store.CountByDyadAsync(EventQuery.All);
        Assert.All(dyads, d => Assert.Equal(("RUS", "USA"), (d.SourceCountry, d.TargetCountry)));
        Assert.Equal(4, dyads.Count);
        Assert.Empty(await store.ListFailuresAsync());
    }

    [Fact]
    public void The_shipped_coder_stores_every_article_once_however_often_it_runs()
    {
        using var temp = new TempFolder();
        var db = temp.File("events.db");
        for (var round = 0; round < 2; round++)
        {
            var run = CliRun.Of("code", Seed, Stories, "--db", db, "--out", temp.File("events.jsonl"));
            Assert.Equal(ExitCodes.Success, run.ExitCode);
            Assert.Equal(4, EventDatabase.Count(db, "SELECT count(*) FROM articles"));
            Assert.Equal(File.ReadAllLines(temp.File("events.jsonl")).Length, EventDatabase.Count(db, "SELECT count(*) FROM events"));
        }
    }

    [Fact]
    public async Task An_article_whose_coding_fails_is_named_stored_as_a_failure_and_the_rest_goes_on_with_exit_code_1()
    {
        using var temp = new TempFolder();
        var db = temp.File("events.db");
        var output = temp.File("events.jsonl");
        var run = CliRun.WithCoder(TestCoders.FailingOn("Kremlin"), "code", Seed, Stories, "--db", db, "--out", output);

        Assert.Equal(ExitCodes.SomeSkipped, run.ExitCode);
        Assert.Contains(Seed + ": cannot code the article (code): the test coder fails on 'Kremlin' on purpose", run.Error);
        var records = File.ReadAllLines(output).Select(l => EventRecordJson.Deserialize(l)!).ToList();
        Assert.NotEmpty(records);
        Assert.DoesNotContain(records, r => r.Sentence == SeedTitle);
        Assert.Equal(4, EventDatabase.Count(db, "SELECT count(*) FROM articles"));
        await using var store = await SqliteEventStore.OpenAsync(db);
        var failure = Assert.Single(await store.ListFailuresAsync());
        Assert.Equal(ParleyEngine.CodeStage, failure.Stage);
        Assert.Equal(Seed, failure.Origin);
        Assert.Contains("on purpose", failure.Message);
    }

    [Fact]
    public void Bad_inputs_are_named_and_the_rest_of_the_batch_is_coded_with_exit_code_1()
    {
        using var temp = new TempFolder();
        var empty = temp.File("empty.txt", "  \n");
        var binary = temp.File("binary.txt");
        File.WriteAllBytes(binary, [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x00, 0x00]);
        var brokenJson = temp.File("broken.jsonl", "{\"id\":\"a\",\"text\":\"Russia protested to China.\"}\n{\"id\":\"b\",\"text\":\n");
        var missing = Path.Combine(temp.Path, "no-such-story.txt");
        var db = temp.File("events.db");

        var run = CliRun.WithCoder(TestCoders.OneEventPerSentence, "code", empty, binary, brokenJson, missing, Seed, "--db", db, "--format", "jsonl");

        Assert.Equal(ExitCodes.SomeSkipped, run.ExitCode);
        Assert.Contains(empty, run.Error);
        Assert.Contains(binary, run.Error);
        Assert.Contains(brokenJson + ":2:", run.Error);
        Assert.Contains(missing, run.Error);
        Assert.Equal(2, EventDatabase.Count(db, "SELECT count(*) FROM articles"));
        var articles = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => EventRecordJson.Deserialize(l)!.ArticleId).Distinct();
        Assert.Equal(2, articles.Count());
    }

    [Fact]
    public void A_missing_dictionary_folder_stops_the_run_with_exit_code_3_and_says_which()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "no-dictionaries");
        var run = CliRun.Of("code", Seed, "--dictionaries", folder);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains($"no dictionary folder at {folder}", run.Error);
        Assert.Contains("--dictionaries", run.Error);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void A_broken_dictionary_stops_the_run_with_exit_code_3_and_names_file_and_line()
    {
        using var temp = new TempFolder();
        var folder = Directory.CreateDirectory(Path.Combine(temp.Path, "dictionaries")).FullName;
        foreach (var file in Directory.GetFiles(RepositoryPaths.InRepo("dictionaries")))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }
        var people = Path.Combine(folder, "people.yaml");
        File.AppendAllText(people, "\nbroken: [\n");

        var run = CliRun.Of("code", Seed, "--dictionaries", folder);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains($"the dictionaries in {folder} cannot be used", run.Error);
        Assert.Contains(people + ":", run.Error);
    }

    [Fact]
    public void A_database_that_cannot_be_opened_stops_the_run_with_exit_code_3()
    {
        using var temp = new TempFolder();
        var notADatabase = temp.File("not-a.db", "this is a text file, not a database\n");
        var run = CliRun.Of("code", Seed, "--db", notADatabase);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains(notADatabase, run.Error);
    }

    [Theory]
    [InlineData("code")]
    [InlineData("code", "x.txt", "--format", "xml")]
    [InlineData("code", "x.txt", "--date", "22 July 2025")]
    public void A_wrong_command_line_gives_exit_code_2(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("parley:", run.Error);
    }

    [Theory]
    [InlineData("code", "--help")]
    [InlineData("demo", "--help")]
    public void Help_succeeds(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("--db", run.Output);
    }
}

using Parley.Testing;

namespace Parley.Cli.Tests;

/// <summary>What <c>parley bench</c> reports, never how fast: speed is measured, not asserted.</summary>
public class BenchCommandTests
{
    private static readonly string Seed = RepositoryPaths.InRepo("examples", "seed-2025-07-22.txt");

    [Fact]
    public void The_report_has_a_row_per_pipeline_stage_then_the_whole_pipeline_then_the_event_coder()
    {
        var run = CliRun.WithCoder(TestCoders.OneEventPerSentence, "bench", Seed, "--rounds", "1");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var rows = run.Output.Split('\n').Select(line => line.Trim()).ToList();
        int header = rows.FindIndex(row => row.StartsWith("Stage", StringComparison.Ordinal));
        Assert.True(header >= 0, run.Output);
        var stages = rows.Skip(header + 1).TakeWhile(row => row.Length > 0).Select(row => row.Split("  ")[0]).ToList();
        Assert.Equal(new[] { "tokenizer", "sentence-splitter" }, stages.Take(2));
        Assert.Equal(new[] { "whole pipeline", "event coder" }, stages.TakeLast(2));
    }

    [Fact]
    public void The_report_gives_the_dictionary_load_time_the_events_per_round_and_what_coding_adds_to_annotation()
    {
        var run = CliRun.WithCoder(TestCoders.OneEventPerSentence, "bench", Seed, "--rounds", "2");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"models loaded in [\d,]+ ms, dictionaries in [\d,]+ ms \([\d,]+ ms of processor time\)", run.Output);
        // The test coder gives one event per sentence of three tokens or more: 17 in the seed story, counted once per round.
        Assert.Matches(@"17 events coded per round; coding adds [\d.]+ % to the annotation time", run.Output);
    }

    [Fact]
    public void The_report_gives_what_normalising_to_nfc_costs_on_nfc_and_on_decomposed_text()
    {
        var run = CliRun.WithCoder(TestCoders.OneEventPerSentence, "bench", Seed, "--rounds", "1");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"text already NFC +[\d.]+ +[\d,]+", run.Output);
        Assert.Matches(@"same text as NFD +[\d.]+ +[\d,]+", run.Output);
        Assert.Matches(@"normalising to NFC costs [\d.]+ % of the whole pipeline's time on text already in NFC, [\d.]+ % on the same text decomposed", run.Output);
    }

    [Fact]
    public void The_article_size_report_gives_the_article_wall_and_processor_time_per_stage_and_memory_against_its_budget()
    {
        var run = CliRun.WithCoder(TestCoders.OneEventPerSentence, "bench", Seed, "--article-size", "5000");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"one article of 5,000 characters, [\d,]+ tokens, [\d,]+ sentences; [\d,]+ events", run.Output);
        foreach (var stage in new[] { "normalise \\(NFC\\)", "annotate", "code", "total" })
        {
            Assert.Matches(@"(?m)^  " + stage + @" +[\d.]+ s +[\d.]+ s$", run.Output);
        }
        Assert.Matches(@"memory: [\d,]+ MB with models and dictionaries loaded, peak [\d,]+ MB; budget \(2 x loaded \+ 50 bytes/char\) [\d,]+ MB: (within|OVER)", run.Output);
    }

    [Fact]
    public void The_shipped_coder_is_measured_by_default()
    {
        var run = CliRun.Of("bench", Seed, "--rounds", "1");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("event coder", run.Output);
        Assert.Matches(@"[\d,]+ events coded per round", run.Output);
    }

    [Fact]
    public void An_article_the_coder_fails_on_is_named_and_left_out_with_exit_code_1()
    {
        var run = CliRun.WithCoder(TestCoders.FailingOn("Kremlin"), "bench", Seed, "--rounds", "1");

        Assert.Equal(ExitCodes.SomeSkipped, run.ExitCode);
        Assert.Contains("cannot code the article (code)", run.Error);
        Assert.Contains("0 events coded per round", run.Output);
    }

    [Fact]
    public void A_missing_dictionary_folder_stops_the_run_with_exit_code_3_and_says_which()
    {
        using var temp = new TempFolder();
        var folder = Path.Combine(temp.Path, "no-dictionaries");
        var run = CliRun.Of("bench", Seed, "--dictionaries", folder);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains($"no dictionary folder at {folder}", run.Error);
        Assert.Equal(string.Empty, run.Output);
    }
}

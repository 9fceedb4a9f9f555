using Parley.Coding;

namespace Parley.Cli.Tests;

public class EvalEventsCommandTests
{
    private const string Gold = """
        {"article_id":"6202743","sentence_index":1,"source":"NGA","target":"NGA","cameo":"0841","modality":"asserted","event_date":"2021-03-02","location":"NGA","trigger":"freed","attribution":null}
        {"article_id":"6202743","sentence_index":2,"source":"NGA","target":"NGA","cameo":"112","modality":"asserted","event_date":"2021-03","location":"NGA","trigger":"condemned","attribution":null}
        {"article_id":"7000001","sentence_index":3,"source":"RUS","target":"USA","cameo":"040","modality":"hypothetical","symmetric":true,"trigger":"meet","source_text":"Putin","target_text":"Trump"}
        """;

    private static string Predictions(params EventRecord[] records) => string.Join('\n', records.Select(EventRecordJson.Serialize)) + "\n";

    private static EventRecord Event(string article, int sentence, string cameo, string source, string? target, string? date = null, string? location = null) => new()
    {
        EventId = $"{article}-{sentence}-{cameo}",
        ArticleId = article,
        SentenceIndex = sentence,
        Sentence = "…",
        Source = new EventActor(source, 0, 1, source, source[..3], [], null),
        Target = target is null ? null : new EventActor(target, 0, 1, target, target[..3], [], null),
        Cameo = cameo,
        CameoRoot = cameo[..2],
        CameoName = "…",
        QuadClass = 1,
        Goldstein = 0,
        Trigger = new EventTrigger("did", 0, 3),
        Modality = Modality.Asserted,
        EventDate = date is null ? null : new EventDate(date, "day", "text", null),
        Location = location is null ? null : new EventLocation(location, location, location, null, null),
        Confidence = 0.5,
        Rule = "verbs.yaml#test",
    };

    private static readonly string Predicted = Predictions(
        Event("6202743", 1, "0841", "NGAUAF", "NGACVL", "2021-03-02", "NGA"),
        Event("6202743", 2, "111", "NGAGOV", "NGACRM", "2021-03-01", "NGA"),
        Event("6202743", 5, "190", "NGAMIL", "NGAREB"),
        Event("9999999", 1, "190", "SYRMIL", null));

    [Fact]
    public void The_report_gives_root_and_code_scores_agreements_and_the_ignored_predictions()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("eval", "events", "--gold", temp.File("gold.jsonl", Gold), "--pred", temp.File("pred.jsonl", Predicted));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("3 events in 2 articles", run.Output, StringComparison.Ordinal);
        Assert.Contains("3 predicted events in them, 1 in other articles ignored", run.Output, StringComparison.Ordinal);
        // Gold 3, predicted 3, matched 2 at the root (0841, 112~111), 1 with the exact code.
        Assert.Matches(@"root\s+3\s+3\s+2\s+66\.7\s+66\.7\s+66\.7", run.Output);
        Assert.Matches(@"exact code\s+3\s+3\s+1\s+33\.3\s+33\.3\s+33\.3", run.Output);
        Assert.Matches(@"event date\s+1 / 2\s+50\.0 %", run.Output);
        Assert.Matches(@"to gold's precision\s+2 / 2\s+100\.0 %", run.Output);
        Assert.Matches(@"08 Yield\s+1\s+1\s+1", run.Output);
        Assert.Matches(@"19 Fight\s+0\s+1\s+0", run.Output);
        Assert.Contains("1 gold event missed, 1 false positive (--show-errors lists them).", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Missed", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_errors_lists_the_misses_with_their_gold_line_and_the_false_positives_with_their_rule()
    {
        using var temp = new TempFolder();
        var gold = temp.File("gold.jsonl", Gold);
        var run = CliRun.Of("eval", "events", "--gold", gold, "--pred", temp.File("pred.jsonl", Predicted), "--show-errors");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var missed = run.Output[run.Output.IndexOf("Missed", StringComparison.Ordinal)..];
        Assert.Matches(@"7000001 s3\s+040\s+RUS\s+<->\s+USA\s+meet: Putin / Trump\s+\[" + System.Text.RegularExpressions.Regex.Escape(gold) + @":3\]", missed);
        Assert.Matches(@"6202743 s5\s+190\s+NGA\s+->\s+NGA\s+did: NGAMIL \(NGAMIL\) / NGAREB \(NGAREB\)\s+\[verbs\.yaml#test\]", missed);
        Assert.DoesNotContain("9999999", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_lines_in_either_file_are_named_skipped_and_give_exit_code_1_after_the_report()
    {
        using var temp = new TempFolder();
        var gold = temp.File("gold.jsonl", Gold + "\n{\"article_id\":\"6202743\",\"sentence_index\":4,\"cameo\":\"19\",\"modality\":\"asserted\"}\n");
        var pred = temp.File("pred.jsonl", "{\"schema\":\"parley.event/1\"\n" + Predicted);
        var run = CliRun.Of("eval", "events", "--gold", gold, "--pred", pred);

        Assert.Equal(ExitCodes.SomeSkipped, run.ExitCode);
        Assert.Contains($"parley: {gold}:4: 'cameo' must be", run.Error, StringComparison.Ordinal);
        Assert.Contains($"parley: {pred}:1: not an event record", run.Error, StringComparison.Ordinal);
        Assert.Contains("1 bad line skipped", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"root\s+3\s+3\s+2", run.Output);
    }

    [Fact]
    public void A_missing_file_is_named_with_exit_code_3()
    {
        using var temp = new TempFolder();
        var missing = Path.Combine(temp.Path, "no-such-pred.jsonl");
        var run = CliRun.Of("eval", "events", "--gold", temp.File("gold.jsonl", Gold), "--pred", missing);

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains($"{missing}: no such file", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void A_gold_file_without_a_single_good_event_is_a_failure()
    {
        using var temp = new TempFolder();
        var gold = temp.File("gold.jsonl", "{\"article_id\":\"a\"}\n");
        var run = CliRun.Of("eval", "events", "--gold", gold, "--pred", temp.File("pred.jsonl", Predicted));

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains($"{gold}:1: no 'sentence_index'", run.Error, StringComparison.Ordinal);
        Assert.Contains("no gold events to score against", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_prediction_file_scores_zero_and_succeeds()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("eval", "events", "--gold", temp.File("gold.jsonl", Gold), "--pred", temp.File("pred.jsonl", ""));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"root\s+3\s+0\s+0\s+0\.0\s+0\.0\s+0\.0", run.Output);
    }

    [Theory]
    [InlineData("eval", "events", "--gold", "g.jsonl")]
    [InlineData("eval", "events", "--pred", "p.jsonl")]
    public void Both_files_are_required(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("parley:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_describes_the_command()
    {
        var run = CliRun.Of("eval", "events", "--help");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("--show-errors", run.Output, StringComparison.Ordinal);
    }
}

using Parley.Testing;

namespace Parley.Cli.Tests;

/// <summary>
/// Issue 13, item 5: a long command ends with one summary line on standard error (articles, events, skipped, time), and
/// neither it nor the progress line says "1 articles".
/// </summary>
public class RunSummaryTests
{
    private static readonly string Seed = RepositoryPaths.InRepo("examples", "seed-2025-07-22.txt");
    private static readonly string PlainStory = RepositoryPaths.InRepo("examples", "plain-story.txt");

    [Fact]
    public void Code_ends_with_a_line_giving_articles_events_skipped_and_time()
    {
        var run = CliRun.WithCoder(TestCoders.OneEventPerSentence, "code", Seed);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"^parley: coded 1 article, 17 events, 0 skipped, in \d+\.\d s$", LastLine(run.Error));
    }

    [Fact]
    public void The_summary_counts_what_was_skipped_and_the_exit_code_says_so()
    {
        using var temp = new TempFolder();
        var run = CliRun.WithCoder(TestCoders.OneEventPerSentence, "code", Seed, temp.File("missing.txt"));

        Assert.Equal(ExitCodes.SomeSkipped, run.ExitCode);
        Assert.Matches(@"^parley: coded 1 article, 17 events, 1 skipped, in \d+\.\d s$", LastLine(run.Error));
    }

    [Fact]
    public void Annotate_ends_with_a_line_giving_articles_skipped_and_time()
    {
        using var temp = new TempFolder();
        var run = CliRun.Of("annotate", PlainStory, "--out", temp.File("story.conllu"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Matches(@"^parley: annotated 1 article, 0 skipped, in \d+\.\d s$", LastLine(run.Error));
    }

    [Fact]
    public void The_progress_line_says_one_article_in_the_singular()
    {
        var error = new StringWriter();
        using (var progress = new ProgressDisplay(error, "coded", enabled: true))
        {
            progress.Advance(tokens: 40);
        }

        Assert.Contains("coded 1 article ", error.ToString(), StringComparison.Ordinal);
        // The count, not the rate: "905.1 articles/s" is the rate, and ends in "1 articles" too.
        Assert.DoesNotMatch(@"(?<![\d.])1 articles", error.ToString());
    }

    private static string LastLine(string text) => text.TrimEnd('\r', '\n').Split('\n')[^1].TrimEnd('\r');
}

using System.Globalization;
using Parley.Testing;

namespace Parley.Cli.Tests;

public class PetrarchCommandsTests
{
    private const string CameoVerbs = "petrarch/dictionaries/CAMEO.2.0.txt";
    private const string Records = "petrarch/validation/PETR.UnitTest.records.xml";

    [SharedDataFact(CameoVerbs)]
    public void Importing_the_CAMEO_verb_dictionary_again_rebuilds_the_committed_file_byte_for_byte()
    {
        using var folder = new TempFolder();
        var run = CliRun.Of("dictionaries", "import", "--verbs", RepositoryPaths.InSharedData(CameoVerbs), "--out", folder.Path);
        // The shipped CAMEO.2.0.txt has a few wrong lines: they are named and left out, so the exit code is 1.
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("CAMEO.2.0.txt:2374: pattern has ')' without its opening bracket", run.Error, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(RepositoryPaths.InRepo("dictionaries", "cameo-verbs.yaml")), File.ReadAllBytes(Path.Combine(folder.Path, "cameo-verbs.yaml")));
        Assert.Contains("\"source_sha256\"", File.ReadAllText(Path.Combine(folder.Path, "cameo-verbs.manifest.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_without_a_source_is_a_usage_error()
    {
        using var folder = new TempFolder();
        Assert.Equal(2, CliRun.Of("dictionaries", "import", "--out", folder.Path).ExitCode);
    }

    [Fact]
    public void A_wrong_verb_dictionary_line_is_named_and_the_rest_compiled()
    {
        using var folder = new TempFolder();
        string source = folder.File("verbs.txt", "--- ASK [020] ---\nASK\n- * AID\n- * HELP [021]\n");
        var run = CliRun.Of("dictionaries", "import", "--verbs", source, "--out", folder.Path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"{source}:3: pattern has no code in brackets ('- PRE * POST [CODE]')", run.Error, StringComparison.Ordinal);
        Assert.Contains("\"* help\"", File.ReadAllText(Path.Combine(folder.Path, "cameo-verbs.yaml")), StringComparison.Ordinal);
    }

    [SharedDataFact(Records, "petrarch/validation/PETR.Validate.verbs.txt")]
    public void At_least_three_quarters_of_PETRARCHs_validation_records_come_out_exactly_right()
    {
        var run = CliRun.Of("eval", "petrarch", "--records", RepositoryPaths.InSharedData(Records), "--dictionaries", RepositoryPaths.InSharedData("petrarch", "validation"),
            "--not-applicable", RepositoryPaths.InRepo("eval", "petrarch", "not-applicable.tsv"), "--models", RepositoryPaths.InRepo("models"),
            "--show-errors");
        Assert.Equal(0, run.ExitCode);
        var last = run.Output.TrimEnd().Split('\n')[^1];
        Assert.StartsWith("exactly right: ", last, StringComparison.Ordinal);
        var words = last.Split(' ');
        int right = int.Parse(words[2], CultureInfo.InvariantCulture);
        int counted = int.Parse(words[4], CultureInfo.InvariantCulture);
        Assert.True(counted >= 284 * 9 / 10, $"at most 10 % of the 284 records may be left out: {last}");
        Assert.True(right * 4 >= counted * 3, run.Output);
    }
}

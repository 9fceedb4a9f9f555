using Parley.Testing;

namespace Parley.Cli.Tests;

public class ImportedDictionariesCommandTests
{
    private const string Countries = "petrarch/dictionaries/Phoenix.Countries.actors.txt";
    private const string International = "petrarch/dictionaries/Phoenix.International.actors.txt";
    private const string MilNonState = "petrarch/dictionaries/Phoenix.MilNonState.actors.txt";
    private const string PhoenixAgents = "petrarch/dictionaries/Phoenix.agents.txt";
    private const string PloverAgents = "plover/PLOVER_agents.txt";

    [SharedDataFact(Countries, International, MilNonState, PhoenixAgents, PloverAgents)]
    public void Importing_the_Phoenix_actors_and_the_agent_lists_again_rebuilds_the_committed_files_byte_for_byte()
    {
        using var folder = new TempFolder();
        var run = CliRun.Of("dictionaries", "import",
            "--actors", RepositoryPaths.InSharedData(Countries), RepositoryPaths.InSharedData(International), RepositoryPaths.InSharedData(MilNonState),
            "--agents", RepositoryPaths.InSharedData(PhoenixAgents), RepositoryPaths.InSharedData(PloverAgents),
            "--out", folder.Path);
        // The sources have a few wrong dates and codes: they are named and left out, so the exit code is 1.
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Phoenix.Countries.actors.txt:2039: '9008223' is not a date", run.Error, StringComparison.Ordinal);
        foreach (var name in new[] { "imported-actors.tsv", "imported-agents.tsv" })
        {
            Assert.Equal(File.ReadAllBytes(RepositoryPaths.InRepo("dictionaries", name)), File.ReadAllBytes(Path.Combine(folder.Path, name)));
        }
        Assert.Contains("\"source_sha256\"", File.ReadAllText(Path.Combine(folder.Path, "imported-actors.manifest.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_agent_dictionary_with_a_code_that_names_no_sector_is_compiled_without_that_noun()
    {
        using var folder = new TempFolder();
        string source = folder.File("agents.txt", "WARPLANE [~MIL]\nVOLCANO [~JNK]\n");
        var run = CliRun.Of("dictionaries", "import", "--agents", source, "--out", folder.Path);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("agents.txt:2: 'VOLCANO' [JNK]: the code names no actor sector", run.Error, StringComparison.Ordinal);
        Assert.Contains("warplane | warplanes\tMIL\tagents.txt:1", File.ReadAllText(Path.Combine(folder.Path, "imported-agents.tsv")), StringComparison.Ordinal);
    }
}

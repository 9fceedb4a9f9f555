using Parley.Knowledge.Petrarch;
using Parley.Testing;
using Xunit.Abstractions;

namespace Parley.Knowledge.Tests.Petrarch;

/// <summary>The PETRARCH2 dictionaries in ../shared/data load; what they hold and which lines are refused (with why) is printed.</summary>
public class ShippedPetrarchDictionariesTests(ITestOutputHelper output)
{
    private static string Dictionaries(string name) => RepositoryPaths.InSharedData("petrarch", "dictionaries", name);

    private static string Validation(string name) => RepositoryPaths.InSharedData("petrarch", "validation", name);

    private void Report(IReadOnlyList<DictionaryProblem> refused)
    {
        foreach (var problem in refused)
        {
            output.WriteLine("  refused " + problem);
        }
    }

    [SharedDataFact("petrarch/dictionaries/CAMEO.2.0.txt")]
    public void The_CAMEO_verb_dictionary_loads_with_its_few_genuine_errors_refused()
    {
        var verbs = PetrarchVerbReader.Read(Dictionaries("CAMEO.2.0.txt"), lenient: true);
        output.WriteLine($"{verbs.Lines} lines: {verbs.Synsets.Count} synsets, {verbs.Blocks.Count} blocks, {verbs.VerbCount} verbs, {verbs.PatternCount} patterns, "
            + $"{verbs.Transformations.Count} transformations; {verbs.Refused.Count} lines refused");
        Report(verbs.Refused);
        Assert.Equal(40, verbs.Synsets.Count);
        Assert.True(verbs.Blocks.Count > 390);
        Assert.True(verbs.PatternCount > 4600);
        Assert.Equal(8, verbs.Transformations.Count);
        Assert.True(verbs.Refused.Count < 20);
    }

    [SharedDataFact("petrarch/dictionaries/Phoenix.Countries.actors.txt")]
    public void The_Phoenix_actor_and_agent_dictionaries_load()
    {
        foreach (var name in new[] { "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt" })
        {
            var actors = PetrarchActorReader.Read(Dictionaries(name), lenient: true);
            output.WriteLine($"{name}: {actors.Lines} lines, {actors.Actors.Count} actors, {actors.Actors.Sum(a => a.Names.Count)} names, "
                + $"{actors.Actors.Sum(a => a.Restrictions.Count)} dated codes; {actors.Refused.Count} lines refused");
            Report(actors.Refused);
            Assert.True(actors.Actors.Count > 100);
            Assert.True(actors.Refused.Count < actors.Lines / 100);
        }
        var agents = PetrarchAgentReader.Read(Dictionaries("Phoenix.agents.txt"), lenient: true);
        output.WriteLine($"Phoenix.agents.txt: {agents.Lines} lines, {agents.Agents.Count} agents; {agents.Refused.Count} lines refused");
        Report(agents.Refused);
        Assert.True(agents.Agents.Count > 2000);
        var discards = PetrarchDiscardReader.Read(Dictionaries("Phoenix.discards.txt"), lenient: true);
        output.WriteLine($"Phoenix.discards.txt: {discards.Entries.Count} discards; {discards.Refused.Count} lines refused");
        Report(discards.Refused);
        var issues = PetrarchIssueReader.Read(Dictionaries("Phoenix.IssueCoding.txt"), lenient: true);
        output.WriteLine($"Phoenix.IssueCoding.txt: {issues.Issues.Count} issues, {issues.Ignored.Count} ignore phrases; {issues.Refused.Count} lines refused");
        Report(issues.Refused);
        Assert.True(issues.Issues.Count > 1000);
    }

    [SharedDataFact("petrarch/PETR_config.ini")]
    public void The_shipped_config_names_the_Phoenix_set()
    {
        var config = PetrarchConfig.Read(RepositoryPaths.InSharedData("petrarch", "PETR_config.ini"));
        Assert.EndsWith("CAMEO.2.0.txt", config.VerbFile, StringComparison.Ordinal);
        Assert.Equal(3, config.ActorFiles.Count);
    }

    [SharedDataFact("petrarch/validation/PETR.Validate.verbs.txt")]
    public void The_validation_dictionaries_load()
    {
        var verbs = PetrarchVerbReader.Read(Validation("PETR.Validate.verbs.txt"), lenient: true);
        output.WriteLine($"verbs: {verbs.Blocks.Count} blocks, {verbs.VerbCount} verbs, {verbs.PatternCount} patterns; {verbs.Refused.Count} lines refused");
        Report(verbs.Refused);
        var actors = PetrarchActorReader.Read(Validation("PETR.Validate.actors.txt"), lenient: true);
        output.WriteLine($"actors: {actors.Actors.Count} actors; {actors.Refused.Count} lines refused");
        Report(actors.Refused);
        var agents = PetrarchAgentReader.Read(Validation("PETR.Validate.agents.txt"), lenient: true);
        output.WriteLine($"agents: {agents.Agents.Count} agents; {agents.Refused.Count} lines refused");
        Report(agents.Refused);
        var discards = PetrarchDiscardReader.Read(Validation("PETR.Validate.discards.txt"));
        Assert.Equal(9, discards.Entries.Count);
        Assert.True(verbs.Blocks.Count > 150);
        Assert.True(actors.Actors.Count > 100);
    }
}

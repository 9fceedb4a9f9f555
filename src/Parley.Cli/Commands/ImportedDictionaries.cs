using Parley.Knowledge.Actors;
using Parley.Knowledge.Petrarch;

namespace Parley.Cli.Commands;

/// <summary>
/// The actor and agent importers of <c>parley dictionaries import</c>: each reads its PETRARCH sources leniently
/// (wrong lines are named on standard error and left out), writes the compiled file into the output folder and a
/// manifest beside it (each source's name and sha256, the licence, the command, what was read and what was left
/// out), and loads what it wrote back so that a file the dictionaries cannot read is never left as a success.
/// Codes are checked against the team's sectors.yaml and countries.yaml in the output folder, else the shipped ones.
/// </summary>
internal static class ImportedDictionaries
{
    private const string Licence = "MIT (PETRARCH2/Phoenix dictionaries and the PLOVER agent list, Copyright (c) 2014-2015 Open Event Data Alliance; see NOTICE)";

    public static int ImportActors(IReadOnlyList<string> paths, string outDir, TextWriter output, TextWriter error)
    {
        var sources = paths.Select(p => (Dictionary: PetrarchActorReader.Read(p, lenient: true), Sha256: DictionariesImportCommand.Sha256(p))).ToList();
        var (_, countries) = TeamCodes(outDir);
        string target = Path.Combine(outDir, ImportedActorsFile.FileName);
        ImportSummary summary;
        using (var writer = new StreamWriter(target, append: false, new System.Text.UTF8Encoding(false)))
        {
            summary = ImportedActorsFile.Write(sources, code => countries.Get(code) is not null, writer);
        }
        foreach (var line in summary.Refused)
        {
            error.WriteLine(line);
        }
        WriteManifest(outDir, "imported-actors", sources.Select(s => (s.Dictionary.Path, s.Sha256, s.Dictionary.Lines, s.Dictionary.Actors.Count)).ToList(),
            $"parley dictionaries import --actors {string.Join(' ', paths)} --out {outDir}", summary, "actors");
        output.WriteLine($"{target}: {summary.Entries:N0} actors with {summary.Names:N0} names and {summary.Roles:N0} roles from "
            + $"{string.Join(", ", sources.Select(s => Path.GetFileName(s.Dictionary.Path)))} ({summary.Refused.Count} lines or codes left out)");
        return summary.Refused.Count;
    }

    public static int ImportAgents(IReadOnlyList<string> paths, string outDir, TextWriter output, TextWriter error)
    {
        var sources = paths.Select(p => (Dictionary: PetrarchAgentReader.Read(p, lenient: true), Sha256: DictionariesImportCommand.Sha256(p))).ToList();
        var (agents, _) = TeamCodes(outDir);
        string target = Path.Combine(outDir, ImportedAgentsFile.FileName);
        ImportSummary summary;
        using (var writer = new StreamWriter(target, append: false, new System.Text.UTF8Encoding(false)))
        {
            summary = ImportedAgentsFile.Write(sources, agents.IsSector, writer);
        }
        foreach (var line in summary.Refused)
        {
            error.WriteLine(line);
        }
        WriteManifest(outDir, "imported-agents", sources.Select(s => (s.Dictionary.Path, s.Sha256, s.Dictionary.Lines, s.Dictionary.Agents.Count)).ToList(),
            $"parley dictionaries import --agents {string.Join(' ', paths)} --out {outDir}", summary, "agents");
        output.WriteLine($"{target}: {summary.Entries:N0} agent nouns with {summary.Names:N0} forms from "
            + $"{string.Join(", ", sources.Select(s => Path.GetFileName(s.Dictionary.Path)))} ({summary.Refused.Count} lines or codes left out)");
        return summary.Refused.Count;
    }

    private static (AgentCatalog Agents, CountryCatalog Countries) TeamCodes(string outDir)
    {
        string dir = File.Exists(Path.Combine(outDir, "countries.yaml")) && File.Exists(Path.Combine(outDir, "sectors.yaml")) ? outDir : CommonOptions.DefaultDictionariesDirectory;
        var agents = AgentCatalog.Load(Path.Combine(dir, "sectors.yaml"));
        return (agents, CountryCatalog.Load(Path.Combine(dir, "countries.yaml"), agents));
    }

    private static void WriteManifest(string outDir, string name, IReadOnlyList<(string Path, string Sha256, int Lines, int Entries)> sources, string command,
        ImportSummary summary, string what)
    {
        var manifest = new Dictionary<string, object>
        {
            ["compiled"] = name + ".tsv",
            ["sources"] = sources.Select(s => new Dictionary<string, object>
            {
                ["source"] = Path.GetFileName(s.Path), ["source_sha256"] = s.Sha256, ["lines"] = s.Lines, [what + "_read"] = s.Entries,
            }).ToArray(),
            ["licence"] = Licence,
            ["command"] = command,
            ["written"] = new Dictionary<string, int> { ["entries"] = summary.Entries, ["names"] = summary.Names, ["roles"] = summary.Roles },
            ["refused"] = summary.Refused.ToArray(),
        };
        DictionariesImportCommand.WriteManifest(Path.Combine(outDir, name + ".manifest.json"), manifest);
    }
}

using System.Globalization;
using System.Text;
using Parley.Knowledge.Actors;
using Parley.Knowledge.Loading;

namespace Parley.Knowledge.Petrarch;

/// <summary>
/// Parley's compiled form of PETRARCH agent dictionaries (<c>dictionaries/imported-agents.tsv</c>, made by
/// <c>parley dictionaries import --agents</c>): one agent noun per line, tab-separated — its forms separated by
/// <c>" | "</c> (singular first, then the plurals the source gives or the regular one), its sectors (Parley's
/// sector codes joined, <c>GOVMED</c>), and the source line. The sources' codes that are not Parley sectors are
/// mapped (<see cref="SectorOf"/>) or the noun is left out. A noun both sources list is taken from the first.
/// Writing the same dictionaries again gives the same bytes.
/// </summary>
public static class ImportedAgentsFile
{
    /// <summary>The compiled file's name in a dictionaries folder; <see cref="KnowledgeBase.Load"/> reads it when present.</summary>
    public const string FileName = "imported-agents.tsv";

    /// <summary>
    /// PETRARCH/PLOVER agent codes that are not sectors of Parley's sectors.yaml, and the sector each stands for:
    /// religions are REL, journalists MED, "people" and civil society CVL, private armies and self-defence
    /// militias UAF. Codes mapped to null name no actor (natural disasters JNK, non-actors NON, unknown UNK,
    /// unrecognised states PRE): nouns with only those are left out.
    /// </summary>
    private static readonly Dictionary<string, string?> Mapped = new(StringComparer.Ordinal)
    {
        ["MUS"] = "REL", ["CHR"] = "REL", ["HIN"] = "REL", ["JEW"] = "REL", ["BUD"] = "REL", ["CTH"] = "REL", ["PRO"] = "REL",
        ["MAR"] = "REL", ["JRN"] = "MED", ["PPL"] = "CVL", ["SOC"] = "CVL", ["PRM"] = "UAF",
        ["JNK"] = null, ["NON"] = null, ["UNK"] = null, ["PRE"] = null,
    };

    /// <summary>The Parley sector a source's three-letter agent code stands for, or null when it names no actor sector.</summary>
    public static string? SectorOf(string code) => Mapped.TryGetValue(code, out var sector) ? sector : code;

    /// <summary>
    /// Compiles <paramref name="sources"/> (each read by <see cref="PetrarchAgentReader"/>, with its sha256).
    /// <paramref name="isSector"/> says which codes are Parley sectors; a noun left with none, or with a code that is
    /// neither a sector nor mapped, is left out and listed in the summary.
    /// </summary>
    public static ImportSummary Write(IReadOnlyList<(PetrarchAgentDictionary Dictionary, string Sha256)> sources, Func<string, bool> isSector, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(isSector);
        ArgumentNullException.ThrowIfNull(output);
        var w = new StringBuilder();
        w.Append("# PETRARCH/Phoenix and PLOVER agent dictionaries compiled by 'parley dictionaries import --agents' (see\n");
        w.Append("# imported-agents.manifest.json for the command). Do not edit: edit the sources and run the command again, or add\n");
        w.Append("# the noun to sectors.yaml, which wins over this file wherever a word form is in both.\n");
        w.Append("# Sources: PETRARCH2/Phoenix dictionaries and the PLOVER agent list, MIT licence, Open Event Data Alliance (see NOTICE).\n");
        foreach (var (dictionary, sha) in sources)
        {
            w.Append("# source: ").Append(Path.GetFileName(dictionary.Path)).Append(" sha256 ").Append(sha).Append('\n');
        }
        w.Append("#\n# forms (' | ', singular first)<TAB>sectors<TAB>source:line\n");
        var refused = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        int entries = 0, forms = 0;
        foreach (var (dictionary, _) in sources)
        {
            string sourceName = Path.GetFileName(dictionary.Path);
            foreach (var agent in dictionary.Agents)
            {
                var segments = ActorCodes.Segments(agent.Code);
                var sectors = new List<string>();
                string? wrong = segments.Count == 0 ? agent.Code : null;
                foreach (var segment in segments)
                {
                    var sector = SectorOf(segment);
                    if (sector is not null && !isSector(sector))
                    {
                        wrong = segment;
                    }
                    else if (sector is not null && !sectors.Contains(sector))
                    {
                        sectors.Add(sector);
                    }
                }
                if (wrong is not null || sectors.Count == 0)
                {
                    refused.Add($"{sourceName}:{agent.Line}: '{agent.Phrase.Text}' [{agent.Code}]: "
                        + (wrong is not null ? $"'{wrong}' is not a Parley sector" : "the code names no actor sector"));
                    continue;
                }
                var texts = agent.Forms.Select(f => f.Text.ToLowerInvariant()).Where(t => NameKey.Of(t).Length > 0).Distinct().ToList();
                // A form another entry already has is left to that entry: sources are read in order, and first wins.
                texts.RemoveAll(t => !seen.Add(NameKey.Of(t)));
                if (texts.Count == 0)
                {
                    continue;
                }
                w.Append(string.Join(" | ", texts)).Append('\t').Append(string.Concat(sectors)).Append('\t')
                    .Append(sourceName).Append(':').Append(agent.Line.ToString(CultureInfo.InvariantCulture)).Append('\n');
                entries++;
                forms += texts.Count;
            }
            refused.AddRange(dictionary.Refused.Select(p => $"{sourceName}:{p.Line}: {p.Message}"));
        }
        output.Write(w.ToString());
        return new ImportSummary { Entries = entries, Names = forms, Refused = refused };
    }

    /// <summary>Loads a compiled file: each noun with every form it is found in.</summary>
    internal static List<(IReadOnlyList<string> Forms, AgentNoun Agent)>? Load(string path, AgentCatalog agents, ProblemLog log)
    {
        if (!File.Exists(path))
        {
            log.Add(path, 0, "file not found");
            return null;
        }
        string fileName = Path.GetFileName(path);
        var result = new List<(IReadOnlyList<string>, AgentNoun)>();
        int number = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var fields = line.Split('\t');
            if (fields.Length != 3)
            {
                log.Add(path, number, $"expected 3 tab-separated fields (forms, sectors, source), found {fields.Length}");
                continue;
            }
            var forms = fields[0].Split(" | ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var sectors = ActorCodes.Segments(fields[1]);
            if (forms.Length == 0 || sectors.Count == 0)
            {
                log.Add(path, number, "an agent needs at least one form and one sector");
                continue;
            }
            if (sectors.FirstOrDefault(s => !agents.IsSector(s)) is { } unknown)
            {
                log.Add(path, number, $"'{unknown}' is not a sector in sectors.yaml");
                continue;
            }
            result.Add((forms, new AgentNoun(forms[0], sectors) { Origin = new EntryOrigin(fileName, number), IsImported = true }));
        }
        return result;
    }
}

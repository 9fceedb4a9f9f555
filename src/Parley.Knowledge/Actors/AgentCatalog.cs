using Parley.Knowledge.Loading;
using YamlDotNet.RepresentationModel;

namespace Parley.Knowledge.Actors;

/// <summary>
/// The sectors and agent nouns of <c>sectors.yaml</c>. Singular forms are written in the file; regular plurals
/// ("spokesmen", "militias", "officials") are derived when it is loaded. Immutable and safe to share between threads.
/// </summary>
public sealed class AgentCatalog
{
    private readonly Dictionary<string, Sector> _sectors;
    private readonly NameIndex<AgentNoun> _nouns;

    private AgentCatalog(Dictionary<string, Sector> sectors, NameIndex<AgentNoun> nouns, IReadOnlyList<AgentNoun> agents)
    {
        _sectors = sectors;
        _nouns = nouns;
        Agents = agents;
    }

    /// <summary>All sectors, in file order.</summary>
    public IReadOnlyCollection<Sector> Sectors => _sectors.Values;

    /// <summary>All agent nouns as written in the file (singular).</summary>
    public IReadOnlyList<AgentNoun> Agents { get; }

    /// <summary>The most tokens an agent noun has ("deputy foreign minister" has 3).</summary>
    public int MaxTokens => _nouns.MaxTokens;

    /// <summary>Loads <c>sectors.yaml</c>.</summary>
    /// <exception cref="DictionaryException">The file is missing or wrong; every problem is listed.</exception>
    public static AgentCatalog Load(string path)
    {
        var log = new ProblemLog();
        var catalog = Load(path, log);
        log.ThrowIfAny();
        return catalog!;
    }

    internal static AgentCatalog? Load(string path, ProblemLog log)
    {
        var file = YamlFile.Load(path, log);
        return file is null ? null : Parse(file, log);
    }

    internal static AgentCatalog Parse(YamlFile file, ProblemLog log)
    {
        file.CheckTopLevelKeys(log, "sectors", "compound_agents");
        var sectors = new Dictionary<string, Sector>(StringComparer.Ordinal);
        var nouns = new NameIndex<AgentNoun>();
        var agents = new List<AgentNoun>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);

        void AddAgent(string text, IReadOnlyList<string> codes, int line, bool exact = false, bool owned = false)
        {
            var key = NameKey.Of(text);
            if (seen.TryGetValue(key, out int first))
            {
                throw new EntryException(line, $"agent noun '{text}' is listed twice (first on line {first})");
            }
            seen[key] = line;
            var agent = new AgentNoun(text, codes) { Origin = new EntryOrigin(System.IO.Path.GetFileName(file.Path), line), NeedsOwner = owned };
            agents.Add(agent);
            if (exact)
            {
                // Written as the text is, and only so: "Greens" the party, not "greens" or "the green light".
                nouns.AddExact(text, agent);
                return;
            }
            nouns.Add(text, agent);
            foreach (var plural in EnglishPlural.Of(text))
            {
                if (!seen.ContainsKey(NameKey.Of(plural)))
                {
                    nouns.Add(plural, agent);
                }
            }
        }

        foreach (var entry in file.Entries("sectors", log))
        {
            try
            {
                YamlFields.CheckKeys(entry, "code", "name", "description", "international", "agents");
                var code = YamlFields.RequiredString(entry, "code");
                if (!ActorCodes.IsSegment(code))
                {
                    throw new EntryException(YamlFields.Line(entry), $"sector code '{code}' must be three capital letters");
                }
                if (sectors.ContainsKey(code))
                {
                    throw new EntryException(YamlFields.Line(entry), $"sector '{code}' is defined twice");
                }
                sectors[code] = new Sector(code, YamlFields.RequiredString(entry, "name"), YamlFields.OptionalString(entry, "description"),
                    YamlFields.OptionalBool(entry, "international", false));
                var agentsNode = YamlFields.Get(entry, "agents");
                foreach (var text in YamlFields.Strings(entry, "agents"))
                {
                    AddAgent(text, [code], YamlFields.Line(agentsNode!));
                }
            }
            catch (EntryException e)
            {
                log.Add(file.Path, e.Line, e.Message);
            }
        }
        foreach (var entry in file.Entries("compound_agents", log))
        {
            try
            {
                YamlFields.CheckKeys(entry, "text", "sectors", "exact", "owned");
                var text = YamlFields.RequiredString(entry, "text");
                var codes = YamlFields.Strings(entry, "sectors");
                if (codes.Count == 0)
                {
                    throw new EntryException(YamlFields.Line(entry), $"compound agent '{text}' lists no sectors");
                }
                foreach (var code in codes.Where(c => !sectors.ContainsKey(c)))
                {
                    throw new EntryException(YamlFields.Line(entry), $"compound agent '{text}' names unknown sector '{code}'");
                }
                AddAgent(text, codes, YamlFields.Line(entry), YamlFields.OptionalBool(entry, "exact", false), YamlFields.OptionalBool(entry, "owned", false));
            }
            catch (EntryException e)
            {
                log.Add(file.Path, e.Line, e.Message);
            }
        }
        return new AgentCatalog(sectors, nouns, agents);
    }

    /// <summary>How many agent nouns of a compiled PETRARCH/PLOVER agent dictionary (imported-agents.tsv) joined the team's.</summary>
    public int ImportedCount { get; private set; }

    /// <summary>
    /// Adds the nouns of a compiled agent dictionary behind the team's: a form the team's nouns (or their derived
    /// plurals) already have is not added, so sectors.yaml wins. Called once while the dictionaries load, before the
    /// catalogue is shared.
    /// </summary>
    internal void AddImported(IEnumerable<(IReadOnlyList<string> Forms, AgentNoun Agent)> imported)
    {
        foreach (var (forms, agent) in imported)
        {
            var free = forms.Where(f => !_nouns.Contains(NameKey.Of(f))).ToList();
            foreach (var form in free)
            {
                _nouns.Add(form, agent);
            }
            ImportedCount += free.Count > 0 ? 1 : 0;
        }
    }

    /// <summary>The sector with this code, or null.</summary>
    public Sector? Sector(string code) => _sectors.GetValueOrDefault(code);

    public bool IsSector(string code) => _sectors.ContainsKey(code);

    /// <summary>True when an agent noun has the form whose key (<see cref="NameKey.Of(string)"/>) is <paramref name="foldedKey"/>.</summary>
    internal bool HasKey(string foldedKey) => _nouns.KnowsKey(foldedKey);

    /// <summary>Agent nouns named exactly by <paramref name="text"/> (singular or plural, any case).</summary>
    public IReadOnlyList<AgentNoun> Find(string text) => _nouns.Find(text);

    /// <summary>Agent nouns named by a token window.</summary>
    public IReadOnlyList<AgentNoun> Find(IReadOnlyList<string> tokens, int start, int length) => _nouns.Find(tokens, start, length);

    /// <summary>The longest agent noun starting at token <paramref name="start"/> ("foreign minister" before "minister").</summary>
    public CatalogMatch<AgentNoun>? LongestMatch(IReadOnlyList<string> tokens, int start) => _nouns.LongestMatch(tokens, start);
}

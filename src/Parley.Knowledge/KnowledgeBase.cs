using Parley.Knowledge.Actors;
using Parley.Knowledge.Events;
using Parley.Knowledge.Loading;
using Parley.Knowledge.Patterns;
using Parley.Knowledge.Petrarch;
using Parley.Knowledge.Places;

namespace Parley.Knowledge;

/// <summary>
/// Everything the dictionaries say, loaded together from one folder and checked against each other: sectors and
/// agent nouns, countries, organisations, people, the gazetteer, the CAMEO codebook, the PLOVER map, and the event
/// patterns and modality cues the coder reads events with.
/// Immutable and safe to share between threads; load it once and pass it to whoever needs it.
/// </summary>
public sealed class KnowledgeBase
{
    /// <summary>The files <see cref="Load"/> reads, in the order it lists their problems (the event dictionaries load on a thread of their own).</summary>
    public static readonly IReadOnlyList<string> FileNames =
        [
            "sectors.yaml", "countries.yaml", "organizations.yaml", "people.yaml", "gazetteer.yaml", "cameo.yaml", "plover.yaml",
            "verbs.yaml", "nouns.yaml", "modality.yaml",
        ];

    /// <summary>The compiled PETRARCH verb lexicon (<c>parley dictionaries import</c>), loaded by <see cref="Load"/> when the folder has it.</summary>
    public const string VerbLexiconFileName = "cameo-verbs.yaml";

    /// <summary>
    /// Files <see cref="Load"/> reads when they are there, in the people format: the team's leaders of every state
    /// and major organisation (leaders.yaml). A person may be written in only one of the people files.
    /// </summary>
    public static readonly IReadOnlyList<string> OptionalPeopleFileNames = ["leaders.yaml"];

    /// <summary>
    /// Compiled files of other coders' dictionaries (<c>parley dictionaries import</c>) that <see cref="Load"/> reads
    /// when present, behind the team's: the PETRARCH/Phoenix actors and the PETRARCH/PLOVER agent nouns.
    /// </summary>
    public static readonly IReadOnlyList<string> ImportedFileNames = [ImportedActorsFile.FileName, ImportedAgentsFile.FileName];

    private KnowledgeBase(AgentCatalog agents, CountryCatalog countries, ActorCatalog actors, Gazetteer gazetteer, CameoCodebook cameo, PloverMap plover,
        EventPatterns patterns, VerbLexicon? verbLexicon)
    {
        VerbLexicon = verbLexicon;
        Agents = agents;
        Countries = countries;
        Actors = actors;
        Gazetteer = gazetteer;
        Cameo = cameo;
        Plover = plover;
        Patterns = patterns;
    }

    /// <summary>Sectors and agent nouns (sectors.yaml).</summary>
    public AgentCatalog Agents { get; }

    /// <summary>Countries and seats of power (countries.yaml).</summary>
    public CountryCatalog Countries { get; }

    /// <summary>Named actors: countries, seats of power, organisations and people.</summary>
    public ActorCatalog Actors { get; }

    /// <summary>Countries, capitals and cities with coordinates.</summary>
    public Gazetteer Gazetteer { get; }

    public CameoCodebook Cameo { get; }

    public PloverMap Plover { get; }

    /// <summary>The PETRARCH CAMEO verb lexicon compiled into <see cref="VerbLexiconFileName"/>, or null when the folder has none.</summary>
    public VerbLexicon? VerbLexicon { get; }

    /// <summary>Verb and noun event patterns, complement families (verbs.yaml, nouns.yaml) and modality cues (modality.yaml).</summary>
    public EventPatterns Patterns { get; }

    /// <summary>
    /// Loads the dictionaries in <paramref name="dictionariesDir"/> (the files of <see cref="FileNames"/>, and
    /// <see cref="VerbLexiconFileName"/> when present) and checks
    /// them: syntax, unknown fields, duplicate keys, unknown country, sector and CAMEO codes, bad or reversed dates,
    /// coordinates out of range, unknown complement families, empty or repeated lemmas.
    /// </summary>
    /// <exception cref="DictionaryException">Anything is wrong; it lists every problem found as <c>file:line: what is wrong</c>.</exception>
    public static KnowledgeBase Load(string dictionariesDir)
    {
        ArgumentNullException.ThrowIfNull(dictionariesDir);
        if (!Directory.Exists(dictionariesDir))
        {
            throw new DictionaryException(new DictionaryProblem(dictionariesDir, 0, "dictionary folder not found"));
        }
        string In(string name) => Path.Combine(dictionariesDir, name);
        // The event dictionaries need nothing of the actors' and load from the start on their own thread; the
        // imported actors (tens of thousands, from the compiled file) load on another while the team's actor files
        // load here. Each load has its own problem log, and the problems are listed in file order.
        var eventLog = new ProblemLog();
        var eventsLoad = Task.Run(() => EventDictionaries.Load(dictionariesDir, eventLog));
        var log = new ProblemLog();
        // Each file is checked against those loaded before it; a file that cannot be read at all still lets the
        // others be checked, so one load reports everything.
        var agents = AgentCatalog.Load(In("sectors.yaml"), log);
        var countries = CountryCatalog.Load(In("countries.yaml"), agents, log);
        if (countries is null)
        {
            // Nothing else can be checked without the countries: report what is wrong so far (as before the event
            // dictionaries loaded on their own thread), once that thread is done with the folder.
            Task.WaitAny(eventsLoad);
            log.ThrowIfAny();
        }
        if (agents is not null && File.Exists(In(ImportedAgentsFile.FileName)) && ImportedAgentsFile.Load(In(ImportedAgentsFile.FileName), agents, log) is { } importedAgents)
        {
            agents.AddImported(importedAgents);
        }
        var importedLog = new ProblemLog();
        var importedLoad = Task.Run(() => File.Exists(In(ImportedActorsFile.FileName)) ? ImportedActorsFile.Load(In(ImportedActorsFile.FileName), countries!, agents, importedLog) : null);
        var gazetteer = Gazetteer.Load(In("gazetteer.yaml"), countries!, log);
        var peopleFiles = OptionalPeopleFileNames.Select(In).Where(File.Exists).Prepend(In("people.yaml")).ToList();
        // Imported names that are places of the gazetteer or agent nouns stay what the team made them.
        bool Reserved(string key) => gazetteer.HasKey(key) || (agents?.HasKey(key) ?? false);
        var actorLog = new ProblemLog();
        var actors = ActorCatalog.Load(In("organizations.yaml"), peopleFiles, countries!, agents, actorLog, () => importedLoad.GetAwaiter().GetResult(), Reserved);
        var (cameo, plover, patterns, lexicon) = eventsLoad.GetAwaiter().GetResult();
        log.AddAll(importedLog);
        log.AddAll(actorLog);
        log.AddAll(eventLog);
        log.ThrowIfAny();
        return new KnowledgeBase(agents!, countries!, actors, gazetteer, cameo!, plover!, patterns, lexicon);
    }

    /// <summary>The dictionaries events are read with: the CAMEO codebook, the PLOVER map, the event patterns and the compiled verb lexicon.</summary>
    private sealed record EventDictionaries(CameoCodebook? Cameo, PloverMap? Plover, EventPatterns Patterns, VerbLexicon? Lexicon)
    {
        public static EventDictionaries Load(string folder, ProblemLog log)
        {
            string In(string name) => Path.Combine(folder, name);
            var cameo = CameoCodebook.Load(In("cameo.yaml"), log);
            var plover = cameo is null ? null : PloverMap.Load(In("plover.yaml"), cameo, log);
            var patterns = EventPatterns.Load(In("verbs.yaml"), In("nouns.yaml"), In("modality.yaml"), cameo, log);
            var lexicon = File.Exists(In(VerbLexiconFileName)) ? VerbLexiconFile.Load(In(VerbLexiconFileName), log) : null;
            return new EventDictionaries(cameo, plover, patterns, lexicon);
        }
    }
}

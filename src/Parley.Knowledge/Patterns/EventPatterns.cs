using Parley.Knowledge.Events;
using Parley.Knowledge.Loading;

namespace Parley.Knowledge.Patterns;

/// <summary>
/// The event patterns of verbs.yaml and nouns.yaml, the complement families, and the modality cues of
/// modality.yaml, indexed by lemma (compared without case). Immutable and safe to share between threads.
/// </summary>
public sealed class EventPatterns
{
    private readonly Dictionary<string, List<VerbPattern>> _verbs = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<NounPattern>> _nouns = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ComplementFamily> _families;

    public EventPatterns(
        IReadOnlyList<VerbPattern> verbs,
        IReadOnlyList<NounPattern> nouns,
        IReadOnlyList<ComplementFamily> families,
        ModalityCues modality)
    {
        ArgumentNullException.ThrowIfNull(verbs);
        ArgumentNullException.ThrowIfNull(nouns);
        ArgumentNullException.ThrowIfNull(families);
        ArgumentNullException.ThrowIfNull(modality);
        Verbs = verbs;
        Nouns = nouns;
        Modality = modality;
        _families = families.ToDictionary(f => f.Name, StringComparer.Ordinal);
        foreach (var verb in verbs)
        {
            foreach (var lemma in verb.Lemmas)
            {
                Add(_verbs, lemma, verb);
            }
        }
        foreach (var noun in nouns)
        {
            foreach (var lemma in noun.Lemmas)
            {
                Add(_nouns, lemma, noun);
            }
        }
    }

    public IReadOnlyList<VerbPattern> Verbs { get; }

    public IReadOnlyList<NounPattern> Nouns { get; }

    public IReadOnlyCollection<ComplementFamily> Families => _families.Values;

    public ModalityCues Modality { get; }

    /// <summary>
    /// The verb patterns for <paramref name="lemma"/>, those that need a preposition first (they are the more
    /// specific); equally specific ones in file order.
    /// </summary>
    public IReadOnlyList<VerbPattern> VerbsFor(string lemma) => _verbs.TryGetValue(lemma, out var list) ? list : [];

    /// <summary>
    /// The noun patterns for <paramref name="lemma"/>, the most specific first: those that need a modifier, then a
    /// preposition, then a governing verb; equally specific ones in file order.
    /// </summary>
    public IReadOnlyList<NounPattern> NounsFor(string lemma) => _nouns.TryGetValue(lemma, out var list) ? list : [];

    public ComplementFamily? Family(string name) => _families.GetValueOrDefault(name);

    /// <summary>
    /// Loads verbs.yaml, nouns.yaml and modality.yaml, checking every CAMEO code against <paramref name="codebook"/>
    /// and every complement against the families of verbs.yaml.
    /// </summary>
    /// <exception cref="DictionaryException">A file is missing or wrong; every problem of the three is listed.</exception>
    public static EventPatterns Load(string verbsPath, string nounsPath, string modalityPath, CameoCodebook codebook)
    {
        ArgumentNullException.ThrowIfNull(verbsPath);
        ArgumentNullException.ThrowIfNull(nounsPath);
        ArgumentNullException.ThrowIfNull(modalityPath);
        ArgumentNullException.ThrowIfNull(codebook);
        var log = new ProblemLog();
        var patterns = Load(verbsPath, nounsPath, modalityPath, codebook, log);
        log.ThrowIfAny();
        return patterns;
    }

    /// <summary>
    /// As <see cref="Load(string, string, string, CameoCodebook)"/>, logging problems instead of throwing; what could
    /// be read is returned. Without a codebook (cameo.yaml failed) codes are not checked.
    /// </summary>
    internal static EventPatterns Load(string verbsPath, string nounsPath, string modalityPath, CameoCodebook? codebook, ProblemLog log)
    {
        var verbsFile = YamlFile.Load(verbsPath, log);
        var nounsFile = YamlFile.Load(nounsPath, log);
        var modalityFile = YamlFile.Load(modalityPath, log);
        return EventPatternReader.Read(verbsFile, nounsFile, modalityFile, codebook, log);
    }

    private static void Add<T>(Dictionary<string, List<T>> index, string lemma, T pattern)
    {
        if (!index.TryGetValue(lemma, out var list))
        {
            index[lemma] = list = [];
        }
        // Insert after every pattern at least as specific, so equally specific patterns keep their file order.
        int specificity = Specificity(pattern);
        int at = list.FindIndex(p => Specificity(p) < specificity);
        list.Insert(at < 0 ? list.Count : at, pattern);
    }

    private static int Specificity<T>(T pattern) => pattern switch
    {
        VerbPattern v => (v.Cue is null ? 0 : 2) + (v.Preposition is null ? 0 : 1),
        NounPattern n => (n.Modifiers.Count > 0 ? 4 : 0) + (n.Preposition is null ? 0 : 2) + (n.Verbs.Count > 0 ? 1 : 0),
        _ => 0,
    };
}

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

    /// <summary>The verb patterns for <paramref name="lemma"/>, those that need a preposition first (they are the more specific).</summary>
    public IReadOnlyList<VerbPattern> VerbsFor(string lemma) => _verbs.TryGetValue(lemma, out var list) ? list : [];

    /// <summary>The noun patterns for <paramref name="lemma"/>, those that need a modifier or a verb first.</summary>
    public IReadOnlyList<NounPattern> NounsFor(string lemma) => _nouns.TryGetValue(lemma, out var list) ? list : [];

    public ComplementFamily? Family(string name) => _families.GetValueOrDefault(name);

    private static void Add<T>(Dictionary<string, List<T>> index, string lemma, T pattern)
    {
        if (!index.TryGetValue(lemma, out var list))
        {
            index[lemma] = list = [];
        }
        list.Add(pattern);
        list.Sort((a, b) => Specificity(b).CompareTo(Specificity(a)));
    }

    private static int Specificity<T>(T pattern) => pattern switch
    {
        VerbPattern v => v.Preposition is null ? 0 : 1,
        NounPattern n => (n.Modifiers.Count > 0 ? 2 : 0) + (n.Verbs.Count > 0 ? 1 : 0),
        _ => 0,
    };
}

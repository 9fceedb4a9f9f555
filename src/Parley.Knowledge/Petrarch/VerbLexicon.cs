namespace Parley.Knowledge.Petrarch;

/// <summary>
/// A PETRARCH verb dictionary made ready for coding: verbs keyed by the lower-case lemma Parley's lemmatizer gives
/// and by the surface forms the dictionary lists (irregular forms, generated regular forms, inflected block verbs
/// such as "SAID"), each with its code and its block's patterns, words resolved to ids so that matching compares
/// integers. Built from a <see cref="PetrarchVerbDictionary"/> (<see cref="FromPetrarch"/>) or loaded from the
/// compiled file <c>parley dictionaries import</c> writes (<see cref="VerbLexiconFile"/>).
/// Immutable and safe to share between threads.
/// </summary>
public sealed class VerbLexicon
{
    private readonly Dictionary<string, int> _words;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly Dictionary<string, LexiconVerb[]> _bySurface;
    private readonly Dictionary<string, LexiconVerb[]>.AlternateLookup<ReadOnlySpan<char>> _surfaceLookup;
    private readonly Dictionary<string, LexiconVerb[]> _byLemma;
    private readonly Dictionary<string, LexiconVerb[]>.AlternateLookup<ReadOnlySpan<char>> _lemmaLookup;

    private VerbLexicon(string name, PetrarchVerbDictionary source, Dictionary<string, int> words, IReadOnlyList<LexiconSynset> synsets, IReadOnlyList<LexiconVerb> verbs,
        Dictionary<string, LexiconVerb[]> bySurface, Dictionary<string, LexiconVerb[]> byLemma, int patterns)
    {
        Name = name;
        Source = source;
        _words = words;
        _wordLookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
        Synsets = synsets;
        Verbs = verbs;
        _bySurface = bySurface;
        _surfaceLookup = bySurface.GetAlternateLookup<ReadOnlySpan<char>>();
        _byLemma = byLemma;
        _lemmaLookup = byLemma.GetAlternateLookup<ReadOnlySpan<char>>();
        PatternCount = patterns;
    }

    /// <summary>The prefix of every rule id ("cameo-verbs": ids are "cameo-verbs#L719").</summary>
    public string Name { get; }

    /// <summary>The dictionary the lexicon was built from (its blocks, synsets, transformations and refused lines).</summary>
    public PetrarchVerbDictionary Source { get; }

    /// <summary>Synsets, indexed by <see cref="LexiconTerm.Synset"/>.</summary>
    public IReadOnlyList<LexiconSynset> Synsets { get; }

    /// <summary>Every verb, in file order.</summary>
    public IReadOnlyList<LexiconVerb> Verbs { get; }

    /// <summary>How many patterns the blocks hold.</summary>
    public int PatternCount { get; }

    /// <summary>The transformations (<c>~ a (a b ATTACK) SAY = a b 015</c>).</summary>
    public IReadOnlyList<PetrarchTransformation> Transformations => Source.Transformations;

    /// <summary>The id of <paramref name="word"/> (case ignored), or -1 when no verb, pattern or synset of the lexicon has it.</summary>
    public int WordId(ReadOnlySpan<char> word) => _wordLookup.TryGetValue(word, out int id) ? id : -1;

    /// <summary>How many distinct words the lexicon knows (ids run from 0 to this, exclusive).</summary>
    public int WordCount => _words.Count;

    /// <summary>
    /// The verbs a token may be: those that list <paramref name="surface"/> as a form (case ignored), else those
    /// whose base form is <paramref name="lemma"/>. Multi-word verbs come first. Empty when neither is known.
    /// Allocates nothing.
    /// </summary>
    public ReadOnlySpan<LexiconVerb> Candidates(ReadOnlySpan<char> surface, ReadOnlySpan<char> lemma)
    {
        if (_surfaceLookup.TryGetValue(surface, out var bySurface))
        {
            return bySurface;
        }
        return _lemmaLookup.TryGetValue(lemma, out var byLemma) ? byLemma : [];
    }

    /// <summary>Builds the lexicon of <paramref name="dictionary"/>; rule ids are "<paramref name="name"/>#L&lt;line&gt;".</summary>
    public static VerbLexicon FromPetrarch(PetrarchVerbDictionary dictionary, string name)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var words = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        int Id(string word)
        {
            if (!words.TryGetValue(word, out int id))
            {
                id = words.Count;
                words[word.ToLowerInvariant()] = id;
            }
            return id;
        }
        var synsetIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var synsets = new List<LexiconSynset>();
        foreach (var synset in dictionary.Synsets.Values.OrderBy(s => s.Line))
        {
            var single = new HashSet<int>();
            var phrases = new List<int[]>();
            foreach (var phrase in synset.Phrases)
            {
                if (phrase.Count == 1)
                {
                    single.Add(Id(phrase[0]));
                }
                else
                {
                    phrases.Add(phrase.Select(Id).ToArray());
                }
            }
            synsetIndex[synset.Name] = synsets.Count;
            synsets.Add(new LexiconSynset(synset.Name.ToLowerInvariant(), single, phrases.ToArray()));
        }
        LexiconTerm Term(string word) => word[0] == '&' ? new LexiconTerm(-1, synsetIndex[word]) : new LexiconTerm(Id(word), -1);
        LexiconElement Element(PetrarchPatternElement e) => new(e.Kind, e.Kind == PetrarchElementKind.Marker ? [] : e.Words.Select(Term).ToArray(),
            e.Preposition is null ? -1 : Id(e.Preposition), e.Joined, e.ToString().ToLowerInvariant());

        var verbs = new List<LexiconVerb>();
        var bySurface = new Dictionary<string, List<LexiconVerb>>(StringComparer.OrdinalIgnoreCase);
        var byLemma = new Dictionary<string, List<LexiconVerb>>(StringComparer.OrdinalIgnoreCase);
        int patternCount = 0;
        foreach (var block in dictionary.Blocks)
        {
            var patterns = block.Patterns
                .Select(p => new LexiconPattern($"{name}#L{p.Line}", p.Line, PetrarchCode.Parse(p.Code), p.Text.ToLowerInvariant(),
                    p.Before.Select(Element).ToArray(), p.After.Select(Element).ToArray(), p.JoinedToVerb, p.Specificity))
                .OrderByDescending(p => p.Specificity)
                .ToArray();
            patternCount += patterns.Length;
            foreach (var verb in block.Verbs)
            {
                var lower = verb.Words.Select(w => w.ToLowerInvariant()).ToArray();
                var entry = new LexiconVerb($"{name}#L{verb.Line}", verb.Line, block.Name.ToLowerInvariant(), PetrarchCode.Parse(verb.Code ?? block.Code),
                    lower, lower.Select(Id).ToArray(), verb.VerbIndex, patterns);
                verbs.Add(entry);
                Add(byLemma, lower[verb.VerbIndex], entry);
                Add(bySurface, lower[verb.VerbIndex], entry);
                foreach (var form in verb.Forms)
                {
                    Id(form[verb.VerbIndex]);
                    Add(bySurface, form[verb.VerbIndex].ToLowerInvariant(), entry);
                }
            }
        }
        return new VerbLexicon(name, dictionary, words, synsets, verbs, Freeze(bySurface), Freeze(byLemma), patternCount);
    }

    private static void Add(Dictionary<string, List<LexiconVerb>> index, string key, LexiconVerb verb)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        if (!list.Contains(verb))
        {
            list.Add(verb);
        }
    }

    private static Dictionary<string, LexiconVerb[]> Freeze(Dictionary<string, List<LexiconVerb>> index) =>
        index.ToDictionary(kv => kv.Key, kv => kv.Value.OrderByDescending(v => v.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
}

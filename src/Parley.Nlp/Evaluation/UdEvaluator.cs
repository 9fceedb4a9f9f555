using Parley.Nlp.Conllu;
using Parley.Text;

namespace Parley.Nlp.Evaluation;

/// <summary>
/// Scores a system's annotation against the gold CoNLL-U, with the CoNLL 2018 shared-task definitions: UPOS,
/// XPOS and lemma accuracy over words; UAS over words; LAS over words with only the universal part of each
/// relation compared (<c>nsubj:pass</c> counts as <c>nsubj</c>). On the system's own tokenisation
/// (<see cref="AddAligned"/>) each becomes an F1 over aligned words.
/// Add sentences one by one, then read <see cref="Scores"/>. Not thread-safe.
/// </summary>
public sealed class UdEvaluator
{
    private long _words;
    private long _systemWords;
    private long _upos;
    private long _xpos;
    private long _lemmas;
    private long _heads;
    private long _labelled;
    private long _pastVerbs;
    private long _pastAsParticiple;
    private long _pastRoots;
    private long _pastRootsLost;
    private Annotations _seen = ~Annotations.None;

    /// <summary>
    /// Scores one sentence: the words of <paramref name="gold"/> against tokens
    /// <paramref name="firstToken"/>.. of <paramref name="system"/>, one token per word (gold tokenisation).
    /// Heads in <paramref name="system"/> are document indices; -1 is the root.
    /// </summary>
    public void Add(ConlluSentence gold, Document system, int firstToken = 0)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        var words = gold.Words;
        if (firstToken < 0 || firstToken + words.Count > system.Count)
        {
            throw new ArgumentException($"Sentence {gold.SentId ?? "?"} has {words.Count} words but the document has {system.Count - firstToken} tokens from {firstToken}.", nameof(system));
        }
        // A layer counts only if every scored document has it, so one unparsed document cannot pass for a parsed set.
        _seen &= system.Present;
        _systemWords += words.Count;
        var strings = system.Strings;
        for (int k = 0; k < words.Count; k++)
        {
            var word = words[k];
            int i = firstToken + k;
            _words++;
            _upos += strings[system.Upos[i]] == word.Upos ? 1 : 0;
            _xpos += strings[system.Xpos[i]] == word.Xpos ? 1 : 0;
            _lemmas += strings[system.Lemmas[i]] == word.Lemma ? 1 : 0;
            int head = system.Heads[i] < 0 ? 0 : system.Heads[i] - firstToken + 1;
            CountPastTense(word, strings[system.Xpos[i]], system.Heads[i] < 0);
            if (head == word.Head)
            {
                _heads++;
                _labelled += UniversalRelation(strings[system.Deps[i]]).SequenceEqual(UniversalRelation(word.Deprel)) ? 1 : 0;
            }
        }
    }

    /// <summary>
    /// Scores a system's own tokenisation of the gold text: only aligned word pairs (see <see cref="WordAlignment"/>)
    /// can be right, and each metric becomes an F1 over gold and system words, as in the CoNLL 2018 script.
    /// A head is right when the system head is the word aligned to the gold head (or both are the root).
    /// Token <c>i</c> of <paramref name="system"/> must be system word <c>i</c> of the alignment.
    /// </summary>
    public void AddAligned(IReadOnlyList<ConlluSentence> gold, Document system, WordAlignment alignment)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(alignment);
        var words = new List<ConlluWord>();
        var sentenceOffset = new List<int>();
        foreach (var sentence in gold)
        {
            int offset = words.Count;
            foreach (var word in sentence.Words)
            {
                words.Add(word);
                sentenceOffset.Add(offset);
            }
        }
        if (words.Count != alignment.Gold.Words.Count || system.Count != alignment.System.Words.Count)
        {
            throw new ArgumentException($"The alignment has {alignment.Gold.Words.Count} gold and {alignment.System.Words.Count} system words, but there are {words.Count} gold words and {system.Count} tokens.", nameof(alignment));
        }
        _seen &= system.Present;
        _words += words.Count;
        _systemWords += system.Count;
        var systemOf = new int[words.Count];
        Array.Fill(systemOf, -2);
        foreach (var (g, s) in alignment.Pairs)
        {
            systemOf[g] = s;
        }
        var strings = system.Strings;
        foreach (var (g, i) in alignment.Pairs)
        {
            var word = words[g];
            _upos += strings[system.Upos[i]] == word.Upos ? 1 : 0;
            _xpos += strings[system.Xpos[i]] == word.Xpos ? 1 : 0;
            _lemmas += strings[system.Lemmas[i]] == word.Lemma ? 1 : 0;
            int expected = word.Head <= 0 ? -1 : systemOf[sentenceOffset[g] + word.Head - 1];
            CountPastTense(word, strings[system.Xpos[i]], system.Heads[i] < 0);
            if (system.Heads[i] == expected)
            {
                _heads++;
                _labelled += UniversalRelation(strings[system.Deps[i]]).SequenceEqual(UniversalRelation(word.Deprel)) ? 1 : 0;
            }
        }
    }

    /// <summary>
    /// Counts the two errors that cost events in news: a simple-past verb (gold <c>VBD</c>) tagged as a past
    /// participle (<c>VBN</c>), and a simple-past main verb (the gold root, tagged <c>VBD</c>) that the system
    /// does not make the root of its sentence. A gold word with no aligned system word counts for neither.
    /// </summary>
    private void CountPastTense(ConlluWord gold, string systemXpos, bool systemRoot)
    {
        if (gold.Xpos != "VBD")
        {
            return;
        }
        _pastVerbs++;
        _pastAsParticiple += systemXpos == "VBN" ? 1 : 0;
        if (gold.Head == 0)
        {
            _pastRoots++;
            _pastRootsLost += systemRoot ? 0 : 1;
        }
    }

    /// <summary>The scores of every sentence added so far.</summary>
    public UdScores Scores
    {
        get
        {
            bool any = _words > 0;
            // F1 over gold and system words; with gold tokenisation the two counts are equal and this is accuracy.
            double? Rate(long count, Annotations layer) => any && (_seen & layer) == layer ? 2.0 * count / (_words + _systemWords) : null;
            return new UdScores
            {
                Words = _words,
                SystemWords = _systemWords,
                Upos = Rate(_upos, Annotations.Tags),
                Xpos = Rate(_xpos, Annotations.Tags),
                Lemmas = Rate(_lemmas, Annotations.Lemmas),
                Uas = Rate(_heads, Annotations.Dependencies),
                Las = Rate(_labelled, Annotations.Dependencies),
                PastAsParticiple = (_seen & Annotations.Tags) == Annotations.Tags ? new Proportion(_pastAsParticiple, _pastVerbs) : null,
                PastRootsLost = (_seen & Annotations.Dependencies) == Annotations.Dependencies ? new Proportion(_pastRootsLost, _pastRoots) : null,
            };
        }
    }

    /// <summary>The universal part of a relation: <c>obl:tmod</c> → <c>obl</c>.</summary>
    public static ReadOnlySpan<char> UniversalRelation(string relation)
    {
        ArgumentNullException.ThrowIfNull(relation);
        int colon = relation.IndexOf(':', StringComparison.Ordinal);
        return colon < 0 ? relation : relation.AsSpan(0, colon);
    }

    /// <summary>
    /// A document of the sentence's gold words with nothing but tokens and one sentence boundary, ready for
    /// a pipeline to annotate. The text is the words joined by spaces, as in <see cref="GoldDocuments"/>.
    /// </summary>
    public static Document TokenDocument(ConlluSentence sentence, StringStore? strings = null)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        var doc = new Document(string.Join(' ', sentence.Words.Select(w => w.Form)), strings);
        int offset = 0;
        foreach (var word in sentence.Words)
        {
            doc.AddToken(offset, offset + word.Form.Length);
            offset += word.Form.Length + 1;
        }
        doc.StartSentence(0);
        doc.Mark(Annotations.Tokens | Annotations.Sentences);
        return doc;
    }

    /// <summary>A short name for a UD file, used as the key of its scores: <c>en_ewt-ud-dev.conllu</c> → <c>ewt-dev</c>.</summary>
    public static string DataSetName(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var name = Path.GetFileNameWithoutExtension(path);
        int underscore = name.IndexOf('_', StringComparison.Ordinal);
        if (underscore >= 0)
        {
            name = name[(underscore + 1)..];
        }
        return name.Replace("-ud-", "-", StringComparison.Ordinal);
    }
}

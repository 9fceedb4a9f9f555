using Parley.Nlp.Conllu;
using Parley.Text;

namespace Parley.Nlp.Evaluation;

/// <summary>
/// Scores a system's annotation of gold-tokenised sentences against the gold CoNLL-U, with the CoNLL 2018
/// shared-task definitions: UPOS, XPOS and lemma accuracy over words; UAS over words; LAS over words with
/// only the universal part of each relation compared (<c>nsubj:pass</c> counts as <c>nsubj</c>).
/// Add sentences one by one, then read <see cref="Scores"/>. Not thread-safe.
/// </summary>
public sealed class UdEvaluator
{
    private long _words;
    private long _upos;
    private long _xpos;
    private long _lemmas;
    private long _heads;
    private long _labelled;
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
            if (head == word.Head)
            {
                _heads++;
                _labelled += UniversalRelation(strings[system.Deps[i]]).SequenceEqual(UniversalRelation(word.Deprel)) ? 1 : 0;
            }
        }
    }

    /// <summary>The scores of every sentence added so far.</summary>
    public UdScores Scores
    {
        get
        {
            bool any = _words > 0;
            double? Rate(long count, Annotations layer) => any && (_seen & layer) == layer ? (double)count / _words : null;
            return new UdScores
            {
                Words = _words,
                Upos = Rate(_upos, Annotations.Tags),
                Xpos = Rate(_xpos, Annotations.Tags),
                Lemmas = Rate(_lemmas, Annotations.Lemmas),
                Uas = Rate(_heads, Annotations.Dependencies),
                Las = Rate(_labelled, Annotations.Dependencies),
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

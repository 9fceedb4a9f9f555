namespace Parley.Text;

/// <summary>
/// A text and its annotations, held as parallel token columns (spaCy's <c>Doc</c>): column <c>X[i]</c>
/// describes token <c>i</c>. Offsets are UTF-16 indices into the original <see cref="Text"/>, which is never
/// changed. Tag, lemma and relation columns hold ids into <see cref="Strings"/>; 0 means "not annotated".
/// Pipes fill the columns in place and record what they filled in <see cref="Present"/>.
/// </summary>
public sealed class Document
{
    private int[] _starts;
    private int[] _ends;
    private int[] _upos;
    private int[] _xpos;
    private int[] _lemmas;
    private int[] _heads;
    private int[] _deps;
    private readonly List<int> _sentenceStarts = [];

    public Document(string text, StringStore? strings = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        Text = text;
        Strings = strings ?? new StringStore();
        int capacity = Math.Max(8, text.Length / 5);
        _starts = new int[capacity];
        _ends = new int[capacity];
        _upos = new int[capacity];
        _xpos = new int[capacity];
        _lemmas = new int[capacity];
        _heads = new int[capacity];
        _deps = new int[capacity];
    }

    /// <summary>The original text; every offset points into it.</summary>
    public string Text { get; }

    /// <summary>The interned strings the tag, lemma and relation columns refer to.</summary>
    public StringStore Strings { get; }

    /// <summary>The number of tokens.</summary>
    public int Count { get; private set; }

    /// <summary>The annotation layers that have been filled in.</summary>
    public Annotations Present { get; private set; }

    public Span<int> Starts => _starts.AsSpan(0, Count);
    public Span<int> Ends => _ends.AsSpan(0, Count);
    /// <summary>Universal POS tag ids.</summary>
    public Span<int> Upos => _upos.AsSpan(0, Count);
    /// <summary>Language-specific (Penn Treebank) tag ids.</summary>
    public Span<int> Xpos => _xpos.AsSpan(0, Count);
    /// <summary>Lemma ids.</summary>
    public Span<int> Lemmas => _lemmas.AsSpan(0, Count);
    /// <summary>Index of each token's head in the document, or -1 for a sentence root.</summary>
    public Span<int> Heads => _heads.AsSpan(0, Count);
    /// <summary>Dependency relation ids.</summary>
    public Span<int> Deps => _deps.AsSpan(0, Count);

    /// <summary>Index of the first token of each sentence, ascending.</summary>
    public IReadOnlyList<int> SentenceStarts => _sentenceStarts;

    /// <summary>Named entities, in text order.</summary>
    public List<EntitySpan> Entities { get; } = [];

    public Token this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return new Token(this, index);
        }
    }

    /// <summary>Appends a token covering <c>Text[start..end)</c>; tokens must be added in text order and must not overlap.</summary>
    public int AddToken(int start, int end)
    {
        if (start < 0 || end > Text.Length || start >= end)
        {
            throw new ArgumentOutOfRangeException(nameof(start), $"Token [{start}, {end}) is empty or outside the text (length {Text.Length}).");
        }
        if (Count > 0 && start < _ends[Count - 1])
        {
            throw new ArgumentException($"Token [{start}, {end}) overlaps or precedes the previous token, which ends at {_ends[Count - 1]}.", nameof(start));
        }
        if (Count == _starts.Length)
        {
            Grow();
        }
        _starts[Count] = start;
        _ends[Count] = end;
        _heads[Count] = -1;
        return Count++;
    }

    /// <summary>Marks token <paramref name="tokenIndex"/> as the first of a sentence.</summary>
    public void StartSentence(int tokenIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(tokenIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(tokenIndex, Count);
        if (_sentenceStarts.Count > 0 && tokenIndex <= _sentenceStarts[^1])
        {
            if (tokenIndex == _sentenceStarts[^1])
            {
                return;
            }
            throw new ArgumentException($"Sentences must start in order: token {tokenIndex} comes before the last start, {_sentenceStarts[^1]}.", nameof(tokenIndex));
        }
        _sentenceStarts.Add(tokenIndex);
    }

    /// <summary>Removes every sentence boundary (for a splitter that runs again).</summary>
    public void ClearSentences() => _sentenceStarts.Clear();

    public bool IsSentenceStart(int tokenIndex) => _sentenceStarts.BinarySearch(tokenIndex) >= 0;

    /// <summary>Records that a layer of annotation has been filled in.</summary>
    public void Mark(Annotations layers) => Present |= layers;

    public bool Has(Annotations layers) => (Present & layers) == layers;

    /// <summary>The sentences in order; the whole document is one sentence when no boundaries are set.</summary>
    public IEnumerable<TokenSpan> Sentences
    {
        get
        {
            if (Count == 0)
            {
                yield break;
            }
            if (_sentenceStarts.Count == 0 || _sentenceStarts[0] != 0)
            {
                int firstEnd = _sentenceStarts.Count == 0 ? Count : _sentenceStarts[0];
                yield return new TokenSpan(this, 0, firstEnd);
            }
            for (int s = 0; s < _sentenceStarts.Count; s++)
            {
                int end = s + 1 < _sentenceStarts.Count ? _sentenceStarts[s + 1] : Count;
                yield return new TokenSpan(this, _sentenceStarts[s], end);
            }
        }
    }

    /// <summary>All tokens as one span.</summary>
    public TokenSpan All => new(this, 0, Count);

    /// <summary>The index of the sentence that contains token <paramref name="tokenIndex"/>.</summary>
    public int SentenceIndexOf(int tokenIndex)
    {
        if (_sentenceStarts.Count == 0)
        {
            return 0;
        }
        int found = _sentenceStarts.BinarySearch(tokenIndex);
        int index = found >= 0 ? found : ~found - 1;
        // A document whose first boundary is not token 0 has an implicit first sentence.
        return _sentenceStarts[0] == 0 ? index : index + 1;
    }

    private void Grow()
    {
        int size = _starts.Length * 2;
        Array.Resize(ref _starts, size);
        Array.Resize(ref _ends, size);
        Array.Resize(ref _upos, size);
        Array.Resize(ref _xpos, size);
        Array.Resize(ref _lemmas, size);
        Array.Resize(ref _heads, size);
        Array.Resize(ref _deps, size);
    }
}

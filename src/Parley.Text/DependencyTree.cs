namespace Parley.Text;

/// <summary>
/// A document's dependency parse read as a tree: each token's head, relation, dependents, clause and sentence.
/// The one reader of the <see cref="Document.Heads"/> and <see cref="Document.Deps"/> columns for code that walks
/// the parse, so that every stage reads it the same way.
/// </summary>
/// <remarks>
/// Built once per document in O(n); after that no read allocates except the first <see cref="Word"/> and
/// <see cref="CaseOf"/> of each token (each string is made once and kept: the coder asks for the same words again and
/// again, and making them anew was a large share of what it allocated). The view reads the columns as they are when it is built: build it after the parser
/// has run. On an unparsed document (no <see cref="Annotations.Dependencies"/>) every token is a root with
/// relation "" and no dependents, <see cref="IsParsed"/> is false and <see cref="HeadOf"/> falls back to the last
/// token. Walks along heads or down dependents stop after <see cref="MaxDepth"/> steps, so a malformed tree with
/// a cycle ends instead of looping or overflowing the stack. Not thread-safe to build; once built, safe to read
/// from several threads while the document is not changed.
/// </remarks>
public sealed class DependencyTree
{
    /// <summary>How many steps a walk up the heads or down the dependents takes before giving up (guards against a cycle).</summary>
    public const int MaxDepth = 64;

    private readonly int[] _firstChild;
    private readonly int[] _nextSibling;
    private readonly string[] _deps;
    private readonly string[] _lemmas;
    private readonly string[] _upos;
    private readonly int[] _sentence;
    // Filled on first use. Two threads may both fill a slot, with equal strings; either is right.
    private readonly string?[] _words;
    private readonly string?[] _cases;

    /// <summary>What <see cref="_cases"/> holds for a token known to have no case or mark word (null means "not read yet").</summary>
    private static readonly string NoCase = new('\0', 1);

    /// <summary>Reads <paramref name="doc"/>'s columns into a tree (O(n) time and memory).</summary>
    public DependencyTree(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        Doc = doc;
        IsParsed = doc.Has(Annotations.Dependencies);
        int n = doc.Count;
        _firstChild = new int[n];
        _nextSibling = new int[n];
        _deps = new string[n];
        _lemmas = new string[n];
        _upos = new string[n];
        _sentence = new int[n];
        _words = new string?[n];
        _cases = new string?[n];
        Array.Fill(_firstChild, -1);
        Array.Fill(_nextSibling, -1);
        var heads = doc.Heads;
        // Children are linked right to left so that each list ends up in text order.
        for (int i = n - 1; i >= 0; i--)
        {
            _deps[i] = doc.Strings[doc.Deps[i]];
            _lemmas[i] = doc.Strings[doc.Lemmas[i]];
            _upos[i] = doc.Strings[doc.Upos[i]];
            int head = heads[i];
            if (head >= 0 && head < n)
            {
                _nextSibling[i] = _firstChild[head];
                _firstChild[head] = i;
            }
        }
        var starts = doc.SentenceStarts;
        for (int s = 0; s < starts.Count; s++)
        {
            int end = s + 1 < starts.Count ? starts[s + 1] : n;
            for (int i = starts[s]; i < end; i++)
            {
                _sentence[i] = s;
            }
        }
    }

    /// <summary>The document read.</summary>
    public Document Doc { get; }

    /// <summary>The number of tokens.</summary>
    public int Count => Doc.Count;

    /// <summary>True when the document carries a dependency parse.</summary>
    public bool IsParsed { get; }

    /// <summary>Token <paramref name="i"/>'s head, or -1 for a root (every token of an unparsed document).</summary>
    public int Head(int i) => Doc.Heads[i];

    /// <summary>The full relation ("obl:tmod"); "" when unparsed.</summary>
    public string Dep(int i) => _deps[i];

    /// <summary>The relation without its subtype ("obl" for "obl:tmod").</summary>
    public ReadOnlySpan<char> BaseDep(int i)
    {
        var dep = _deps[i].AsSpan();
        int colon = dep.IndexOf(':');
        return colon < 0 ? dep : dep[..colon];
    }

    /// <summary>The lemma; "" when not lemmatised.</summary>
    public string Lemma(int i) => _lemmas[i];

    /// <summary>The universal POS tag; "" when not tagged.</summary>
    public string Upos(int i) => _upos[i];

    /// <summary>The Penn Treebank tag; "" when not tagged.</summary>
    public string Xpos(int i) => Doc.Strings[Doc.Xpos[i]];

    /// <summary>The token's text (made on the first call for the token, then kept).</summary>
    public string Word(int i) => _words[i] ??= Doc.Text.Substring(Doc.Starts[i], Doc.Ends[i] - Doc.Starts[i]);

    /// <summary>The token's text, without allocating.</summary>
    public ReadOnlySpan<char> WordSpan(int i) => Doc.Text.AsSpan(Doc.Starts[i], Doc.Ends[i] - Doc.Starts[i]);

    /// <summary>
    /// The index of the sentence holding token <paramref name="i"/>, in O(1). Tokens before the first marked sentence
    /// start, and every token of a document with no sentence starts, count as sentence 0.
    /// </summary>
    public int SentenceOf(int i) => _sentence[i];

    /// <summary>
    /// Tokens <c>[start, end)</c> of the sentence holding token <paramref name="i"/>, in O(log n) (a binary search over the
    /// sentence starts, so calling it per event does not grow with the story). Tokens before the first marked start form
    /// a sentence of their own; a document with no starts is one sentence.
    /// </summary>
    public (int Start, int End) SentenceBounds(int i)
    {
        var starts = Doc.SentenceStarts;
        // The first sentence start after i; the sentence holding i begins at the start before it, if any.
        int lo = 0, hi = starts.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= i)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        int start = lo > 0 ? starts[lo - 1] : 0;
        int end = lo < starts.Count ? starts[lo] : Doc.Count;
        return (start, end);
    }

    /// <summary>Token <paramref name="i"/>'s dependents in text order, as a struct enumerator (no allocation).</summary>
    public ChildEnumerator Children(int i) => new(this, _firstChild[i]);

    /// <summary>The first dependent of <paramref name="i"/> whose relation is <paramref name="dep"/> (or a subtype of it), or -1.</summary>
    public int Child(int i, string dep)
    {
        foreach (int c in Children(i))
        {
            if (Is(c, dep))
            {
                return c;
            }
        }
        return -1;
    }

    /// <summary>True when token <paramref name="i"/>'s relation is <paramref name="dep"/> or a subtype of it ("obl" matches "obl:tmod").</summary>
    public bool Is(int i, string dep)
    {
        var full = _deps[i];
        return full.Length == dep.Length ? full == dep : full.Length > dep.Length && full[dep.Length] == ':' && full.StartsWith(dep, StringComparison.Ordinal);
    }

    /// <summary>The preposition or subordinator that introduces <paramref name="i"/> (its case or mark dependent, multiword ones joined: "according to"), lower-cased, or null.</summary>
    public string? CaseOf(int i)
    {
        var known = _cases[i] ??= ReadCaseOf(i) ?? NoCase;
        return ReferenceEquals(known, NoCase) ? null : known;
    }

    private string? ReadCaseOf(int i)
    {
        foreach (int c in Children(i))
        {
            if (Is(c, "case") || Is(c, "mark"))
            {
                // Words, not lemmas: "according" is lemmatised as "accord".
                string word = Word(c).ToLowerInvariant();
                int fixedChild = Child(c, "fixed");
                return fixedChild >= 0 ? word + " " + Word(fixedChild).ToLowerInvariant() : word;
            }
        }
        int first = _firstChild[i];
        if (first >= 0 && first < i && (Is(first, "compound") || Is(first, "flat")) && _firstChild[first] is int inner and >= 0 && Is(inner, "case"))
        {
            // "from Amnesty International" with "from" hung on "Amnesty": the preposition still introduces the name.
            return CaseOf(first);
        }
        return null;
    }

    /// <summary>
    /// Tokens <c>[start, end)</c> spanned by <paramref name="i"/> and its dependents (the tree is projective enough for news);
    /// the walk goes at most <see cref="MaxDepth"/> levels down.
    /// </summary>
    public (int Start, int End) Extent(int i) => Extent(i, 0);

    private (int Start, int End) Extent(int i, int depth)
    {
        int start = i;
        int end = i + 1;
        if (depth >= MaxDepth)
        {
            // A malformed tree (a cycle) stops here rather than overflowing the stack.
            return (start, end);
        }
        foreach (int c in Children(i))
        {
            var (s, e) = Extent(c, depth + 1);
            start = Math.Min(start, s);
            end = Math.Max(end, e);
        }
        return (start, end);
    }

    /// <summary>True when token <paramref name="i"/> heads a clause of its own: a root, or a clausal relation (a coordinated verb, not a coordinated noun).</summary>
    public bool IsClauseHead(int i)
    {
        if (Head(i) < 0)
        {
            return true;
        }
        var dep = BaseDep(i);
        if (dep is "ccomp" or "xcomp" or "advcl" or "acl" or "parataxis" or "csubj")
        {
            return true;
        }
        // A coordinated verb ("held talks and signed a deal") is a clause; a coordinated noun is not.
        return dep is "conj" && Upos(i) is "VERB" or "AUX";
    }

    /// <summary>The head of the clause token <paramref name="i"/> belongs to; after <see cref="MaxDepth"/> steps up without one (a cycle), the token reached.</summary>
    public int ClauseOf(int i)
    {
        for (int depth = 0; depth < MaxDepth; depth++)
        {
            if (IsClauseHead(i))
            {
                return i;
            }
            i = Head(i);
        }
        return i;
    }

    /// <summary>The first token of <c>[start, end)</c> whose head lies outside it: the span's syntactic head; the last token when unparsed or when none does.</summary>
    public int HeadOf(int start, int end)
    {
        if (IsParsed)
        {
            for (int i = start; i < end; i++)
            {
                int head = Head(i);
                if (head < start || head >= end)
                {
                    return i;
                }
            }
        }
        return end - 1;
    }

    /// <summary>Walks a token's dependents in text order without allocating.</summary>
    public struct ChildEnumerator
    {
        private readonly DependencyTree _tree;
        private int _next;

        internal ChildEnumerator(DependencyTree tree, int first)
        {
            _tree = tree;
            _next = first;
            Current = -1;
        }

        /// <summary>The current dependent's index.</summary>
        public int Current { get; private set; }

        /// <summary>Returns this enumerator, so that <c>foreach</c> works on it.</summary>
        public readonly ChildEnumerator GetEnumerator() => this;

        /// <summary>Moves to the next dependent; false when there are no more.</summary>
        public bool MoveNext()
        {
            if (_next < 0)
            {
                return false;
            }
            Current = _next;
            _next = _tree._nextSibling[_next];
            return true;
        }
    }
}

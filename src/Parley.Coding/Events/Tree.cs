using Parley.Text;

namespace Parley.Coding.Events;

/// <summary>
/// A parsed document read as a tree: each token's dependents, relations and lemmas, built once per document so
/// the coder's walks cost no allocation per step.
/// </summary>
internal sealed class Tree
{
    private readonly int[] _firstChild;
    private readonly int[] _nextSibling;
    private readonly string[] _deps;
    private readonly string[] _lemmas;
    private readonly string[] _upos;
    private readonly int[] _sentence;

    public Tree(Document doc)
    {
        Doc = doc;
        int n = doc.Count;
        _firstChild = new int[n];
        _nextSibling = new int[n];
        _deps = new string[n];
        _lemmas = new string[n];
        _upos = new string[n];
        _sentence = new int[n];
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

    public Document Doc { get; }

    public int Count => Doc.Count;

    public int Head(int i) => Doc.Heads[i];

    /// <summary>The full relation ("obl:tmod").</summary>
    public string Dep(int i) => _deps[i];

    public string Lemma(int i) => _lemmas[i];

    public string Upos(int i) => _upos[i];

    public int SentenceOf(int i) => _sentence[i];

    public string Word(int i) => Doc.Text.Substring(Doc.Starts[i], Doc.Ends[i] - Doc.Starts[i]);

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

    /// <summary>The preposition or subordinator that introduces <paramref name="i"/> (its case or mark dependent, multiword ones joined: "according to"), or null.</summary>
    public string? CaseOf(int i)
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
        return null;
    }

    /// <summary>Tokens <c>[start, end)</c> spanned by <paramref name="i"/> and its dependents (the tree is projective enough for news).</summary>
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

    /// <summary>How deep a walk down the tree goes before giving up.</summary>
    private const int MaxDepth = 64;

    public struct ChildEnumerator(Tree tree, int first)
    {
        private int _next = first;

        public int Current { get; private set; } = -1;

        public readonly ChildEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_next < 0)
            {
                return false;
            }
            Current = _next;
            _next = tree._nextSibling[_next];
            return true;
        }
    }
}

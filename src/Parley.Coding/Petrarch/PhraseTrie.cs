using Parley.Text;

namespace Parley.Coding.Petrarch;

/// <summary>
/// Phrases of upper-case words (actors, agents) in a trie keyed by word, case ignored, matched on a document's
/// tokens without allocating: the longest phrase that starts at a token and runs over consecutive tokens.
/// </summary>
internal sealed class PhraseTrie<T>
    where T : class
{
    private readonly Node _root = new();

    private sealed class Node
    {
        private Dictionary<string, Node>? _children;
        private Dictionary<string, Node>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public T? Value { get; set; }

        public Node Child(string word)
        {
            if (_children is null)
            {
                _children = new Dictionary<string, Node>(StringComparer.OrdinalIgnoreCase);
                _lookup = _children.GetAlternateLookup<ReadOnlySpan<char>>();
            }
            if (!_children.TryGetValue(word, out var child))
            {
                _children[word] = child = new Node();
            }
            return child;
        }

        public Node? Find(ReadOnlySpan<char> word) => _children is not null && _lookup.TryGetValue(word, out var child) ? child : null;
    }

    /// <summary>Adds a phrase; the first value given for a phrase is kept.</summary>
    public void Add(IReadOnlyList<string> words, T value)
    {
        var node = _root;
        foreach (var word in words)
        {
            node = node.Child(word);
        }
        node.Value ??= value;
    }

    /// <summary>The longest phrase starting at token <paramref name="start"/> whose tokens all pass <paramref name="allowed"/> (and lie before <paramref name="end"/>).</summary>
    public (int Length, T? Value) Longest(Document doc, int start, int end, ReadOnlySpan<bool> allowed)
    {
        var node = _root;
        int bestLength = 0;
        T? best = null;
        for (int i = start; i < end && allowed[i]; i++)
        {
            node = node.Find(doc.Text.AsSpan(doc.Starts[i], doc.Ends[i] - doc.Starts[i]));
            if (node is null)
            {
                break;
            }
            if (node.Value is not null)
            {
                bestLength = i - start + 1;
                best = node.Value;
            }
        }
        return (bestLength, best);
    }
}

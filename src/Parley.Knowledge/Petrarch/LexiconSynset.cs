namespace Parley.Knowledge.Petrarch;

/// <summary>A synset of a <see cref="VerbLexicon"/>: the word ids of its one-word phrases and its longer phrases.</summary>
public sealed class LexiconSynset
{
    internal LexiconSynset(string name, HashSet<int> words, int[][] phrases)
    {
        Name = name;
        _words = words;
        Phrases = phrases;
    }

    private readonly HashSet<int> _words;

    /// <summary>The name, lower case, with its <c>&amp;</c>.</summary>
    public string Name { get; }

    /// <summary>Phrases of two words or more, as word ids in text order.</summary>
    public int[][] Phrases { get; }

    /// <summary>True when the one-word phrases include the word <paramref name="word"/>.</summary>
    public bool HasWord(int word) => word >= 0 && _words.Contains(word);

    public override string ToString() => Name;
}

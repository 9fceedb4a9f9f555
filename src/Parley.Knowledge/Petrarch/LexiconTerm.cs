namespace Parley.Knowledge.Petrarch;

/// <summary>One word of a lexicon pattern: a word (by its id in <see cref="VerbLexicon"/>) or a synset (by its index).</summary>
/// <param name="Word">The word's id, or -1 for a synset.</param>
/// <param name="Synset">The synset's index in <see cref="VerbLexicon.Synsets"/>, or -1 for a word.</param>
public readonly record struct LexiconTerm(int Word, int Synset)
{
    public bool IsSynset => Synset >= 0;
}

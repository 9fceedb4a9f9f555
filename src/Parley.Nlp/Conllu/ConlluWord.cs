namespace Parley.Nlp.Conllu;

/// <summary>One syntactic word of a CoNLL-U sentence (a line whose ID is an integer). Underscores are kept as written.</summary>
public sealed record ConlluWord(
    int Id,
    string Form,
    string Lemma,
    string Upos,
    string Xpos,
    string Feats,
    int Head,
    string Deprel,
    string Deps,
    string Misc)
{
    /// <summary>False when MISC says <c>SpaceAfter=No</c>.</summary>
    public bool SpaceAfter => !Misc.Split('|').Contains("SpaceAfter=No");
}

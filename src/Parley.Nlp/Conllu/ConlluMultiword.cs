namespace Parley.Nlp.Conllu;

/// <summary>A multiword token line (<c>3-4 don't</c>): words <see cref="First"/>..<see cref="Last"/> are written as one surface token.</summary>
public sealed record ConlluMultiword(int First, int Last, string Form, string Misc)
{
    public bool SpaceAfter => !Misc.Split('|').Contains("SpaceAfter=No");
}

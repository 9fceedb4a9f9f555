namespace Parley.Knowledge.Actors;

/// <summary>A dictionary name found in a token sequence: where it starts, how many tokens it covers, and what it names.</summary>
/// <typeparam name="T">What the catalogue holds (actors, agent nouns).</typeparam>
public sealed record CatalogMatch<T>(int Start, int Length, IReadOnlyList<T> Entries)
{
    /// <summary>One past the last token of the match.</summary>
    public int End => Start + Length;
}

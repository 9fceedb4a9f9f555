namespace Parley.Knowledge.Petrarch;

/// <summary>
/// A synonym set, <c>&amp;NAME</c> followed by <c>+member</c> lines, usable wherever a pattern names a word or phrase.
/// </summary>
public sealed record PetrarchSynset
{
    /// <summary>1-based line of the <c>&amp;NAME</c> line.</summary>
    public required int Line { get; init; }

    /// <summary>The name with its <c>&amp;</c> and without a final <c>_</c> ("&amp;CURRENCY").</summary>
    public required string Name { get; init; }

    /// <summary>True when the name ended in <c>_</c>: no plurals are made for its members.</summary>
    public bool NoPlurals { get; init; }

    /// <summary>
    /// Every phrase the synset stands for, each a list of consecutive upper-case words: the members as written,
    /// the regular plurals PETRARCH makes of them, and the members of synsets named inside it.
    /// </summary>
    public required IReadOnlyList<IReadOnlyList<string>> Phrases { get; init; }
}

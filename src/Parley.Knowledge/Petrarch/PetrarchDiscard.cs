namespace Parley.Knowledge.Petrarch;

/// <summary>
/// One entry of a PETRARCH discard list: a phrase that keeps a sentence (or, with <c>+</c>, the whole story) from
/// being coded. Without a final <c>_</c> the phrase is a stem ("BASEBALL" also finds "BASEBALLS").
/// </summary>
public sealed record PetrarchDiscard
{
    public required int Line { get; init; }

    /// <summary>The phrase, upper case, words separated by single blanks.</summary>
    public required string Text { get; init; }

    /// <summary>True for <c>+</c> entries: the whole story is not coded.</summary>
    public bool WholeStory { get; init; }

    /// <summary>True when the phrase ended in <c>_</c>: the match must end at a blank or punctuation.</summary>
    public bool WholeWord { get; init; }
}

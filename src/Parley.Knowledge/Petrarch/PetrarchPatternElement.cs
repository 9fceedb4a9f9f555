namespace Parley.Knowledge.Petrarch;

/// <summary>One element of a PETRARCH verb pattern, in text order.</summary>
public sealed record PetrarchPatternElement
{
    public required PetrarchElementKind Kind { get; init; }

    /// <summary>
    /// The words, upper case: one for <see cref="PetrarchElementKind.Word"/> (possibly a synset, <c>&amp;NAME</c>); the
    /// phrase for <see cref="PetrarchElementKind.Phrase"/> (head last); the noun phrase after the preposition for
    /// <see cref="PetrarchElementKind.Preposition"/> (possibly empty); the marker itself for <see cref="PetrarchElementKind.Marker"/>.
    /// </summary>
    public required IReadOnlyList<string> Words { get; init; }

    /// <summary>The preposition of a <see cref="PetrarchElementKind.Preposition"/> element ("FOR"); null otherwise.</summary>
    public string? Preposition { get; init; }

    /// <summary>
    /// True when the element was joined with <c>_</c> to the item before it in the pattern (the previous element,
    /// or the verb for the first element after <c>*</c>): nothing may stand between them in the sentence.
    /// </summary>
    public bool Joined { get; init; }

    /// <summary>The head word: the last of <see cref="Words"/>, or null when there is none (<c>(TO)</c>).</summary>
    public string? Head => Words.Count > 0 ? Words[^1] : null;

    /// <summary>How many words this element asks the sentence to have (markers ask for none).</summary>
    public int WordCount => Kind == PetrarchElementKind.Marker ? 0 : Words.Count + (Preposition is null ? 0 : 1);

    public override string ToString() => Kind switch
    {
        PetrarchElementKind.Phrase => "{" + string.Join(' ', Words) + "}",
        PetrarchElementKind.Preposition => "(" + string.Join(' ', [Preposition!, .. Words]) + ")",
        _ => Words[0],
    };
}

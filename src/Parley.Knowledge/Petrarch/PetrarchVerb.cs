namespace Parley.Knowledge.Petrarch;

/// <summary>
/// One verb of a verb block: a single word (<c>ACCELERATE</c>) or a multi-word verb whose verb word is marked with
/// <c>+</c> (<c>+CORDON_OFF</c>, <c>WIRE_+TAP</c>), with its surface forms.
/// </summary>
public sealed record PetrarchVerb
{
    /// <summary>1-based line in the verb dictionary.</summary>
    public required int Line { get; init; }

    /// <summary>The words of the base form, upper case, without the <c>+</c> ("CORDON", "OFF").</summary>
    public required IReadOnlyList<string> Words { get; init; }

    /// <summary>Which of <see cref="Words"/> is the verb (0 for a single word).</summary>
    public required int VerbIndex { get; init; }

    /// <summary>
    /// The inflected forms as word lists with the verb word at <see cref="VerbIndex"/>: those listed in <c>{…}</c>
    /// when there are braces (none for <c>{}</c>), else the regular forms PETRARCH generates (-S, -ED, -ING).
    /// The base form is not repeated here.
    /// </summary>
    public required IReadOnlyList<IReadOnlyList<string>> Forms { get; init; }

    /// <summary>True when the forms were listed in braces rather than generated.</summary>
    public bool IrregularForms { get; init; }

    /// <summary>The verb's own code (<c>ASK [020]</c>), or null when it takes the block's code.</summary>
    public string? Code { get; init; }

    /// <summary>The verb word of the base form ("CORDON" for <c>+CORDON_OFF</c>).</summary>
    public string VerbWord => Words[VerbIndex];

    /// <summary>True for a multi-word verb.</summary>
    public bool IsMultiword => Words.Count > 1;

    public override string ToString() =>
        string.Join('_', Words.Select((w, i) => i == VerbIndex && Words.Count > 1 ? "+" + w : w));
}

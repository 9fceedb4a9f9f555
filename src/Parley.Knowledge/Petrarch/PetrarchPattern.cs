namespace Parley.Knowledge.Petrarch;

/// <summary>
/// One pattern line of a verb block, <c>- PRE * POST [CODE]</c>: words before the verb, words after it, and the
/// CAMEO code the verb gets when they match.
/// </summary>
public sealed record PetrarchPattern
{
    /// <summary>1-based line in the verb dictionary.</summary>
    public required int Line { get; init; }

    /// <summary>The pattern as written, without the leading <c>-</c>, the code and the comment.</summary>
    public required string Text { get; init; }

    /// <summary>The code in brackets, as written (<c>"064"</c>, <c>"032:033"</c>, <c>"---"</c>); see <see cref="PetrarchCode"/>.</summary>
    public required string Code { get; init; }

    /// <summary>Elements before <c>*</c>, in text order.</summary>
    public required IReadOnlyList<PetrarchPatternElement> Before { get; init; }

    /// <summary>Elements after <c>*</c>, in text order.</summary>
    public required IReadOnlyList<PetrarchPatternElement> After { get; init; }

    /// <summary>True when the last element before <c>*</c> is joined to the verb with <c>_</c> ("FAILED_TO_*").</summary>
    public bool JoinedToVerb { get; init; }

    /// <summary>The comment after <c>#</c> (often the verb the pattern was written for), or null.</summary>
    public string? Comment { get; init; }

    /// <summary>How many words the pattern asks for besides the verb: more words, a more specific pattern.</summary>
    public int Specificity => Before.Sum(e => e.WordCount) + After.Sum(e => e.WordCount);
}

namespace Parley.Knowledge.Petrarch;

/// <summary>
/// A verb synonym block, <c>--- NAME [CODE] ---</c>: verbs that share the patterns listed under them, and the code
/// a verb of the block gets when no pattern matches (<c>---</c>: no event).
/// </summary>
public sealed record PetrarchVerbBlock
{
    /// <summary>1-based line of the <c>---</c> header.</summary>
    public required int Line { get; init; }

    /// <summary>The block's name as written in the header ("ACCELERATE", "LASH OUT").</summary>
    public required string Name { get; init; }

    /// <summary>The block's code; <c>"---"</c> when the header has none.</summary>
    public required string Code { get; init; }

    public required IReadOnlyList<PetrarchVerb> Verbs { get; init; }

    /// <summary>Patterns in file order.</summary>
    public required IReadOnlyList<PetrarchPattern> Patterns { get; init; }
}

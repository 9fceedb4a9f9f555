namespace Parley.Knowledge.Petrarch;

/// <summary>
/// A verb transformation, <c>~ a (a b ATTACK) SAY = a b 015</c>: when a verb (<see cref="OuterVerb"/>) has another
/// verb's event (<see cref="InnerVerb"/>) as its content, the pair becomes one event. The letters are actor
/// variables; <c>.</c> is an unspecified actor, <c>_</c> an absent one, and <c>Q</c> any verb.
/// </summary>
public sealed record PetrarchTransformation
{
    public required int Line { get; init; }

    /// <summary>The line as written, without the <c>~</c>.</summary>
    public required string Text { get; init; }

    public required string OuterSource { get; init; }

    public required string InnerSource { get; init; }

    public required string InnerTarget { get; init; }

    /// <summary>The governed verb's block name ("ATTACK") or <c>Q</c>.</summary>
    public required string InnerVerb { get; init; }

    /// <summary>The governing verb's block name ("SAY").</summary>
    public required string OuterVerb { get; init; }

    /// <summary>The variable that becomes the source of the result.</summary>
    public required string Source { get; init; }

    /// <summary>The variable that becomes the target of the result.</summary>
    public required string Target { get; init; }

    /// <summary>The result's code, or <c>Q</c> for the governed verb's own code.</summary>
    public required string Code { get; init; }
}

namespace Parley.Nlp.Evaluation;

/// <summary>
/// CoNLL 2018 shared-task scores over words, as fractions (0–1): F1 over gold and system words, which is
/// plain accuracy on gold tokenisation. A metric is null when the system did not produce that layer
/// (no parser: no UAS or LAS).
/// </summary>
public sealed record UdScores
{
    /// <summary>Gold words scored.</summary>
    public required long Words { get; init; }
    /// <summary>System words (equal to <see cref="Words"/> on gold tokenisation).</summary>
    public long SystemWords { get; init; }
    public double? Upos { get; init; }
    public double? Xpos { get; init; }
    public double? Lemmas { get; init; }
    /// <summary>Unlabelled attachment: the head is right.</summary>
    public double? Uas { get; init; }
    /// <summary>Labelled attachment: the head and the universal part of the relation (before ':') are right.</summary>
    public double? Las { get; init; }

    /// <summary>Gold simple-past verbs (<c>VBD</c>) the tagger made past participles (<c>VBN</c>), of the aligned gold <c>VBD</c>; null without tags.</summary>
    public Proportion? PastAsParticiple { get; init; }
    /// <summary>Gold roots tagged <c>VBD</c> that are not the root of the system's parse, of the aligned such roots; null without a parse.</summary>
    public Proportion? PastRootsLost { get; init; }
}

namespace Parley.Nlp.Parsing;

/// <summary>
/// Attachment scores over <see cref="Words"/> words, punctuation included (as CoNLL 2018 counts them).
/// <see cref="Las"/> compares the universal part of the relation (before ':'); <see cref="LasFull"/> the whole label.
/// </summary>
public sealed record AttachmentScores(int Words, int HeadsCorrect, int LabelledCorrect, int FullLabelledCorrect)
{
    /// <summary>Unlabelled attachment score, in percent.</summary>
    public double Uas => Percent(HeadsCorrect);

    /// <summary>Labelled attachment score on universal relations, in percent.</summary>
    public double Las => Percent(LabelledCorrect);

    /// <summary>Labelled attachment score on full relations (with subtypes such as <c>nsubj:pass</c>), in percent.</summary>
    public double LasFull => Percent(FullLabelledCorrect);

    /// <summary>The universal part of a relation: "nsubj:pass" → "nsubj".</summary>
    public static ReadOnlySpan<char> Universal(ReadOnlySpan<char> relation)
    {
        int colon = relation.IndexOf(':');
        return colon < 0 ? relation : relation[..colon];
    }

    /// <summary>These scores and <paramref name="other"/>'s, over both sets of words.</summary>
    public AttachmentScores Add(AttachmentScores other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Words + other.Words, HeadsCorrect + other.HeadsCorrect, LabelledCorrect + other.LabelledCorrect, FullLabelledCorrect + other.FullLabelledCorrect);
    }

    public override string ToString() => $"UAS {Uas:F2}  LAS {Las:F2}  LAS(full) {LasFull:F2}  ({Words} words)";

    private double Percent(int count) => Words == 0 ? 0 : 100.0 * count / Words;
}

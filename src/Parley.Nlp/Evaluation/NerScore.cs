namespace Parley.Nlp.Evaluation;

/// <summary>Exact-match entity counts for one type (or all types) and the precision, recall and F1 (in %) they give.</summary>
/// <param name="Gold">Entities in the gold annotation.</param>
/// <param name="Predicted">Entities the system proposed.</param>
/// <param name="Correct">Proposed entities whose start, end and type all match a gold entity.</param>
public readonly record struct NerScore(int Gold, int Predicted, int Correct)
{
    /// <summary>Correct / predicted, in %; 0 when nothing was predicted.</summary>
    public double Precision => Predicted == 0 ? 0 : 100.0 * Correct / Predicted;

    /// <summary>Correct / gold, in %; 0 when there was nothing to find.</summary>
    public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;

    /// <summary>The harmonic mean of precision and recall, in %.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static NerScore operator +(NerScore a, NerScore b) => new(a.Gold + b.Gold, a.Predicted + b.Predicted, a.Correct + b.Correct);
}

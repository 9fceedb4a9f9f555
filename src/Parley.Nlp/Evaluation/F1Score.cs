namespace Parley.Nlp.Evaluation;

/// <summary>Counts of gold items, system items and correct system items, with precision, recall and F1 (all 0–1).</summary>
/// <param name="Gold">Items in the gold standard.</param>
/// <param name="System">Items the system produced.</param>
/// <param name="Correct">System items that match a gold item.</param>
public readonly record struct F1Score(int Gold, int System, int Correct)
{
    /// <summary>Correct / System; 0 when the system produced nothing.</summary>
    public double Precision => System == 0 ? 0 : (double)Correct / System;

    /// <summary>Correct / Gold; 0 when there is no gold item.</summary>
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    /// <summary>The harmonic mean of precision and recall, 2·Correct / (Gold + System); 0 when both are empty.</summary>
    public double F1 => Gold + System == 0 ? 0 : 2.0 * Correct / (Gold + System);

    /// <summary>Adds the counts of two scores (micro-averaging).</summary>
    public static F1Score operator +(F1Score left, F1Score right) =>
        new(left.Gold + right.Gold, left.System + right.System, left.Correct + right.Correct);

    /// <summary>Adds the counts of two scores (micro-averaging).</summary>
    public static F1Score Add(F1Score left, F1Score right) => left + right;
}

namespace Parley.Nlp.Evaluation;

/// <summary><see cref="Count"/> of <see cref="Of"/> items; <see cref="Percent"/> is 0 when there are none.</summary>
public readonly record struct Proportion(long Count, long Of)
{
    /// <summary>The share as a percentage (0–100).</summary>
    public double Percent => Of == 0 ? 0 : 100.0 * Count / Of;

    /// <summary>"5.91 % (23 of 389)".</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Percent:F2} % ({Count:N0} of {Of:N0})");
}

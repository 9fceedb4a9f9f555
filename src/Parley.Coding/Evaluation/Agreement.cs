namespace Parley.Coding.Evaluation;

/// <summary>How many of <see cref="Total"/> compared items agreed.</summary>
public readonly record struct Agreement(int Right, int Total)
{
    /// <summary>Right / Total, 0–1; 0 when nothing was compared.</summary>
    public double Rate => Total == 0 ? 0 : (double)Right / Total;
}

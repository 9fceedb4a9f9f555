namespace Parley.Nlp.Evaluation;

/// <summary>Tokens, Words and Sentences scores as the CoNLL 2018 shared task defines them.</summary>
/// <param name="Tokens">Surface tokens whose character span matches a gold token.</param>
/// <param name="Words">Syntactic words aligned to gold words (see <see cref="WordAlignment"/>).</param>
/// <param name="Sentences">Sentences whose character span matches a gold sentence.</param>
public sealed record TokenizationScores(F1Score Tokens, F1Score Words, F1Score Sentences)
{
    /// <summary>Adds the counts of two sets of scores (micro-averaging over files).</summary>
    public static TokenizationScores operator +(TokenizationScores left, TokenizationScores right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.Tokens + right.Tokens, left.Words + right.Words, left.Sentences + right.Sentences);
    }

    /// <summary>Adds the counts of two sets of scores.</summary>
    public static TokenizationScores Add(TokenizationScores left, TokenizationScores right) => left + right;
}

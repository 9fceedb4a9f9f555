namespace Parley.Nlp.Parsing;

/// <summary>Settings of <see cref="ParserTrainer"/>; the defaults are the ones the shipped model was trained with.</summary>
public sealed record ParserTrainingOptions
{
    /// <summary>Passes over the training data; the epoch with the best dev LAS is kept.</summary>
    public int Epochs { get; init; } = 8;

    /// <summary>Seeds the shuffling and the exploration, so a run can be repeated exactly (model <c>k</c> uses <c>Seed + k - 1</c>).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>How many models (with different seeds) to train; the parser's weights are their mean.</summary>
    public int Models { get; init; } = 3;

    /// <summary>From this epoch on (1-based) the trainer follows the model's own wrong moves, with <see cref="ExplorationProbability"/>.</summary>
    public int ExploreFromEpoch { get; init; } = 2;

    /// <summary>How often a wrong move is followed rather than corrected, once exploring.</summary>
    public double ExplorationProbability { get; init; } = 0.9;

    /// <summary>
    /// Pruning thresholds tried on the combined model, in increasing order: features whose largest mean weight is
    /// below the threshold are dropped, which makes the model smaller and faster to score.
    /// </summary>
    public IReadOnlyList<float> PruneLevels { get; init; } = [0f, 0.05f, 0.1f, 0.2f, 0.3f, 0.5f, 0.75f, 0.85f, 1f];

    /// <summary>The highest threshold of <see cref="PruneLevels"/> that costs at most this many dev LAS points is kept.</summary>
    public double PruneTolerance { get; init; } = 0.1;

    /// <summary>
    /// The most move features a shipped parser may keep. The move model's hash table has a power of two of at least
    /// twice as many slots as features, so one feature past 2^20 doubles it (about 40 MB more resident memory, and
    /// slower scoring); levels that leave more are passed over, and if every level within
    /// <see cref="PruneTolerance"/> does, the lowest level that fits is kept (if none fits, the highest level).
    /// </summary>
    public int MaxMoveFeatures { get; init; } = 1 << 20;
}

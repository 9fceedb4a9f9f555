namespace Parley.Nlp.Parsing;

/// <summary>Settings of <see cref="ParserTrainer"/>; the defaults are the ones the shipped model was trained with.</summary>
public sealed record ParserTrainingOptions
{
    /// <summary>Passes over the training data; the epoch with the best dev LAS is kept.</summary>
    public int Epochs { get; init; } = 15;

    /// <summary>Seeds the shuffling and the exploration, so a run can be repeated exactly.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>From this epoch on (1-based) the trainer follows the model's own wrong moves, with <see cref="ExplorationProbability"/>.</summary>
    public int ExploreFromEpoch { get; init; } = 2;

    /// <summary>How often a wrong move is followed rather than corrected, once exploring.</summary>
    public double ExplorationProbability { get; init; } = 0.9;

    /// <summary>Features whose largest averaged weight is smaller than this are dropped from the move model.</summary>
    public float PruneMoves { get; init; } = 0.0f;

    /// <summary>Features whose largest averaged weight is smaller than this are dropped from the label model.</summary>
    public float PruneLabels { get; init; } = 0.0f;
}

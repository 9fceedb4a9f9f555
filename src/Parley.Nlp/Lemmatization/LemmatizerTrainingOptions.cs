namespace Parley.Nlp.Lemmatization;

/// <summary>How <see cref="LemmatizerTrainer"/> learns. The defaults are the ones the shipped model was trained with.</summary>
public sealed record LemmatizerTrainingOptions
{
    /// <summary>The longest form suffix a rule is keyed on.</summary>
    public int MaxSuffix { get; init; } = 6;

    /// <summary>A suffix gets its own rule only when this many distinct training words end in it.</summary>
    public int MinSupport { get; init; } = 2;
}

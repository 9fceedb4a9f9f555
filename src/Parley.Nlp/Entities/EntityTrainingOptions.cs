namespace Parley.Nlp.Entities;

/// <summary>How <see cref="EntityRecognizerTrainer"/> trains. The defaults are the ones the shipped model was trained with.</summary>
public sealed record EntityTrainingOptions
{
    /// <summary>Passes over the training data; the epoch with the best development F1 is kept.</summary>
    public int Epochs { get; init; } = 16;

    /// <summary>Seeds the order the sentences are visited in; the same seed and data give the same model.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Features seen fewer times than this in the training data are left out (smaller model, less overfitting).</summary>
    public int MinFeatureCount { get; init; } = 2;

    /// <summary>Features whose largest averaged weight is below this in magnitude are dropped from the frozen model.</summary>
    public float PruneBelow { get; init; } = 0.002f;

    /// <summary>
    /// Cost added to every wrong label while decoding a training sentence, so the weights move until gold wins by
    /// this margin, not merely wins (cost-augmented structured perceptron); 0 is the plain perceptron.
    /// </summary>
    public float Margin { get; init; }

    /// <summary>
    /// Chance that a training token is seen without the features naming its own word, so the model also learns
    /// to recognise names it has never seen from their shape and context; 0 turns it off.
    /// </summary>
    public double WordDropout { get; init; } = 0.2;

    /// <summary>The entity types to learn; entities of other types in the data (wikigold's MISC) are treated as outside.</summary>
    public IReadOnlyList<string> Types { get; init; } = ["PER", "ORG", "LOC"];

    /// <summary>The gazetteer whose matches are features; it is stored in the model.</summary>
    public EntityGazetteer Gazetteer { get; init; } = EntityGazetteer.Default;
}

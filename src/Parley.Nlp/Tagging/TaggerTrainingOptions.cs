namespace Parley.Nlp.Tagging;

/// <summary>How <see cref="TaggerTrainer"/> trains. The defaults are the ones the shipped model was trained with.</summary>
public sealed record TaggerTrainingOptions
{
    /// <summary>Passes over the training data; the epoch with the best development score is kept.</summary>
    public int Epochs { get; init; } = 10;

    /// <summary>Seeds the shuffling of the training sentences, which is all that is random.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>A word enters the tag dictionary after this many occurrences…</summary>
    public int DictionaryMinCount { get; init; } = 20;

    /// <summary>…when its commonest label has at least this share of them.</summary>
    public double DictionaryMinShare { get; init; } = 0.97;

    /// <summary>Features whose averaged weights are all smaller than this in magnitude are dropped, which keeps the model file small.</summary>
    public float PruneBelow { get; init; } = 1.5f;

    /// <summary>A label belongs to a word's ambiguity class when it has at least this share of the word's occurrences.</summary>
    public double ClassMinShare { get; init; } = 0.05;

    /// <summary>Folds for jackknifing the ambiguity classes of the training words.</summary>
    public int ClassFolds { get; init; } = 10;

    /// <summary>
    /// Folds for jackknifing the first-pass guesses a second pass learns from; below 2, the tagger has one pass only.
    /// Training costs this many extra first-pass trainings.
    /// </summary>
    public int SecondPassFolds { get; init; }

    /// <summary>
    /// Models trained per pass with different seeds (each keeping its best epoch), whose weights are averaged into
    /// one (<see cref="Learning.PerceptronModel.Mean"/>): a cheap ensemble, tagging as fast as one model.
    /// </summary>
    public int Models { get; init; } = 1;
}

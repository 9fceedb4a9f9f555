namespace Parley.Nlp.Tagging;

/// <summary>
/// What <see cref="TaggerTrainer.Train"/> produced: the tagger of the best epoch (or the mean of several
/// models, <see cref="TaggerEpoch.Epoch"/> 0 in <see cref="Best"/>) and the scores of every epoch of the first model (of the
/// second pass when there is one; the first pass's are then in <see cref="FirstPassEpochs"/>).
/// </summary>
public sealed record TaggerTrainingResult(PerceptronTagger Tagger, IReadOnlyList<TaggerEpoch> Epochs, TaggerEpoch Best)
{
    /// <summary>The first pass's epochs when the tagger has a second pass; empty otherwise.</summary>
    public IReadOnlyList<TaggerEpoch> FirstPassEpochs { get; init; } = [];

    /// <summary>The first pass's dev scores on its own when the tagger has a second pass; null otherwise.</summary>
    public TaggerEpoch? FirstPassBest { get; init; }
}

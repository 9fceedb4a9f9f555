namespace Parley.Nlp.Tagging;

/// <summary>What <see cref="TaggerTrainer.Train"/> produced: the tagger of the best epoch and the scores of every epoch.</summary>
public sealed record TaggerTrainingResult(PerceptronTagger Tagger, IReadOnlyList<TaggerEpoch> Epochs, TaggerEpoch Best);

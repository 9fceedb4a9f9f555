using Parley.Nlp.Evaluation;

namespace Parley.Nlp.Entities;

/// <summary>The outcome of one training epoch: how many sentences the model got wrong while training, and its averaged weights' score on the development data.</summary>
public sealed record EntityEpoch(int Epoch, int SentenceErrors, NerScore Dev, IReadOnlyDictionary<string, NerScore> DevByType);

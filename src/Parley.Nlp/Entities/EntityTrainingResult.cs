using Parley.Nlp.Evaluation;

namespace Parley.Nlp.Entities;

/// <summary>A trained recogniser (from the best epoch, with its outside bias tuned on the development data) and the per-epoch history that chose it.</summary>
public sealed record EntityTrainingResult(EntityRecognizer Recognizer, int BestEpoch, IReadOnlyList<EntityEpoch> Epochs)
{
    /// <summary>The kept epoch's scores, before the outside bias was tuned.</summary>
    public EntityEpoch Best => Epochs[BestEpoch - 1];

    /// <summary>The outside bias chosen on the development data (see <see cref="EntityRecognizer.OutsideBias"/>).</summary>
    public float OutsideBias { get; init; }

    /// <summary>The development scores of the returned recogniser (best epoch and tuned bias).</summary>
    public NerEvaluator? TunedDev { get; init; }
}

using Parley.Text;

namespace Parley.Nlp.Evaluation;

/// <summary>
/// Scores predicted entities against gold ones by exact span match, as conlleval does: a prediction counts
/// only when its first token, last token and type all equal a gold entity's. Scores are kept per type and
/// micro-averaged over all types. Not thread-safe; add documents from one thread.
/// </summary>
public sealed class NerEvaluator
{
    private readonly SortedDictionary<string, NerScore> _byType = new(StringComparer.Ordinal);

    /// <summary>Counts over every type: the micro-average.</summary>
    public NerScore Overall { get; private set; }

    /// <summary>Counts per entity type, in ordinal order of the type name.</summary>
    public IReadOnlyDictionary<string, NerScore> ByType => _byType;

    /// <summary>Adds one document's (or sentence's) gold and predicted entities over the same tokens.</summary>
    public void Add(IEnumerable<EntitySpan> gold, IEnumerable<EntitySpan> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var goldSet = new HashSet<EntitySpan>(gold);
        var predictedSet = new HashSet<EntitySpan>(predicted);
        foreach (var span in goldSet)
        {
            Count(span.Label, new NerScore(1, 0, 0));
        }
        foreach (var span in predictedSet)
        {
            Count(span.Label, new NerScore(0, 1, goldSet.Contains(span) ? 1 : 0));
        }
    }

    private void Count(string type, NerScore delta)
    {
        _byType[type] = _byType.GetValueOrDefault(type) + delta;
        Overall += delta;
    }
}

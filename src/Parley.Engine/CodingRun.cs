using Parley.Ingest;
using Parley.Storage;

namespace Parley.Engine;

/// <summary>
/// Codes a stream of articles with an engine, one at a time, and stores the outcomes in batches. A failure fails only
/// that article: it is counted in <see cref="Failed"/>, handed to whoever watches the run, and stored as
/// <see cref="ArticleOutcome.Failed"/> when there is a store; the run goes on. With a store, outcomes are written in
/// batches of <see cref="BatchSize"/> articles, each batch one transaction; <see cref="CompleteAsync"/> writes the last one.
/// </summary>
/// <param name="engine">The engine that codes.</param>
/// <param name="store">Where outcomes go, or null to only code.</param>
/// <param name="processed">Called after each article (before it is stored), for progress and for naming failures.</param>
public sealed class CodingRun(ParleyEngine engine, IEventStore? store, Action<ProcessedArticle>? processed = null)
{
    /// <summary>Articles per store transaction: large enough that commits are not the cost, small enough that a crash loses little.</summary>
    public const int BatchSize = 100;

    private readonly List<ArticleOutcome> _pending = [];

    /// <summary>Articles coded (with or without events).</summary>
    public int Coded { get; private set; }

    /// <summary>Articles whose coding failed.</summary>
    public int Failed { get; private set; }

    /// <summary>Events coded in all articles.</summary>
    public long Events { get; private set; }

    /// <summary>Codes <paramref name="article"/> and, with a store, queues its outcome for the next batch (writing the batch when it is full).</summary>
    /// <exception cref="EventStoreException">A full batch could not be stored.</exception>
    public async Task<ArticleOutcome> CodeAsync(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        var result = engine.ProcessInDetail(article);
        var outcome = result.Outcome;
        if (outcome.Failure is null)
        {
            Coded++;
            Events += outcome.Events.Count;
        }
        else
        {
            Failed++;
        }
        processed?.Invoke(result);
        if (store is not null)
        {
            _pending.Add(outcome);
            if (_pending.Count >= BatchSize)
            {
                await FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        return outcome;
    }

    /// <summary>Stores the outcomes still queued.</summary>
    /// <exception cref="EventStoreException">They could not be stored.</exception>
    public Task CompleteAsync(CancellationToken cancellationToken = default) => FlushAsync(cancellationToken);

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (store is null || _pending.Count == 0)
        {
            return;
        }
        await store.StoreAsync([.. _pending], cancellationToken).ConfigureAwait(false);
        _pending.Clear();
    }
}

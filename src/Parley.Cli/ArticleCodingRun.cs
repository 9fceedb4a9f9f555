using Parley.Coding;
using Parley.Ingest;
using Parley.Knowledge;
using Parley.Storage;

namespace Parley.Cli;

/// <summary>
/// Codes articles one at a time: the language pipeline, then the coder. A failure in either stage fails only
/// that article: it is named on standard error as <c>origin: cannot code the article (stage): reason</c>,
/// counted in <see cref="Failed"/>, and stored as <see cref="ArticleOutcome.Failed"/> when there is a store;
/// the run goes on. With a store, outcomes are written in batches of <see cref="BatchSize"/> articles, each
/// batch one transaction; <see cref="CompleteAsync"/> writes the last one.
/// </summary>
public sealed class ArticleCodingRun(LanguagePipeline pipeline, ArticleCoder coder, IEventStore? store, TextWriter error, ProgressDisplay? progress = null)
{
    /// <summary>Articles per store transaction: large enough that commits are not the cost, small enough that a crash loses little.</summary>
    public const int BatchSize = 100;

    /// <summary>The stage name stored for a failure in the language pipeline (tokens, tags, parse, entities).</summary>
    public const string AnnotateStage = "annotate";

    /// <summary>The stage name stored for a failure in the event coder.</summary>
    public const string CodeStage = "code";

    private readonly List<ArticleOutcome> _pending = [];

    /// <summary>Articles coded (with or without events).</summary>
    public int Coded { get; private set; }

    /// <summary>Articles whose coding failed.</summary>
    public int Failed { get; private set; }

    /// <summary>Events coded in all articles.</summary>
    public long Events { get; private set; }

    /// <summary>The coder <see cref="EventCoder"/> gives: its dictionaries loaded from <paramref name="dictionariesDir"/>.</summary>
    /// <exception cref="DictionaryException">The dictionaries are missing or wrong.</exception>
    public static ArticleCoder LoadEventCoder(string dictionariesDir) => EventCoder.Load(dictionariesDir).Code;

    /// <summary>
    /// Loads the coder and the language pipeline a run needs. When either cannot be used, says why on
    /// <paramref name="error"/> (every dictionary problem as <c>file:line: what is wrong</c>) and returns null.
    /// The dictionaries load first: they are the files people edit, so the likelier mistake shows soonest.
    /// </summary>
    public static (LanguagePipeline Pipeline, ArticleCoder Coder)? Load(string modelsDir, string dictionariesDir,
        Func<string, ArticleCoder> loadCoder, TextWriter error)
    {
        if (LoadCoder(dictionariesDir, loadCoder, error) is not { } coder)
        {
            return null;
        }
        try
        {
            return (LanguagePipeline.Load(modelsDir), coder);
        }
        catch (Exception e) when (LanguagePipeline.IsLoadFailure(e))
        {
            error.WriteLine($"parley: {e.Message}");
            return null;
        }
    }

    /// <summary>
    /// Loads the coder from <paramref name="dictionariesDir"/> with <paramref name="loadCoder"/>. When the folder is
    /// missing or its dictionaries cannot be used, says why on <paramref name="error"/> (every dictionary problem as
    /// <c>file:line: what is wrong</c>) and returns null.
    /// </summary>
    public static ArticleCoder? LoadCoder(string dictionariesDir, Func<string, ArticleCoder> loadCoder, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(loadCoder);
        ArgumentNullException.ThrowIfNull(error);
        if (!Directory.Exists(dictionariesDir))
        {
            error.WriteLine($"parley: there is no dictionary folder at {dictionariesDir}; give one with --dictionaries DIR.");
            return null;
        }
        try
        {
            return loadCoder(dictionariesDir);
        }
        catch (DictionaryException e)
        {
            error.WriteLine($"parley: the dictionaries in {dictionariesDir} cannot be used ({Count(e.Problems.Count, "problem")}):");
            foreach (var problem in e.Problems)
            {
                error.WriteLine($"  {problem}");
            }
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"parley: cannot read the dictionaries in {dictionariesDir}: {e.Message}");
            return null;
        }
    }

    /// <summary>Codes <paramref name="article"/> and, with a store, queues its outcome for the next batch (writing the batch when it is full).</summary>
    /// <exception cref="EventStoreException">A full batch could not be stored.</exception>
    public async Task<ArticleOutcome> CodeAsync(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        var outcome = Code(article);
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

    private ArticleOutcome Code(Article article)
    {
        var stage = AnnotateStage;
        var tokens = 0;
        try
        {
            var document = pipeline.Process(article.Text);
            tokens = document.Count;
            stage = CodeStage;
            // Built inside the try: an event that names another article is the coder's fault, and fails this article only.
            var outcome = ArticleOutcome.Coded(article, coder(document, article.Id, article.Date));
            Coded++;
            Events += outcome.Events.Count;
            return outcome;
        }
        // DESIGN.md: a stage that fails on one document fails that document, never the batch; any exception
        // but cancellation is that document's failure, recorded with its stage and reason.
        catch (Exception e) when (e is not OperationCanceledException)
        {
            Failed++;
            error.WriteLine($"parley: {article.Origin}: cannot code the article ({stage}): {e.Message}");
            return ArticleOutcome.Failed(article, stage, $"{e.GetType().Name}: {e.Message}");
        }
        finally
        {
            progress?.Advance(tokens);
        }
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (store is null || _pending.Count == 0)
        {
            return;
        }
        await store.StoreAsync([.. _pending], cancellationToken).ConfigureAwait(false);
        _pending.Clear();
    }

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}

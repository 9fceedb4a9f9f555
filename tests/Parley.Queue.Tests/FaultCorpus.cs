using Parley.Coding;
using Parley.Engine;
using Parley.Ingest;
using Parley.Storage;
using Parley.Testing;

namespace Parley.Queue.Tests;

/// <summary>
/// What the fault tests submit: the bundled sample stories, copied under new ids, and the events the shipped engine
/// codes from each, which is what the store must hold at the end, no more and no less.
/// </summary>
internal sealed class FaultCorpus
{
    private static readonly Lazy<ParleyEngine> Engine = new(() =>
        ParleyEngine.Load(RepositoryPaths.InRepo("models"), RepositoryPaths.InRepo("dictionaries")));

    private static readonly Lazy<List<Article>> Samples = new(ReadSamples);

    private FaultCorpus(List<Article> articles, List<Article> poison)
    {
        Articles = articles;
        Poison = poison;
        Expected = articles.SelectMany(a => Engine.Value.Process(a).Events).ToDictionary(e => e.EventId, EventRecordJson.Serialize);
    }

    /// <summary>The articles that code normally.</summary>
    public List<Article> Articles { get; }

    /// <summary>The articles that break the test worker's coder.</summary>
    public List<Article> Poison { get; }

    /// <summary>Every event the normal articles code into, by event id, as JSON.</summary>
    public Dictionary<string, string> Expected { get; }

    public static FaultCorpus Make(string prefix, int count, params string[] poisonMarkers)
    {
        var samples = Samples.Value;
        var articles = Enumerable.Range(0, count)
            .Select(i => samples[i % samples.Count] with { Id = $"{prefix}-{i:D4}", Origin = $"{prefix}/{i}" })
            .ToList();
        var poison = poisonMarkers
            .Select((marker, i) => new Article { Id = $"{prefix}-poison-{i}", Title = "Poison", Body = $"Envoys met in Geneva. {marker}", Origin = $"{prefix}/poison/{i}" })
            .ToList();
        return new FaultCorpus(articles, poison);
    }

    public async Task SubmitAsync(string natsUrl)
    {
        await using var queue = await WorkQueue.ConnectAsync(natsUrl, FaultTimes.AckWait);
        foreach (var article in Articles.Concat(Poison))
        {
            Assert.Equal(SubmitResult.Queued, await queue.SubmitAsync(article));
        }
    }

    /// <summary>0 lost, 0 duplicated: the store holds every article once and exactly the events they code into, field by field.</summary>
    public async Task AssertStoredExactlyAsync(IEventStore store)
    {
        var stored = await store.QueryEventsAsync(EventQuery.All);
        var byId = stored.GroupBy(e => e.EventId).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(byId, pair => Assert.True(pair.Value == 1, $"event {pair.Key} is stored {pair.Value} times"));
        Assert.Equal(Expected.Keys.Order(StringComparer.Ordinal), byId.Keys.Order(StringComparer.Ordinal));
        Assert.All(stored, e => Assert.Equal(Expected[e.EventId], EventRecordJson.Serialize(e)));
        foreach (var article in Articles)
        {
            Assert.Equal(article, await store.GetArticleAsync(article.Id));
        }
    }

    private static List<Article> ReadSamples()
    {
        var articles = new List<Article>();
        using var source = new ArticleSource(new IngestOptions());
        foreach (var result in source.ReadAsync([RepositoryPaths.InRepo("examples")]).ToBlockingEnumerable())
        {
            if (result.IsArticle)
            {
                articles.Add(result.Article);
            }
        }
        return articles;
    }
}

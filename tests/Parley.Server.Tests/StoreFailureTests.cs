using Parley.Coding;
using Parley.Ingest;
using Parley.Storage;

namespace Parley.Server.Tests;

/// <summary>
/// A store that does not answer (its server went away, its disk is full) is a 503 problem naming it, on every endpoint
/// that needs the store: the API's form of the CLI's "one line and exit code 3" (issue 13, item 3). Before, a 500.
/// </summary>
public sealed class StoreFailureTests
{
    private const string Reason = "Cannot reach the PostgreSQL server of postgres://parley@127.0.0.1:1/parley (it went away).";

    [Theory]
    [InlineData("POST", "v1/articles")]
    [InlineData("GET", "v1/events")]
    [InlineData("GET", "v1/events?format=csv&limit=5")]
    [InlineData("GET", "v1/events?format=jsonl")]
    [InlineData("GET", "v1/stats/timeseries")]
    [InlineData("GET", "v1/stats/dyads")]
    [InlineData("GET", "v1/stats/places")]
    [InlineData("GET", "v1/articles/a1")]
    public async Task A_store_that_does_not_answer_is_a_503_problem_that_names_it(string method, string path)
    {
        await using var store = new UnavailableStore();
        await using var app = await RunningServer.StartAsync(new ServerOptions { Urls = ["http://127.0.0.1:0"] }, store);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First() + "/") };
        using var request = new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = method == "POST" ? Json.Body("""{"id": "a1", "text": "Peru thanked Chile."}""") : null,
        };

        using var response = await client.SendAsync(request);

        var problem = await Json.ProblemAsync(response, 503);
        Assert.Equal(Reason, problem.GetProperty("detail").GetString());
        await app.StopAsync();
    }

    /// <summary>A store whose every call fails as one whose server went away does.</summary>
    private sealed class UnavailableStore : IEventStore
    {
        private static EventStoreException Gone() => new("postgres://parley@127.0.0.1:1/parley", Reason);

        public Task StoreAsync(IReadOnlyList<ArticleOutcome> batch, CancellationToken cancellationToken = default) => throw Gone();

        public Task<IReadOnlyList<EventRecord>> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken = default) => throw Gone();

        public Task<IReadOnlyList<PeriodCount>> CountByPeriodAsync(EventQuery query, TimeBucket bucket, CancellationToken cancellationToken = default) => throw Gone();

        public Task<IReadOnlyList<PlaceCount>> CountByPlaceAsync(EventQuery query, CancellationToken cancellationToken = default) => throw Gone();

        public Task<IReadOnlyList<DyadCount>> CountByDyadAsync(EventQuery query, CancellationToken cancellationToken = default) => throw Gone();

        public Task<IReadOnlyList<DyadTotal>> TopDyadsAsync(EventQuery query, CancellationToken cancellationToken = default) => throw Gone();

        public Task<Article?> GetArticleAsync(string articleId, CancellationToken cancellationToken = default) => throw Gone();

        public Task<IReadOnlyList<ArticleSearchHit>> SearchArticlesAsync(string words, int limit = 20, CancellationToken cancellationToken = default) => throw Gone();

        public Task<IReadOnlyList<RecordedFailure>> ListFailuresAsync(CancellationToken cancellationToken = default) => throw Gone();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

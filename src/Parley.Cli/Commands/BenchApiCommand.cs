using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Parley.Engine;
using Parley.Ingest;
using Parley.Knowledge;
using Parley.Server;
using Parley.Storage;
using Parley.Storage.Sqlite;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley bench api --db FILE|postgres://… [--events N] [--rounds N] [--post STORIES]</c>: fills a store with N synthetic events
/// (<see cref="SyntheticCorpus"/>; once, a store that has them is reused), serves it on loopback and times the API's
/// queries as the dashboard makes them (median and 90th percentile over the rounds). With <c>--post</c>, also compares
/// coding stories through <c>POST /v1/articles</c> with coding them as <c>parley code --db</c> does.
/// Speed is measured here, never asserted by tests.
/// </summary>
public static class BenchApiCommand
{
    /// <param name="loadCoder">Loads the coder from a dictionaries folder; the dictionary-driven one when null.</param>
    public static Command Create(Func<string, ArticleCoder>? loadCoder = null)
    {
        var database = new Option<string>("--db")
        {
            Description = "The store to fill (when it has fewer events than --events) and serve: a SQLite file or a PostgreSQL database (postgres://…).",
            Required = true,
        };
        var events = new Option<int>("--events")
        {
            Description = "How many events the store should hold.",
            DefaultValueFactory = _ => 1_000_000,
        };
        var rounds = new Option<int>("--rounds")
        {
            Description = "How many times each query is timed, after one warm-up.",
            DefaultValueFactory = _ => 20,
        };
        var post = new Option<string[]>("--post")
        {
            Description = "Stories to code both through POST /v1/articles (one per request) and directly, to compare their throughput.",
        };
        var models = CommonOptions.Models();
        var dictionaries = CommonOptions.Dictionaries();
        var command = new Command("api", "Measure the HTTP API's queries over a store of synthetic events (and, with --post, the throughput of POST /v1/articles).");
        command.Options.Add(database);
        command.Options.Add(events);
        command.Options.Add(rounds);
        command.Options.Add(post);
        command.Options.Add(models);
        command.Options.Add(dictionaries);
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(database) is { } db && EventStore.IsPostgres(db) ? db : Path.GetFullPath(parseResult.GetValue(database)!),
            Math.Max(0, parseResult.GetValue(events)),
            Math.Max(1, parseResult.GetValue(rounds)),
            parseResult.GetValue(post) ?? [],
            parseResult.GetValue(models)?.FullName ?? CommonOptions.DefaultModelsDirectory,
            parseResult.GetValue(dictionaries)?.FullName ?? CommonOptions.DefaultDictionariesDirectory,
            loadCoder,
            parseResult.InvocationConfiguration,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string database, int events, int rounds, string[] post, string modelsDir, string dictionariesDir,
        Func<string, ArticleCoder>? loadCoder, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        var output = console.Output;
        var error = console.Error;
        if (EngineLoader.Load(modelsDir, dictionariesDir, loadCoder, error) is not { } engine)
        {
            return ExitCodes.Failure;
        }
        try
        {
            await using var store = await EventStore.OpenAsync(database, cancellationToken);
            await FillAsync(store, engine, dictionariesDir, events, output, error, cancellationToken);
            if (!await TimeQueriesAsync(store, engine, database, rounds, output, error, cancellationToken))
            {
                return ExitCodes.Failure;
            }
            if (post.Length > 0)
            {
                await ComparePostingAsync(engine, post, output, error, cancellationToken);
            }
        }
        catch (EventStoreException e)
        {
            error.WriteLine($"parley: {e.Message}");
            return ExitCodes.Failure;
        }
        return ExitCodes.Success;
    }

    private static async Task FillAsync(IEventStore store, ParleyEngine engine, string dictionariesDir, int events, TextWriter output, TextWriter error,
        CancellationToken cancellationToken)
    {
        var stored = (await store.CountByDyadAsync(EventQuery.All, cancellationToken)).Sum(d => d.Count);
        var articles = (events + SyntheticCorpus.EventsPerArticle - 1) / SyntheticCorpus.EventsPerArticle;
        if (stored >= events)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{stored:N0} events already stored; using them."));
            return;
        }
        var corpus = await SyntheticCorpus.FromSamplesAsync(engine, dictionariesDir, error, cancellationToken);
        var clock = Stopwatch.StartNew();
        const int Batch = 1000;
        for (var start = 0; start < articles; start += Batch)
        {
            var batch = Enumerable.Range(start, Math.Min(Batch, articles - start)).Select(i => corpus.Article(i, articles)).ToList();
            await store.StoreAsync(batch, cancellationToken);
            if ((start / Batch) % 20 == 19)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"parley: stored {(long)(start + Batch) * SyntheticCorpus.EventsPerArticle:N0} events…"));
            }
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"stored {articles:N0} synthetic articles, {(long)articles * SyntheticCorpus.EventsPerArticle:N0} events, in {clock.Elapsed.TotalSeconds:N0} s"));
    }

    /// <returns>False, having said why on <paramref name="error"/>, when the store has no dyad to query.</returns>
    private static async Task<bool> TimeQueriesAsync(IEventStore store, ParleyEngine engine, string database, int rounds, TextWriter output,
        TextWriter error, CancellationToken cancellationToken)
    {
        var app = ParleyServer.Create(new ServerOptions { Urls = ["http://127.0.0.1:0"], StoreName = EventStore.Describe(database) }, engine, store);
        await using (app)
        {
            await app.StartAsync(cancellationToken);
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First() + "/") };
            using var dyads = JsonDocument.Parse(await client.GetStringAsync("v1/stats/dyads?limit=50", cancellationToken));
            var ranked = dyads.RootElement.GetProperty("dyads").EnumerateArray()
                .Where(d => d.GetProperty("source_country").ValueKind == JsonValueKind.String && d.GetProperty("target_country").ValueKind == JsonValueKind.String)
                .Select(d => (Dyad: $"{d.GetProperty("source_country").GetString()}-{d.GetProperty("target_country").GetString()}", Total: d.GetProperty("total").GetInt64()))
                .ToList();
            if (ranked.Count == 0)
            {
                error.WriteLine($"parley: {EventStore.Describe(database)} holds no event with both a source and a target country to query; give --events N (at least 10) to fill it with synthetic events.");
                return false;
            }
            var busiest = ranked[0];
            var middling = ranked[Math.Min(ranked.Count - 1, 20)];
            (string Name, string Path)[] queries =
            [
                ($"events, busiest dyad {busiest.Dyad} ({busiest.Total:N0}) in 2023", $"v1/events?dyad={busiest.Dyad}&from=2023-01-01&to=2023-12-31&limit=100"),
                ($"events, dyad {middling.Dyad} ({middling.Total:N0}) in 2023", $"v1/events?dyad={middling.Dyad}&from=2023-01-01&to=2023-12-31&limit=100"),
                ($"timeseries by month, dyad {busiest.Dyad}", $"v1/stats/timeseries?dyad={busiest.Dyad}&bucket=month"),
                ($"timeseries by week, dyad {middling.Dyad}", $"v1/stats/timeseries?dyad={middling.Dyad}&bucket=week"),
                ("first view: events, newest 50", "v1/events?order=desc&limit=50"),
                ("first view: timeseries by month, all", "v1/stats/timeseries?bucket=month"),
                ("first view: top 15 dyads, all", "v1/stats/dyads?limit=15"),
                ("first view: 500 places, all", "v1/stats/places?limit=500"),
                ("events, second page by cursor", ""),
                ("events with the word 'talks', country " + busiest.Dyad[..3], $"v1/events?q=talks&country={busiest.Dyad[..3]}&limit=100"),
                ("events with the word 'talks', newest 50", "v1/events?q=talks&order=desc&limit=50"),
                ($"events with the word 'ceasefire', dyad {middling.Dyad}", $"v1/events?q=ceasefire&dyad={middling.Dyad}&limit=100"),
                ("events of country " + busiest.Dyad[..3] + ", newest 50", $"v1/events?country={busiest.Dyad[..3]}&order=desc&limit=50"),
                ("one story: GET /v1/articles/{id}", ""),
            ];
            using (var first = JsonDocument.Parse(await client.GetStringAsync("v1/events?order=desc&limit=50", cancellationToken)))
            {
                var cursor = first.RootElement.GetProperty("next_cursor").GetString();
                queries[8].Path = "v1/events?order=desc&limit=50" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor));
                // A story of the store being measured, whatever its size or whoever filled it: the article of the middle
                // event of the newest page.
                var page = first.RootElement.GetProperty("events");
                var story = page[page.GetArrayLength() / 2].GetProperty("article_id").GetString()!;
                queries[13] = ($"one story: GET /v1/articles/{{id}} ({story})", "v1/articles/" + Uri.EscapeDataString(story));
            }
            var times = queries.Select(_ => new List<double>()).ToArray();
            var sizes = new long[queries.Length];
            for (var round = 0; round <= rounds; round++)
            {
                for (var q = 0; q < queries.Length; q++)
                {
                    var clock = Stopwatch.StartNew();
                    using var response = await client.GetAsync(queries[q].Path, cancellationToken);
                    var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                    var elapsed = clock.Elapsed.TotalMilliseconds;
                    if (!response.IsSuccessStatusCode)
                    {
                        throw new InvalidOperationException($"{queries[q].Path}: {(int)response.StatusCode} {Encoding.UTF8.GetString(body)}");
                    }
                    sizes[q] = body.Length;
                    if (round > 0)
                    {
                        times[q].Add(elapsed);
                    }
                }
            }
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"HTTP on loopback, {rounds} rounds after a warm-up (ms): median, 90th percentile, reply size"));
            for (var q = 0; q < queries.Length; q++)
            {
                var sorted = times[q].Order().ToList();
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {queries[q].Name,-58} {Percentile(sorted, 0.5),8:N1} {Percentile(sorted, 0.9),8:N1} {sizes[q] / 1024.0,8:N1} KB"));
            }
            await app.StopAsync(cancellationToken);
        }
        return true;
    }

    private static async Task ComparePostingAsync(ParleyEngine engine, string[] inputs, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var articles = new List<Article>();
        await foreach (var article in new ArticleBatch(new IngestOptions(), error).ReadAsync(inputs, cancellationToken))
        {
            articles.Add(article);
        }
        var folder = Directory.CreateTempSubdirectory("parley-bench-api-");
        try
        {
            output.WriteLine();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Coding {articles.Count} stories into a new store, alternately (articles/s):"));
            for (var round = 1; round <= 2; round++)
            {
                var direct = await CodeDirectlyAsync(engine, articles, Path.Combine(folder.FullName, $"direct-{round}.db"), cancellationToken);
                var posted = await CodeByPostAsync(engine, articles, Path.Combine(folder.FullName, $"posted-{round}.db"), cancellationToken);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  round {round}: as 'parley code --db' {articles.Count / direct.TotalSeconds,7:N1}   POST /v1/articles, one per request {articles.Count / posted.TotalSeconds,7:N1}   ratio {direct / posted:P0}"));
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<TimeSpan> CodeDirectlyAsync(ParleyEngine engine, List<Article> articles, string database, CancellationToken cancellationToken)
    {
        await using var store = await SqliteEventStore.OpenAsync(database, cancellationToken);
        var clock = Stopwatch.StartNew();
        var run = new CodingRun(engine, store);
        foreach (var article in articles)
        {
            await run.CodeAsync(article, cancellationToken);
        }
        await run.CompleteAsync(cancellationToken);
        return clock.Elapsed;
    }

    private static async Task<TimeSpan> CodeByPostAsync(ParleyEngine engine, List<Article> articles, string database, CancellationToken cancellationToken)
    {
        await using var store = await SqliteEventStore.OpenAsync(database, cancellationToken);
        var app = ParleyServer.Create(new ServerOptions { Urls = ["http://127.0.0.1:0"], StoreName = database }, engine, store);
        await using (app)
        {
            await app.StartAsync(cancellationToken);
            using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First() + "/") };
            var bodies = articles.Select(a => JsonSerializer.Serialize(new { id = a.Id, date = a.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), title = a.Title, text = a.Body })).ToList();
            var clock = Stopwatch.StartNew();
            foreach (var body in bodies)
            {
                using var content = new StringContent(body, Encoding.UTF8);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var response = await client.PostAsync("v1/articles", content, cancellationToken);
                response.EnsureSuccessStatusCode();
            }
            var elapsed = clock.Elapsed;
            await app.StopAsync(cancellationToken);
            return elapsed;
        }
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}

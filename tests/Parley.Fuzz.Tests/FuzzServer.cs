using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Parley.Coding;
using Parley.Server;
using Parley.Storage;
using Parley.Testing;

namespace Parley.Fuzz.Tests;

/// <summary>
/// A real Parley server on a free loopback port (as the server tests run it), over the shipped engine and a new store
/// (a subclass says which) holding the bundled samples; with an API key, and a request limit small enough that bodies
/// over it are cheap to send. It keeps what the server logs at error level, so that a failing case shows the exception
/// behind a 500. Started by the first test that asks, so that a fixture whose tests are skipped starts nothing.
/// </summary>
public abstract class FuzzServer : IAsyncLifetime
{
    /// <summary>The fuzzed server's request limit (the default is 10 MB; the checks are the same).</summary>
    public const long MaxRequestBytes = 64 * 1024;

    private readonly ScratchFolder _folder = new("parley-fuzz-server");
    private readonly ConcurrentQueue<string> _errors = new();
    private WebApplication? _app;
    private IEventStore? _store;
    private Task? _started;

    public HttpClient Client { get; private set; } = null!;

    public IEventStore Store => _store!;

    /// <summary>The ids of the stored samples.</summary>
    public IReadOnlyList<string> SampleIds { get; private set; } = [];

    /// <summary>Cursors the server gave for pages of the samples' events.</summary>
    public IReadOnlyList<string> Cursors { get; private set; } = [];

    /// <summary>Opens the empty store the server is to use (the server neither opens nor closes it).</summary>
    protected abstract Task<IEventStore> OpenStoreAsync(ScratchFolder folder);

    /// <summary>Runs once the store is closed, to remove what it leaves behind outside <see cref="ScratchFolder"/>.</summary>
    protected virtual Task RemoveStoreAsync() => Task.CompletedTask;

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Starts the server and stores the samples, the first time only.</summary>
    public Task StartAsync() => _started ??= StartOnceAsync();

    private async Task StartOnceAsync()
    {
        _store = await OpenStoreAsync(_folder);
        var options = new ServerOptions { Urls = ["http://127.0.0.1:0"], ApiKey = HttpInputs.ApiKey, MaxRequestBytes = MaxRequestBytes, StoreName = GetType().Name };
        _app = ParleyServer.Create(options, FuzzEngine.Value, _store, logging => logging.AddProvider(new ErrorLog(_errors)));
        await _app.StartAsync();
        // A request that hangs fails the test after this long instead of holding the run.
        Client = new HttpClient { BaseAddress = new Uri(_app.Urls.First() + "/"), Timeout = TimeSpan.FromSeconds(60) };

        var seed = File.ReadAllLines(RepositoryPaths.InRepo("examples", "seed-2025-07-22.txt"));
        var samples = JsonSerializer.Serialize(new { id = "seed-2025-07-22", date = "2025-07-22", title = seed[1], text = string.Join("\n", seed.Skip(2)) })
            + "\n" + File.ReadAllText(RepositoryPaths.InRepo("examples", "stories.jsonl"));
        using var content = new StringContent(samples, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        using var post = new HttpRequestMessage(HttpMethod.Post, "v1/articles") { Content = content };
        post.Headers.Add(ParleyServer.ApiKeyHeader, HttpInputs.ApiKey);
        using var posted = await Client.SendAsync(post);
        using var reply = JsonDocument.Parse(await posted.Content.ReadAsStringAsync());
        SampleIds = [.. reply.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()!)];

        var cursors = new List<string>();
        foreach (var query in new[] { "limit=1", "limit=2&order=desc", "limit=1&date_field=article&from=2000-01-01", "limit=3&country=RUS" })
        {
            using var page = JsonDocument.Parse(await Client.GetStringAsync("v1/events?" + query));
            if (page.RootElement.GetProperty("next_cursor").GetString() is { } cursor)
            {
                cursors.Add(cursor);
            }
        }
        Cursors = cursors.Count > 0 ? cursors : throw new InvalidOperationException("The samples gave no page of events to take a cursor from.");
    }

    /// <summary>What the server logged at error level since the last call (the exceptions behind 500s), and forgets it.</summary>
    public string TakeErrors()
    {
        var text = new StringBuilder();
        while (_errors.TryDequeue(out var error))
        {
            text.AppendLine(error);
        }
        return text.ToString();
    }

    /// <summary>All the store holds that a request could change: every event, every failure, the articles of known ids.</summary>
    public async Task<string> SnapshotAsync()
    {
        var text = new StringBuilder();
        foreach (var record in await Store.QueryEventsAsync(new EventQuery()))
        {
            text.AppendLine(EventRecordJson.Serialize(record));
        }
        foreach (var failure in await Store.ListFailuresAsync())
        {
            text.AppendLine(JsonSerializer.Serialize(failure));
        }
        foreach (var id in HttpInputs.ArticleIds.Concat(SampleIds))
        {
            text.AppendLine(JsonSerializer.Serialize(await Store.GetArticleAsync(id)));
        }
        return text.ToString();
    }

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        if (_store is not null)
        {
            await _store.DisposeAsync();
            await RemoveStoreAsync();
        }
        _folder.Dispose();
    }

    private sealed class ErrorLog(ConcurrentQueue<string> errors) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                errors.Enqueue($"{formatter(state, exception)} {exception}");
            }
        }

        public void Dispose()
        {
        }
    }
}

using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Parley.Engine;
using Parley.Storage.Sqlite;
using Parley.Testing;

namespace Parley.Server.Tests;

/// <summary>
/// A real Parley server on a free loopback port, over the shipped engine and a new SQLite store, with the bundled
/// samples (examples/) posted to it through the API. Shared by the tests of one collection; stopped after them.
/// </summary>
public sealed class RunningServer : IAsyncLifetime
{
    private static readonly Lazy<ParleyEngine> SharedEngine = new(() => ParleyEngine.Load(RepositoryPaths.InRepo("models"), RepositoryPaths.InRepo("dictionaries")));

    private readonly ScratchFolder _folder = new("parley-server");
    private SqliteEventStore? _store;
    private WebApplication? _app;

    /// <summary>The server's base address, ending in a slash.</summary>
    public Uri Address { get; private set; } = null!;

    /// <summary>A client for <see cref="Address"/>.</summary>
    public HttpClient Client { get; private set; } = null!;

    /// <summary>The engine the server codes with (loaded once for every test run).</summary>
    public static ParleyEngine Engine => SharedEngine.Value;

    /// <summary>The ids of the sample articles posted at start.</summary>
    public IReadOnlyList<string> SampleIds { get; private set; } = [];

    public async Task InitializeAsync()
    {
        _store = await SqliteEventStore.OpenAsync(_folder.File("parley.db"));
        _app = await StartAsync(new ServerOptions { Urls = ["http://127.0.0.1:0"], StoreName = _store.Path }, _store);
        Address = new Uri(_app.Urls.First() + "/");
        Client = new HttpClient { BaseAddress = Address };
        SampleIds = await PostSamplesAsync(Client);
    }

    /// <summary>Starts another server over <paramref name="store"/> with <paramref name="options"/> (the caller stops it).</summary>
    public static async Task<WebApplication> StartAsync(ServerOptions options, Storage.IEventStore store)
    {
        var app = ParleyServer.Create(options, Engine, store);
        await app.StartAsync();
        return app;
    }

    /// <summary>Posts the seed story and the stories of examples/stories.jsonl; returns their ids.</summary>
    public static async Task<IReadOnlyList<string>> PostSamplesAsync(HttpClient client)
    {
        var seed = File.ReadAllLines(RepositoryPaths.InRepo("examples", "seed-2025-07-22.txt"));
        var lines = new StringBuilder();
        lines.AppendLine(System.Text.Json.JsonSerializer.Serialize(new
        {
            id = "seed-2025-07-22",
            date = "2025-07-22",
            title = seed[1],
            text = string.Join("\n", seed.Skip(2)),
        }));
        foreach (var line in File.ReadLines(RepositoryPaths.InRepo("examples", "stories.jsonl")))
        {
            lines.AppendLine(line);
        }
        using var content = new StringContent(lines.ToString(), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-ndjson");
        using var response = await client.PostAsync("v1/articles", content);
        var body = await response.Content.ReadAsStringAsync();
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Posting the samples failed: {(int)response.StatusCode} {body}");
        }
        using var json = System.Text.Json.JsonDocument.Parse(body);
        return [.. json.RootElement.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()!)];
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
        }
        _folder.Dispose();
    }
}

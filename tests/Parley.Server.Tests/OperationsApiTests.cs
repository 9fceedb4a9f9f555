using System.Text.RegularExpressions;
using Parley.Storage.Sqlite;
using Parley.Testing;

namespace Parley.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed partial class OperationsApiTests(RunningServer server)
{
    private HttpClient Client => server.Client;

    [Fact]
    public async Task Health_says_ok_and_names_the_store()
    {
        var health = await Json.GetAsync(Client, "healthz");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.EndsWith("parley.db", health.GetProperty("store").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_count_the_articles_and_events_coded_in_prometheus_text()
    {
        var before = Counter(await Client.GetStringAsync("metrics"), "parley_articles_coded_total");
        await Client.PostAsync("v1/articles", Json.Body("""{"id": "metrics-1", "text": "Peru thanked Chile for its help."}"""));

        var metrics = await Client.GetStringAsync("metrics");

        Assert.Equal(before + 1, Counter(metrics, "parley_articles_coded_total"));
        Assert.Contains("# TYPE parley_http_request_duration_seconds histogram", metrics, StringComparison.Ordinal);
        Assert.Matches(@"parley_http_requests_total\{method=""POST"",route=""/v1/articles"",status=""200""\} \d+", metrics);
        Assert.Matches(@"parley_coding_duration_seconds_count \d+", metrics);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_endpoint_and_the_event_filters()
    {
        var document = await Json.GetAsync(Client, "openapi/v1.json");

        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/v1/articles", "/v1/articles/{id}", "/v1/events", "/v1/stats/timeseries", "/v1/stats/dyads", "/v1/stats/places", "/healthz", "/metrics" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is not in the document");
        }
        var parameters = paths.GetProperty("/v1/events").GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Superset(new HashSet<string?> { "dyad", "cameo_root", "plover", "quad_class", "modality", "from", "to", "min_confidence", "q", "cursor", "format" }, parameters.ToHashSet());
    }

    [Fact]
    public async Task The_reference_page_loads_nothing_from_the_internet()
    {
        var reference = await Client.GetStringAsync("docs/index.html");

        Assert.Contains("swagger", reference, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(ExternalReference().Matches(reference));
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://127.1.2.3:80", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("http://+:5080", false)]
    [InlineData("http://192.168.1.10:5080", false)]
    [InlineData("http://example.org:5080", false)]
    public void Only_loopback_addresses_count_as_loopback(string url, bool loopback) => Assert.Equal(loopback, ParleyServer.IsLoopback(url));

    [Fact]
    public async Task A_server_bound_beyond_loopback_refuses_to_start_without_an_api_key()
    {
        using var folder = new ScratchFolder("parley-server");
        await using var store = await SqliteEventStore.OpenAsync(folder.File("parley.db"));

        var error = Assert.Throws<ArgumentException>(() => ParleyServer.Create(new ServerOptions { Urls = ["http://0.0.0.0:0"] }, RunningServer.Engine, store));

        Assert.Contains("API key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_an_api_key_writes_need_it_and_reads_do_not()
    {
        using var folder = new ScratchFolder("parley-server");
        await using var store = await SqliteEventStore.OpenAsync(folder.File("parley.db"));
        await using var app = await RunningServer.StartAsync(new ServerOptions { Urls = ["http://127.0.0.1:0"], ApiKey = "s3cret" }, store);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First() + "/") };
        const string article = """{"id": "keyed", "text": "Peru thanked Chile."}""";

        using var without = await client.PostAsync("v1/articles", Json.Body(article));
        using var wrong = new HttpRequestMessage(HttpMethod.Post, "v1/articles") { Content = Json.Body(article) };
        wrong.Headers.Add(ParleyServer.ApiKeyHeader, "guess");
        using var wrongResponse = await client.SendAsync(wrong);
        using var right = new HttpRequestMessage(HttpMethod.Post, "v1/articles") { Content = Json.Body(article) };
        right.Headers.Add(ParleyServer.ApiKeyHeader, "s3cret");
        using var rightResponse = await client.SendAsync(right);
        using var bearer = new HttpRequestMessage(HttpMethod.Post, "v1/articles") { Content = Json.Body(article) };
        bearer.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", "s3cret");
        using var bearerResponse = await client.SendAsync(bearer);

        await Json.ProblemAsync(without, 401);
        await Json.ProblemAsync(wrongResponse, 401);
        Assert.True(rightResponse.IsSuccessStatusCode);
        Assert.True(bearerResponse.IsSuccessStatusCode);
        Assert.True((await client.GetAsync("v1/events")).IsSuccessStatusCode);
        await app.StopAsync();
    }

    private static long Counter(string metrics, string name) =>
        long.Parse(Regex.Match(metrics, $"^{name} (\\d+)$", RegexOptions.Multiline).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(src|href)\s*=\s*[""']?(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}

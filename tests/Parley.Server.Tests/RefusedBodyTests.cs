using System.Net.Http.Headers;
using System.Text;
using Parley.Storage.Sqlite;
using Parley.Testing;

namespace Parley.Server.Tests;

/// <summary>
/// A request refused before its body is read, with a body Kestrel will not drain (over the limit, or chunked), gets a
/// reply that says the connection ends, so that the client's next request goes on a new one. Found by fuzzing: an
/// oversize post without the API key got its 401, then the client's next request on the same connection failed.
/// </summary>
public sealed class RefusedBodyTests
{
    private const long Limit = 64 * 1024;

    [Theory]
    [InlineData("no api key", 401)]
    [InlineData("text/plain", 415)]
    [InlineData("over the limit", 413)]
    [InlineData("chunked over the limit", 413)]
    [InlineData("put on a read-only path", 405)]
    public async Task A_refused_body_the_server_cannot_drain_ends_the_connection_and_the_next_request_works(string refusal, int status)
    {
        using var folder = new ScratchFolder("parley-server");
        await using var store = await SqliteEventStore.OpenAsync(folder.File("parley.db"));
        await using var app = await RunningServer.StartAsync(new ServerOptions { Urls = ["http://127.0.0.1:0"], ApiKey = "s3cret", MaxRequestBytes = Limit }, store);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First() + "/") };
        var body = Encoding.UTF8.GetBytes("{\"text\": \"" + new string('a', (int)Limit + 1000) + "\"}");
        bool chunked = refusal.StartsWith("chunked", StringComparison.Ordinal);
        using var request = new HttpRequestMessage(refusal.StartsWith("put", StringComparison.Ordinal) ? HttpMethod.Put : HttpMethod.Post,
            refusal.StartsWith("put", StringComparison.Ordinal) ? "v1/events" : "v1/articles")
        {
            Content = chunked ? new StreamContent(new MemoryStream(body)) : new ByteArrayContent(body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(refusal == "text/plain" ? "text/plain" : "application/json");
        request.Headers.TransferEncodingChunked = chunked;
        if (refusal != "no api key")
        {
            request.Headers.Add(ParleyServer.ApiKeyHeader, "s3cret");
        }

        using var response = await client.SendAsync(request);

        await Json.ProblemAsync(response, status);
        Assert.True(response.Headers.ConnectionClose, $"{refusal}: the reply does not say the connection ends");
        for (int i = 0; i < 3; i++)
        {
            using var next = await client.GetAsync("healthz");
            Assert.True(next.IsSuccessStatusCode);
        }
        await app.StopAsync();
    }

    [Fact]
    public async Task A_refused_small_body_keeps_the_connection()
    {
        using var folder = new ScratchFolder("parley-server");
        await using var store = await SqliteEventStore.OpenAsync(folder.File("parley.db"));
        await using var app = await RunningServer.StartAsync(new ServerOptions { Urls = ["http://127.0.0.1:0"], MaxRequestBytes = Limit }, store);
        using var client = new HttpClient { BaseAddress = new Uri(app.Urls.First() + "/") };

        using var response = await client.PostAsync("v1/articles", Json.Body("Russia protested.", "text/plain"));

        await Json.ProblemAsync(response, 415);
        Assert.NotEqual(true, response.Headers.ConnectionClose);
        await app.StopAsync();
    }
}

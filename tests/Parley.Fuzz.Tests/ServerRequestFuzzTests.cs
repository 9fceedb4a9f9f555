using System.Text;
using System.Text.Json;
using CsCheck;
using Parley.Testing.Servers;

namespace Parley.Fuzz.Tests;

/// <summary>
/// The HTTP API takes any request: random query strings on every read endpoint and random posts of articles (see
/// <see cref="HttpInputs"/>) never get a 5xx or hang; every 4xx is an RFC 7807 problem document; a 200 is the JSON,
/// JSON Lines or CSV it says; a refused post leaves the store as it was, and an accepted one is stored. Run against
/// each store (a subclass per store); the tests are <see cref="ContractFactAttribute"/>s so that a store whose server
/// is not installed is skipped, saying why.
/// </summary>
public abstract class ServerRequestFuzzTests<TServer>(TServer server)
    where TServer : FuzzServer
{
    private FuzzRequest? _previous;

    /// <summary>Reads tried per run at <see cref="FuzzInputs.Scale"/> 1 (writes are a fifth of it).</summary>
    protected virtual int Reads => 2_000;

    [ContractFact]
    public async Task Random_queries_get_an_answer_or_a_problem_document_never_a_server_error()
    {
        await server.StartAsync();
        await HttpInputs.Reads(server.SampleIds, server.Cursors)
            .SampleAsync(request => SendCheckedAsync(request, isWrite: false), iter: Reads * FuzzInputs.Scale, threads: 1, print: r => r.ToString());
    }

    [ContractFact]
    public async Task Random_posts_are_stored_when_accepted_and_change_nothing_when_refused()
    {
        await server.StartAsync();
        await HttpInputs.Writes(FuzzServer.MaxRequestBytes)
            .SampleAsync(request => SendCheckedAsync(request, isWrite: true), iter: Reads / 5 * FuzzInputs.Scale, threads: 1, print: r => r.ToString());
    }

    private async Task SendCheckedAsync(FuzzRequest request, bool isWrite)
    {
        var before = isWrite ? await server.SnapshotAsync() : null;
        using var message = request.ToMessage(server.Client.BaseAddress!);
        HttpResponseMessage response;
        try
        {
            response = await server.Client.SendAsync(message);
        }
        catch (HttpRequestException e)
        {
            // The client keeps its connection between requests, as clients do: one that the last request left broken
            // fails this one.
            throw new InvalidOperationException($"the request failed ({e.Message}); the request before it was {_previous}", e);
        }
        _previous = request;
        using var disposeResponse = response;
        var body = await response.Content.ReadAsByteArrayAsync();
        int status = (int)response.StatusCode;
        var text = Encoding.UTF8.GetString(body);

        Assert.True(status < 500, $"{status}: {Shorten(text)}\n{server.TakeErrors()}");
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        var target = message.RequestUri!.PathAndQuery;
        if (KestrelRefuses(request.Method, target, status) is { } refused)
        {
            // Kestrel answers these itself, bare, before any of Parley's code runs (README, "Serving").
            Assert.Equal(refused, status);
            Assert.Empty(body);
            return;
        }
        if (status >= 400)
        {
            Assert.True(mediaType == "application/problem+json", $"{status} came as {mediaType ?? "no content type"}: {Shorten(text)}");
            var problem = JsonDocument.Parse(body).RootElement;
            Assert.Equal(status, problem.GetProperty("status").GetInt32());
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        }
        else if (request.PathAndQuery.StartsWith("/v1/", StringComparison.Ordinal))
        {
            CheckBody(mediaType, body, text);
        }

        if (isWrite && status >= 400)
        {
            Assert.Equal(before, await server.SnapshotAsync());
        }
        else if (isWrite && status == 200 && request.PathAndQuery.StartsWith("/v1/articles", StringComparison.Ordinal))
        {
            foreach (var article in JsonDocument.Parse(body).RootElement.GetProperty("articles").EnumerateArray())
            {
                var id = article.GetProperty("id").GetString()!;
                Assert.NotNull(await server.Store.GetArticleAsync(id));
            }
        }
    }

    /// <summary>
    /// The status Kestrel refuses a request for <paramref name="target"/> with before the application sees it, or null:
    /// 414 for a request line over its 8 KB limit, 400 for a path holding an escaped NUL. A line within a few bytes of
    /// the limit may go either way (whether the line break counts); its status is then taken as it comes.
    /// </summary>
    private static int? KestrelRefuses(string method, string target, int status)
    {
        const int MaxRequestLine = 8 * 1024;
        int line = $"{method} {target} HTTP/1.1".Length;
        if (line > MaxRequestLine + 2 || (line > MaxRequestLine - 2 && status == 414))
        {
            return 414;
        }
        int query = target.IndexOf('?', StringComparison.Ordinal);
        return (query < 0 ? target : target[..query]).Contains("%00", StringComparison.Ordinal) ? 400 : null;
    }

    /// <summary>A 200 of the API is what its content type says: JSON, JSON Lines, or CSV with its header.</summary>
    private static void CheckBody(string? mediaType, byte[] body, string text)
    {
        switch (mediaType)
        {
            case "application/json":
                JsonDocument.Parse(body).Dispose();
                break;
            case "application/x-ndjson":
                foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
                {
                    JsonDocument.Parse(line).Dispose();
                }
                break;
            case "text/csv":
                Assert.StartsWith("schema,event_id,", text, StringComparison.Ordinal);
                break;
            default:
                Assert.Fail($"a 200 of the API came as {mediaType ?? "no content type"}: {Shorten(text)}");
                break;
        }
    }

    private static string Shorten(string text) => text.Length <= 2000 ? text : text[..2000] + "…";
}

using System.Net;
using System.Text;
using static Parley.Ingest.Tests.Reading;

namespace Parley.Ingest.Tests;

/// <summary>Feed and page URLs, fetched through a stand-in handler: no test touches the network.</summary>
public sealed class UrlReadingTests
{
    private const string Feed = "<rss><channel><title>Wire</title>" +
        "<item><title>One</title><link>https://example.org/1</link><description>First item.</description></item>" +
        "<item><title>Two</title><description>Second item.</description></item></channel></rss>";

    private static List<IngestResult> Fetch(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> answer, string url, IngestOptions? options = null)
    {
        using var client = new HttpClient(new StandInHandler(answer));
        using var source = new ArticleSource(options, client);
        return ReadAll(source, url);
    }

    private static Task<HttpResponseMessage> Respond(string body, string? mediaType, HttpStatusCode status = HttpStatusCode.OK)
    {
        var response = new HttpResponseMessage(status) { Content = new ByteArrayContent(Encoding.UTF8.GetBytes(body)) };
        if (mediaType is not null)
        {
            response.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(mediaType);
        }
        return Task.FromResult(response);
    }

    [Theory]
    [InlineData("application/rss+xml")]
    [InlineData("text/xml")]
    [InlineData(null)]
    public void A_feed_url_gives_one_article_per_item(string? mediaType)
    {
        var results = Fetch((_, _) => Respond(Feed, mediaType), "https://example.org/feed");

        Assert.Empty(results.Problems());
        var articles = results.Articles();
        Assert.Equal(["First item.", "Second item."], articles.Select(a => a.Body));
        Assert.Equal("https://example.org/1", articles[0].Url);
        Assert.Equal("Wire", articles[0].Source);
        Assert.Equal("https://example.org/feed:1", articles[0].Origin);
    }

    [Fact]
    public void A_page_url_gives_its_article_with_the_url()
    {
        var results = Fetch((_, _) => Respond("<html><head><title>Talks</title></head><body><p>The talks went on.</p></body></html>", "text/html"), "https://example.org/story");

        var article = Assert.Single(results.Articles());
        Assert.Equal("https://example.org/story", article.Url);
        Assert.Equal("The talks went on.", article.Body);
    }

    [Fact]
    public void An_http_error_is_reported_not_thrown()
    {
        var problem = Assert.Single(Fetch((_, _) => Respond("gone", "text/plain", HttpStatusCode.NotFound), "https://example.org/feed").Problems());

        Assert.Equal(IngestProblemKind.Unreadable, problem.Kind);
        Assert.Equal("https://example.org/feed: cannot fetch: HTTP 404 Not Found; skipped", problem.ToString());
    }

    [Fact]
    public void A_connection_failure_is_reported_not_thrown()
    {
        var problem = Assert.Single(Fetch((_, _) => throw new HttpRequestException("Connection refused (example.org:443)"), "https://example.org/feed").Problems());

        Assert.Equal(IngestProblemKind.Unreadable, problem.Kind);
        Assert.Contains("cannot fetch: Connection refused", problem.Reason);
    }

    [Fact]
    public void A_server_that_does_not_answer_in_time_is_reported()
    {
        var options = new IngestOptions { FetchTimeout = TimeSpan.FromMilliseconds(100) };
        async Task<HttpResponseMessage> Hang(HttpRequestMessage request, CancellationToken token)
        {
            await Task.Delay(Timeout.Infinite, token);
            throw new InvalidOperationException("unreachable");
        }

        var problem = Assert.Single(Fetch(Hang, "https://example.org/slow", options).Problems());

        Assert.Equal(IngestProblemKind.Unreadable, problem.Kind);
        Assert.Contains("no complete answer within 0.1 s", problem.Reason);
    }

    [Fact]
    public void A_download_over_the_limit_is_refused()
    {
        var options = new IngestOptions { MaxDownloadBytes = 100 };

        var problem = Assert.Single(Fetch((_, _) => Respond(Feed, "application/rss+xml"), "https://example.org/feed", options).Problems());

        Assert.Equal(IngestProblemKind.Oversize, problem.Kind);
    }

    [Fact]
    public void After_a_failed_url_the_other_inputs_are_read()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("story.txt", "A local story.");
        using var client = new HttpClient(new StandInHandler((_, _) => Respond("", null, HttpStatusCode.InternalServerError)));
        using var source = new ArticleSource(null, client);

        var results = ReadAll(source, "http://example.org/broken", file);

        Assert.Equal(IngestProblemKind.Unreadable, Assert.Single(results.Problems()).Kind);
        Assert.Equal("A local story.", Assert.Single(results.Articles()).Body);
    }

    private sealed class StandInHandler(Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> answer) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) => answer(request, cancellationToken);
    }
}

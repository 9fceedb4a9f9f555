using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Parley.Engine;
using Parley.Ingest;
using Parley.Storage;

namespace Parley.Server.Api;

/// <summary><c>POST /v1/articles</c> (code and store) and <c>GET /v1/articles/{id}</c> (the story with its sentences and events).</summary>
internal static class ArticleEndpoints
{
    /// <summary>The most articles one request may carry: a bigger batch belongs in <c>parley code</c> or the queue.</summary>
    public const int MaxArticlesPerRequest = 1000;

    /// <summary>The origin posted articles are read under (with the article's position in the request as its line).</summary>
    private const string Origin = "POST /v1/articles";

    private static readonly string[] JsonTypes = ["application/json"];
    private static readonly string[] JsonLinesTypes = ["application/x-ndjson", "application/jsonl", "application/x-jsonlines"];

    public static void Map(WebApplication app)
    {
        app.MapPost("/v1/articles", PostAsync)
            .WithName("PostArticles")
            .WithTags("Articles")
            .WithSummary("Code articles and store them with their events.")
            .WithDescription("""
                The body is one article or a JSON array of them (application/json), or JSON Lines (application/x-ndjson),
                with the fields of Parley's JSON Lines input: text (or body), and optionally id, date (or published), title,
                url, source. Each article is coded and stored in one transaction; an article posted again (same id) has
                its events replaced, never duplicated. An article whose coding fails is stored with the failure, which the
                reply gives in its place. Writes need the API key (X-Api-Key or Authorization: Bearer) when the server has one.
                """)
            .Accepts<ArticleInput>("application/json", [.. JsonLinesTypes])
            .Produces<PostedArticles>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        app.MapGet("/v1/articles/{id}", GetAsync)
            .WithName("GetArticle")
            .WithTags("Articles")
            .WithSummary("One stored article: its text, sentences, events with their character spans, and its failure if coding failed.")
            .Produces<ArticleView>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> PostAsync(HttpContext context, ParleyEngine engine, IEventStore store, ServerOptions options, ServerMetrics metrics)
    {
        if (!HasApiKey(context.Request, options.ApiKey))
        {
            UnreadBody.CloseConnectionIfUndrainable(context);
            return Problems.Of(StatusCodes.Status401Unauthorized, "An API key is needed.",
                $"Writes need this server's API key in the {ParleyServer.ApiKeyHeader} header (or Authorization: Bearer KEY).");
        }
        var mediaType = context.Request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        var jsonLines = mediaType is not null && JsonLinesTypes.Contains(mediaType);
        if (!jsonLines && (mediaType is null || !JsonTypes.Contains(mediaType)))
        {
            UnreadBody.CloseConnectionIfUndrainable(context);
            return Problems.Of(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type.",
                $"Send the articles as application/json (one article or an array) or application/x-ndjson (JSON Lines), not {mediaType ?? "a body without a Content-Type"}.");
        }
        if (context.Request.ContentLength > options.MaxRequestBytes)
        {
            UnreadBody.CloseConnectionIfUndrainable(context);
            return TooLarge(options);
        }

        byte[] body;
        try
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            body = buffer.ToArray();
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            UnreadBody.CloseConnectionIfUndrainable(context);
            return TooLarge(options);
        }

        var errors = new RequestErrors();
        var lines = jsonLines ? body : ToJsonLines(body, errors);
        if (errors.Any)
        {
            return errors.ToProblem("The body is not an article or a list of articles.");
        }

        var articles = new List<Article>();
        var warnings = new List<string>();
        using (var source = new ArticleSource(new IngestOptions { MaxArticleBytes = options.MaxRequestBytes }))
        using (var stream = new MemoryStream(lines, writable: false))
        {
            foreach (var result in source.Read(stream, Origin, InputFormat.JsonLines))
            {
                if (result.IsArticle)
                {
                    articles.Add(result.Article);
                }
                else if (result.Problem.Severity == IngestSeverity.Error)
                {
                    // Ingest says "; skipped" of a bad record in a batch that goes on; here the whole request is refused.
                    var reason = result.Problem.Reason.EndsWith("; skipped", StringComparison.Ordinal) ? result.Problem.Reason[..^"; skipped".Length] + "." : result.Problem.Reason;
                    errors.Add(result.Problem.Line is { } line ? $"articles[{line - 1}]" : "body", reason);
                }
                else if (result.Problem.Severity == IngestSeverity.Warning)
                {
                    warnings.Add(result.Problem.Line is { } line ? $"articles[{line - 1}]: {result.Problem.Reason}" : result.Problem.Reason);
                }
            }
        }
        if (errors.Any)
        {
            return errors.ToProblem("Some articles cannot be read; nothing was stored.");
        }
        if (articles.Count == 0)
        {
            return Problems.Of(StatusCodes.Status400BadRequest, "No articles.", "The body holds no article; send one article or a non-empty array.");
        }
        if (articles.Count > MaxArticlesPerRequest)
        {
            return Problems.Of(StatusCodes.Status413PayloadTooLarge, "Too many articles.",
                $"The body holds {articles.Count} articles; send at most {MaxArticlesPerRequest} per request (or use 'parley code' for a corpus).");
        }

        var outcomes = new List<ArticleOutcome>(articles.Count);
        foreach (var article in articles)
        {
            context.RequestAborted.ThrowIfCancellationRequested();
            var clock = Stopwatch.StartNew();
            var processed = engine.ProcessInDetail(article);
            metrics.ArticleCoded(processed.Outcome.Failure is not null, processed.Outcome.Events.Count, processed.Tokens, clock.Elapsed);
            outcomes.Add(processed.Outcome);
        }
        await store.StoreAsync(outcomes, context.RequestAborted);
        return Results.Ok(new PostedArticles(
            [.. outcomes.Select(o => new PostedArticle(o.Article.Id, o.Events, o.Failure))],
            outcomes.Sum(o => o.Events.Count),
            warnings));
    }

    private static async Task<IResult> GetAsync(string id, ParleyEngine engine, IEventStore store, CancellationToken cancellationToken)
    {
        // Routing decodes every escape of the path but %2F (a slash inside a segment), which ids may hold.
        id = id.Replace("%2F", "/", StringComparison.OrdinalIgnoreCase);
        if (ArticleIds.Problem(id) is { } problem)
        {
            var errors = new RequestErrors();
            errors.Add("id", problem);
            return errors.ToProblem();
        }
        var article = await store.GetArticleAsync(id, cancellationToken);
        if (article is null)
        {
            return Problems.NotFound($"There is no article with id '{EventFilters.Shorten(id)}' in the store.");
        }
        var events = await store.QueryEventsAsync(new EventQuery { ArticleId = id }, cancellationToken);
        var failure = (await store.ListFailuresAsync(cancellationToken)).LastOrDefault(f => f.ArticleId == id);
        return Results.Ok(new ArticleView(
            new StoredArticle(article.Id, article.Date, article.Ref, article.Title, article.Url, article.Source, article.Origin, article.Text),
            engine.Pipeline.Sentences(article.Text),
            events,
            failure is null ? null : new ArticleFailure(failure.Stage, failure.Message)));
    }

    /// <summary>
    /// One article object per line: a JSON object as it is, each element of an array on its own line (written
    /// compactly, so a pretty-printed body still gives one line per article and line N is element N − 1).
    /// </summary>
    private static byte[] ToJsonLines(byte[] body, RequestErrors errors)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            errors.Add("body", $"is not valid JSON: {e.Message}");
            return [];
        }
        using (document)
        {
            var root = document.RootElement;
            IEnumerable<JsonElement> items = root.ValueKind switch
            {
                JsonValueKind.Object => [root],
                JsonValueKind.Array => root.EnumerateArray(),
                _ => [],
            };
            if (root.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))
            {
                errors.Add("body", $"is a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an article object or an array of them.");
                return [];
            }
            if (root.ValueKind == JsonValueKind.Array && root.GetArrayLength() == 0)
            {
                errors.Add("body", "is an empty array: it holds no article; send at least one.");
                return [];
            }
            using var lines = new MemoryStream();
            foreach (var item in items)
            {
                using (var writer = new Utf8JsonWriter(lines))
                {
                    item.WriteTo(writer);
                }
                lines.WriteByte((byte)'\n');
            }
            return lines.ToArray();
        }
    }

    /// <summary>True when the server takes writes without a key, or the request carries the key.</summary>
    private static bool HasApiKey(HttpRequest request, string? key)
    {
        if (string.IsNullOrEmpty(key))
        {
            return true;
        }
        string? given = request.Headers[ParleyServer.ApiKeyHeader].FirstOrDefault();
        if (given is null && request.Headers.Authorization.FirstOrDefault() is { } authorization
            && authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            given = authorization["Bearer ".Length..].Trim();
        }
        return given is not null
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), Encoding.UTF8.GetBytes(key));
    }

    private static IResult TooLarge(ServerOptions options) => Problems.Of(StatusCodes.Status413PayloadTooLarge, "The body is too large.",
        $"Requests are limited to {options.MaxRequestBytes:N0} bytes; send fewer or shorter articles per request.");
}

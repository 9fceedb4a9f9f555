using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
using Parley.Coding;
using Parley.Storage;

namespace Parley.Server.Api;

/// <summary><c>GET /v1/events</c>: the events that match the filters, a page at a time (JSON) or all of them streamed (JSON Lines, CSV).</summary>
internal static class EventEndpoints
{
    /// <summary>Events per JSON page when the request does not say.</summary>
    public const int DefaultPageSize = 100;

    /// <summary>The largest JSON page.</summary>
    public const int MaxPageSize = 1000;

    /// <summary>The largest limit of a JSON Lines or CSV export (read whole before it is written); without a limit, every event streams.</summary>
    public const int MaxExportLimit = 100_000;

    /// <summary>Events read from the store at a time while streaming an export.</summary>
    private const int ExportChunk = 2000;

    public static readonly IReadOnlyDictionary<string, string> PagingParameters = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["limit"] = $"Events per page (JSON: 1 to {MaxPageSize}, default {DefaultPageSize}; JSON Lines and CSV: 1 to {MaxExportLimit}, or every event when absent).",
        ["cursor"] = "The next_cursor of the previous page (JSON) or its X-Next-Cursor header, to read the next page.",
        ["order"] = "asc (oldest article first, default) or desc (newest first).",
        ["format"] = "json (default), jsonl or csv; the Accept header (application/x-ndjson, text/csv) also chooses.",
    };

    public static void Map(WebApplication app) =>
        app.MapGet("/v1/events", QueryAsync)
            .WithName("QueryEvents")
            .WithTags("Events")
            .WithSummary("The events that match every filter given, in article order, paged by cursor.")
            .WithDescription("Events as in docs/OUTPUT.md. JSON gives a page and next_cursor (null on the last page); JSON Lines and CSV stream every matching event (or limit of them) with the cursor after them in X-Next-Cursor.")
            .WithMetadata(new QueryParameters(EventFilters.Parameters, PagingParameters))
            .Produces<EventPage>(contentType: "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "application/x-ndjson")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest);

    private static async Task<IResult> QueryAsync(HttpContext context, IEventStore store)
    {
        var request = context.Request;
        var errors = new RequestErrors();
        var query = EventFilters.Read(request.Query, PagingParameters.Keys.ToList(), errors);
        string? Value(string name) => request.Query.TryGetValue(name, out var values) && values.Count == 1 ? values[0] : null;

        var format = Value("format") switch
        {
            null => FromAccept(request),
            "json" or "jsonl" or "csv" => Value("format")!,
            var other => errors.Invalid<string>("format", other, "json, jsonl or csv") ?? "json",
        };
        int? limit = null;
        if (Value("limit") is { } limitText)
        {
            var max = format == "json" ? MaxPageSize : MaxExportLimit;
            if (int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= max)
            {
                limit = n;
            }
            else
            {
                errors.Add("limit", string.Create(CultureInfo.InvariantCulture, $"'{EventFilters.Shorten(limitText)}' is not a whole number from 1 to {max}."));
            }
        }
        if (Value("cursor") is { } cursorText)
        {
            query = query with { After = CursorToken.Decode(cursorText) };
            if (query.After is null)
            {
                errors.Add("cursor", "is not a cursor this server gave; pass back next_cursor (or X-Next-Cursor) as it came.");
            }
        }
        query = query with
        {
            NewestFirst = Value("order") switch
            {
                null or "asc" => false,
                "desc" => true,
                var other => errors.Invalid<bool>("order", other, "asc or desc"),
            },
        };
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        if (format == "json")
        {
            var size = limit ?? DefaultPageSize;
            // One more than the page tells whether there is a next page, so the last page says so itself.
            var events = await store.QueryEventsAsync(query with { Limit = size + 1 }, context.RequestAborted);
            var page = events.Count > size ? events.Take(size).ToList() : events;
            var next = events.Count > size ? CursorToken.Encode(EventCursor.After(page[^1])) : null;
            return Results.Ok(new EventPage(page, next));
        }
        return new EventStream(store, query, limit, format);
    }

    private static string FromAccept(HttpRequest request)
    {
        foreach (var accept in request.GetTypedHeaders().Accept.OrderByDescending(a => a.Quality ?? 1))
        {
            var type = accept.MediaType.Value;
            if (type is "application/x-ndjson" or "application/jsonl")
            {
                return "jsonl";
            }
            if (type is "text/csv")
            {
                return "csv";
            }
            if (type is "application/json" or "*/*")
            {
                return "json";
            }
        }
        return "json";
    }

    /// <summary>
    /// Every matching event, read from the store a chunk at a time by cursor and written as it comes; or, with a limit,
    /// that many (read first, so that the cursor after them can go in the X-Next-Cursor header before the body).
    /// </summary>
    private sealed class EventStream(IEventStore store, EventQuery query, int? limit, string format) : IResult
    {
        public async Task ExecuteAsync(HttpContext context)
        {
            var response = context.Response;
            var cancel = context.RequestAborted;
            // The first events are read before anything is written, so that a store that does not answer is still a
            // problem document (503) rather than a 200 cut short.
            IReadOnlyList<EventRecord> first;
            string? nextCursor = null;
            if (limit is { } n)
            {
                var events = await store.QueryEventsAsync(query with { Limit = n + 1 }, cancel);
                first = events.Count > n ? events.Take(n).ToList() : events;
                if (events.Count > n)
                {
                    nextCursor = CursorToken.Encode(EventCursor.After(first[^1]));
                }
            }
            else
            {
                first = await store.QueryEventsAsync(query with { Limit = ExportChunk }, cancel);
            }
            response.ContentType = format == "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8";
            response.Headers[HeaderNames.ContentDisposition] = $"inline; filename=\"events.{format}\"";
            if (nextCursor is not null)
            {
                response.Headers["X-Next-Cursor"] = nextCursor;
            }
            await using var writer = new StreamWriter(response.Body, new UTF8Encoding(false), 64 * 1024);
            if (format == "csv")
            {
                EventCsv.WriteHeader(writer);
            }
            await WriteAsync(writer, first);
            var chunk = first;
            while (limit is null && chunk.Count == ExportChunk)
            {
                await writer.FlushAsync(cancel);
                chunk = await store.QueryEventsAsync(query with { After = EventCursor.After(chunk[^1]), Limit = ExportChunk }, cancel);
                await WriteAsync(writer, chunk);
            }
            await writer.FlushAsync(cancel);
        }

        private async Task WriteAsync(StreamWriter writer, IReadOnlyList<EventRecord> events)
        {
            foreach (var record in events)
            {
                if (format == "csv")
                {
                    EventCsv.WriteRecord(writer, record);
                }
                else
                {
                    await writer.WriteAsync(EventRecordJson.Serialize(record));
                    await writer.WriteAsync('\n');
                }
            }
        }
    }
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Parley.Engine;
using Parley.Storage;

namespace Parley.Server.Api;

/// <summary><c>GET /healthz</c> (is the store answering) and <c>GET /metrics</c> (Prometheus text).</summary>
internal static class HealthEndpoints
{
    private static readonly DateTimeOffset Started = DateTimeOffset.UtcNow;

    public static void Map(WebApplication app)
    {
        app.MapGet("/healthz", HealthAsync)
            .WithName("Health")
            .WithTags("Operations")
            .WithSummary("200 when the engine is loaded and the store answers, 503 when the store does not.")
            .Produces<Health>()
            .Produces<Health>(StatusCodes.Status503ServiceUnavailable);
        app.MapGet("/metrics", (ServerMetrics metrics) => Results.Text(metrics.ToPrometheusText(), "text/plain; version=0.0.4; charset=utf-8"))
            .WithName("Metrics")
            .WithTags("Operations")
            .WithSummary("Articles and events coded, failures, requests and latency since start, as Prometheus text.")
            .Produces<string>(contentType: "text/plain");
    }

    private static async Task<IResult> HealthAsync(ParleyEngine engine, IEventStore store, ServerOptions options, CancellationToken cancellationToken)
    {
        string? problem = null;
        try
        {
            await store.QueryEventsAsync(new EventQuery { Limit = 1 }, cancellationToken);
        }
        catch (EventStoreException e)
        {
            problem = e.Message;
        }
        var health = new Health(problem is null ? "ok" : "store unavailable", problem, options.StoreName, engine.ModelsDirectory, engine.DictionariesDirectory,
            (long)(DateTimeOffset.UtcNow - Started).TotalSeconds);
        return problem is null ? Results.Ok(health) : Results.Json(health, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}

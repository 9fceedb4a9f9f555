using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Parley.Storage;

namespace Parley.Server.Api;

/// <summary>
/// Counts over the events the filters select: <c>/v1/stats/timeseries</c> (cooperation and conflict per period, with
/// the Goldstein sum), <c>/v1/stats/dyads</c> (top dyads by quad class) and <c>/v1/stats/places</c> (event locations).
/// </summary>
internal static class StatsEndpoints
{
    private static readonly IReadOnlyDictionary<string, string> BucketParameter = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["bucket"] = "day, week (ISO, from Monday) or month (default).",
    };

    private static readonly IReadOnlyDictionary<string, string> DyadLimit = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["limit"] = "How many dyads, the busiest first (1 to 500, default 20).",
    };

    private static readonly IReadOnlyDictionary<string, string> PlaceLimit = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["limit"] = "How many places, the busiest first (1 to 5000, default 500).",
    };

    public static void Map(WebApplication app)
    {
        app.MapGet("/v1/stats/timeseries", TimeSeriesAsync)
            .WithName("TimeSeries")
            .WithTags("Statistics")
            .WithSummary("Events per day, week or month by quad class, with the Goldstein sum: cooperation and conflict over time.")
            .WithDescription("Periods without events are left out; the date is the one date_field names (an event dated to a month or a year counts in its first day's period); events without that date are left out.")
            .WithMetadata(new QueryParameters(EventFilters.Parameters, BucketParameter))
            .Produces<TimeSeries>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/v1/stats/dyads", DyadsAsync)
            .WithName("Dyads")
            .WithTags("Statistics")
            .WithSummary("The dyads (source country, target country) with the most events, counted by quad class.")
            .WithMetadata(new QueryParameters(EventFilters.Parameters, DyadLimit))
            .Produces<DyadTable>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapGet("/v1/stats/places", PlacesAsync)
            .WithName("Places")
            .WithTags("Statistics")
            .WithSummary("The geocoded places events took place at, with their event counts, the busiest first.")
            .WithMetadata(new QueryParameters(EventFilters.Parameters, PlaceLimit))
            .Produces<PlaceTable>()
            .ProducesProblem(StatusCodes.Status400BadRequest);
    }

    private static async Task<IResult> TimeSeriesAsync(HttpContext context, IEventStore store)
    {
        var errors = new RequestErrors();
        var query = EventFilters.Read(context.Request.Query, BucketParameter.Keys.ToList(), errors);
        var bucket = Single(context.Request.Query, "bucket") switch
        {
            null or "month" => TimeBucket.Month,
            "week" => TimeBucket.Week,
            "day" => TimeBucket.Day,
            var other => errors.Invalid<TimeBucket>("bucket", other, "day, week or month"),
        };
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var counts = await store.CountByPeriodAsync(query, bucket, context.RequestAborted);
        var periods = counts.GroupBy(c => c.Start).Select(g =>
        {
            long Count(int quadClass) => g.Where(c => c.QuadClass == quadClass).Sum(c => c.Count);
            return new PeriodRow(g.Key, Count(1), Count(2), Count(3), Count(4), g.Sum(c => c.Count), Math.Round(g.Sum(c => c.GoldsteinSum), 3));
        }).ToList();
        return Results.Ok(new TimeSeries(bucket.ToString().ToLowerInvariant(), periods));
    }

    private static async Task<IResult> DyadsAsync(HttpContext context, IEventStore store)
    {
        var errors = new RequestErrors();
        var query = EventFilters.Read(context.Request.Query, DyadLimit.Keys.ToList(), errors);
        var limit = Limit(context.Request.Query, 20, 500, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var totals = await store.TopDyadsAsync(query with { Limit = limit }, context.RequestAborted);
        var dyads = totals.Select(d => new DyadRow(d.SourceCountry, d.TargetCountry, d.VerbalCooperation, d.MaterialCooperation, d.VerbalConflict, d.MaterialConflict, d.Total)).ToList();
        return Results.Ok(new DyadTable(dyads));
    }

    private static async Task<IResult> PlacesAsync(HttpContext context, IEventStore store)
    {
        var errors = new RequestErrors();
        var query = EventFilters.Read(context.Request.Query, PlaceLimit.Keys.ToList(), errors);
        var limit = Limit(context.Request.Query, 500, 5000, errors);
        if (errors.Any)
        {
            return errors.ToProblem();
        }
        var places = await store.CountByPlaceAsync(query with { Limit = limit }, context.RequestAborted);
        return Results.Ok(new PlaceTable(places));
    }

    private static string? Single(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) && values.Count == 1 ? values[0] : null;

    private static int Limit(IQueryCollection query, int fallback, int max, RequestErrors errors)
    {
        if (Single(query, "limit") is not { } text)
        {
            return fallback;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit >= 1 && limit <= max)
        {
            return limit;
        }
        errors.Add("limit", string.Create(CultureInfo.InvariantCulture, $"'{EventFilters.Shorten(text)}' is not a whole number from 1 to {max}."));
        return fallback;
    }
}

using System.Net.Http.Headers;
using System.Text.Json;
using Parley.Coding;

namespace Parley.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class EventApiTests(RunningServer server)
{
    private HttpClient Client => server.Client;

    [Fact]
    public async Task The_events_of_a_dyad_are_all_of_that_dyad()
    {
        var page = await Json.GetAsync(Client, "v1/events?dyad=RUS-USA&limit=1000");

        var events = page.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e =>
        {
            Assert.Equal("RUS", e.GetProperty("source").GetProperty("country").GetString());
            Assert.Equal("USA", e.GetProperty("target").GetProperty("country").GetString());
        });
    }

    [Theory]
    [InlineData("quad_class=1", "quad_class", "1")]
    [InlineData("cameo_root=03", "cameo_root", "03")]
    [InlineData("modality=hypothetical", "modality", "hypothetical")]
    [InlineData("date_field=article&from=2025-07-22&to=2025-07-22", "article_date", "2025-07-22")]
    public async Task Every_event_a_filter_lets_through_has_what_it_asked_for(string filter, string field, string value)
    {
        var page = await Json.GetAsync(Client, "v1/events?limit=1000&" + filter);

        var events = page.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(value, e.GetProperty(field).ToString()));
    }

    [Fact]
    public async Task The_words_filter_finds_events_by_their_sentence()
    {
        var page = await Json.GetAsync(Client, "v1/events?q=peskov&limit=1000");

        var events = page.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Contains("Peskov", e.GetProperty("sentence").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pages_read_by_cursor_give_every_event_once_oldest_or_newest_first()
    {
        foreach (var order in new[] { "asc", "desc" })
        {
            var all = (await Json.GetAsync(Client, $"v1/events?limit=1000&order={order}")).GetProperty("events").EnumerateArray()
                .Select(e => e.GetProperty("event_id").GetString()).ToList();
            var paged = new List<string?>();
            string? cursor = null;
            do
            {
                var page = await Json.GetAsync(Client, $"v1/events?limit=7&order={order}" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
                paged.AddRange(page.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("event_id").GetString()));
                cursor = page.GetProperty("next_cursor").GetString();
            }
            while (cursor is not null);

            Assert.True(all.Count > 7);
            Assert.Equal(all, paged);
        }
    }

    [Fact]
    public async Task Json_lines_and_csv_carry_the_same_events_as_json()
    {
        var json = (await Json.GetAsync(Client, "v1/events?country=RUS&limit=1000")).GetProperty("events").EnumerateArray()
            .Select(e => e.GetProperty("event_id").GetString()).ToList();

        var jsonl = await Client.GetStringAsync("v1/events?country=RUS&format=jsonl");
        using var acceptCsv = new HttpRequestMessage(HttpMethod.Get, "v1/events?country=RUS");
        acceptCsv.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        using var csvResponse = await Client.SendAsync(acceptCsv);
        var csv = await csvResponse.Content.ReadAsStringAsync();

        Assert.Equal(json, jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => EventRecordJson.Deserialize(l)!.EventId));
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("schema,event_id,", rows[0], StringComparison.Ordinal);
        Assert.Equal(json.Count, rows.Length - 1);
    }

    [Fact]
    public async Task A_limited_export_says_where_the_next_one_starts()
    {
        using var first = await Client.GetAsync("v1/events?format=jsonl&limit=3");
        var cursor = Assert.Single(first.Headers.GetValues("X-Next-Cursor"));
        var rest = await Client.GetStringAsync("v1/events?format=jsonl&cursor=" + Uri.EscapeDataString(cursor));
        var all = await Client.GetStringAsync("v1/events?format=jsonl");

        Assert.Equal(all, await first.Content.ReadAsStringAsync() + rest);
    }

    [Theory]
    [InlineData("colour=red", "colour")]
    [InlineData("source_country=RUS'%20OR%201=1--", "source_country")]
    [InlineData("source_code=RUSGOV;DROP%20TABLE%20events", "source_code")]
    [InlineData("quad_class=5", "quad_class")]
    [InlineData("quad_class=1&quad_class=2", "quad_class")]
    [InlineData("from=2025-13-01", "from")]
    [InlineData("from=2025-07-02&to=2025-07-01", "to")]
    [InlineData("min_confidence=1.5", "min_confidence")]
    [InlineData("modality=likely", "modality")]
    [InlineData("dyad=RUSUSA", "dyad")]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=5000", "limit")]
    [InlineData("cursor=bm90IGEgY3Vyc29y", "cursor")]
    [InlineData("cursor=WyIyMDI1LTA3LTIyIiwiZXjsYW1wbGUiLDEsMiwieCJd", "cursor")] // a cursor holding invalid UTF-8 (found by fuzzing: was a 500)
    [InlineData("cursor=WyIyMDI1LTA3LTIyIiwiXHVkODAwIiwxLDIsIngiXQ", "cursor")] // a cursor holding a lone surrogate
    [InlineData("cursor=WyIyMDI1LTA3LTIyIiwiYVx1MDAwMGIiLDEsMiwieCJd", "cursor")] // a cursor holding NUL (a 500 with PostgreSQL)
    [InlineData("format=xml", "format")]
    [InlineData("order=sideways", "order")]
    public async Task A_bad_filter_is_400_naming_the_parameter_and_the_server_keeps_serving(string filter, string parameter)
    {
        using var response = await Client.GetAsync("v1/events?" + filter);

        var problem = await Json.ProblemAsync(response, 400);
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.GetRawText());
        Assert.True((await Client.GetAsync("v1/events?limit=1")).IsSuccessStatusCode);
    }

    [Theory]
    [InlineData("'; DROP TABLE events; --")]
    [InlineData("\" OR 1=1 --")]
    [InlineData("NEAR(a b) AND c*")]
    public async Task Sql_or_search_syntax_in_the_words_is_only_words(string words)
    {
        var page = await Json.GetAsync(Client, "v1/events?q=" + Uri.EscapeDataString(words));

        Assert.Equal(0, page.GetProperty("events").GetArrayLength());
        Assert.NotEmpty((await Json.GetAsync(Client, "v1/events?limit=1")).GetProperty("events").EnumerateArray());
    }

    [Fact]
    public async Task The_time_series_counts_the_dated_events_by_quad_class_with_their_goldstein_sum()
    {
        var events = (await Json.GetAsync(Client, "v1/events?country=RUS&limit=1000")).GetProperty("events").EnumerateArray().ToList();
        var series = await Json.GetAsync(Client, "v1/stats/timeseries?country=RUS&bucket=day");

        var periods = series.GetProperty("periods").EnumerateArray().ToList();
        var dated = events.Where(e => e.GetProperty("event_date").ValueKind == JsonValueKind.Object).ToList();
        Assert.Equal("day", series.GetProperty("bucket").GetString());
        Assert.Equal(dated.Count, periods.Sum(p => p.GetProperty("total").GetInt64()));
        Assert.Equal(dated.Count(e => e.GetProperty("quad_class").GetInt32() == 1), periods.Sum(p => p.GetProperty("verbal_cooperation").GetInt64()));
        Assert.Equal(Math.Round(dated.Sum(e => e.GetProperty("goldstein").GetDouble()), 3), Math.Round(periods.Sum(p => p.GetProperty("goldstein_sum").GetDouble()), 3));
        Assert.Equal(periods.Select(p => p.GetProperty("start").GetString()).Order(StringComparer.Ordinal), periods.Select(p => p.GetProperty("start").GetString()));
    }

    [Fact]
    public async Task The_dyad_table_puts_the_busiest_dyad_first()
    {
        var table = await Json.GetAsync(Client, "v1/stats/dyads?limit=5");

        var totals = table.GetProperty("dyads").EnumerateArray().Select(d => d.GetProperty("total").GetInt64()).ToList();
        Assert.NotEmpty(totals);
        Assert.True(totals.Count <= 5);
        Assert.Equal(totals.OrderDescending(), totals);
    }

    [Fact]
    public async Task The_places_are_the_geocoded_event_locations()
    {
        var places = (await Json.GetAsync(Client, "v1/stats/places")).GetProperty("places").EnumerateArray().ToList();
        var located = (await Json.GetAsync(Client, "v1/events?limit=1000")).GetProperty("events").EnumerateArray()
            .Count(e => e.GetProperty("location") is { ValueKind: JsonValueKind.Object } l && l.GetProperty("lat").ValueKind == JsonValueKind.Number);

        Assert.Equal(located, places.Sum(p => p.GetProperty("count").GetInt64()));
        Assert.All(places, p => Assert.InRange(p.GetProperty("lat").GetDouble(), -90, 90));
    }
}

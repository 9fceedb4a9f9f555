using System.Text.Json;
using Parley.Testing;
using PuppeteerSharp;

namespace Parley.Server.Tests;

/// <summary>
/// The dashboard as a person uses it, in real headless Chromium against the running server: load the page, filter
/// to a dyad and see the chart and the table change, open a story and see its marked spans, export the selection.
/// Set PARLEY_SCREENSHOTS to a folder to keep a screenshot of each view there.
/// </summary>
[Collection(ServerCollection.Name)]
public sealed class DashboardTests(RunningServer server) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly ScratchFolder _profile = new("parley-chromium");
    private IBrowser? _browser;
    private IPage _page = null!;

    public async Task InitializeAsync()
    {
        if (Chromium.Path is null)
        {
            return;
        }
        _browser = await Chromium.LaunchAsync(_profile.Path);
        _page = await _browser.NewPageAsync();
        _page.DefaultTimeout = (int)Patience.TotalMilliseconds;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
            await _browser.DisposeAsync();
        }
        _profile.Dispose();
    }

    [ChromiumFact]
    public async Task The_first_view_shows_the_time_series_the_map_the_dyads_and_the_events()
    {
        await OpenAsync("");

        Assert.True(await CountAsync("[data-testid=events] tbody tr[data-event-id]") > 0);
        Assert.True(await NumberAsync("[data-testid=chart]", "periods") > 0);
        Assert.True(await CountAsync("[data-testid=chart] canvas") > 0);
        Assert.True(await CountAsync("[data-testid=map] svg .countries path") > 100);
        Assert.True(await CountAsync("[data-testid=dyads] tbody tr[data-dyad]") > 0);
        Assert.Contains("dated events", await TextAsync("[data-testid=summary]"), StringComparison.Ordinal);
        await ScreenshotAsync("dashboard");
    }

    [ChromiumFact]
    public async Task Filtering_to_a_dyad_changes_the_chart_and_the_table_to_that_dyad()
    {
        await OpenAsync("");
        var allTotal = await NumberAsync("[data-testid=chart]", "total");
        var allRows = await CountAsync("[data-testid=events] tbody tr[data-event-id]");

        await _page.TypeAsync("input[name=source_country]", "RUS");
        await _page.TypeAsync("input[name=target_country]", "USA");
        await _page.Keyboard.PressAsync("Enter");
        await WaitReadyAsync("target_country=USA");

        var dyadTotal = await NumberAsync("[data-testid=chart]", "total");
        var rows = await _page.EvaluateExpressionAsync<string[][]>(
            "[...document.querySelectorAll('[data-testid=events] tbody tr[data-event-id]')].map(r => [...r.cells].map(c => c.textContent))");
        Assert.InRange(dyadTotal, 1, allTotal - 1);
        Assert.NotEmpty(rows);
        Assert.True(rows.Length < allRows || allRows == 50);
        Assert.All(rows, cells =>
        {
            Assert.StartsWith("RUS", cells[1], StringComparison.Ordinal);
            Assert.StartsWith("USA", cells[3], StringComparison.Ordinal);
        });
        Assert.Contains("source_country=RUS", _page.Url, StringComparison.Ordinal);
        await ScreenshotAsync("dyad");
    }

    [ChromiumFact]
    public async Task A_row_opens_its_story_with_source_target_trigger_and_time_marked_in_the_sentence()
    {
        await OpenAsync("#source_country=RUS&target_country=USA");

        var eventId = await _page.EvaluateExpressionAsync<string>("document.querySelector('[data-testid=events] tbody tr[data-event-id]').dataset.eventId");
        await _page.ClickAsync("[data-testid=events] tbody tr[data-event-id]");
        await _page.WaitForSelectorAsync("body[data-story=open] [data-testid=story] .sentence.current mark");

        var marks = await _page.EvaluateExpressionAsync<string[]>(
            "[...document.querySelectorAll('[data-testid=story-text] .sentence.current mark')].map(m => m.dataset.mark)");
        var selected = await _page.EvaluateExpressionAsync<string>("document.querySelector('[data-testid=story-events] li.selected').dataset.eventId");
        var why = await TextAsync("[data-testid=story-events] li.selected");
        Assert.Contains("source", marks);
        Assert.Contains("target", marks);
        Assert.Contains("trigger", marks);
        Assert.Equal(eventId, selected);
        Assert.Contains("confidence", why, StringComparison.Ordinal);
        Assert.Contains(".yaml#", why, StringComparison.Ordinal);
        // The marked words are the record's: the source mark holds the source's text.
        var record = await Json.GetAsync(server.Client, $"v1/events?source_country=RUS&target_country=USA&limit=1000");
        var marked = record.GetProperty("events").EnumerateArray().First(e => e.GetProperty("event_id").GetString() == eventId);
        var sourceMark = await _page.EvaluateExpressionAsync<string>(
            "document.querySelector('[data-testid=story-text] .sentence.current mark[data-mark=source]').firstChild.textContent");
        Assert.Equal(marked.GetProperty("source").GetProperty("text").GetString(), sourceMark);
        await ScreenshotAsync("story");

        await _page.ClickAsync("[data-testid=story-close]");
        await _page.WaitForSelectorAsync("[data-testid=story]", new WaitForSelectorOptions { Hidden = true });
    }

    [ChromiumFact]
    public async Task Export_gives_the_selection_as_csv_and_json_lines()
    {
        await OpenAsync("#source_country=RUS&target_country=USA");

        var csv = await _page.EvaluateExpressionAsync<string>("fetch(document.querySelector('[data-testid=export-csv]').href).then(r => r.text())");
        var jsonl = await _page.EvaluateExpressionAsync<string>("fetch(document.querySelector('[data-testid=export-jsonl]').href).then(r => r.text())");
        var csvDownload = await _page.EvaluateExpressionAsync<string>("document.querySelector('[data-testid=export-csv]').getAttribute('download')");

        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var header = rows[0].Split(',');
        var records = jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal("events.csv", csvDownload);
        Assert.NotEmpty(records);
        Assert.Equal(records.Count, rows.Length - 1);
        Assert.All(records, r => Assert.Equal("RUS", r.GetProperty("source").GetProperty("country").GetString()));
        Assert.All(rows.Skip(1), row => Assert.Contains(",RUS,", row, StringComparison.Ordinal));
        Assert.Contains("source_country", header);
    }

    [ChromiumFact]
    public async Task A_filter_the_api_refuses_is_shown_and_the_page_keeps_working()
    {
        await OpenAsync("");

        await _page.EvaluateExpressionAsync("location.hash = 'min_confidence=7'");
        await _page.WaitForSelectorAsync("[data-testid=problem]:not([hidden])");
        var message = await TextAsync("[data-testid=problem]");
        await _page.ClickAsync("[data-testid=clear]");
        await WaitReadyAsync(null);

        Assert.Contains("min_confidence", message, StringComparison.Ordinal);
        Assert.True(await CountAsync("[data-testid=events] tbody tr[data-event-id]") > 0);
    }

    private async Task OpenAsync(string fragment)
    {
        await _page.GoToAsync(new Uri(server.Address, "/" + fragment).ToString());
        await WaitReadyAsync(null);
    }

    /// <summary>Waits until the views show the address (one holding <paramref name="inUrl"/>, when given).</summary>
    private async Task WaitReadyAsync(string? inUrl)
    {
        if (inUrl is not null)
        {
            await _page.WaitForFunctionAsync($"() => location.hash.includes({JsonSerializer.Serialize(inUrl)})");
        }
        await _page.WaitForFunctionAsync("() => document.body.dataset.state === 'ready' && document.body.dataset.readyFor === location.hash.slice(1)");
    }

    private Task<int> CountAsync(string selector) => _page.EvaluateExpressionAsync<int>($"document.querySelectorAll({JsonSerializer.Serialize(selector)}).length");

    private Task<string> TextAsync(string selector) => _page.EvaluateExpressionAsync<string>($"document.querySelector({JsonSerializer.Serialize(selector)}).textContent");

    private async Task<long> NumberAsync(string selector, string data) =>
        long.Parse(await _page.EvaluateExpressionAsync<string>($"document.querySelector({JsonSerializer.Serialize(selector)}).dataset.{data}"), System.Globalization.CultureInfo.InvariantCulture);

    private async Task ScreenshotAsync(string name)
    {
        if (Environment.GetEnvironmentVariable("PARLEY_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await _page.ScreenshotAsync(Path.Combine(folder, name + ".png"));
        }
    }
}

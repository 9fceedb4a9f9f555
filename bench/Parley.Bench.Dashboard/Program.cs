using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Parley.Engine;
using Parley.Server;
using Parley.Storage;
using PuppeteerSharp;

// How long the dashboard takes in real headless Chromium over a store (fill one with 'parley bench api --db FILE', or a
// PostgreSQL database with --db postgres://…):
//   dotnet run -c Release --project bench/Parley.Bench.Dashboard -- FILE|postgres://… [ROUNDS] [CHROMIUM]
// Each round opens the first view in a new page (no cache) and times it to the moment every view is drawn; then
// filters to the busiest dyad, and opens a story. Medians and 90th percentiles over the rounds, in ms, and when the
// first view's files and API calls were asked for and received. PARLEY_BENCH_TRACE=FILE also keeps a Chrome trace.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: Parley.Bench.Dashboard DATABASE [ROUNDS] [CHROMIUM]");
    return 2;
}
var database = EventStore.IsPostgres(args[0]) ? args[0] : Path.GetFullPath(args[0]);
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
var chromium = args.Length > 2 ? args[2] : "/usr/bin/chromium";
var root = typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepositoryRoot").Value!;

// PARLEY_BENCH_DASHBOARD=DIR serves another build of the dashboard (to compare two builds, run them alternately).
var dashboard = Environment.GetEnvironmentVariable("PARLEY_BENCH_DASHBOARD") is { Length: > 0 } other ? Path.GetFullPath(other) : Path.Combine(root, "web", "dist");
var engine = ParleyEngine.Load(Path.Combine(root, "models"), Path.Combine(root, "dictionaries"));
await using var store = await EventStore.OpenAsync(database);
await using var app = ParleyServer.Create(
    new ServerOptions { Urls = ["http://127.0.0.1:0"], StoreName = EventStore.Describe(database), DashboardDirectory = dashboard }, engine, store);
await app.StartAsync();
var address = app.Urls.First();
var profile = Directory.CreateTempSubdirectory("parley-bench-chromium-");
await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
{
    ExecutablePath = chromium,
    Headless = true,
    UserDataDir = profile.FullName,
    DefaultViewport = new ViewPortOptions { Width = 1400, Height = 1000 },
    Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
});

// Where the first view's time went: when the page, its files and each API call were asked for and received, and when
// the scripts had run (DOMContentLoaded waits for the module), in ms from the navigation's start.
const string Steps = """
    (() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const steps = { 'page received': nav.responseEnd, 'scripts run (DOMContentLoaded)': nav.domContentLoadedEventStart };
      for (const r of performance.getEntriesByType('resource')) {
        const url = new URL(r.name);
        const name = url.pathname + (url.searchParams.has('limit') ? '?limit=' + url.searchParams.get('limit') : '');
        steps[name + ' asked'] = r.startTime;
        steps[name + ' received'] = r.responseEnd;
      }
      for (const m of performance.getEntriesByType('mark')) steps['mark ' + m.name] = m.startTime;
      return steps;
    })()
    """;
const string Ready = "() => document.body.dataset.state === 'ready' && document.body.dataset.readyFor === location.hash.slice(1)";
var firstView = new List<double>();
var dyadView = new List<double>();
var storyView = new List<double>();
var steps = new Dictionary<string, List<double>>(StringComparer.Ordinal);
string? dyad = null;
for (var round = 0; round <= rounds; round++)
{
    await using var page = await browser.NewPageAsync();
    await page.SetCacheEnabledAsync(false);
    page.DefaultTimeout = 120_000;
    // PARLEY_BENCH_TRACE=FILE keeps a Chrome trace of the last round's first view (open it in chrome://tracing or Perfetto).
    var trace = round == rounds ? Environment.GetEnvironmentVariable("PARLEY_BENCH_TRACE") : null;
    if (!string.IsNullOrEmpty(trace))
    {
        await page.Tracing.StartAsync(new TracingOptions { Path = trace, Screenshots = false });
    }
    await page.GoToAsync(address + "/");
    await page.WaitForFunctionAsync(Ready);
    if (!string.IsNullOrEmpty(trace))
    {
        await page.Tracing.StopAsync();
    }
    // performance.now() counts from the navigation's start: the page, its scripts, the four API calls, and drawing.
    var first = await page.EvaluateExpressionAsync<double>("performance.now()");
    if (round > 0)
    {
        foreach (var (step, at) in await page.EvaluateExpressionAsync<Dictionary<string, double>>(Steps))
        {
            (steps.TryGetValue(step, out var list) ? list : steps[step] = []).Add(at);
        }
    }
    dyad ??= await page.EvaluateExpressionAsync<string>("document.querySelector('[data-testid=dyads] tbody tr.pickable').dataset.dyad");

    var clock = Stopwatch.StartNew();
    await page.ClickAsync($"[data-testid=dyads] tbody tr[data-dyad='{dyad}']");
    await page.WaitForFunctionAsync($"() => location.hash.includes('target_country={dyad.Split('-')[1]}')");
    await page.WaitForFunctionAsync(Ready);
    var filtered = clock.Elapsed.TotalMilliseconds;

    clock.Restart();
    await page.ClickAsync("[data-testid=events] tbody tr[data-event-id]");
    await page.WaitForSelectorAsync("body[data-story=open] .sentence.current");
    var opened = clock.Elapsed.TotalMilliseconds;
    if (round > 0)
    {
        firstView.Add(first);
        dyadView.Add(filtered);
        storyView.Add(opened);
    }
}
await browser.CloseAsync();
await app.StopAsync();
profile.Delete(recursive: true);

static string Summary(List<double> times)
{
    var sorted = times.Order().ToList();
    return string.Create(CultureInfo.InvariantCulture, $"median {sorted[(sorted.Count - 1) / 2],7:N0}  p90 {sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(0.9 * sorted.Count) - 1)],7:N0}");
}
Console.WriteLine($"{EventStore.Describe(database)}, dashboard {dashboard}, {rounds} rounds after a warm-up, Chromium headless (ms)");
Console.WriteLine($"  first view drawn (from navigation)   {Summary(firstView)}");
Console.WriteLine($"  filter to the dyad {dyad,-8}         {Summary(dyadView)}");
Console.WriteLine($"  open a story                         {Summary(storyView)}");
Console.WriteLine("  where the first view's time went (ms from navigation, median over the rounds that have the step):");
foreach (var (step, times) in steps.OrderBy(s => s.Value.Order().ElementAt((s.Value.Count - 1) / 2)))
{
    Console.WriteLine($"    {step,-52} {Summary(times)}  ({times.Count} rounds)");
}
return 0;

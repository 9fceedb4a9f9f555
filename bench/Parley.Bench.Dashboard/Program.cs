using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Parley.Engine;
using Parley.Server;
using Parley.Storage.Sqlite;
using PuppeteerSharp;

// How long the dashboard takes in real headless Chromium over a store (fill one with 'parley bench api --db FILE'):
//   dotnet run -c Release --project bench/Parley.Bench.Dashboard -- FILE [ROUNDS] [CHROMIUM]
// Each round opens the first view in a new page (no cache) and times it to the moment every view is drawn; then
// filters to the busiest dyad, and opens a story. Medians and 90th percentiles over the rounds, in ms.
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: Parley.Bench.Dashboard DATABASE [ROUNDS] [CHROMIUM]");
    return 2;
}
var database = Path.GetFullPath(args[0]);
var rounds = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10;
var chromium = args.Length > 2 ? args[2] : "/usr/bin/chromium";
var root = typeof(Program).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "RepositoryRoot").Value!;

var engine = ParleyEngine.Load(Path.Combine(root, "models"), Path.Combine(root, "dictionaries"));
await using var store = await SqliteEventStore.OpenAsync(database);
await using var app = ParleyServer.Create(
    new ServerOptions { Urls = ["http://127.0.0.1:0"], StoreName = database, DashboardDirectory = Path.Combine(root, "web", "dist") }, engine, store);
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

const string Ready = "() => document.body.dataset.state === 'ready' && document.body.dataset.readyFor === location.hash.slice(1)";
var firstView = new List<double>();
var dyadView = new List<double>();
var storyView = new List<double>();
string? dyad = null;
for (var round = 0; round <= rounds; round++)
{
    await using var page = await browser.NewPageAsync();
    await page.SetCacheEnabledAsync(false);
    page.DefaultTimeout = 120_000;
    await page.GoToAsync(address + "/");
    await page.WaitForFunctionAsync(Ready);
    // performance.now() counts from the navigation's start: the page, its scripts, the four API calls, and drawing.
    var first = await page.EvaluateExpressionAsync<double>("performance.now()");
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
Console.WriteLine($"{database}, {rounds} rounds after a warm-up, Chromium headless (ms)");
Console.WriteLine($"  first view drawn (from navigation)   {Summary(firstView)}");
Console.WriteLine($"  filter to the dyad {dyad,-8}         {Summary(dyadView)}");
Console.WriteLine($"  open a story                         {Summary(storyView)}");
return 0;

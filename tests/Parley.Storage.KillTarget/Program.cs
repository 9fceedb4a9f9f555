using System.Globalization;
using Parley.Coding;
using Parley.Ingest;
using Parley.Storage;
using Parley.Storage.Sqlite;

// Usage: KillTarget <database> <round> <max batches>
// Stores batches of articles until it has stored max batches, is killed, or its standard input closes (the
// test that started it has gone, so it must not outlive it), printing "committed <n>" after
// each commit. Article "b<batch>-<i>-n<k>" has k events, all with rule "kill#round<round>", so a checker
// can tell a whole article from a partial one, and a later round from an earlier one. Every round
// starts again at batch 0, so it replaces the articles of earlier rounds before adding new ones.

var database = args[0];
var round = int.Parse(args[1], CultureInfo.InvariantCulture);
var maxBatches = int.Parse(args[2], CultureInfo.InvariantCulture);
const int ArticlesPerBatch = 20;

// Bounded by work and by the parent, never by a clock: how fast this machine writes must not decide anything.
var parentGone = new CancellationTokenSource();
_ = Task.Run(async () =>
{
    await Console.In.ReadToEndAsync();
    await parentGone.CancelAsync();
});
await using var store = await SqliteEventStore.OpenAsync(database);
var filler = string.Concat(Enumerable.Repeat("Envoys met in Geneva to discuss a ceasefire and the exchange of prisoners. ", 30));
for (var batch = 0; batch < maxBatches && !parentGone.IsCancellationRequested; batch++)
{
    var outcomes = new List<ArticleOutcome>(ArticlesPerBatch);
    for (var i = 0; i < ArticlesPerBatch; i++)
    {
        var eventCount = (batch * 7 + i * 3) % 25;
        var id = $"b{batch}-{i}-n{eventCount}";
        var article = new Article { Id = id, Date = new DateOnly(2025, 7, 1), Title = $"Story {id}", Body = filler, Origin = "kill-target" };
        var events = new List<EventRecord>(eventCount);
        for (var e = 0; e < eventCount; e++)
        {
            events.Add(new EventRecord
            {
                EventId = $"{id}-e{e}",
                ArticleId = id,
                ArticleDate = "2025-07-01",
                SentenceIndex = e,
                Sentence = filler[..200],
                Source = new EventActor("Russia", 0, 6, "RUSGOV", "RUS", ["GOV"], null),
                Target = new EventActor("Ukraine", 10, 17, "UKRGOV", "UKR", ["GOV"], null),
                Cameo = "036",
                CameoRoot = "03",
                CameoName = "Express intent to meet or negotiate",
                QuadClass = 1,
                Goldstein = 4.0,
                Trigger = new EventTrigger("met", 7, 10),
                Modality = Modality.Asserted,
                EventDate = new EventDate("2025-07-01", "day", "article", null),
                Confidence = 0.9,
                Rule = $"kill#round{round}",
            });
        }
        outcomes.Add(ArticleOutcome.Coded(article, events));
    }
    await store.StoreAsync(outcomes);
    Console.WriteLine($"committed {batch}");
}
return 0;

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Parley.Engine;
using Parley.Storage;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley bench store --db DB [--events N] [--batch ARTICLES] [--writers N]</c>: the write throughput of an event store alone, SQLite
/// file or PostgreSQL database. N synthetic events (<see cref="SyntheticCorpus"/>, ten to an article) are written through
/// <see cref="IEventStore.StoreAsync"/> in batches, once as new articles and once more as the same articles again (each
/// replacing its events, as coding an article again does); only the time inside the store counts, the synthetic
/// articles being made before. With several writers, that many batches are stored at once. Reports events/s and
/// articles/s of each pass, the batch size, this process's processor time per event inside the store, and its resident
/// memory before and at its peak while writing. The store must hold no events. Speed is measured here, never asserted by tests.
/// </summary>
public static class BenchStoreCommand
{
    /// <param name="loadCoder">Loads the coder from a dictionaries folder; the dictionary-driven one when null.</param>
    public static Command Create(Func<string, ArticleCoder>? loadCoder = null)
    {
        var database = new Option<string>("--db")
        {
            Description = "The store to write: a new SQLite file, or a PostgreSQL database (postgres://… or Host=…) that holds no events (one that does not exist yet is created).",
            Required = true,
        };
        var events = new Option<int>("--events")
        {
            Description = "How many events to write (ten to an article).",
            DefaultValueFactory = _ => 1_000_000,
        };
        events.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < SyntheticCorpus.EventsPerArticle)
            {
                result.AddError($"--events must be at least {SyntheticCorpus.EventsPerArticle}.");
            }
        });
        var batch = new Option<int>("--batch")
        {
            Description = "Articles per call to the store (one transaction each); the events of a batch are ten times as many.",
            DefaultValueFactory = _ => 1000,
        };
        batch.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--batch must be at least 1.");
            }
        });
        var writers = new Option<int>("--writers")
        {
            Description = "How many batches are stored at once (as that many workers would), each on its own connection.",
            DefaultValueFactory = _ => 1,
        };
        writers.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--writers must be at least 1.");
            }
        });
        var models = CommonOptions.Models();
        var dictionaries = CommonOptions.Dictionaries();
        var command = new Command("store", "Measure how fast an event store (SQLite or PostgreSQL) writes synthetic events in batches, and the memory it takes.");
        command.Options.Add(database);
        command.Options.Add(events);
        command.Options.Add(batch);
        command.Options.Add(writers);
        command.Options.Add(models);
        command.Options.Add(dictionaries);
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(database)!,
            parseResult.GetValue(events),
            parseResult.GetValue(batch),
            parseResult.GetValue(writers),
            parseResult.GetValue(models)?.FullName ?? CommonOptions.DefaultModelsDirectory,
            parseResult.GetValue(dictionaries)?.FullName ?? CommonOptions.DefaultDictionariesDirectory,
            loadCoder,
            parseResult.InvocationConfiguration,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string database, int events, int batch, int writers, string modelsDir, string dictionariesDir,
        Func<string, ArticleCoder>? loadCoder, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        var output = console.Output;
        var error = console.Error;
        var corpus = await MakeCorpusAsync(modelsDir, dictionariesDir, loadCoder, error, cancellationToken);
        if (corpus is null)
        {
            return ExitCodes.Failure;
        }
        var articles = events / SyntheticCorpus.EventsPerArticle;
        var invariant = CultureInfo.InvariantCulture;
        try
        {
            await using var store = await EventStore.OpenAsync(database, cancellationToken);
            var stored = (await store.CountByDyadAsync(EventQuery.All, cancellationToken)).Sum(d => d.Count);
            if (stored > 0)
            {
                error.WriteLine(string.Create(invariant,
                    $"parley: {EventStore.Describe(database)} already holds {stored:N0} events; the benchmark writes into an empty store. Give another --db (one that does not exist yet is created)."));
                return ExitCodes.UsageError;
            }

            var residentBefore = ResidentMegabytes();
            var peakReset = PeakResidentMemory.TryReset();
            var first = await WriteAsync(store, corpus, articles, batch, writers, "new articles", error, cancellationToken);
            var again = await WriteAsync(store, corpus, articles, batch, writers, "the same articles again", error, cancellationToken);
            var peak = PeakResidentMemory.Megabytes();

            var total = (long)articles * SyntheticCorpus.EventsPerArticle;
            output.WriteLine(string.Create(invariant, $"{(EventStore.IsPostgres(database) ? "PostgreSQL" : "SQLite")} store {EventStore.Describe(database)}"));
            output.WriteLine(string.Create(invariant,
                $"{total:N0} events: {articles:N0} synthetic articles of {SyntheticCorpus.EventsPerArticle} events ({first.Characters / (double)articles:N0} characters of text each), " +
                $"in batches of {batch:N0} articles ({batch * SyntheticCorpus.EventsPerArticle:N0} events), {(writers == 1 ? "one writer" : $"{writers} writers at once")}"));
            output.WriteLine();
            output.WriteLine("  Pass                        Seconds      Events/s    Articles/s   Parley's processor µs/event");
            foreach (var pass in new[] { first, again })
            {
                output.WriteLine(string.Create(invariant,
                    $"  {pass.Name,-24} {pass.Seconds,10:F2} {total / pass.Seconds,13:N0} {articles / pass.Seconds,13:N0} {pass.ProcessorSeconds * 1e6 / total,13:F1}"));
            }
            output.WriteLine();
            output.WriteLine(string.Create(invariant,
                $"only the time inside the store counts (making the articles took {first.MakingSeconds + again.MakingSeconds:F1} s more); the second pass replaces each article's events, as coding it again does"));
            var peakSpan = peakReset ? "while writing" : "since the process started (the peak could not be reset here)";
            output.WriteLine(string.Create(invariant,
                $"resident memory {residentBefore:N0} MB before writing (the models released), peak {peak:N0} MB {peakSpan}"));
        }
        catch (EventStoreException e)
        {
            error.WriteLine($"parley: {e.Message}");
            return ExitCodes.Failure;
        }
        return ExitCodes.Success;
    }

    /// <summary>The synthetic corpus, made from the samples as coded by the engine, which is then let go.</summary>
    private static async Task<SyntheticCorpus?> MakeCorpusAsync(string modelsDir, string dictionariesDir, Func<string, ArticleCoder>? loadCoder,
        TextWriter error, CancellationToken cancellationToken)
    {
        if (EngineLoader.Load(modelsDir, dictionariesDir, loadCoder, error) is not { } engine)
        {
            return null;
        }
        var corpus = await SyntheticCorpus.FromSamplesAsync(engine, dictionariesDir, error, cancellationToken);
        // The models and dictionaries are not needed to write: without them, the memory figures are the store's and the corpus's.
        engine = null;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return corpus;
    }

    private sealed record Pass(string Name, double Seconds, double ProcessorSeconds, double MakingSeconds, long Characters);

    private static async Task<Pass> WriteAsync(IEventStore store, SyntheticCorpus corpus, int articles, int batch, int writers, string name,
        TextWriter error, CancellationToken cancellationToken)
    {
        long storing = 0;
        long making = 0;
        var processor = TimeSpan.Zero;
        long characters = 0;
        const int ProgressEvery = 100_000;
        // A round is one batch for each writer, made before the clock starts, then stored by the writers at once.
        for (var start = 0; start < articles; start += batch * writers)
        {
            var began = Stopwatch.GetTimestamp();
            var batches = new List<List<ArticleOutcome>>(writers);
            for (var from = start; from < Math.Min(articles, start + (batch * writers)); from += batch)
            {
                var outcomes = new List<ArticleOutcome>(Math.Min(batch, articles - from));
                for (var i = from; i < from + outcomes.Capacity; i++)
                {
                    var outcome = corpus.Article(i, articles);
                    characters += outcome.Article.Text.Length;
                    outcomes.Add(outcome);
                }
                batches.Add(outcomes);
            }
            var made = Stopwatch.GetTimestamp();
            var processorBefore = Environment.CpuUsage.TotalTime;
            await Task.WhenAll(batches.Select(outcomes => Task.Run(() => store.StoreAsync(outcomes, cancellationToken), cancellationToken)));
            processor += Environment.CpuUsage.TotalTime - processorBefore;
            storing += Stopwatch.GetTimestamp() - made;
            making += made - began;
            var written = (long)(start + batches.Sum(b => b.Count)) * SyntheticCorpus.EventsPerArticle;
            if (written / ProgressEvery != (long)start * SyntheticCorpus.EventsPerArticle / ProgressEvery)
            {
                error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"parley: {name}: {written:N0} events, {written / Seconds(storing):N0} events/s so far"));
            }
        }
        // A mark for bench/store/run.sh, which reads the server's processor time here to give each pass its own share.
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"parley: {name}: done in {Seconds(storing):F2} s"));
        return new Pass(name, Seconds(storing), processor.TotalSeconds, Seconds(making), characters);
    }

    private static double Seconds(long ticks) => Math.Max((double)ticks / Stopwatch.Frequency, 1e-9);

    private static double ResidentMegabytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.WorkingSet64 / (1024.0 * 1024.0);
    }
}

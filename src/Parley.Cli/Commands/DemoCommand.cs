using System.CommandLine;
using System.Globalization;
using Parley.Engine;
using Parley.Ingest;
using Parley.Storage;
using Parley.Storage.Postgres;
using Spectre.Console;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley demo [--db FILE|postgres://…]</c>: codes the bundled sample stories into a fresh event database and shows what a
/// new user should see first: the events of the seed story, the counts by dyad and quad class from the database,
/// and where the database is with the commands to go on from there.
/// </summary>
public static class DemoCommand
{
    /// <summary>The story whose events the demo shows first (examples/ in the repository, samples/ beside the executable).</summary>
    public const string SeedStory = "seed-2025-07-22.txt";

    /// <param name="loadCoder">Loads the coder from a dictionaries folder; the dictionary-driven one when null.</param>
    public static Command Create(Func<string, ArticleCoder>? loadCoder = null)
    {
        var database = CommonOptions.Database(
            "The database to create (default: a new file in the temporary folder): a file that does not exist yet or is empty, " +
            "or a PostgreSQL database (postgres://user@host/db) that holds no articles yet.");
        var command = new Command("demo", "Code the bundled sample stories into a new database and show the events, the counts by dyad, and what to do next.");
        command.Options.Add(database);
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(database),
            loadCoder,
            parseResult.InvocationConfiguration,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string? database, Func<string, ArticleCoder>? loadCoder, InvocationConfiguration console,
        CancellationToken cancellationToken)
    {
        var error = console.Error;
        var samples = CommonOptions.DefaultSamplesDirectory;
        if (!Directory.Exists(samples))
        {
            error.WriteLine($"parley: the sample stories are missing from {samples}; build Parley again (the build copies examples/ there).");
            return ExitCodes.Failure;
        }
        string path;
        var postgres = database is not null && EventStore.IsPostgres(database);
        if (database is null)
        {
            path = NewTemporaryDatabase();
        }
        else if (postgres)
        {
            path = database;
        }
        else
        {
            var file = new FileInfo(database);
            path = file.FullName;
            // The demo fills a database of its own; adding the samples to someone's real data would be a surprise.
            if (Directory.Exists(path) || (file.Exists && file.Length > 0))
            {
                error.WriteLine($"parley: {path} already exists and is not empty; the demo codes into a new database. Remove it or give another --db.");
                return ExitCodes.UsageError;
            }
        }

        var screen = EventTable.CreateConsole(console.Output, CommonOptions.IsTerminal(console.Output));
        screen.MarkupLine($"Coding the sample stories in [bold]{Markup.Escape(samples)}[/] into [bold]{Markup.Escape(path)}[/]"
            + (database is null ? " (a new temporary database, kept afterwards so that you can look at it) …" : " …"));
        if (EngineLoader.Load(CommonOptions.DefaultModelsDirectory, CommonOptions.DefaultDictionariesDirectory, loadCoder, error) is not { } engine)
        {
            return ExitCodes.Failure;
        }

        var batch = new ArticleBatch(new IngestOptions(), error);
        var summary = new RunSummary();
        var failed = 0;
        try
        {
            await using var store = await EventStore.OpenAsync(path, cancellationToken).ConfigureAwait(false);
            if (store is PostgresEventStore shared && await shared.CountArticlesAsync(cancellationToken).ConfigureAwait(false) > 0)
            {
                error.WriteLine($"parley: {shared.Database} already holds articles; the demo codes into a new database. Give another --db (a database that does not exist yet is created).");
                return ExitCodes.UsageError;
            }
            var run = new CodingRun(engine, store, processed => ArticleFailures.Report(processed, error));
            Article? seed = null;
            await foreach (var article in batch.ReadAsync([samples], cancellationToken).ConfigureAwait(false))
            {
                await run.CodeAsync(article, cancellationToken).ConfigureAwait(false);
                if (Path.GetFileName(article.Origin) == SeedStory)
                {
                    seed = article;
                }
            }
            await run.CompleteAsync(cancellationToken).ConfigureAwait(false);
            failed = run.Failed;
            summary.Write(error, "coded", run.Coded, run.Events, batch.Skipped, run.Failed);
            screen.MarkupLine(string.Create(CultureInfo.InvariantCulture,
                $"Coded [bold]{run.Coded}[/] stories into [bold]{run.Events}[/] events{(run.Failed > 0 ? $"; {run.Failed} failed (see above)" : "")}."));
            screen.WriteLine();

            screen.Write(new Rule("[bold]1. Who did what to whom in the seed story[/]") { Justification = Justify.Left });
            if (seed is null)
            {
                screen.MarkupLine($"[yellow]The seed story {SeedStory} is not among the samples.[/]");
            }
            else
            {
                var events = await store.QueryEventsAsync(new EventQuery { ArticleId = seed.Id }, cancellationToken).ConfigureAwait(false);
                EventTable.WriteArticle(screen, seed, events);
            }

            screen.Write(new Rule("[bold]2. Events by dyad and quad class, from the database[/]") { Justification = Justify.Left });
            var dyads = await store.CountByDyadAsync(EventQuery.All, cancellationToken).ConfigureAwait(false);
            if (dyads.Count == 0)
            {
                screen.MarkupLine("[grey]No events in the database yet: the coder found none in the samples.[/]");
            }
            else
            {
                EventTable.WriteDyads(screen, dyads);
            }
            screen.WriteLine();

            screen.Write(new Rule("[bold]3. Next[/]") { Justification = Justify.Left });
            WriteNextSteps(console.Output, path, postgres, temporary: database is null);
        }
        catch (EventStoreException e)
        {
            error.WriteLine($"parley: {e.Message}");
            return ExitCodes.Failure;
        }
        return failed > 0 ? ExitCodes.SomeSkipped : batch.ExitCode;
    }

    // Plain lines, not Spectre's: it would break long commands at the console width, and they must paste as they are.
    private static void WriteNextSteps(TextWriter output, string path, bool postgres, bool temporary)
    {
        // A PostgreSQL database is shown without its password: psql asks for it, or reads ~/.pgpass.
        var shown = postgres ? EventStore.Describe(path) : path;
        var db = ShellQuote(shown);
        output.WriteLine($"The database is {shown}");
        if (temporary)
        {
            // Kept on purpose (the commands below use it), and said so: a demo leaves nothing behind silently.
            output.WriteLine($"It is a temporary file the demo made and keeps for you; remove it when done: rm {db}");
            output.WriteLine("(Give --db FILE to put the demo's database where you want it.)");
        }
        output.WriteLine(postgres
            ? "(PostgreSQL; each row of its events table is one event record, its fields flattened with _: source_code, event_date_value, …)."
            : "(SQLite, one file; each row of its events table is one event record, its fields flattened with _: source_code, event_date_value, …).");
        output.WriteLine();
        output.WriteLine("Code your own stories into it (files, folders, .jsonl, feeds; coding a story again replaces its events):");
        output.WriteLine($"  parley code my-stories/ --db {db}");
        output.WriteLine("Or write the events as a table, JSON Lines or CSV:");
        output.WriteLine("  parley code my-stories/ --format csv --out events.csv");
        output.WriteLine("Open it in the dashboard (then browse to http://127.0.0.1:5080/):");
        output.WriteLine($"  parley serve --db {db}");
        output.WriteLine("Ask the database directly:");
        foreach (var sql in (string[])[
            "SELECT article_date, source_code, cameo, cameo_name, target_code, modality, sentence FROM events LIMIT 20",
            "SELECT source_country, target_country, quad_class, count(*) FROM events GROUP BY 1, 2, 3 ORDER BY 4 DESC"])
        {
            output.WriteLine(postgres ? $"  psql {db} -c \"{sql}\"" : $"  sqlite3 {db} \"{sql}\"");
        }
    }

    private static string NewTemporaryDatabase()
    {
        while (true)
        {
            var path = Path.Combine(Path.GetTempPath(), string.Create(CultureInfo.InvariantCulture, $"parley-demo-{Random.Shared.Next():x8}.db"));
            if (!File.Exists(path))
            {
                return path;
            }
        }
    }

    // Paths with spaces or shell characters are quoted so the printed commands can be pasted as they are.
    private static string ShellQuote(string path) =>
        path.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '_' or '-' or '\\' or ':')
            ? path
            : "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}

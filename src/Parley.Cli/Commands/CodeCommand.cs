using System.CommandLine;
using Parley.Engine;
using Parley.Ingest;
using Parley.Storage;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley code INPUT... [--format table|jsonl|csv] [--out FILE] [--db FILE|postgres://…] [--date YYYY-MM-DD] [--models DIR] [--dictionaries DIR]</c>:
/// reads stories, runs the language pipeline and the event coder, and writes the events (docs/OUTPUT.md) and,
/// with <c>--db</c>, stores every article's outcome in an event store (a SQLite file or a PostgreSQL database).
/// </summary>
public static class CodeCommand
{
    /// <param name="loadCoder">Loads the coder from a dictionaries folder; the dictionary-driven one when null.</param>
    public static Command Create(Func<string, ArticleCoder>? loadCoder = null)
    {
        var inputs = CommonOptions.Inputs();
        var format = new Option<string>("--format")
        {
            Description = "Output format: table (for reading), jsonl (one event per line) or csv. Default: table on a terminal, else jsonl.",
        };
        format.AcceptOnlyFromAmong([.. EventOutput.Formats]);
        var output = CommonOptions.Output();
        var database = CommonOptions.Database(
            "Also store each article and its events (or its failure) in this SQLite file, created when absent, or in a PostgreSQL database " +
            "(postgres://user@host/db or Host=…;Database=…); coding an article again replaces its events.");
        var date = CommonOptions.Date();
        var models = CommonOptions.Models();
        var dictionaries = CommonOptions.Dictionaries();
        var petrarch = new Option<DirectoryInfo>("--petrarch")
        {
            Description = "Code with a PETRARCH dictionary set instead of Parley's patterns: its PETR_config.ini, else the *verbs*, *actors*, *agents* and *discards* files in DIR.",
        };
        var command = new Command("code", "Code stories into events: who did what to whom, when, where, and how sure the story is.");
        command.Arguments.Add(inputs);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(database);
        command.Options.Add(date);
        command.Options.Add(models);
        command.Options.Add(dictionaries);
        command.Options.Add(petrarch);
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            new CodeArguments(
                parseResult.GetValue(inputs) ?? [],
                parseResult.GetValue(format),
                parseResult.GetValue(output),
                parseResult.GetValue(database),
                parseResult.GetValue(date),
                parseResult.GetValue(models)?.FullName ?? CommonOptions.DefaultModelsDirectory,
                parseResult.GetValue(petrarch)?.FullName ?? parseResult.GetValue(dictionaries)?.FullName ?? CommonOptions.DefaultDictionariesDirectory),
            parseResult.GetValue(petrarch) is null ? loadCoder : PetrarchCoders.Loader(parseResult.GetValue(dictionaries)?.FullName ?? CommonOptions.DefaultDictionariesDirectory,
                parseResult.InvocationConfiguration.Error),
            parseResult.InvocationConfiguration,
            cancellationToken));
        return command;
    }

    private sealed record CodeArguments(string[] Inputs, string? Format, FileInfo? OutFile, string? Database, DateOnly? Date,
        string ModelsDir, string DictionariesDir);

    private static async Task<int> RunAsync(CodeArguments args, Func<string, ArticleCoder>? loadCoder, InvocationConfiguration console,
        CancellationToken cancellationToken)
    {
        var error = console.Error;
        var terminal = args.OutFile is null && CommonOptions.IsTerminal(console.Output);
        var format = args.Format ?? (terminal ? "table" : "jsonl");
        if (EngineLoader.Load(args.ModelsDir, args.DictionariesDir, loadCoder, error) is not { } engine)
        {
            return ExitCodes.Failure;
        }

        IEventStore? store = null;
        if (args.Database is not null)
        {
            try
            {
                store = await EventStore.OpenAsync(args.Database, cancellationToken).ConfigureAwait(false);
            }
            catch (EventStoreException e)
            {
                error.WriteLine($"parley: {e.Message}");
                return ExitCodes.Failure;
            }
        }

        var batch = new ArticleBatch(new IngestOptions { DefaultDate = args.Date }, error);
        var summary = new RunSummary();
        CodingRun? run = null;
        RecordOutput? owned = null;
        Exception? failure = null;
        try
        {
            owned = OpenOwnedOutput(args.OutFile, console.Output, format);
            using var output = EventOutput.Create(format, owned?.Writer ?? console.Output, terminal);
            owned?.Commit();
            using var progress = new ProgressDisplay(error, "coded", enabled: CommonOptions.ShowProgress(error, terminal));
            run = new CodingRun(engine, store, processed =>
            {
                ArticleFailures.Report(processed, error);
                progress.Advance(processed.Tokens);
            });
            await foreach (var article in batch.ReadAsync(args.Inputs, cancellationToken).ConfigureAwait(false))
            {
                var outcome = await run.CodeAsync(article, cancellationToken).ConfigureAwait(false);
                if (outcome.Failure is null)
                {
                    output.Write(article, outcome.Events);
                    // Each article's events are pushed out whole: a later failed write leaves complete records only.
                    owned?.Commit();
                }
            }
            await run.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (FatalErrors.IsEnvironmental(e))
        {
            owned?.Abandon();
            failure = e;
        }
        finally
        {
            if (owned is not null)
            {
                failure = await FatalErrors.CloseAsync(owned.DisposeAsync, failure).ConfigureAwait(false);
            }
            if (store is not null)
            {
                failure = await FatalErrors.CloseAsync(store.DisposeAsync, failure).ConfigureAwait(false);
            }
        }
        if (failure is not null)
        {
            return FatalErrors.Report(failure, error, owned?.Name ?? args.OutFile?.FullName);
        }

        if (batch.Articles == 0 && batch.Skipped == 0)
        {
            error.WriteLine("parley: no articles found in the inputs.");
            return ExitCodes.SomeSkipped;
        }
        summary.Write(error, "coded", run!.Coded, run.Events, batch.Skipped, run.Failed);
        return run.Failed > 0 ? ExitCodes.SomeSkipped : batch.ExitCode;
    }

    /// <summary>
    /// The output this command opens and must close: the <c>--out</c> file, or the process's standard output (buffered:
    /// Console.Out flushes on every write) for machine formats. Null when the events go to the caller's writer as it
    /// is: a table for a terminal, or an output a caller captures.
    /// </summary>
    private static RecordOutput? OpenOwnedOutput(FileInfo? outFile, TextWriter consoleOutput, string format)
    {
        if (outFile is not null)
        {
            return RecordOutput.Open(outFile);
        }
        if (format != "table" && ReferenceEquals(consoleOutput, Console.Out))
        {
            return RecordOutput.Open(null);
        }
        return null;
    }
}

using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;
using Parley.Engine;
using Parley.Server;
using Parley.Storage;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley serve [--db FILE] [--urls URL] [--api-key KEY] [--models DIR] [--dictionaries DIR]</c>: the HTTP API and the
/// dashboard over an event store, on loopback unless told otherwise; until Ctrl+C.
/// </summary>
public static class ServeCommand
{
    /// <summary>The environment variable that gives the API key when <c>--api-key</c> does not.</summary>
    public const string ApiKeyVariable = "PARLEY_API_KEY";

    /// <param name="loadCoder">Loads the coder from a dictionaries folder; the dictionary-driven one when null.</param>
    public static Command Create(Func<string, ArticleCoder>? loadCoder = null)
    {
        var database = new Option<string>("--db")
        {
            Description = "The event store to serve and to store posted articles in: a SQLite file (created when absent) or a PostgreSQL database (postgres://…). Default: parley.db in the current folder.",
        };
        var urls = new Option<string[]>("--urls")
        {
            Description = $"Where to listen (default {ServerOptions.DefaultUrl}, this machine only). An address beyond loopback needs an API key for writes.",
            AllowMultipleArgumentsPerToken = true,
        };
        var apiKey = new Option<string>("--api-key")
        {
            Description = $"The key writes (POST /v1/articles) must carry in X-Api-Key; default: the {ApiKeyVariable} environment variable.",
        };
        var models = CommonOptions.Models();
        var dictionaries = CommonOptions.Dictionaries();
        var command = new Command("serve", "Serve the HTTP API and the dashboard over an event store (open the printed address in a browser).");
        command.Options.Add(database);
        command.Options.Add(urls);
        command.Options.Add(apiKey);
        command.Options.Add(models);
        command.Options.Add(dictionaries);
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(database) is { Length: > 0 } db ? (EventStore.IsPostgres(db) ? db : Path.GetFullPath(db)) : Path.GetFullPath("parley.db"),
            parseResult.GetValue(urls) is { Length: > 0 } given ? given : [ServerOptions.DefaultUrl],
            parseResult.GetValue(apiKey) ?? Environment.GetEnvironmentVariable(ApiKeyVariable),
            parseResult.GetValue(models)?.FullName ?? CommonOptions.DefaultModelsDirectory,
            parseResult.GetValue(dictionaries)?.FullName ?? CommonOptions.DefaultDictionariesDirectory,
            loadCoder,
            parseResult.InvocationConfiguration,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string database, string[] urls, string? apiKey, string modelsDir, string dictionariesDir,
        Func<string, ArticleCoder>? loadCoder, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        var output = console.Output;
        var error = console.Error;
        var options = new ServerOptions { Urls = urls, ApiKey = string.IsNullOrEmpty(apiKey) ? null : apiKey, StoreName = EventStore.Describe(database) };
        try
        {
            foreach (var url in urls)
            {
                if (!ParleyServer.IsLoopback(url) && options.ApiKey is null)
                {
                    error.WriteLine($"parley: {url} is reachable from other machines, so writes need an API key: give --api-key KEY or set {ApiKeyVariable}.");
                    return ExitCodes.UsageError;
                }
            }
        }
        catch (ArgumentException e)
        {
            error.WriteLine($"parley: {e.Message}");
            return ExitCodes.UsageError;
        }
        if (EngineLoader.Load(modelsDir, dictionariesDir, loadCoder, error) is not { } engine)
        {
            return ExitCodes.Failure;
        }
        IEventStore store;
        try
        {
            store = await EventStore.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        }
        catch (EventStoreException e)
        {
            error.WriteLine($"parley: {e.Message}");
            return ExitCodes.Failure;
        }
        await using (store.ConfigureAwait(false))
        {
            var app = ParleyServer.Create(options, engine, store, logging => logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
            await using (app.ConfigureAwait(false))
            {
                try
                {
                    await app.StartAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (IOException e)
                {
                    // Kestrel reports an address in use (or not available) as an IOException naming it.
                    error.WriteLine($"parley: cannot listen on {string.Join(", ", urls)}: {e.Message}");
                    return ExitCodes.Failure;
                }
                output.WriteLine($"Parley is serving {options.StoreName}");
                foreach (var url in app.Urls)
                {
                    output.WriteLine($"  dashboard      {url}/");
                    output.WriteLine($"  API reference  {url}/docs");
                    output.WriteLine($"  events         {url}/v1/events?limit=10");
                }
                output.WriteLine("Press Ctrl+C to stop.");
                // Ctrl+C cancels the command's token; SIGTERM (a service manager, docker stop) reaches the host's own
                // console lifetime instead, which only signals ApplicationStopping: either ends the wait.
                using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, app.Lifetime.ApplicationStopping);
                try
                {
                    await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Stop serving and close the store.
                }
                await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }
        return ExitCodes.Success;
    }
}

using System.CommandLine;
using Parley.Cli.Commands;
using Parley.Engine;

namespace Parley.Cli;

/// <summary>The root <c>parley</c> command: builds the command tree and maps parse errors to exit code 2.</summary>
public static class ParleyCommand
{
    /// <param name="loadCoder">
    /// Loads the event coder from a dictionaries folder for <c>code</c>, <c>demo</c> and <c>bench</c>; the dictionary-driven
    /// <see cref="Parley.Coding.EventCoder"/> when null. Tests pass their own to check what the commands do with events.
    /// </param>
    public static RootCommand Create(Func<string, ArticleCoder>? loadCoder = null)
    {
        var root = new RootCommand("Parley: who did what to whom, when, where, and how sure the story is.");
        root.Subcommands.Add(CodeCommand.Create(loadCoder));
        root.Subcommands.Add(DemoCommand.Create(loadCoder));
        root.Subcommands.Add(AnnotateCommand.Create());
        root.Subcommands.Add(BenchCommand.Create(loadCoder));
        root.Subcommands.Add(ServeCommand.Create(loadCoder));
        root.Subcommands.Add(TrainCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(DictionariesCommand.Create());
        root.Subcommands.Add(ActorsCommand.Create());
        root.Subcommands.Add(SubmitCommand.Create());
        root.Subcommands.Add(WorkerCommand.Create(loadCoder));
        root.Subcommands.Add(QueueCommand.Create());
        return root;
    }

    public static int Run(string[] args, TextWriter? output = null, TextWriter? error = null, Func<string, ArticleCoder>? loadCoder = null)
    {
        var root = Create(loadCoder);
        var result = root.Parse(args);
        var config = new InvocationConfiguration();
        if (output is not null)
        {
            config.Output = output;
        }
        if (error is not null)
        {
            config.Error = error;
        }
        if (result.Errors.Count > 0)
        {
            var err = error ?? Console.Error;
            foreach (var parseError in result.Errors)
            {
                err.WriteLine($"parley: {parseError.Message}");
            }
            err.WriteLine("Try 'parley --help'.");
            return ExitCodes.UsageError;
        }
        // Whatever a command lets escape ends the run with one line and exit code 3 (FatalErrors), never a stack trace.
        config.EnableDefaultExceptionHandler = false;
        try
        {
            return result.Invoke(config);
        }
        catch (OperationCanceledException)
        {
            return ExitCodes.Failure;
        }
        catch (Exception e)
        {
            return FatalErrors.Report(e, error ?? Console.Error);
        }
    }
}

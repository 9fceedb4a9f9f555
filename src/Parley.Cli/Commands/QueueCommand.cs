using System.CommandLine;
using System.Globalization;
using Parley.Queue;

namespace Parley.Cli.Commands;

/// <summary><c>parley queue status [--nats URL] [--dead N]</c>: the work queue's counts (submitted, pending, in flight, done, dead-lettered) and its latest dead letters.</summary>
public static class QueueCommand
{
    public static Command Create()
    {
        var queue = new Command("queue", "Look at the work queue that 'parley submit' fills and 'parley worker' empties.");
        queue.Subcommands.Add(CreateStatus());
        return queue;
    }

    private static Command CreateStatus()
    {
        var nats = CommonOptions.Nats();
        var dead = new Option<int>("--dead")
        {
            Description = "Also list up to this many dead letters, with their reasons (default 10; 0 for none).",
            DefaultValueFactory = _ => 10,
        };
        var command = new Command("status", "Show how many articles are pending, in flight, done and dead-lettered.");
        command.Options.Add(nats);
        command.Options.Add(dead);
        command.SetAction((parseResult, cancellationToken) => RunStatusAsync(
            parseResult.GetValue(nats)!, parseResult.GetValue(dead), parseResult.InvocationConfiguration, cancellationToken));
        return command;
    }

    private static async Task<int> RunStatusAsync(string url, int deadLimit, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        if (deadLimit < 0)
        {
            console.Error.WriteLine("parley: --dead takes a count of 0 or more.");
            return ExitCodes.UsageError;
        }
        try
        {
            await using var queue = await WorkQueue.ConnectAsync(url, cancellationToken: cancellationToken).ConfigureAwait(false);
            var status = await queue.StatusAsync(cancellationToken).ConfigureAwait(false);
            var output = console.Output;
            output.WriteLine($"Work queue on {url}:");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  submitted      {status.Submitted,10:N0}"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  pending        {status.Pending,10:N0}   waiting for a worker"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  in flight      {status.InFlight,10:N0}   with a worker, or waiting to be tried again"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  done           {status.Done,10:N0}   stored and acknowledged"));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  dead-lettered  {status.DeadLettered,10:N0}   given up on (also in the store's failures)"));
            if (deadLimit > 0 && status.DeadLettered > 0)
            {
                output.WriteLine();
                output.WriteLine(status.DeadLettered > deadLimit ? $"The first {deadLimit} dead letters:" : "Dead letters:");
                foreach (var letter in await queue.ReadDeadLettersAsync(deadLimit, cancellationToken).ConfigureAwait(false))
                {
                    output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"  {letter.Origin ?? "(unreadable message)"} [{letter.ArticleId ?? "?"}] after {letter.Deliveries} deliveries: {letter.Reason}"));
                }
            }
            return ExitCodes.Success;
        }
        catch (WorkQueueException e)
        {
            console.Error.WriteLine($"parley: {e.Message}");
            return ExitCodes.Failure;
        }
    }
}

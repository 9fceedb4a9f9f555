using System.CommandLine;
using System.Globalization;
using Parley.Ingest;
using Parley.Queue;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley submit INPUT... [--nats URL] [--date YYYY-MM-DD]</c>: reads stories as <c>code</c> does and puts each in the
/// work queue for <c>parley worker</c>. An article already submitted within the queue's duplicate window is not queued
/// again (the message id is the article id).
/// </summary>
public static class SubmitCommand
{
    // Publishes in flight at once: enough to hide the round trip to the server, few enough to bound memory.
    private const int InFlight = 64;

    public static Command Create()
    {
        var inputs = CommonOptions.Inputs();
        var nats = CommonOptions.Nats();
        var date = CommonOptions.Date();
        var command = new Command("submit", "Put stories in the work queue for 'parley worker' to code and store.");
        command.Arguments.Add(inputs);
        command.Options.Add(nats);
        command.Options.Add(date);
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(inputs) ?? [],
            parseResult.GetValue(nats)!,
            parseResult.GetValue(date),
            parseResult.InvocationConfiguration,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] inputs, string url, DateOnly? date, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        var error = console.Error;
        WorkQueue queue;
        try
        {
            queue = await WorkQueue.ConnectAsync(url, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (WorkQueueException e)
        {
            error.WriteLine($"parley: {e.Message}");
            return ExitCodes.Failure;
        }
        await using (queue.ConfigureAwait(false))
        {
            var batch = new ArticleBatch(new IngestOptions { DefaultDate = date }, error);
            var counts = new Dictionary<SubmitResult, int>();
            var pending = new List<(Article Article, Task<SubmitResult> Result)>();
            try
            {
                await foreach (var article in batch.ReadAsync(inputs, cancellationToken).ConfigureAwait(false))
                {
                    pending.Add((article, queue.SubmitAsync(article, cancellationToken)));
                    if (pending.Count >= InFlight)
                    {
                        await CollectAsync(pending, counts, error).ConfigureAwait(false);
                    }
                }
                await CollectAsync(pending, counts, error).ConfigureAwait(false);
            }
            catch (WorkQueueException e)
            {
                error.WriteLine($"parley: {e.Message}");
                error.WriteLine($"parley: {counts.GetValueOrDefault(SubmitResult.Queued)} articles were queued before that; submitting the same inputs again queues only the rest.");
                return ExitCodes.Failure;
            }

            if (batch.Articles == 0 && batch.Skipped == 0)
            {
                error.WriteLine("parley: no articles found in the inputs.");
                return ExitCodes.SomeSkipped;
            }
            var queued = counts.GetValueOrDefault(SubmitResult.Queued);
            var duplicates = counts.GetValueOrDefault(SubmitResult.Duplicate);
            var tooLarge = counts.GetValueOrDefault(SubmitResult.TooLarge);
            console.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Queued {queued:N0} articles on {url}{(duplicates > 0 ? $"; {duplicates:N0} were already queued within {WorkQueue.DuplicateWindow.TotalHours:0} h and were not queued again" : "")}{(tooLarge > 0 ? $"; {tooLarge:N0} too large for the queue (see above)" : "")}."));
            console.Output.WriteLine($"Code them with: parley worker --nats {url} --db DATABASE    (see them with: parley queue status --nats {url})");
            return tooLarge > 0 ? ExitCodes.SomeSkipped : batch.ExitCode;
        }
    }

    private static async Task CollectAsync(List<(Article Article, Task<SubmitResult> Result)> pending, Dictionary<SubmitResult, int> counts, TextWriter error)
    {
        foreach (var (article, submitted) in pending)
        {
            var result = await submitted.ConfigureAwait(false);
            counts[result] = counts.GetValueOrDefault(result) + 1;
            if (result == SubmitResult.TooLarge)
            {
                error.WriteLine($"parley: {article.Origin}: the article is too large for one queue message; code it with 'parley code', or raise the server's max_payload.");
            }
        }
        pending.Clear();
    }
}

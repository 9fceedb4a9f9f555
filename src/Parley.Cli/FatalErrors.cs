using Parley.Storage;

namespace Parley.Cli;

/// <summary>
/// How a command says that the run cannot go on: one line on standard error, exit code 3 (<see cref="ExitCodes.Failure"/>),
/// never a stack trace. <see cref="ParleyCommand.Run"/> applies it to whatever escapes a command, so a command only
/// catches a failure itself when it can say more than the exception does (which file, which database).
/// </summary>
public static class FatalErrors
{
    /// <summary>
    /// True for a failure of the world outside Parley rather than of its code: a file, disk, pipe or terminal that
    /// cannot be written or read (disk full, output closed, permission denied), or a database that cannot be used.
    /// </summary>
    public static bool IsEnvironmental(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException or EventStoreException => true,
        AggregateException { InnerExceptions.Count: 1 } aggregate => IsEnvironmental(aggregate.InnerExceptions[0]),
        _ => false,
    };

    /// <summary>
    /// Writes the one line that ends a run on <paramref name="e"/> to <paramref name="error"/> and returns the exit code 3.
    /// <paramref name="what"/> names what could not be written ("/tmp/events.csv", "the output") when the caller knows.
    /// Writing the line itself may fail (standard error closed too); that is ignored, the exit code still says it.
    /// </summary>
    public static int Report(Exception e, TextWriter error, string? what = null)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(error);
        if (e is AggregateException { InnerExceptions.Count: 1 } aggregate)
        {
            e = aggregate.InnerExceptions[0];
        }
        string line = e switch
        {
            EventStoreException store => $"parley: {OneLine(store.Message)}",
            IOException or UnauthorizedAccessException when what is not null => $"parley: cannot write {what}: {OneLine(e.Message)}",
            IOException or UnauthorizedAccessException => $"parley: cannot go on: {OneLine(e.Message)}",
            // A fault of Parley's own: still one line (type and message), and still the exit code that says the run stopped.
            _ => $"parley: cannot go on: internal error ({e.GetType().Name}): {OneLine(e.Message)}",
        };
        try
        {
            error.WriteLine(line);
            error.Flush();
        }
        catch (Exception written) when (written is IOException or ObjectDisposedException)
        {
            // Nowhere left to say it.
        }
        return ExitCodes.Failure;
    }

    /// <summary>Runs <paramref name="cleanUp"/> (closing a file, a database), keeping only the first failure: a close that fails after a failed write must not hide it.</summary>
    public static async Task<Exception?> CloseAsync(Func<ValueTask> cleanUp, Exception? earlier)
    {
        ArgumentNullException.ThrowIfNull(cleanUp);
        try
        {
            await cleanUp().ConfigureAwait(false);
            return earlier;
        }
        catch (Exception e) when (IsEnvironmental(e))
        {
            return earlier ?? e;
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}

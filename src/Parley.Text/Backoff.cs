using System.Diagnostics;

namespace Parley.Text;

/// <summary>
/// Tries an operation again after a fault that waiting may mend (a server that is away, starting or restarting), with
/// waits that start at <see cref="First"/> and double up to <see cref="Longest"/>. Here, in the project that every other
/// depends on, so that whatever waits out a server (the store, the work queue) waits alike without one of them
/// depending on the other.
/// </summary>
/// <param name="First">The first wait; each next one is twice as long.</param>
/// <param name="Longest">The longest wait: a server that comes back is found within it.</param>
public sealed record Backoff(TimeSpan First, TimeSpan Longest)
{
    /// <summary>
    /// Runs <paramref name="attempt"/> until it returns, waiting out every <typeparamref name="TFault"/> for as long as it
    /// takes; <paramref name="waiting"/> hears of each with the wait ahead. Any other exception is thrown at once.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the attempt succeeded.</exception>
    public Task<T> RetryAsync<T, TFault>(Func<CancellationToken, Task<T>> attempt, Action<TFault, TimeSpan> waiting, CancellationToken cancellationToken = default)
        where TFault : Exception
    {
        ArgumentNullException.ThrowIfNull(waiting);
        return RetryAsync<T, TFault>(attempt, _ => true, Timeout.InfiniteTimeSpan, (fault, wait, _) => waiting(fault, wait),
            fault => fault, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="attempt"/> until it returns, waiting out each <typeparamref name="TFault"/> that
    /// <paramref name="mendable"/> accepts for at most <paramref name="patience"/> in all; <paramref name="waiting"/> hears
    /// of each with the wait ahead and the patience left (a wait never outlasts what is left). Once the patience is spent,
    /// the exception <paramref name="givingUp"/> makes of the last fault is thrown. A fault that is not mendable, or any
    /// fault when <paramref name="patience"/> is zero, is thrown as it is, at once. <see cref="Timeout.InfiniteTimeSpan"/>
    /// waits for as long as it takes.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled before the attempt succeeded.</exception>
    public async Task<T> RetryAsync<T, TFault>(
        Func<CancellationToken, Task<T>> attempt,
        Func<TFault, bool> mendable,
        TimeSpan patience,
        Action<TFault, TimeSpan, TimeSpan> waiting,
        Func<TFault, Exception> givingUp,
        CancellationToken cancellationToken = default)
        where TFault : Exception
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(mendable);
        ArgumentNullException.ThrowIfNull(waiting);
        ArgumentNullException.ThrowIfNull(givingUp);
        var endless = patience == Timeout.InfiniteTimeSpan;
        if (!endless)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(patience, TimeSpan.Zero);
        }
        var started = Stopwatch.GetTimestamp();
        var wait = First;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return await attempt(cancellationToken).ConfigureAwait(false);
            }
            catch (TFault e) when (patience != TimeSpan.Zero && mendable(e))
            {
                var left = endless ? Timeout.InfiniteTimeSpan : patience - Stopwatch.GetElapsedTime(started);
                if (!endless)
                {
                    if (left <= TimeSpan.Zero)
                    {
                        throw givingUp(e);
                    }
                    wait = wait < left ? wait : left;
                }
                waiting(e, wait, left);
            }
            await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
            wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, Longest.Ticks));
        }
    }
}

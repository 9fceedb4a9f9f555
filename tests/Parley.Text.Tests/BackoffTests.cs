namespace Parley.Text.Tests;

/// <summary><see cref="Backoff"/>: the one loop that waits out a server that is away, for the store and the work queue.</summary>
public sealed class BackoffTests
{
    private static readonly Backoff Quick = new(TimeSpan.FromMilliseconds(1), TimeSpan.FromMilliseconds(4));

    [Fact]
    public async Task Faults_are_waited_out_with_waits_that_double_up_to_the_longest_until_the_attempt_succeeds()
    {
        var tries = 0;
        var waits = new List<TimeSpan>();

        var result = await Quick.RetryAsync<string, TimeoutException>(
            _ => ++tries < 6 ? throw new TimeoutException("away") : Task.FromResult("up"),
            (_, wait) => waits.Add(wait));

        Assert.Equal("up", result);
        Assert.Equal(6, tries);
        Assert.Equal([1, 2, 4, 4, 4], waits.Select(wait => wait.TotalMilliseconds));
    }

    [Fact]
    public async Task A_fault_that_is_not_mendable_is_thrown_at_once_as_it_is()
    {
        var tries = 0;
        var refused = new TimeoutException("refused");

        var error = await Assert.ThrowsAsync<TimeoutException>(() => Quick.RetryAsync<string, TimeoutException>(
            _ => { tries++; throw refused; }, _ => false, TimeSpan.FromHours(1), (_, _, _) => Assert.Fail("waited"), e => e));

        Assert.Same(refused, error);
        Assert.Equal(1, tries);
    }

    [Fact]
    public async Task Another_kind_of_exception_is_thrown_at_once_even_with_endless_patience()
    {
        var tries = 0;

        await Assert.ThrowsAsync<InvalidOperationException>(() => Quick.RetryAsync<string, TimeoutException>(
            _ => { tries++; throw new InvalidOperationException("broken"); }, (_, _) => Assert.Fail("waited")));

        Assert.Equal(1, tries);
    }

    [Fact]
    public async Task No_patience_means_one_try_and_the_fault_as_it_is()
    {
        var away = new TimeoutException("away");

        var error = await Assert.ThrowsAsync<TimeoutException>(() => Quick.RetryAsync<string, TimeoutException>(
            _ => throw away, _ => true, TimeSpan.Zero, (_, _, _) => Assert.Fail("waited"), _ => new InvalidOperationException("gave up")));

        Assert.Same(away, error);
    }

    [Fact]
    public async Task When_the_patience_is_spent_the_giving_up_exception_is_thrown_and_no_wait_outlasted_what_was_left()
    {
        var patience = TimeSpan.FromMilliseconds(50);
        var seen = new List<(TimeSpan Wait, TimeSpan Left)>();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Quick.RetryAsync<string, TimeoutException>(
            _ => throw new TimeoutException("away"), _ => true, patience, (_, wait, left) => seen.Add((wait, left)),
            e => new InvalidOperationException("gave up", e)));

        Assert.Equal("gave up", error.Message);
        Assert.IsType<TimeoutException>(error.InnerException);
        Assert.NotEmpty(seen);
        Assert.All(seen, w => Assert.True(w.Wait <= w.Left && w.Left <= patience, $"{w.Wait} of {w.Left}"));
    }

    [Fact]
    public async Task Cancelling_ends_the_wait()
    {
        using var cancel = new CancellationTokenSource();
        var slow = new Backoff(TimeSpan.FromHours(1), TimeSpan.FromHours(1));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => slow.RetryAsync<string, TimeoutException>(
            _ => throw new TimeoutException("away"), (_, _) => cancel.Cancel(), cancel.Token));
    }
}

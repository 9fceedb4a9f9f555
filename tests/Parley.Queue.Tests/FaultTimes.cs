namespace Parley.Queue.Tests;

/// <summary>The fault tests' times. None is asserted: they bound waits so that a hang fails instead of stalling the suite.</summary>
internal static class FaultTimes
{
    /// <summary>How long a test waits for any one thing before calling it a hang (generous: the machine may be busy).</summary>
    public static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(5);

    /// <summary>The workers' ack wait: short, so that what a killed worker held comes back soon.</summary>
    public static readonly TimeSpan AckWait = TimeSpan.FromSeconds(3);
}

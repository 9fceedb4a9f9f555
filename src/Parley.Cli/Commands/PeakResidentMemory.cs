using System.Diagnostics;

namespace Parley.Cli.Commands;

/// <summary>
/// The process's peak resident memory (Linux's VmHWM), which can be reset so that a benchmark reports the peak of the
/// part it measures rather than of the model loading before it.
/// </summary>
internal static class PeakResidentMemory
{
    /// <summary>
    /// Sets the peak to the memory resident now (Linux 4.0 and later: writing 5 to <c>/proc/self/clear_refs</c>);
    /// false where that cannot be done, and the peak stays the process's.
    /// </summary>
    public static bool TryReset()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return false;
        }
    }

    /// <summary>The peak resident memory in MB (since the start or the last <see cref="TryReset"/>).</summary>
    public static double Megabytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 / (1024.0 * 1024.0);
    }
}

namespace Parley.Cli;

/// <summary>What <c>parley</c>'s exit code means.</summary>
public static class ExitCodes
{
    /// <summary>Everything asked for was done.</summary>
    public const int Success = 0;
    /// <summary>The run finished but some inputs were skipped or some articles could not be coded (each was reported on standard error).</summary>
    public const int SomeSkipped = 1;
    /// <summary>The command line was wrong; nothing was done.</summary>
    public const int UsageError = 2;
    /// <summary>The run could not go on (a model or dictionary would not load, the output could not be written).</summary>
    public const int Failure = 3;
}

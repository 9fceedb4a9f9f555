namespace Parley.Ingest;

/// <summary>How much an <see cref="IngestProblem"/> cost.</summary>
public enum IngestSeverity
{
    /// <summary>Nothing was lost: a record was left out on purpose (an exact duplicate) or flagged (a near duplicate).</summary>
    Notice,
    /// <summary>The record was read, but a field was dropped or the input looks damaged.</summary>
    Warning,
    /// <summary>The input or record was skipped.</summary>
    Error,
}

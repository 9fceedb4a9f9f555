namespace Parley.Ingest;

/// <summary>
/// Something about an input that is worth telling the user: where (<see cref="Path"/>, and
/// <see cref="Line"/> when it is known), what (<see cref="Kind"/>, <see cref="Reason"/>) and how
/// much it cost (<see cref="Severity"/>). Bad input is data: readers report it and go on.
/// </summary>
/// <param name="Path">The file path, URL, or <c>&lt;stdin&gt;</c>.</param>
/// <param name="Line">The 1-based line (a JSON line, a feed item, the place XML broke), when known.</param>
/// <param name="Kind">What kind of problem it is.</param>
/// <param name="Reason">A sentence saying what is wrong, for a person to read.</param>
/// <param name="Severity">Whether the record was skipped, kept with a loss, or kept as it is.</param>
public sealed record IngestProblem(string Path, int? Line, IngestProblemKind Kind, string Reason, IngestSeverity Severity = IngestSeverity.Error)
{
    /// <summary>The problem as <c>path:line: reason</c> (or <c>path: reason</c>), the form the CLI prints.</summary>
    public override string ToString() => Line is { } line ? $"{Path}:{line}: {Reason}" : $"{Path}: {Reason}";
}

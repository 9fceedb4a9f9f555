namespace Parley.Ingest.Formats;

/// <summary>What a format reader needs besides the bytes: where they came from and the options.</summary>
/// <param name="Origin">The path, URL or <c>&lt;stdin&gt;</c> the problems and articles name.</param>
/// <param name="Options">The options of the run.</param>
/// <param name="Url">The URL the content was fetched from, when it was.</param>
internal sealed record ReadContext(string Origin, IngestOptions Options, string? Url = null)
{
    public IngestProblem Problem(IngestProblemKind kind, string reason, int? line = null, IngestSeverity severity = IngestSeverity.Error) =>
        new(Origin, line, kind, reason, severity);

    public string OriginAt(int line) => $"{Origin}:{line}";

    public IngestProblem Oversize(long bytes, string what, int? line = null) =>
        Problem(IngestProblemKind.Oversize, $"{what} is {ByteSize.Format(bytes)}, over the {ByteSize.Format(Options.MaxArticleBytes)} limit per article; skipped", line);
}

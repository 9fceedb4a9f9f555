namespace Parley.Ingest;

/// <summary>How an <see cref="ArticleSource"/> reads its inputs.</summary>
public sealed record IngestOptions
{
    /// <summary>10 MB, the default <see cref="MaxArticleBytes"/>.</summary>
    public const long DefaultMaxArticleBytes = 10 * 1024 * 1024;

    /// <summary>
    /// The date given to articles whose input has none (the CLI's <c>--date</c>): plain text, and any
    /// record whose date is missing or unreadable. Null leaves such dates unknown.
    /// </summary>
    public DateOnly? DefaultDate { get; init; }

    /// <summary>
    /// The largest article accepted, in bytes: a whole text or HTML file (checked before it is read), one
    /// JSON line, or one feed item's text. Larger ones are reported as <see cref="IngestProblemKind.Oversize"/>.
    /// </summary>
    public long MaxArticleBytes { get; init; } = DefaultMaxArticleBytes;

    /// <summary>The most bytes fetched from one URL (a feed holds many articles); 64 MB by default.</summary>
    public long MaxDownloadBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>How long fetching one URL may take, headers and body together.</summary>
    public TimeSpan FetchTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>What the input <c>-</c> reads; null means the process's standard input. Tests pass a <see cref="MemoryStream"/>.</summary>
    public Stream? StandardInput { get; init; }

    /// <summary>Skip an article whose id was already read in the same run, with a <see cref="IngestProblemKind.Duplicate"/> notice (on by default).</summary>
    public bool SkipDuplicateIds { get; init; } = true;

    /// <summary>Flag articles nearly identical to one read earlier in the run (<see cref="NearDuplicateDetector"/>) with a notice; they are still returned.</summary>
    public bool ReportNearDuplicates { get; init; }
}

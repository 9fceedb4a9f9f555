using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using Parley.Ingest.Formats;

namespace Parley.Ingest;

/// <summary>
/// The one entry point for reading news into <see cref="Article"/>s. Takes the inputs a user names
/// (files, directories, <c>http(s)</c> URLs of feeds or pages, <c>-</c> for standard input) and streams
/// back, in input order, each article read and each problem found (<see cref="IngestResult"/>).
/// </summary>
/// <remarks>
/// <para>Bad input is data: a missing, unreadable, binary, empty, truncated, oversize or malformed input
/// or record becomes an <see cref="IngestProblem"/> naming the path (and line), and reading goes on with
/// the next record or input. Enumerating never throws for bad input; it throws only
/// <see cref="OperationCanceledException"/> when cancelled.</para>
/// <para>Formats are chosen by extension (<see cref="SupportedExtensions"/>, also inside <c>.gz</c>),
/// else sniffed from the first bytes. JSON Lines and feeds are streamed; a text or HTML file is read
/// whole, after its size is checked against <see cref="IngestOptions.MaxArticleBytes"/>. A directory
/// is read recursively in ordinal path order, skipping hidden entries (names starting with a dot) and
/// files of other types. Articles whose id was already read in the same call are skipped with a
/// <see cref="IngestProblemKind.Duplicate"/> notice.</para>
/// </remarks>
public sealed class ArticleSource : IDisposable
{
    private const string StandardInputName = "<stdin>";

    private readonly UrlFetcher _fetcher;

    /// <param name="options">How to read; the defaults when null.</param>
    /// <param name="httpClient">The client that fetches URLs (not disposed here); when null one is made on first use and disposed with this source.</param>
    public ArticleSource(IngestOptions? options = null, HttpClient? httpClient = null)
    {
        Options = options ?? new IngestOptions();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Options.MaxArticleBytes, nameof(options));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Options.MaxDownloadBytes, nameof(options));
        _fetcher = new UrlFetcher(Options, httpClient);
    }

    /// <summary>The options this source reads with.</summary>
    public IngestOptions Options { get; }

    /// <summary>The file extensions read from directories (case-insensitive; each also with <c>.gz</c> after it).</summary>
    public static IReadOnlyCollection<string> SupportedExtensions => FormatSniffer.SupportedExtensions;

    /// <summary>True when a directory walk would read this file (by its extension).</summary>
    public static bool IsSupportedFile(string path) => FormatSniffer.FromExtension(path) is not null;

    /// <summary>
    /// Reads every input in order. Exact duplicate ids are tracked across all the inputs of this call.
    /// </summary>
    public async IAsyncEnumerable<IngestResult> ReadAsync(IEnumerable<string> inputs, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var run = new RunState(Options);
        foreach (var input in inputs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (IsUrl(input, out var uri))
            {
                await foreach (var result in FetchAsync(input, uri, cancellationToken).ConfigureAwait(false))
                {
                    foreach (var passed in run.Pass(result))
                    {
                        yield return passed;
                    }
                }
                continue;
            }
            foreach (var result in input == "-" ? ReadStandardInput() : ReadPath(input))
            {
                foreach (var passed in run.Pass(result))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    yield return passed;
                }
            }
        }
    }

    /// <summary>
    /// Reads content already at hand (an upload, a message), named <paramref name="origin"/> in articles
    /// and problems; the format is sniffed when <paramref name="format"/> is null. The stream is not disposed.
    /// </summary>
    public IEnumerable<IngestResult> Read(Stream content, string origin, InputFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(origin);
        var run = new RunState(Options);
        var context = new ReadContext(origin, Options);
        foreach (var result in FailureGuard.Guard(ReadStream(content, context, format, leaveOpen: true), context))
        {
            foreach (var passed in run.Pass(result))
            {
                yield return passed;
            }
        }
    }

    /// <summary>Disposes the HTTP client this source made, if it made one.</summary>
    public void Dispose() => _fetcher.Dispose();

    private static bool IsUrl(string input, [NotNullWhen(true)] out Uri? uri)
    {
        if (Uri.TryCreate(input, UriKind.Absolute, out uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return true;
        }
        uri = null;
        return false;
    }

    private IEnumerable<IngestResult> ReadStandardInput()
    {
        var context = new ReadContext(StandardInputName, Options);
        var given = Options.StandardInput;
        var stream = given ?? Console.OpenStandardInput();
        try
        {
            foreach (var result in FailureGuard.Guard(ReadStream(stream, context, null, leaveOpen: given is not null), context))
            {
                yield return result;
            }
        }
        finally
        {
            if (given is null)
            {
                stream.Dispose();
            }
        }
    }

    private IEnumerable<IngestResult> ReadPath(string path)
    {
        if (Directory.Exists(path))
        {
            var any = false;
            foreach (var (file, problem) in DirectoryWalk.Files(path))
            {
                any = true;
                if (problem is not null)
                {
                    yield return problem;
                    continue;
                }
                var context = new ReadContext(file!, Options);
                foreach (var result in FailureGuard.Guard(ReadFile(file!, context), context))
                {
                    yield return result;
                }
            }
            if (!any)
            {
                yield return new IngestProblem(path, null, IngestProblemKind.Empty,
                    $"empty: the directory holds no files of a supported type ({string.Join(", ", SupportedExtensions.Order(StringComparer.Ordinal))})");
            }
            yield break;
        }
        if (MissingReason(path) is { } missing)
        {
            yield return new IngestProblem(path, null, IngestProblemKind.Unreadable, $"cannot read: {missing}; skipped");
            yield break;
        }
        var fileContext = new ReadContext(path, Options);
        foreach (var result in FailureGuard.Guard(ReadFile(path, fileContext), fileContext))
        {
            yield return result;
        }
    }

    /// <summary>Why there is no file to read at <paramref name="path"/>, or null when there is one.</summary>
    private static string? MissingReason(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is { } link)
        {
            // A link's own entry exists even when what it points to does not.
            try
            {
                var target = info.ResolveLinkTarget(returnFinalTarget: true);
                return target is { Exists: true } ? null : $"dangling symbolic link to {link}";
            }
            catch (IOException e)
            {
                return $"symbolic link {link} cannot be followed ({e.Message})";
            }
        }
        return info.Exists ? null : "no such file or directory";
    }

    private IEnumerable<IngestResult> ReadFile(string path, ReadContext context)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024, FileOptions.SequentialScan);
        var length = file.Length;
        var format = FormatSniffer.FromExtension(path);
        if (GzipTrailerSize(file) is not { } expectedSize)
        {
            foreach (var result in ReadStream(file, context, format, leaveOpen: true, knownLength: length))
            {
                yield return result;
            }
            yield break;
        }

        using var counting = new CountingStream(new GZipStream(file, CompressionMode.Decompress, leaveOpen: true));
        IngestProblem? CheckComplete() =>
            counting.ReachedEnd && (uint)counting.BytesRead != expectedSize
                ? context.Problem(IngestProblemKind.Truncated,
                    $"truncated gzip: the data ends after {ByteSize.Format(counting.BytesRead)}, not the {ByteSize.Format(expectedSize)} its trailer promises")
                : null;
        foreach (var result in ReadStream(counting, context, format, leaveOpen: true, completeness: CheckComplete))
        {
            yield return result;
        }
    }

    /// <summary>
    /// For a gzip file, the uncompressed size its trailer states (mod 2^32); null for any other file.
    /// .NET's GZipStream ends quietly where a file is cut, so this size is how a truncated file is told
    /// from a whole one. (A file of several concatenated members states only its last member's size;
    /// such files are rare for news dumps.) Leaves the stream at its start.
    /// </summary>
    private static uint? GzipTrailerSize(FileStream file)
    {
        Span<byte> bytes = stackalloc byte[4];
        var isGzip = file.ReadAtLeast(bytes[..2], 2, throwOnEndOfStream: false) == 2 && FormatSniffer.IsGzip(bytes[..2]);
        uint? size = null;
        if (isGzip)
        {
            // Shorter than a gzip header and trailer: no trailer to trust, so nothing can match it.
            size = uint.MaxValue;
            if (file.Length >= 18)
            {
                file.Position = file.Length - 4;
                file.ReadExactly(bytes);
                size = BinaryPrimitives.ReadUInt32LittleEndian(bytes);
            }
        }
        file.Position = 0;
        return size;
    }

    /// <summary>
    /// Reads one input's bytes in the format named (or sniffed). <paramref name="knownLength"/> lets a
    /// whole-file format refuse an oversize file before reading it; <paramref name="completeness"/>
    /// checks, once the bytes are read, whether the input was cut short.
    /// </summary>
    private IEnumerable<IngestResult> ReadStream(Stream stream, ReadContext context, InputFormat? format, bool leaveOpen,
        long? knownLength = null, Func<IngestProblem?>? completeness = null)
    {
        using var peekable = PeekableStream.Open(stream, FormatSniffer.PeekBytes, leaveOpen);
        if (completeness is null && FormatSniffer.IsGzip(peekable.Prefix))
        {
            // Compressed content that is not a file (standard input, a download, an upload): its
            // trailer cannot be checked without reading to the end first, so a cut shows only as
            // the truncated record or document it leaves.
            using var decompressed = new GZipStream(peekable, CompressionMode.Decompress, leaveOpen: true);
            foreach (var result in ReadStream(decompressed, context, format, leaveOpen: true, completeness: () => null))
            {
                yield return result;
            }
            yield break;
        }
        var (chosen, refusal) = Inspect(peekable, format, context);
        if (refusal is not null)
        {
            yield return refusal;
            yield break;
        }

        if (chosen is InputFormat.JsonLines or InputFormat.Feed)
        {
            var streamed = chosen == InputFormat.JsonLines ? JsonLinesReader.Read(peekable, context) : FeedReader.Read(peekable, context);
            foreach (var result in streamed)
            {
                yield return result;
            }
            if (completeness?.Invoke() is { } cut)
            {
                yield return cut;
            }
            yield break;
        }

        if (knownLength > Options.MaxArticleBytes)
        {
            yield return context.Oversize(knownLength.Value, "the file");
            yield break;
        }
        var bytes = ReadBounded(peekable, Options.MaxArticleBytes);
        if (bytes is null)
        {
            yield return context.Problem(IngestProblemKind.Oversize,
                $"the text is over the {ByteSize.Format(Options.MaxArticleBytes)} limit per article; skipped");
            yield break;
        }
        if (completeness?.Invoke() is { } truncated)
        {
            yield return truncated with { Reason = truncated.Reason + "; skipped" };
            yield break;
        }
        if (!TextDecoder.TryDecode(bytes, context, out var text, out var encodingProblem))
        {
            yield return encodingProblem!;
            yield break;
        }
        if (encodingProblem is not null)
        {
            yield return encodingProblem;
        }
        var articles = chosen == InputFormat.Html ? HtmlArticleReader.Read(text, context) : TextArticleReader.Read(text, context);
        foreach (var result in articles)
        {
            yield return result;
        }
    }

    private async IAsyncEnumerable<IngestResult> FetchAsync(string input, Uri uri, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var context = new ReadContext(input, Options, Url: input);
        var (bytes, format, problem) = await _fetcher.FetchAsync(uri, context, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            yield return problem;
            yield break;
        }
        using var content = new MemoryStream(bytes!, writable: false);
        foreach (var result in FailureGuard.Guard(ReadStream(content, context, format, leaveOpen: true), context))
        {
            yield return result;
        }
    }

    /// <summary>The format to read an input in, or the reason it cannot be read at all, from its first bytes.</summary>
    private static (InputFormat Format, IngestProblem? Refusal) Inspect(PeekableStream stream, InputFormat? format, ReadContext context)
    {
        var prefix = stream.Prefix;
        if (prefix.Length == 0)
        {
            return (default, context.Problem(IngestProblemKind.Empty, "empty: no text; skipped"));
        }
        if (FormatSniffer.LooksBinary(prefix))
        {
            return (default, context.Problem(IngestProblemKind.Binary, "binary data: NUL bytes, not text; skipped"));
        }
        if (prefix.Length < FormatSniffer.PeekBytes && IsBlank(prefix))
        {
            return (default, context.Problem(IngestProblemKind.Empty, "empty: only white space; skipped"));
        }
        return (FormatSniffer.Decide(format, prefix), null);
    }

    private static bool IsBlank(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }
        return bytes.Trim(" \t\r\n\f\v"u8).IsEmpty;
    }

    /// <summary>All the bytes of <paramref name="stream"/>, or null when there are more than <paramref name="limit"/>.</summary>
    private static byte[]? ReadBounded(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}

using System.Net;

namespace Parley.Ingest.Formats;

/// <summary>
/// Fetches the content of a feed or page URL, within <see cref="IngestOptions.FetchTimeout"/> and
/// <see cref="IngestOptions.MaxDownloadBytes"/>. Every failure (HTTP status, network, timeout, size)
/// comes back as a problem, never as an exception.
/// </summary>
internal sealed class UrlFetcher(IngestOptions options, HttpClient? givenClient) : IDisposable
{
    private HttpClient? _ownClient;

    private HttpClient Client => givenClient ?? (_ownClient ??= CreateClient());

    /// <summary>The body and the format its media type names (null when it names none), or the problem.</summary>
    public async Task<(byte[]? Bytes, InputFormat? Format, IngestProblem? Problem)> FetchAsync(Uri uri, ReadContext context, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.FetchTimeout);
        try
        {
            using var response = await Client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            if (!response.IsSuccessStatusCode)
            {
                return Failed(context, IngestProblemKind.Unreadable,
                    $"cannot fetch: HTTP {(int)response.StatusCode} {response.ReasonPhrase ?? response.StatusCode.ToString()}; skipped");
            }
            if (response.Content.Headers.ContentLength > options.MaxDownloadBytes)
            {
                return TooLarge(context);
            }
            var stream = await response.Content.ReadAsStreamAsync(timeout.Token).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                var bytes = await ReadBoundedAsync(stream, options.MaxDownloadBytes, timeout.Token).ConfigureAwait(false);
                return bytes is null ? TooLarge(context) : (bytes, FormatOf(response.Content.Headers.ContentType?.MediaType), null);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(context, IngestProblemKind.Unreadable,
                $"cannot fetch: no complete answer within {options.FetchTimeout.TotalSeconds:0.#} s; skipped");
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return Failed(context, IngestProblemKind.Unreadable, $"cannot fetch: {e.Message}; skipped");
        }
    }

    public void Dispose()
    {
        _ownClient?.Dispose();
        _ownClient = null;
    }

    private static (byte[]?, InputFormat?, IngestProblem?) Failed(ReadContext context, IngestProblemKind kind, string reason) =>
        (null, null, context.Problem(kind, reason));

    private (byte[]?, InputFormat?, IngestProblem?) TooLarge(ReadContext context) =>
        Failed(context, IngestProblemKind.Oversize, $"the download is over the {ByteSize.Format(options.MaxDownloadBytes)} limit; skipped");

    private static InputFormat? FormatOf(string? mediaType) => mediaType?.ToLowerInvariant() switch
    {
        "text/html" or "application/xhtml+xml" => InputFormat.Html,
        "application/rss+xml" or "application/atom+xml" or "application/rdf+xml" or "application/xml" or "text/xml" => InputFormat.Feed,
        "application/x-ndjson" or "application/jsonl" or "application/x-jsonlines" => InputFormat.JsonLines,
        _ => null,
    };

    private static HttpClient CreateClient()
    {
        var handler = new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All };
        var client = new HttpClient(handler, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Parley/0.1");
        return client;
    }

    private static async Task<byte[]?> ReadBoundedAsync(Stream stream, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
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

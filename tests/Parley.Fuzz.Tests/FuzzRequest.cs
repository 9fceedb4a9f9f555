namespace Parley.Fuzz.Tests;

/// <summary>One generated HTTP request to the server: method, path with query, headers and body.</summary>
/// <param name="ApiKey">The X-Api-Key header, or null for none.</param>
/// <param name="Chunked">True to send the body without a Content-Length (chunked), as a streaming client would.</param>
public sealed record FuzzRequest(string Method, string PathAndQuery, string? Accept, string? ContentType, byte[]? Body, string? ApiKey, bool Chunked)
{
    /// <summary>
    /// The request to the server at <paramref name="server"/> (its path appended as written, so "//v1" stays a path),
    /// with header values <see cref="HttpClient"/> would check sent as they are.
    /// </summary>
    public HttpRequestMessage ToMessage(Uri server)
    {
        var message = new HttpRequestMessage(new HttpMethod(Method), new Uri(server.GetLeftPart(UriPartial.Authority) + PathAndQuery));
        if (Accept is not null)
        {
            message.Headers.TryAddWithoutValidation("Accept", Accept);
        }
        if (ApiKey is not null)
        {
            message.Headers.TryAddWithoutValidation("X-Api-Key", ApiKey);
        }
        if (Body is not null)
        {
            message.Content = Chunked ? new StreamContent(new MemoryStream(Body)) : new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
            if (Chunked)
            {
                message.Headers.TransferEncodingChunked = true;
            }
        }
        return message;
    }

    /// <summary>What a failing case prints: the request line, headers and the start of the body.</summary>
    public override string ToString()
    {
        var body = Body is null ? "no body"
            : $"{Body.Length:N0} bytes{(Chunked ? " chunked" : "")}: {Shorten(System.Text.Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 400)))}";
        return $"{Method} {Shorten(PathAndQuery)} Accept={Accept ?? "-"} Content-Type={ContentType ?? "-"} X-Api-Key={ApiKey ?? "-"} {body}";
    }

    private static string Shorten(string text) => text.Length <= 400 ? text : text[..400] + "…";
}

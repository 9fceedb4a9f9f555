using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Parley.Server.Api;

/// <summary>What a refusal given before the request's body is read does about that body.</summary>
internal static class UnreadBody
{
    /// <summary>
    /// Makes the reply the connection's last (<c>Connection: close</c>) when the request's body is one Kestrel will not
    /// drain after it: longer than the server's limit, or chunked and so of unknown length. Kestrel closes such a
    /// connection once the reply is sent; a client that was not told so sent its next request into the closed
    /// connection and failed (found by fuzzing: an oversize post without the API key, then any request).
    /// </summary>
    public static void CloseConnectionIfUndrainable(HttpContext context)
    {
        var request = context.Request;
        long limit = context.RequestServices.GetRequiredService<ServerOptions>().MaxRequestBytes;
        if (request.ContentLength > limit || (request.ContentLength is null && request.Headers.TransferEncoding.Count > 0))
        {
            context.Response.Headers.Connection = "close";
        }
    }
}

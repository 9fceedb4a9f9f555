using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Parley.Server.Api;

/// <summary>
/// The problem document for a reply that has a status but no body yet (no route, wrong method, wrong content type),
/// so that every 4xx says what was wrong, not only the endpoints' own.
/// </summary>
internal static class StatusPages
{
    public static async Task WriteProblemAsync(StatusCodeContext status)
    {
        var context = status.HttpContext;
        var request = context.Request;
        UnreadBody.CloseConnectionIfUndrainable(context);
        var path = EventFilters.Shorten(request.Path.Value ?? "/");
        var (title, detail) = context.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => ("Not found.", $"There is nothing at {path}. The API is under /v1 (its reference is at /docs) and the dashboard at /."),
            StatusCodes.Status405MethodNotAllowed => ("Method not allowed.", $"{request.Method} is not allowed on {path}; the reference at /docs lists what is."),
            StatusCodes.Status415UnsupportedMediaType => ("Unsupported content type.",
                $"{path} does not take {request.ContentType ?? "a body without a Content-Type"}; send application/json (one article or an array) or application/x-ndjson (JSON Lines)."),
            var code => (ReasonPhrase(code), $"The request to {path} was answered with status {code}."),
        };
        await Problems.Of(context.Response.StatusCode, title, detail).ExecuteAsync(context);
    }

    private static string ReasonPhrase(int code) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(code) is { Length: > 0 } phrase ? phrase + "." : "Error.";
}

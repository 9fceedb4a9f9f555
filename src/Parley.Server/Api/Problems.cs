using Microsoft.AspNetCore.Http;

namespace Parley.Server.Api;

/// <summary>RFC 7807 problem documents (<c>application/problem+json</c>): a status, a title, and the detail a person can act on.</summary>
internal static class Problems
{
    public static IResult Of(int status, string title, string detail, IDictionary<string, object?>? extensions = null) =>
        Results.Problem(detail: detail, statusCode: status, title: title, extensions: extensions);

    public static IResult NotFound(string detail) => Of(StatusCodes.Status404NotFound, "Not found.", detail);
}

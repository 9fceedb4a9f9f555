using Microsoft.AspNetCore.Http;

namespace Parley.Server.Api;

/// <summary>What is wrong with a request, parameter by parameter, collected so that one reply names every mistake.</summary>
internal sealed class RequestErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    /// <summary>Records that <paramref name="name"/> (a parameter or field) <paramref name="message"/>.</summary>
    public void Add(string name, string message)
    {
        if (!_errors.TryGetValue(name, out var messages))
        {
            _errors[name] = messages = [];
        }
        messages.Add(message);
    }

    /// <summary>Records that <paramref name="value"/> is not a value <paramref name="name"/> takes, and gives the default in its place.</summary>
    public T? Invalid<T>(string name, string value, string expected)
    {
        Add(name, $"'{EventFilters.Shorten(value)}' is not {expected}.");
        return default;
    }

    /// <summary>The 400 problem document (RFC 7807) listing every error, with <c>errors</c> keyed by parameter.</summary>
    public IResult ToProblem(string title = "The request has invalid parameters.") => Problems.Of(
        StatusCodes.Status400BadRequest,
        title,
        string.Join(" ", _errors.Select(e => $"{e.Key} {string.Join(" ", e.Value)}")),
        new Dictionary<string, object?> { ["errors"] = _errors.ToDictionary(e => e.Key, e => (object?)e.Value.ToArray()) });
}

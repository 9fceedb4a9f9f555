namespace Parley.Server.Api;

/// <summary>Endpoint metadata: the query parameters an endpoint reads from the query string itself, for the OpenAPI document.</summary>
internal sealed class QueryParameters(params IReadOnlyDictionary<string, string>[] groups)
{
    /// <summary>Each parameter's name and description.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> All { get; } = [.. groups.SelectMany(g => g)];
}

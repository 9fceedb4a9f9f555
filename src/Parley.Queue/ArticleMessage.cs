using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Parley.Ingest;

namespace Parley.Queue;

/// <summary>
/// An article as a queue message: UTF-8 JSON with the fields of <see cref="Article"/> (the names of the JSON Lines
/// input, so a message reads like an input line). The queue carries articles already read, so a worker needs no
/// access to the submitter's files.
/// </summary>
internal static class ArticleMessage
{
    private static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static byte[] Encode(Article article) => JsonSerializer.SerializeToUtf8Bytes(new Fields(
        article.Id,
        article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        article.Ref,
        article.Title,
        article.Body,
        article.Url,
        article.Source,
        article.Origin), Options);

    /// <exception cref="FormatException">The message is not an article.</exception>
    public static Article Decode(ReadOnlySpan<byte> message)
    {
        Fields? body;
        try
        {
            body = JsonSerializer.Deserialize<Fields>(message, Options);
        }
        catch (JsonException e)
        {
            throw new FormatException($"not an article message: {e.Message}", e);
        }
        if (body is null || string.IsNullOrEmpty(body.Id) || body.Body is null || body.Origin is null)
        {
            throw new FormatException("not an article message: id, body and origin are required.");
        }
        DateOnly? date = null;
        if (body.Date is not null)
        {
            date = DateOnly.TryParseExact(body.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                ? parsed
                : throw new FormatException($"not an article message: the date '{body.Date}' is not YYYY-MM-DD.");
        }
        return new Article
        {
            Id = body.Id,
            Date = date,
            Ref = body.Ref,
            Title = body.Title,
            Body = body.Body,
            Url = body.Url,
            Source = body.Source,
            Origin = body.Origin,
        };
    }

    private sealed record Fields(string Id, string? Date, string? Ref, string? Title, string Body, string? Url, string? Source, string Origin);
}

using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using Parley.Storage;

namespace Parley.Server.Api;

/// <summary>
/// The <c>cursor</c> of the events API: an <see cref="EventCursor"/> as URL-safe base64 of a small JSON array. Opaque
/// to clients (they pass back what <c>next_cursor</c> gave); read strictly, since it comes back as user input.
/// </summary>
internal static class CursorToken
{
    private const int MaxLength = 2048;

    public static string Encode(EventCursor cursor)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new object?[] { cursor.ArticleDate, cursor.ArticleId, cursor.SentenceIndex, cursor.TriggerStart, cursor.EventId });
        return Base64Url.EncodeToString(json);
    }

    /// <summary>The cursor <paramref name="token"/> stands for, or null when it is not one <see cref="Encode"/> made.</summary>
    public static EventCursor? Decode(string token)
    {
        if (token.Length is 0 or > MaxLength || !Base64Url.IsValid(token))
        {
            return null;
        }
        try
        {
            using var json = JsonDocument.Parse(Base64Url.DecodeFromChars(token));
            var parts = json.RootElement;
            if (parts.ValueKind != JsonValueKind.Array || parts.GetArrayLength() != 5
                || parts[0].ValueKind is not (JsonValueKind.String or JsonValueKind.Null) || parts[1].ValueKind != JsonValueKind.String
                || parts[2].ValueKind != JsonValueKind.Number || parts[3].ValueKind != JsonValueKind.Number || parts[4].ValueKind != JsonValueKind.String
                || !parts[2].TryGetInt32(out var sentence) || !parts[3].TryGetInt32(out var trigger))
            {
                return null;
            }
            var cursor = new EventCursor(parts[0].GetString(), parts[1].GetString()!, sentence, trigger, parts[4].GetString()!);
            // Ids and dates this server gives hold no control characters; a NUL would reach PostgreSQL, which refuses it
            // (found by fuzzing: a 500).
            return $"{cursor.ArticleDate}{cursor.ArticleId}{cursor.EventId}".Any(char.IsControl) ? null : cursor;
        }
        // JsonDocument takes a string of invalid UTF-8 or a lone surrogate escape and throws InvalidOperationException
        // only when it is read (found by fuzzing: a cursor with one byte changed was a 500).
        catch (Exception e) when (e is JsonException or FormatException or DecoderFallbackException or InvalidOperationException)
        {
            return null;
        }
    }
}

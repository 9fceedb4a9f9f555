using System.Text.Json;
using System.Text.Json.Serialization;

namespace Parley.Coding;

/// <summary>Reads and writes <see cref="EventRecord"/>s as the JSON of docs/OUTPUT.md (snake_case, lower-case modality, nulls written).</summary>
public static class EventRecordJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(EventRecord record) => JsonSerializer.Serialize(record, Options);

    public static EventRecord? Deserialize(string json) => JsonSerializer.Deserialize<EventRecord>(json, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}

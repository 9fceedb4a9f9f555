using System.Text.Json;

namespace Parley.Coding.Evaluation;

/// <summary>Wording shared by the JSON Lines readers' problems.</summary>
internal static class JsonLines
{
    /// <summary>The parser's message without the position suffix (a line holds one object; the column rarely helps).</summary>
    public static string Describe(JsonException e)
    {
        var message = e.Message;
        int at = message.IndexOf(" Path: ", StringComparison.Ordinal);
        return (at > 0 ? message[..at] : message).TrimEnd('.', ' ');
    }

    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true or false",
        JsonValueKind.Null => "null",
        JsonValueKind.Object => "an object",
        _ => "nothing",
    };
}

using System.Text.Json;

namespace Parley.Coding.Evaluation;

/// <summary>The line loop and the wording shared by the JSON Lines readers.</summary>
internal static class JsonLines
{
    /// <summary>
    /// Reads <paramref name="reader"/> line by line, skipping blank lines; <paramref name="parse"/> gives each line's
    /// item, or null and the reason it cannot be read, which becomes a <see cref="LineProblem"/> of <paramref name="path"/>.
    /// </summary>
    public static EvaluationFile<T> ReadAll<T>(TextReader reader, string path, Func<string, int, (T? Item, string? Problem)> parse)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(path);
        var items = new List<T>();
        var problems = new List<LineProblem>();
        int number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            var (item, problem) = parse(line, number);
            if (item is not null)
            {
                items.Add(item);
            }
            else
            {
                problems.Add(new LineProblem(path, number, problem ?? "unreadable line"));
            }
        }
        return new EvaluationFile<T>(path, items, problems);
    }

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

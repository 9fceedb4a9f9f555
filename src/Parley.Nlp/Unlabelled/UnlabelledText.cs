using System.Text;
using System.Text.Json;
using Parley.Text;
using Parley.Text.Tokenization;

namespace Parley.Nlp.Unlabelled;

/// <summary>
/// Running text without annotation, read for what models can learn from it alone (how words are usually written).
/// Reads JSON Lines stories (the <c>title</c> and <c>text</c> fields) and CSV stories with a header (the <c>title</c>
/// and <c>text</c> columns). In a CSV with an <c>id</c> column, rows whose id's number is a multiple of 5 are left
/// out: that is the event coder's development split of the labelled stories, which no model may learn from.
/// Each story is tokenized and split with Parley's own tokenizer and sentence splitter.
/// </summary>
public static class UnlabelledText
{
    /// <summary>The sentences of every story in <paramref name="path"/>, each as its token forms.</summary>
    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="InvalidDataException">A line or row cannot be read; the message names the file and line.</exception>
    public static IEnumerable<IReadOnlyList<string>> ReadSentences(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such file.", path);
        }
        var tokenizer = new Tokenizer();
        var splitter = new SentenceSplitter();
        foreach (var story in ReadStories(path))
        {
            var doc = tokenizer.Tokenize(story);
            splitter.Process(doc);
            foreach (var sentence in doc.Sentences)
            {
                var forms = new string[sentence.Length];
                for (int k = 0; k < forms.Length; k++)
                {
                    forms[k] = doc[sentence.Start + k].Text;
                }
                yield return forms;
            }
        }
    }

    /// <summary>The text of each story: its title, a blank line, and its body (as Parley reads an article).</summary>
    public static IEnumerable<string> ReadStories(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? ReadCsv(path) : ReadJsonLines(path);
    }

    private static IEnumerable<string> ReadJsonLines(string path)
    {
        int lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            string? title;
            string? text;
            try
            {
                using var json = JsonDocument.Parse(line);
                title = Field(json.RootElement, "title");
                text = Field(json.RootElement, "text") ?? Field(json.RootElement, "body");
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: not a JSON object ({e.Message})", e);
            }
            yield return Join(title, text);
        }
    }

    private static string? Field(JsonElement story, string name) =>
        story.ValueKind == JsonValueKind.Object && story.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IEnumerable<string> ReadCsv(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        var rows = new CsvRows(reader, path);
        var header = rows.Next() ?? throw new InvalidDataException($"{path}:1: the file is empty; expected a header with 'title' and 'text' columns.");
        int title = header.IndexOf("title");
        int text = header.IndexOf("text");
        int id = header.IndexOf("id");
        if (text < 0)
        {
            throw new InvalidDataException($"{path}:1: the header has no 'text' column.");
        }
        while (rows.Next() is { } row)
        {
            if (row.Count != header.Count)
            {
                throw new InvalidDataException($"{path}:{rows.LineNumber}: {row.Count} fields where the header has {header.Count}.");
            }
            if (id >= 0 && IsDevelopmentId(row[id]))
            {
                continue;
            }
            yield return Join(title >= 0 ? row[title] : null, row[text]);
        }
    }

    /// <summary>True for an id whose number (its digits, as in <c>s0005</c>) is a multiple of 5: the coder's development split.</summary>
    public static bool IsDevelopmentId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        var digits = new string([.. id.Where(char.IsAsciiDigit)]);
        return digits.Length > 0 && long.TryParse(digits.Length > 18 ? digits[^18..] : digits, out long number) && number % 5 == 0;
    }

    private static string Join(string? title, string? text) =>
        string.IsNullOrWhiteSpace(title) ? text ?? "" : title.Trim() + "\n\n" + (text ?? "");
}

using System.Globalization;
using System.Text.Json;

namespace Parley.Coding.Evaluation;

/// <summary>
/// Reads gold events from JSON Lines, one object per line. Required: <c>article_id</c>, <c>sentence_index</c>,
/// <c>cameo</c>, <c>modality</c>; optional: <c>source</c>, <c>target</c>, <c>symmetric</c>, <c>event_date</c>,
/// <c>date_basis</c>, <c>location</c>, <c>location_name</c>, <c>source_text</c>, <c>target_text</c>, <c>trigger</c>,
/// <c>attribution</c>, <c>note</c>; other fields are ignored. A malformed line becomes a <see cref="LineProblem"/>
/// and the rest of the file is still read; blank lines are skipped.
/// </summary>
public static class GoldEventReader
{
    /// <summary>Reads the file at <paramref name="path"/>; throws <see cref="IOException"/> (or <see cref="FileNotFoundException"/>) when it cannot be opened.</summary>
    public static EvaluationFile<GoldEvent> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads <paramref name="reader"/> to its end; <paramref name="path"/> only names the lines in problems.</summary>
    public static EvaluationFile<GoldEvent> Read(TextReader reader, string path) =>
        JsonLines.ReadAll<GoldEvent>(reader, path, (line, number) =>
        {
            try
            {
                return (ReadLine(line, number), null);
            }
            catch (GoldLineException e)
            {
                return (null, e.Message);
            }
        });

    private static GoldEvent ReadLine(string line, int number)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException e)
        {
            throw new GoldLineException($"invalid JSON: {JsonLines.Describe(e)}");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new GoldLineException($"not a JSON object but {JsonLines.Describe(root.ValueKind)}");
            }
            return new GoldEvent
            {
                ArticleId = ArticleId(root),
                SentenceIndex = SentenceIndex(root),
                Source = CountryCode(root, "source"),
                Target = CountryCode(root, "target"),
                Symmetric = Flag(root, "symmetric"),
                Cameo = Cameo(root),
                Modality = ReadModality(root),
                EventDate = Date(root),
                DateBasis = Text(root, "date_basis"),
                Location = CountryCode(root, "location"),
                LocationName = Text(root, "location_name"),
                SourceText = Text(root, "source_text"),
                TargetText = Text(root, "target_text"),
                Trigger = Text(root, "trigger"),
                Attribution = Attribution(root),
                Note = Text(root, "note"),
                Line = number,
            };
        }
    }

    private static string ArticleId(JsonElement root)
    {
        var value = Required(root, "article_id");
        // Article ids are often numbers; written unquoted they mean the same article.
        var id = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!.Trim(),
            JsonValueKind.Number when value.TryGetInt64(out _) => value.GetRawText(),
            _ => throw new GoldLineException($"'article_id' must be a string, not {JsonLines.Describe(value.ValueKind)}"),
        };
        return id.Length > 0 ? id : throw new GoldLineException("'article_id' is empty");
    }

    private static int SentenceIndex(JsonElement root)
    {
        var value = Required(root, "sentence_index");
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int index) && index >= 0)
        {
            return index;
        }
        throw new GoldLineException($"'sentence_index' must be a whole number from 0 (the title), not {value.GetRawText()}");
    }

    private static string Cameo(JsonElement root)
    {
        var value = Required(root, "cameo");
        var code = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        if (value.ValueKind == JsonValueKind.String && code.Length is 3 or 4 && code.All(char.IsAsciiDigit)
            && int.Parse(code.AsSpan(0, 2), CultureInfo.InvariantCulture) is >= 1 and <= 20)
        {
            return code;
        }
        throw new GoldLineException($"'cameo' must be a CAMEO code in quotes, three or four digits with a root from 01 to 20 (\"036\", \"0841\"), not {value.GetRawText()}");
    }

    private static Modality ReadModality(JsonElement root)
    {
        var value = Required(root, "modality");
        return (value.ValueKind == JsonValueKind.String ? value.GetString() : null) switch
        {
            "asserted" => Modality.Asserted,
            "future" => Modality.Future,
            "hypothetical" => Modality.Hypothetical,
            "negated" => Modality.Negated,
            _ => throw new GoldLineException($"'modality' must be asserted, future, hypothetical or negated, not {value.GetRawText()}"),
        };
    }

    private static string? CountryCode(JsonElement root, string name)
    {
        var value = Optional(root, name);
        if (value is null)
        {
            return null;
        }
        if (value.Value.ValueKind == JsonValueKind.String && value.Value.GetString() is { Length: 3 } code && code.All(char.IsAsciiLetterUpper))
        {
            return code;
        }
        throw new GoldLineException($"'{name}' must be a three-letter code in capitals (a country such as NGA, an international prefix such as IGO) or null, not {value.Value.GetRawText()}");
    }

    private static string? Date(JsonElement root)
    {
        var value = Optional(root, "event_date");
        if (value is null)
        {
            return null;
        }
        if (value.Value.ValueKind == JsonValueKind.String && value.Value.GetString() is { } text)
        {
            string? format = text.Length switch
            {
                4 => "yyyy",
                7 => "yyyy-MM",
                10 => "yyyy-MM-dd",
                _ => null,
            };
            if (format is not null && DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                return text;
            }
        }
        throw new GoldLineException($"'event_date' must be a date as YYYY-MM-DD, YYYY-MM or YYYY, or null, not {value.Value.GetRawText()}");
    }

    private static bool Flag(JsonElement root, string name)
    {
        var value = Optional(root, name);
        return value?.ValueKind switch
        {
            null => false,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new GoldLineException($"'{name}' must be true or false, not {value.Value.GetRawText()}"),
        };
    }

    private static string? Attribution(JsonElement root)
    {
        var value = Optional(root, "attribution");
        string? text = value?.ValueKind switch
        {
            null => null,
            JsonValueKind.String => value.Value.GetString(),
            // The event record's own shape, { "text": …, "code": … }, is welcome too.
            JsonValueKind.Object => value.Value.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : value.Value.GetRawText(),
            _ => throw new GoldLineException($"'attribution' must be the text of whose word the event rests on, or null, not {value.Value.GetRawText()}"),
        };
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            throw new GoldLineException("'attribution' is empty: write null when the story states the event in its own voice");
        }
        return text;
    }

    private static string? Text(JsonElement root, string name)
    {
        var value = Optional(root, name);
        return value?.ValueKind switch
        {
            null => null,
            JsonValueKind.String => value.Value.GetString(),
            _ => throw new GoldLineException($"'{name}' must be a string or null, not {value.Value.GetRawText()}"),
        };
    }

    private static JsonElement Required(JsonElement root, string name) =>
        Optional(root, name) ?? throw new GoldLineException($"no '{name}' (required: article_id, sentence_index, cameo, modality)");

    /// <summary>The field's value; null when the field is absent or JSON null.</summary>
    private static JsonElement? Optional(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    /// <summary>What is wrong with one line; caught by the line loop and never seen outside.</summary>
    private sealed class GoldLineException(string message) : Exception(message);
}

using System.Text;

namespace Parley.Coding.Evaluation;

/// <summary>
/// Reads labelled stories from a CSV file (RFC 4180: a header, quoted fields that may hold commas, quotes and line
/// breaks) with the columns <c>id</c>, <c>title</c>, <c>text</c>, <c>label</c> and optionally <c>mode</c>, in any
/// order; other columns are ignored. A record without an id, a text or a label becomes a <see cref="LineProblem"/>
/// and the rest of the file is still read.
/// </summary>
public static class LabelledStoryReader
{
    /// <summary>Reads the file at <paramref name="path"/>; throws <see cref="IOException"/> (or <see cref="FileNotFoundException"/>) when it cannot be opened.</summary>
    public static EvaluationFile<LabelledStory> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads <paramref name="reader"/> to its end; <paramref name="path"/> only names the lines in problems.</summary>
    public static EvaluationFile<LabelledStory> Read(TextReader reader, string path)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var stories = new List<LabelledStory>();
        var problems = new List<LineProblem>();
        var records = new CsvRecords(reader);
        if (records.Next() is not { } header)
        {
            problems.Add(new LineProblem(path, 1, "the file is empty: expected a header with id, title, text, label"));
            return new EvaluationFile<LabelledStory>(path, stories, problems);
        }
        var columns = header.Fields.Select((name, i) => (Name: name.Trim().ToLowerInvariant(), i)).GroupBy(c => c.Name).ToDictionary(g => g.Key, g => g.First().i);
        var missing = new[] { "id", "title", "text", "label" }.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new LineProblem(path, 1, $"the header has no column {string.Join(", ", missing)}"));
            return new EvaluationFile<LabelledStory>(path, stories, problems);
        }
        while (records.Next() is { } record)
        {
            if (record.Problem is { } problem)
            {
                problems.Add(new LineProblem(path, record.Line, problem));
                continue;
            }
            string Field(string name) => columns.TryGetValue(name, out int i) && i < record.Fields.Count ? record.Fields[i].Trim() : string.Empty;
            string id = Field("id");
            string text = Field("text");
            string label = Field("label").ToUpperInvariant();
            string? empty = id.Length == 0 ? "id" : text.Length == 0 ? "text" : label.Length == 0 ? "label" : null;
            if (empty is not null)
            {
                problems.Add(new LineProblem(path, record.Line, $"the record has no {empty}"));
                continue;
            }
            string mode = Field("mode").ToUpperInvariant();
            stories.Add(new LabelledStory(id, record.Line, Field("title"), text, label, mode.Length == 0 ? null : mode));
        }
        return new EvaluationFile<LabelledStory>(path, stories, problems);
    }

    /// <summary>One CSV record: its fields, the line it starts on, and what is wrong with it when it is malformed.</summary>
    private sealed record CsvRecord(IReadOnlyList<string> Fields, int Line, string? Problem);

    /// <summary>Splits a CSV stream into records, keeping line numbers; an unterminated quote ends the file with a problem.</summary>
    private sealed class CsvRecords(TextReader reader)
    {
        private int _line = 1;

        public CsvRecord? Next()
        {
            int c = reader.Peek();
            while (c is '\r' or '\n')
            {
                reader.Read();
                if (c == '\n')
                {
                    _line++;
                }
                c = reader.Peek();
            }
            if (c < 0)
            {
                return null;
            }
            int start = _line;
            var fields = new List<string>();
            var field = new StringBuilder();
            bool quoted = false;
            bool wasQuoted = false;
            while (true)
            {
                c = reader.Read();
                if (c < 0)
                {
                    fields.Add(field.ToString());
                    return new CsvRecord(fields, start, quoted ? "a quoted field is not closed before the end of the file" : null);
                }
                if (c == '\n')
                {
                    _line++;
                }
                if (quoted)
                {
                    if (c == '"')
                    {
                        if (reader.Peek() == '"')
                        {
                            reader.Read();
                            field.Append('"');
                        }
                        else
                        {
                            quoted = false;
                        }
                    }
                    else
                    {
                        field.Append((char)c);
                    }
                    continue;
                }
                switch (c)
                {
                    case '"' when field.Length == 0 && !wasQuoted:
                        quoted = wasQuoted = true;
                        break;
                    case ',':
                        fields.Add(field.ToString());
                        field.Clear();
                        wasQuoted = false;
                        break;
                    case '\r':
                        break;
                    case '\n':
                        fields.Add(field.ToString());
                        return new CsvRecord(fields, start, null);
                    default:
                        field.Append((char)c);
                        break;
                }
            }
        }
    }
}

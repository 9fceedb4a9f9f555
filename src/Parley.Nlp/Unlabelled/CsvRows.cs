using System.Text;

namespace Parley.Nlp.Unlabelled;

/// <summary>Reads RFC 4180 rows one at a time: quoted fields may hold commas, doubled quotes and line breaks.</summary>
internal sealed class CsvRows(TextReader reader, string name)
{
    /// <summary>The line the last row returned started on (1-based).</summary>
    public int LineNumber { get; private set; }

    private int _line = 1;

    /// <summary>The next row's fields, or null at the end of the input.</summary>
    /// <exception cref="InvalidDataException">A quoted field is not closed before the end of the input.</exception>
    public List<string>? Next()
    {
        if (reader.Peek() < 0)
        {
            return null;
        }
        LineNumber = _line;
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false;
        while (true)
        {
            int c = reader.Read();
            if (c < 0)
            {
                if (quoted)
                {
                    throw new InvalidDataException($"{name}:{LineNumber}: a quoted field is not closed before the end of the file.");
                }
                fields.Add(field.ToString());
                return fields;
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
                    _line += c == '\n' ? 1 : 0;
                    field.Append((char)c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    _line++;
                    fields.Add(field.ToString());
                    return fields;
                default:
                    field.Append((char)c);
                    break;
            }
        }
    }
}

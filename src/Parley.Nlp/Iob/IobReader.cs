using Parley.Text;

namespace Parley.Nlp.Iob;

/// <summary>
/// Reads named-entity files in IOB form, one token per line and a blank line between sentences. Two layouts are
/// recognised line by line: Universal NER's tab-separated columns (<c>id, token, label, …</c>, with <c>#</c>
/// comments) and the CoNLL-2003 style of wikigold (<c>token label</c> separated by a space, <c>-DOCSTART-</c>
/// lines between documents). Labels are kept as written; decode them with <see cref="IobScheme"/>.
/// </summary>
public static class IobReader
{
    private const string DocStart = "-DOCSTART-";

    /// <summary>The sentences of the file at <paramref name="path"/>; a malformed line throws <see cref="IobFormatException"/>.</summary>
    public static IEnumerable<IobSentence> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        foreach (var sentence in Read(reader, path))
        {
            yield return sentence;
        }
    }

    /// <summary>
    /// Gold-token documents with entities of <paramref name="keepTypes"/> (all when null): one per document of the
    /// file (<c># newdoc</c>, <c>-DOCSTART-</c>), or one per sentence when the file marks no documents.
    /// </summary>
    public static List<Document> ReadDocuments(string path, IReadOnlySet<string>? keepTypes = null)
    {
        var sentences = ReadFile(path).ToList();
        if (!sentences.Any(s => s.NewDocument))
        {
            return [.. sentences.Select(s => s.ToDocument(keepTypes: keepTypes))];
        }
        var docs = new List<Document>();
        int first = 0;
        for (int i = 1; i <= sentences.Count; i++)
        {
            if (i == sentences.Count || sentences[i].NewDocument)
            {
                docs.Add(ToDocument(sentences.GetRange(first, i - first), keepTypes));
                first = i;
            }
        }
        return docs;
    }

    /// <summary>One gold-token document of several sentences: tokens joined by spaces, sentences marked, entities decoded per sentence.</summary>
    public static Document ToDocument(IReadOnlyList<IobSentence> sentences, IReadOnlySet<string>? keepTypes = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var doc = new Document(string.Join(' ', sentences.SelectMany(s => s.Tokens)));
        int offset = 0;
        foreach (var sentence in sentences)
        {
            int first = doc.Count;
            foreach (var token in sentence.Tokens)
            {
                doc.AddToken(offset, offset + token.Length);
                offset += token.Length + 1;
            }
            if (doc.Count > first)
            {
                doc.StartSentence(first);
            }
            foreach (var span in IobScheme.Decode(sentence.Labels))
            {
                if (keepTypes is null || keepTypes.Contains(span.Label))
                {
                    doc.Entities.Add(span with { Start = span.Start + first, End = span.End + first });
                }
            }
        }
        doc.Mark(Annotations.Tokens | Annotations.Sentences | Annotations.Entities);
        return doc;
    }

    /// <param name="reader">The text to read.</param>
    /// <param name="name">The file name used in error messages.</param>
    public static IEnumerable<IobSentence> Read(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(name);
        IobSentence? current = null;
        bool newDocument = false;
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                if (current is not null)
                {
                    yield return current;
                    current = null;
                }
                continue;
            }
            if (line.Contains('\t'))
            {
                current ??= New(lineNumber, ref newDocument);
                ReadColumns(current, line, name, lineNumber);
                continue;
            }
            if (line[0] == '#' && (current is null || current.Tokens.Count == 0) && !LooksLikeTokenLine(line))
            {
                current ??= New(lineNumber, ref newDocument);
                ReadComment(current, line);
                continue;
            }
            if (line.StartsWith(DocStart, StringComparison.Ordinal))
            {
                if (current is not null && current.Tokens.Count > 0)
                {
                    throw new IobFormatException(name, lineNumber, $"{DocStart} inside a sentence; put a blank line before it");
                }
                newDocument = true;
                if (current is not null)
                {
                    current.NewDocument = true;
                }
                continue;
            }
            current ??= New(lineNumber, ref newDocument);
            ReadSpaced(current, line, name, lineNumber);
        }
        if (current is not null && current.Tokens.Count > 0)
        {
            yield return current;
        }
    }

    private static IobSentence New(int lineNumber, ref bool newDocument)
    {
        var sentence = new IobSentence { LineNumber = lineNumber, NewDocument = newDocument };
        newDocument = false;
        return sentence;
    }

    // "# O" is the token "#" in a space-separated file, not a comment.
    private static bool LooksLikeTokenLine(string line)
    {
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length == 2 && IobScheme.IsValid(fields[1]);
    }

    private static void ReadComment(IobSentence sentence, string line)
    {
        var body = line.AsSpan(1).Trim();
        if (body.StartsWith("sent_id =", StringComparison.Ordinal))
        {
            sentence.SentId = body["sent_id =".Length..].Trim().ToString();
        }
        else if (body.StartsWith("newdoc", StringComparison.Ordinal))
        {
            sentence.NewDocument = true;
        }
    }

    private static void ReadColumns(IobSentence sentence, string line, string name, int lineNumber)
    {
        var fields = line.Split('\t');
        if (fields.Length < 3)
        {
            throw new IobFormatException(name, lineNumber, $"expected at least 3 tab-separated fields (id, token, label), found {fields.Length}");
        }
        if (!int.TryParse(fields[0], out int id) || id != sentence.Tokens.Count + 1)
        {
            throw new IobFormatException(name, lineNumber, $"token id '{fields[0]}' is not the next integer ({sentence.Tokens.Count + 1})");
        }
        Add(sentence, fields[1], fields[2], name, lineNumber);
    }

    private static void ReadSpaced(IobSentence sentence, string line, string name, int lineNumber)
    {
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length < 2)
        {
            throw new IobFormatException(name, lineNumber, $"expected a token and a label separated by a space, found '{line}'");
        }
        // CoNLL-2003 layouts put POS and chunk columns between the token and the label, which is always last.
        Add(sentence, fields[0], fields[^1], name, lineNumber);
    }

    private static void Add(IobSentence sentence, string token, string label, string name, int lineNumber)
    {
        if (token.Length == 0 || token.Any(char.IsWhiteSpace))
        {
            throw new IobFormatException(name, lineNumber, $"token '{token}' is empty or contains whitespace");
        }
        if (!IobScheme.IsValid(label))
        {
            throw new IobFormatException(name, lineNumber, $"label '{label}' is not O, B-TYPE or I-TYPE");
        }
        sentence.Tokens.Add(token);
        sentence.Labels.Add(label);
    }
}

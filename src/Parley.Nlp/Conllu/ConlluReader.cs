namespace Parley.Nlp.Conllu;

/// <summary>Reads CoNLL-U (universaldependencies.org/format.html). Empty nodes (IDs like <c>8.1</c>) are skipped.</summary>
public static class ConlluReader
{
    public static IEnumerable<ConlluSentence> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        foreach (var sentence in Read(reader, path))
        {
            yield return sentence;
        }
    }

    /// <param name="reader">The text to read.</param>
    /// <param name="name">The file name used in error messages.</param>
    public static IEnumerable<ConlluSentence> Read(TextReader reader, string name)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ConlluSentence? current = null;
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || string.IsNullOrWhiteSpace(line))
            {
                if (current is not null)
                {
                    Validate(current, name);
                    yield return current;
                    current = null;
                }
                continue;
            }
            current ??= new ConlluSentence { LineNumber = lineNumber };
            if (line[0] == '#')
            {
                ReadComment(current, line);
                continue;
            }
            ReadWordLine(current, line, name, lineNumber);
        }
        if (current is not null)
        {
            Validate(current, name);
            yield return current;
        }
    }

    private static void ReadComment(ConlluSentence sentence, string line)
    {
        sentence.Comments.Add(line);
        var body = line.AsSpan(1).Trim();
        if (body.StartsWith("text =", StringComparison.Ordinal))
        {
            sentence.Text = body["text =".Length..].Trim().ToString();
        }
        else if (body.StartsWith("sent_id =", StringComparison.Ordinal))
        {
            sentence.SentId = body["sent_id =".Length..].Trim().ToString();
        }
        else if (body.StartsWith("newdoc", StringComparison.Ordinal))
        {
            sentence.NewDocument = true;
        }
        else if (body.StartsWith("newpar", StringComparison.Ordinal))
        {
            sentence.NewParagraph = true;
        }
    }

    private static void ReadWordLine(ConlluSentence sentence, string line, string name, int lineNumber)
    {
        var fields = line.Split('\t');
        if (fields.Length != 10)
        {
            throw new ConlluFormatException(name, lineNumber, $"expected 10 tab-separated fields, found {fields.Length}");
        }
        string id = fields[0];
        if (id.Contains('.'))
        {
            return; // empty node of the enhanced graph
        }
        int dash = id.IndexOf('-');
        if (dash > 0)
        {
            if (!int.TryParse(id.AsSpan(0, dash), out int first) || !int.TryParse(id.AsSpan(dash + 1), out int last) || last < first)
            {
                throw new ConlluFormatException(name, lineNumber, $"bad multiword token range '{id}'");
            }
            sentence.Multiwords.Add(new ConlluMultiword(first, last, fields[1], fields[9]));
            return;
        }
        if (!int.TryParse(id, out int wordId) || wordId != sentence.Words.Count + 1)
        {
            throw new ConlluFormatException(name, lineNumber, $"word ID '{id}' is not the next integer ({sentence.Words.Count + 1})");
        }
        int head = -1;
        if (fields[6] != "_" && (!int.TryParse(fields[6], out head) || head < 0))
        {
            throw new ConlluFormatException(name, lineNumber, $"bad HEAD '{fields[6]}'");
        }
        sentence.Words.Add(new ConlluWord(wordId, fields[1], fields[2], fields[3], fields[4], fields[5], head, fields[7], fields[8], fields[9]));
    }

    private static void Validate(ConlluSentence sentence, string name)
    {
        if (sentence.Words.Count == 0)
        {
            throw new ConlluFormatException(name, sentence.LineNumber, "sentence has no words");
        }
        foreach (var word in sentence.Words)
        {
            if (word.Head > sentence.Words.Count)
            {
                throw new ConlluFormatException(name, sentence.LineNumber, $"word {word.Id} has HEAD {word.Head}, beyond the sentence's {sentence.Words.Count} words");
            }
        }
    }
}

namespace Parley.Nlp.Lemmatization;

/// <summary>
/// Reads WordNet's morphological exception lists (<c>noun.exc</c>, <c>verb.exc</c>, <c>adj.exc</c>,
/// <c>adv.exc</c>: "inflected-form base-form …" per line) as lemma examples with the Penn tags each inflected
/// form can carry. Used only as training input: the lemmatizer keeps the entries its rules get wrong.
/// </summary>
public static class WordNetExceptions
{
    /// <summary>The examples in the lists found in <paramref name="directory"/>; lists that are absent are skipped.</summary>
    public static IReadOnlyList<LemmaExample> Read(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"{directory}: no such folder (it should hold WordNet's *.exc files).");
        }
        var examples = new List<LemmaExample>();
        Add(examples, Path.Combine(directory, "noun.exc"), _ => ["NNS"]);
        Add(examples, Path.Combine(directory, "verb.exc"), form =>
            form.EndsWith("ing", StringComparison.Ordinal) ? ["VBG"]
            : form.EndsWith('s') ? ["VBZ", "VBD", "VBN"]
            : ["VBD", "VBN"]);
        Add(examples, Path.Combine(directory, "adj.exc"), form =>
            form.EndsWith("est", StringComparison.Ordinal) ? ["JJS"]
            : form.EndsWith("er", StringComparison.Ordinal) ? ["JJR"]
            : ["JJR", "JJS"]);
        Add(examples, Path.Combine(directory, "adv.exc"), form =>
            form.EndsWith("est", StringComparison.Ordinal) ? ["RBS"]
            : form.EndsWith("er", StringComparison.Ordinal) ? ["RBR"]
            : ["RBR", "RBS"]);
        return examples;
    }

    /// <summary>
    /// The one-word verbs of WordNet's verb index (<c>index.verb</c>) in <paramref name="directory"/>, or none when it
    /// is absent: the lemmatizer checks its regular lemmas of verb forms against them (<see cref="Lemmatizer"/>).
    /// </summary>
    public static IReadOnlyList<string> VerbLemmas(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var path = Path.Combine(directory, "index.verb");
        if (!File.Exists(path))
        {
            return [];
        }
        // The file opens with its licence, each line indented; an entry starts with its lemma ("abet v 1 2 @ + …").
        return [.. File.ReadLines(path)
            .Where(line => line.Length > 0 && line[0] != ' ')
            .Select(line => line.Split(' ', 2)[0])
            .Where(lemma => !lemma.Contains('_', StringComparison.Ordinal))];
    }

    /// <summary>The files <see cref="Read"/> and <see cref="VerbLemmas"/> look for, for recording in a manifest.</summary>
    public static IReadOnlyList<string> Files(string directory)
        => [.. new[] { "noun.exc", "verb.exc", "adj.exc", "adv.exc", "index.verb" }.Select(f => Path.Combine(directory, f)).Where(File.Exists)];

    private static void Add(List<LemmaExample> examples, string path, Func<string, string[]> tags)
    {
        if (!File.Exists(path))
        {
            return;
        }
        foreach (var line in File.ReadLines(path))
        {
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // Multiword entries ("attorneys_general") never match a single token.
            if (fields.Length < 2 || fields[0].Contains('_', StringComparison.Ordinal) || fields[1].Contains('_', StringComparison.Ordinal))
            {
                continue;
            }
            foreach (var xpos in tags(fields[0]))
            {
                examples.Add(new LemmaExample(fields[0], xpos, fields[1]));
            }
        }
    }
}

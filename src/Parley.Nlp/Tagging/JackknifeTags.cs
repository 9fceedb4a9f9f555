using System.Text;
using Parley.Text;

namespace Parley.Nlp.Tagging;

/// <summary>
/// Predicted UPOS and XPOS for each word of a list of sentences (see <see cref="JackknifeTagging"/>), which can be put
/// on the sentences' documents and kept in a scratch file between training runs, since making them takes minutes.
/// </summary>
public sealed class JackknifeTags
{
    private const string Magic = "parley-jackknife-tags";
    private readonly (string Upos, string Xpos)[][] _tags;

    /// <summary>Wraps one array of (UPOS, XPOS) per sentence, one pair per word.</summary>
    public JackknifeTags((string Upos, string Xpos)[][] tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        _tags = tags;
    }

    /// <summary>Sentences covered.</summary>
    public int Count => _tags.Length;

    /// <summary>
    /// Replaces the tags of <paramref name="documents"/> (one per sentence, in the same order) with these. Heads,
    /// relations and lemmas are left as they are.
    /// </summary>
    /// <exception cref="ArgumentException">The documents are not the sentences these tags were made for.</exception>
    public void Apply(IReadOnlyList<Document> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count != _tags.Length)
        {
            throw new ArgumentException($"{_tags.Length} sentences of tags cannot be put on {documents.Count} documents.", nameof(documents));
        }
        for (int s = 0; s < documents.Count; s++)
        {
            var doc = documents[s];
            if (doc.Count != _tags[s].Length)
            {
                throw new ArgumentException($"Sentence {s + 1} has {doc.Count} words but {_tags[s].Length} tags.", nameof(documents));
            }
            for (int i = 0; i < doc.Count; i++)
            {
                doc.Upos[i] = doc.Strings.Add(_tags[s][i].Upos);
                doc.Xpos[i] = doc.Strings.Add(_tags[s][i].Xpos);
            }
        }
    }

    /// <summary>
    /// Writes the tags to <paramref name="path"/> under <paramref name="key"/>, a string naming what they were
    /// made from (data digest, folds, tagger settings), so <see cref="TryRead"/> can tell a stale file.
    /// </summary>
    public void Write(string path, string key)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(key);
        var text = new StringBuilder();
        text.Append(Magic).Append('\t').Append(key).Append('\t').Append(_tags.Length).Append('\n');
        foreach (var sentence in _tags)
        {
            foreach (var (upos, xpos) in sentence)
            {
                text.Append(upos).Append('\t').Append(xpos).Append('\n');
            }
            text.Append('\n');
        }
        string temporary = path + ".partial";
        File.WriteAllText(temporary, text.ToString());
        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>
    /// The tags in <paramref name="path"/> if the file is there, whole, and was written under <paramref name="key"/>;
    /// null otherwise (missing, stale or damaged), so the caller makes them again.
    /// </summary>
    public static JackknifeTags? TryRead(string path, string key)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(key);
        if (!File.Exists(path))
        {
            return null;
        }
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0].Split('\t') is not [Magic, var fileKey, var countText]
            || fileKey != key || !int.TryParse(countText, out int count) || count < 0)
        {
            return null;
        }
        var tags = new List<(string, string)[]>(count);
        var sentence = new List<(string, string)>();
        for (int n = 1; n < lines.Length; n++)
        {
            if (lines[n].Length == 0)
            {
                tags.Add([.. sentence]);
                sentence.Clear();
                continue;
            }
            if (lines[n].Split('\t') is not [var upos, var xpos])
            {
                return null;
            }
            sentence.Add((upos, xpos));
        }
        return sentence.Count == 0 && tags.Count == count ? new JackknifeTags([.. tags]) : null;
    }
}

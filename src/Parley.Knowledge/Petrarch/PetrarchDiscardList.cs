namespace Parley.Knowledge.Petrarch;

/// <summary>
/// A PETRARCH discard list as read by <see cref="PetrarchDiscardReader"/>, with PETRARCH's matching: an entry is
/// found when its phrase, preceded by a blank, is in the sentence with a blank put before it, case ignored.
/// Immutable and safe to share between threads.
/// </summary>
public sealed class PetrarchDiscardList
{
    internal PetrarchDiscardList(string path, int lines, IReadOnlyList<PetrarchDiscard> entries, IReadOnlyList<DictionaryProblem> refused)
    {
        Path = path;
        Lines = lines;
        Entries = entries;
        Refused = refused;
    }

    public string Path { get; }

    /// <summary>How many lines with content the file has.</summary>
    public int Lines { get; }

    public IReadOnlyList<PetrarchDiscard> Entries { get; }

    /// <summary>Lines left out as wrong when read leniently, as <c>file:line: what is wrong</c>.</summary>
    public IReadOnlyList<DictionaryProblem> Refused { get; }

    /// <summary>The first entry found in <paramref name="text"/>, story-level entries first; null when none is.</summary>
    public PetrarchDiscard? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string padded = " " + string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        PetrarchDiscard? sentenceLevel = null;
        foreach (var entry in Entries)
        {
            if ((sentenceLevel is null || entry.WholeStory) && Contains(padded, entry))
            {
                if (entry.WholeStory)
                {
                    return entry;
                }
                sentenceLevel = entry;
            }
        }
        return sentenceLevel;
    }

    private static bool Contains(string padded, PetrarchDiscard entry)
    {
        string needle = " " + entry.Text;
        int from = 0;
        while (true)
        {
            int at = padded.IndexOf(needle, from, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }
            int end = at + needle.Length;
            if (!entry.WholeWord || end == padded.Length || !char.IsLetterOrDigit(padded[end]))
            {
                return true;
            }
            from = at + 1;
        }
    }
}

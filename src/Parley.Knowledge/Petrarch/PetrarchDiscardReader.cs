namespace Parley.Knowledge.Petrarch;

/// <summary>
/// Reads a PETRARCH discard list (<c>dictionaries-format.rst</c>, "Discard List"): one phrase per line, <c>+</c>
/// in front for a story-level discard, a final <c>_</c> for a whole-word match.
/// </summary>
public static class PetrarchDiscardReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <param name="lenient">False: any wrong line makes the read throw. True: wrong lines are left out and listed in <see cref="PetrarchDiscardList.Refused"/>.</param>
    /// <exception cref="DictionaryException">The file is missing, or (read strictly) any line is wrong.</exception>
    public static PetrarchDiscardList Read(string path, bool lenient = false)
    {
        PetrarchProblems.RequireFile(path);
        var problems = new PetrarchProblems(path, lenient);
        var entries = new List<PetrarchDiscard>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        int lines = 0;
        foreach (var (number, text, _) in PetrarchLines.Read(path))
        {
            lines++;
            string line = text.Trim();
            bool story = line[0] == '+';
            if (story)
            {
                line = line[1..].Trim();
            }
            bool wholeWord = line.EndsWith('_');
            string phrase = string.Join(' ', line.ToUpperInvariant().Split([' ', '\t', '_'], StringSplitOptions.RemoveEmptyEntries));
            if (phrase.Length == 0)
            {
                problems.Add(number, "discard has no phrase");
                continue;
            }
            if (phrase.Contains('[', StringComparison.Ordinal) || phrase.Contains(']', StringComparison.Ordinal))
            {
                problems.Add(number, $"discard '{phrase}' has a code in brackets: discards take none");
                continue;
            }
            string key = (story ? "+" : "") + phrase + (wholeWord ? "_" : "");
            if (seen.TryGetValue(key, out int first))
            {
                problems.Add(number, $"discard '{phrase}' is listed twice (first on line {first})");
                continue;
            }
            seen[key] = number;
            entries.Add(new PetrarchDiscard { Line = number, Text = phrase, WholeStory = story, WholeWord = wholeWord });
        }
        return new PetrarchDiscardList(path, lines, entries, problems.Finish());
    }
}

namespace Parley.Knowledge.Petrarch;

/// <summary>
/// Reads a PETRARCH issues dictionary (<c>dictionaries-format.rst</c>, "Issues List"): <c>&lt;ISSUE CATEGORY="…"&gt;</c>
/// sections, entries <c>phrase [CODE]</c> with the <c>n:</c>, <c>v:</c> and <c>+</c> expansions, and <c>~</c> ignore phrases.
/// </summary>
public static class PetrarchIssueReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <param name="lenient">False: any wrong line makes the read throw. True: wrong lines are left out and listed in <see cref="PetrarchIssueList.Refused"/>.</param>
    /// <exception cref="DictionaryException">The file is missing, or (read strictly) any line is wrong.</exception>
    public static PetrarchIssueList Read(string path, bool lenient = false)
    {
        PetrarchProblems.RequireFile(path);
        var problems = new PetrarchProblems(path, lenient);
        var issues = new List<PetrarchIssue>();
        var ignored = new List<string>();
        string? category = null;
        int lines = 0;
        foreach (var (number, text, _) in PetrarchLines.Read(path))
        {
            lines++;
            string line = text.Trim();
            try
            {
                if (line.StartsWith("</ISSUE", StringComparison.OrdinalIgnoreCase))
                {
                    category = null;
                }
                else if (line.StartsWith("<ISSUE", StringComparison.OrdinalIgnoreCase))
                {
                    int at = line.IndexOf("CATEGORY=\"", StringComparison.OrdinalIgnoreCase);
                    int end = at < 0 ? -1 : line.IndexOf('"', at + 10);
                    if (end < 0)
                    {
                        throw new PetrarchLineException("<ISSUE> has no CATEGORY=\"…\"");
                    }
                    category = line[(at + 10)..end];
                }
                else if (line[0] == '~')
                {
                    ignored.AddRange(Expand(line.TrimStart('~')));
                }
                else
                {
                    int open = line.IndexOf('[');
                    int close = open < 0 ? -1 : line.IndexOf(']', open);
                    if (open < 0 || close < 0)
                    {
                        throw new PetrarchLineException("issue has no code in brackets ('phrase [CODE]')");
                    }
                    string code = line[(open + 1)..close].Trim();
                    if (code.Length == 0 || code.Contains(' ', StringComparison.Ordinal))
                    {
                        throw new PetrarchLineException($"issue code '[{code}]' is empty or has a blank in it");
                    }
                    var phrases = Expand(line[..open]);
                    if (phrases.Count == 0)
                    {
                        throw new PetrarchLineException("issue has a code but no phrase");
                    }
                    issues.Add(new PetrarchIssue { Line = number, Code = code, Category = category, Phrases = phrases });
                }
            }
            catch (PetrarchLineException e)
            {
                problems.Add(number, e.Message);
            }
        }
        return new PetrarchIssueList(path, lines, issues, ignored, problems.Finish());
    }

    /// <summary>Every phrase a written string stands for, with each word's expansions multiplied out.</summary>
    private static List<string> Expand(string text)
    {
        var phrases = new List<string> { "" };
        foreach (var raw in text.Trim().ToLowerInvariant().Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
        {
            var forms = WordForms(raw);
            phrases = phrases.SelectMany(p => forms.Select(f => p.Length == 0 ? f : p + " " + f)).ToList();
        }
        return phrases.Where(p => p.Length > 0).Distinct().ToList();
    }

    private static List<string> WordForms(string word)
    {
        List<string> forms;
        if (word.StartsWith("n:", StringComparison.Ordinal) && word.Length > 2)
        {
            string stem = word[2..];
            forms = [stem, PetrarchVerbReader.Plural(stem.ToUpperInvariant()).ToLowerInvariant()];
        }
        else if (word.StartsWith("v:", StringComparison.Ordinal) && word.Length > 2)
        {
            string stem = word[2..];
            forms = [stem, .. PetrarchVerbReader.RegularForms(stem.ToUpperInvariant()).Select(f => f.ToLowerInvariant())];
        }
        else
        {
            forms = [word];
        }
        // "pre+n:school": the prefix may be joined by a blank or a hyphen.
        int plus = word.IndexOf('+');
        if (plus > 0 && plus < word.Length - 1)
        {
            string prefix = word[..plus];
            var rest = WordForms(word[(plus + 1)..]);
            return rest.SelectMany(r => new[] { prefix + " " + r, prefix + "-" + r }).ToList();
        }
        return forms;
    }
}

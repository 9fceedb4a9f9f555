namespace Parley.Knowledge.Petrarch;

/// <summary>
/// Reads a PETRARCH agent dictionary (<c>dictionaries-format.rst</c>, "Agent Dictionary"): substitution sets
/// <c>!X! = A, B, C</c>, and entries <c>phrase {plural} [~CODE]</c> or <c>[CODE~]</c>, the phrase possibly holding
/// a substitution marker (<c>CONGRESS!PERSON!</c>, <c>!MINIST!_OF_INTERNAL_AFFAIRS</c>).
/// </summary>
public static class PetrarchAgentReader
{
    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <param name="lenient">False: any wrong line makes the read throw. True: wrong lines are left out and listed in <see cref="PetrarchAgentDictionary.Refused"/>.</param>
    /// <exception cref="DictionaryException">The file is missing, or (read strictly) any line is wrong; every problem is listed as <c>file:line: what is wrong</c>.</exception>
    public static PetrarchAgentDictionary Read(string path, bool lenient = false)
    {
        PetrarchProblems.RequireFile(path);
        var problems = new PetrarchProblems(path, lenient);
        var agents = new List<PetrarchAgent>();
        var substitutions = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        int lines = 0;
        foreach (var (number, text, _) in PetrarchLines.Read(path))
        {
            lines++;
            string line = text.Trim();
            try
            {
                if (line[0] == '!' && line.Contains('=', StringComparison.Ordinal) && !line.Contains('[', StringComparison.Ordinal))
                {
                    var (marker, items) = ReadSubstitution(line);
                    if (!substitutions.TryAdd(marker, items))
                    {
                        throw new PetrarchLineException($"substitution marker {marker} is defined twice");
                    }
                }
                else
                {
                    agents.AddRange(ReadEntry(line, number, substitutions));
                }
            }
            catch (PetrarchLineException e)
            {
                problems.Add(number, e.Message);
            }
        }
        return new PetrarchAgentDictionary(path, lines, agents, substitutions, problems.Finish());
    }

    private static (string Marker, IReadOnlyList<string> Items) ReadSubstitution(string line)
    {
        int equals = line.IndexOf('=');
        string marker = line[..equals].Trim().ToUpperInvariant();
        if (marker.Length < 3 || marker[^1] != '!' || marker[1..^1].Contains('!', StringComparison.Ordinal))
        {
            throw new PetrarchLineException($"substitution marker '{marker}' is not of the form '!NAME!'");
        }
        var items = line[(equals + 1)..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(i => i.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant()).ToArray();
        if (items.Length == 0)
        {
            throw new PetrarchLineException($"substitution marker {marker} lists nothing after '='");
        }
        return (marker, items);
    }

    private static IEnumerable<PetrarchAgent> ReadEntry(string line, int number, Dictionary<string, IReadOnlyList<string>> substitutions)
    {
        int open = line.IndexOf('[');
        // "CONGRESS!PERSON! [~LEG}" is a typo of the format's own example: accept '}' as the closing bracket.
        int close = open < 0 ? -1 : line.IndexOfAny([']', '}'], open);
        if (open < 0 || close < 0)
        {
            throw new PetrarchLineException("agent has no code in brackets ('phrase [~CODE]')");
        }
        if (line[(close + 1)..].Trim().Length > 0)
        {
            throw new PetrarchLineException($"unexpected '{line[(close + 1)..].Trim()}' after the agent's code");
        }
        string rawCode = line[(open + 1)..close].Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        PetrarchAgentPlacement placement;
        string code;
        if (rawCode.Length > 1 && rawCode[0] == '~' && rawCode.IndexOf('~', 1) < 0)
        {
            placement = PetrarchAgentPlacement.AfterActor;
            code = rawCode[1..];
        }
        else if (rawCode.Length > 1 && rawCode[^1] == '~' && rawCode.IndexOf('~') == rawCode.Length - 1)
        {
            placement = PetrarchAgentPlacement.BeforeActor;
            code = rawCode[..^1];
        }
        else
        {
            throw new PetrarchLineException($"agent code '[{rawCode}]' needs one '~' before it ([~GOV], added after the actor's code) or after it ([NGO~], added before)");
        }
        if (!code.All(char.IsAsciiLetterOrDigit))
        {
            throw new PetrarchLineException($"agent code '{code}' has characters other than letters and digits");
        }
        string phraseText = line[..open];
        List<PetrarchPhrase>? plurals = null;
        int brace = phraseText.IndexOf('{');
        if (brace >= 0)
        {
            int braceClose = phraseText.IndexOf('}', brace);
            if (braceClose < 0)
            {
                throw new PetrarchLineException("plural has '{' without '}'");
            }
            plurals = [];
            foreach (var form in phraseText[(brace + 1)..braceClose].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries))
            {
                plurals.Add(Phrase(form, "plural"));
            }
            if (phraseText[(braceClose + 1)..].Trim().Length > 0)
            {
                throw new PetrarchLineException($"unexpected '{phraseText[(braceClose + 1)..].Trim()}' between the plural and the code");
            }
            phraseText = phraseText[..brace];
        }
        phraseText = phraseText.Trim().ToUpperInvariant();
        if (phraseText.Length == 0)
        {
            throw new PetrarchLineException("agent has a code but no phrase");
        }
        int bang = phraseText.IndexOf('!');
        if (bang >= 0)
        {
            int bangClose = phraseText.IndexOf('!', bang + 1);
            if (bangClose < 0)
            {
                throw new PetrarchLineException($"'{phraseText}' has an unclosed substitution marker");
            }
            string marker = phraseText[bang..(bangClose + 1)];
            if (!substitutions.TryGetValue(marker, out var items))
            {
                throw new PetrarchLineException($"substitution marker {marker} is not defined before this line");
            }
            if (phraseText.IndexOf('!', bangClose + 1) >= 0)
            {
                throw new PetrarchLineException($"'{phraseText}' has more than one substitution marker");
            }
            // Every substitute gives an entry of its own, with no plural made for it.
            foreach (var item in items)
            {
                var phrase = Phrase(phraseText[..bang] + item + phraseText[(bangClose + 1)..], "agent phrase");
                yield return new PetrarchAgent { Line = number, Phrase = phrase, Forms = [phrase], Code = code, Placement = placement };
            }
            yield break;
        }
        var singular = Phrase(phraseText, "agent phrase");
        CheckWords(singular);
        var forms = new List<PetrarchPhrase> { singular };
        if (plurals is null)
        {
            forms.Add(singular with { Words = [.. singular.Words.Take(singular.Words.Count - 1), PetrarchVerbReader.Plural(singular.Words[^1])] });
        }
        else
        {
            forms.AddRange(plurals);
        }
        yield return new PetrarchAgent { Line = number, Phrase = singular, Forms = forms, Code = code, Placement = placement };
    }

    /// <summary>The phrase written <paramref name="text"/>; one of only underscores ("_") is a wrong line, not a phrase.</summary>
    private static PetrarchPhrase Phrase(string text, string what) =>
        PetrarchPhrase.Parse(text) ?? throw new PetrarchLineException($"{what} '{text.Trim()}' has no word, only '_'");

    private static void CheckWords(PetrarchPhrase phrase)
    {
        foreach (var word in phrase.Words)
        {
            foreach (char c in word)
            {
                if (!(char.IsLetterOrDigit(c) || c is '-' or '\'' or '.' or '&' or '/' or '(' or ')'))
                {
                    throw new PetrarchLineException($"agent phrase '{phrase.Text}' has '{c}' in it");
                }
            }
        }
    }
}

namespace Parley.Knowledge.Petrarch;

/// <summary>
/// Reads a PETRARCH2 verb dictionary (<c>dictionaries-format.rst</c>, "Verb Dictionary"): synsets <c>&amp;NAME</c>
/// with <c>+member</c> lines (plurals made unless the name or the member ends in <c>_</c>), verb blocks
/// <c>--- NAME [CODE] ---</c> with their verbs (irregular forms in <c>{…}</c>, multi-word verbs with <c>+</c> on
/// the verb word, a verb's own code in <c>[…]</c>), patterns <c>- PRE * POST [CODE]</c> (bare words, <c>{A B}</c>
/// phrases, <c>(PREP noun)</c> phrases, synsets, <c>_</c> joins, TABARI markers) and transformations <c>~ …</c>.
/// </summary>
public static class PetrarchVerbReader
{
    private static readonly HashSet<string> Markers = ["$", "+", "^", "%"];

    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <param name="lenient">
    /// False (the default): any wrong line makes the read throw, listing every problem. True: wrong lines are
    /// left out and listed in <see cref="PetrarchVerbDictionary.Refused"/>, the way PETRARCH skips them.
    /// </param>
    /// <exception cref="DictionaryException">The file is missing, or (read strictly) any line is wrong; every problem is listed as <c>file:line: what is wrong</c>.</exception>
    public static PetrarchVerbDictionary Read(string path, bool lenient = false)
    {
        PetrarchProblems.RequireFile(path);
        var problems = new PetrarchProblems(path, lenient);
        var synsets = new Dictionary<string, PetrarchSynset>(StringComparer.Ordinal);
        var blocks = new List<PetrarchVerbBlock>();
        var transformations = new List<PetrarchTransformation>();
        BlockBuilder? block = null;
        SynsetBuilder? synset = null;
        int lines = 0;

        void CloseSynset()
        {
            if (synset is null)
            {
                return;
            }
            if (synset.Members.Count == 0)
            {
                problems.Add(synset.Line, $"synset {synset.Name} has no '+' members");
            }
            else
            {
                synsets[synset.Name] = synset.Build();
            }
            synset = null;
        }

        void CloseBlock()
        {
            if (block is null)
            {
                return;
            }
            if (block.Verbs.Count == 0)
            {
                problems.Add(block.Line, $"verb block '{block.Name}' lists no verbs");
            }
            else
            {
                blocks.Add(block.Build());
            }
            block = null;
        }

        foreach (var (number, text, comment) in PetrarchLines.Read(path))
        {
            lines++;
            string line = text.Trim();
            try
            {
                if (line.StartsWith("---", StringComparison.Ordinal))
                {
                    CloseSynset();
                    CloseBlock();
                    block = ReadBlockHeader(line, number);
                }
                else if (line[0] == '&')
                {
                    CloseSynset();
                    synset = ReadSynsetHeader(line, number, synsets);
                }
                else if (line[0] == '+' && synset is not null)
                {
                    synset.Members.AddRange(ReadSynsetMember(line[1..], synset.NoPlurals, synsets));
                }
                else if (line[0] == '~')
                {
                    CloseSynset();
                    transformations.Add(ReadTransformation(line, number));
                }
                else if (line[0] == '-')
                {
                    CloseSynset();
                    if (block is null)
                    {
                        throw new PetrarchLineException("pattern before any '--- NAME [CODE] ---' block");
                    }
                    block.Patterns.Add(ReadPattern(line, number, comment, synsets));
                }
                else
                {
                    CloseSynset();
                    if (block is null)
                    {
                        throw new PetrarchLineException($"verb '{line}' before any '--- NAME [CODE] ---' block");
                    }
                    block.Verbs.Add(ReadVerb(line, number));
                }
            }
            catch (PetrarchLineException e)
            {
                problems.Add(number, e.Message);
            }
        }
        CloseSynset();
        CloseBlock();
        var refused = problems.Finish();
        return new PetrarchVerbDictionary(path, lines, synsets, blocks, transformations, refused);
    }

    private static BlockBuilder ReadBlockHeader(string line, int number)
    {
        string body = line[3..];
        // The closing '---' is optional: a comment after the code ("[---] # NOUN ---") takes it away.
        body = body.TrimEnd();
        if (body.EndsWith("---", StringComparison.Ordinal) && body.Length > 3)
        {
            body = body[..^3];
        }
        string name = body;
        string code = "---";
        int open = body.IndexOf('[');
        if (open >= 0)
        {
            int close = body.IndexOf(']', open);
            if (close < 0)
            {
                throw new PetrarchLineException("block header has '[' without ']'");
            }
            name = body[..open];
            code = CheckCode(body[(open + 1)..close]);
        }
        name = name.Trim();
        if (name.Length == 0)
        {
            throw new PetrarchLineException("block header names no verb ('--- NAME [CODE] ---')");
        }
        return new BlockBuilder(number, name, code);
    }

    private static SynsetBuilder ReadSynsetHeader(string line, int number, Dictionary<string, PetrarchSynset> synsets)
    {
        string name = line.Trim();
        if (name.Contains(' ', StringComparison.Ordinal) || name.Contains('\t', StringComparison.Ordinal))
        {
            throw new PetrarchLineException($"synset name '{name}' has a blank in it");
        }
        bool noPlurals = name.EndsWith('_');
        if (noPlurals)
        {
            name = name[..^1];
        }
        name = name.ToUpperInvariant();
        if (name.Length < 2)
        {
            throw new PetrarchLineException("synset has no name after '&'");
        }
        if (synsets.TryGetValue(name, out var first))
        {
            throw new PetrarchLineException($"synset {name} is defined twice (first on line {first.Line})");
        }
        return new SynsetBuilder(number, name, noPlurals);
    }

    private static IEnumerable<IReadOnlyList<string>> ReadSynsetMember(string member, bool noPlurals, Dictionary<string, PetrarchSynset> synsets)
    {
        member = member.Trim();
        if (member.Length == 0)
        {
            throw new PetrarchLineException("synset member after '+' is empty");
        }
        bool plural = !noPlurals && !member.EndsWith('_');
        var words = PetrarchLines.Words(member.ToUpperInvariant());
        foreach (var w in words)
        {
            if (Markers.Contains(w))
            {
                throw new PetrarchLineException($"synset member '{member}' holds '{w}': synsets hold words only");
            }
        }
        // A member may name another synset ("+&CURRENCY"): it stands for all of that synset's phrases.
        var expanded = new List<List<string>> { new() };
        foreach (var word in words)
        {
            if (word[0] == '&')
            {
                if (!synsets.TryGetValue(word, out var inner))
                {
                    throw new PetrarchLineException($"synset {word} is used before it is defined");
                }
                expanded = expanded.SelectMany(prefix => inner.Phrases.Select(p => prefix.Concat(p).ToList())).ToList();
            }
            else
            {
                expanded.ForEach(p => p.Add(word));
            }
        }
        var result = new List<IReadOnlyList<string>>();
        foreach (var phrase in expanded)
        {
            result.Add(phrase);
            if (plural && words[^1][0] != '&')
            {
                result.Add([.. phrase.Take(phrase.Count - 1), Plural(phrase[^1])]);
            }
        }
        return result;
    }

    /// <summary>PETRARCH's regular plural: -IES after a Y, -ES after SS, -S otherwise.</summary>
    internal static string Plural(string word)
    {
        if (word.EndsWith('Y') && word.Length > 1)
        {
            return word[..^1] + "IES";
        }
        return word.EndsWith("SS", StringComparison.Ordinal) ? word + "ES" : word + "S";
    }

    internal static PetrarchVerb ReadVerb(string line, int number)
    {
        string? code = null;
        int open = line.IndexOf('[');
        if (open >= 0)
        {
            int close = line.IndexOf(']', open);
            if (close < 0)
            {
                throw new PetrarchLineException("verb code has '[' without ']'");
            }
            code = CheckCode(line[(open + 1)..close]);
            if (line[(close + 1)..].Trim().Length > 0)
            {
                throw new PetrarchLineException($"unexpected '{line[(close + 1)..].Trim()}' after the verb's code");
            }
            line = line[..open];
        }
        string? forms = null;
        int brace = line.IndexOf('{');
        if (brace >= 0)
        {
            int close = line.IndexOf('}', brace);
            if (close < 0)
            {
                throw new PetrarchLineException("irregular forms have '{' without '}'");
            }
            forms = line[(brace + 1)..close];
            if (line[(close + 1)..].Trim().Length > 0)
            {
                throw new PetrarchLineException($"unexpected '{line[(close + 1)..].Trim()}' after the irregular forms");
            }
            line = line[..brace];
        }
        else if (line.Contains('}', StringComparison.Ordinal) || line.Contains('(', StringComparison.Ordinal) || line.Contains(')', StringComparison.Ordinal))
        {
            throw new PetrarchLineException($"verb '{line.Trim()}' has a stray bracket; irregular forms go in '{{…}}'");
        }
        var (words, verbIndex) = VerbWords(line.Trim());
        IReadOnlyList<IReadOnlyList<string>> inflected;
        if (forms is null)
        {
            inflected = RegularForms(words[verbIndex]).Select(f => (IReadOnlyList<string>)[.. words.Take(verbIndex), f, .. words.Skip(verbIndex + 1)]).ToList();
        }
        else
        {
            var list = new List<IReadOnlyList<string>>();
            foreach (var form in forms.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries))
            {
                var (formWords, formVerb) = VerbWords(form);
                if (words.Count > 1 && formWords.Count != words.Count)
                {
                    throw new PetrarchLineException($"form '{form}' has {formWords.Count} words but the verb '{line.Trim()}' has {words.Count}");
                }
                if (words.Count > 1 && formVerb != verbIndex)
                {
                    throw new PetrarchLineException($"form '{form}' marks another word with '+' than the verb '{line.Trim()}'");
                }
                list.Add(formWords);
            }
            inflected = list;
        }
        return new PetrarchVerb { Line = number, Words = words, VerbIndex = verbIndex, Forms = inflected, IrregularForms = forms is not null, Code = code };
    }

    /// <summary>The words of a verb (upper case, '+' removed) and which one is the verb.</summary>
    private static (IReadOnlyList<string> Words, int VerbIndex) VerbWords(string text)
    {
        if (text.Length == 0)
        {
            throw new PetrarchLineException("verb line has no verb");
        }
        var pieces = PetrarchLines.Words(text.ToUpperInvariant());
        if (pieces.Length == 0)
        {
            // Only underscores ("_", "__"): the joins of a multi-word verb with no words to join.
            throw new PetrarchLineException($"verb '{text}' has no word, only '_'");
        }
        int verbIndex = -1;
        var words = new string[pieces.Length];
        for (int i = 0; i < pieces.Length; i++)
        {
            string w = pieces[i];
            if (w[0] == '+')
            {
                if (verbIndex >= 0)
                {
                    throw new PetrarchLineException($"verb '{text}' marks two words with '+'");
                }
                verbIndex = i;
                w = w[1..];
            }
            if (w.Length == 0 || !IsWord(w))
            {
                throw new PetrarchLineException($"verb '{text}' has a word that is not a word: '{pieces[i]}'");
            }
            words[i] = w;
        }
        if (verbIndex < 0)
        {
            if (words.Length > 1)
            {
                throw new PetrarchLineException($"multi-word verb '{text}' marks no word with '+' (write '+{words[0]}_{string.Join('_', words.Skip(1))}')");
            }
            verbIndex = 0;
        }
        return (words, verbIndex);
    }

    private static bool IsWord(string w)
    {
        foreach (char c in w)
        {
            if (!(char.IsLetterOrDigit(c) || c is '-' or '\'' or '.'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>PETRARCH's regular verb forms: -S (-ES after S, X, Z, CH, SH), -ED (-D after E, -IED after a consonant and Y), -ING (dropping a final E).</summary>
    internal static IEnumerable<string> RegularForms(string verb)
    {
        bool consonantY = verb.Length > 1 && verb[^1] == 'Y' && !"AEIOU".Contains(verb[^2], StringComparison.Ordinal);
        if (verb.EndsWith('S') || verb.EndsWith('X') || verb.EndsWith('Z') || verb.EndsWith("CH", StringComparison.Ordinal) || verb.EndsWith("SH", StringComparison.Ordinal))
        {
            yield return verb + "ES";
        }
        else
        {
            yield return consonantY ? verb[..^1] + "IES" : verb + "S";
        }
        if (verb.EndsWith('E'))
        {
            yield return verb + "D";
            yield return verb[..^1] + "ING";
        }
        else
        {
            yield return consonantY ? verb[..^1] + "IED" : verb + "ED";
            yield return verb + "ING";
        }
    }

    internal static PetrarchPattern ReadPattern(string line, int number, string? comment, Dictionary<string, PetrarchSynset> synsets)
    {
        string body = line[1..];
        int open = body.LastIndexOf('[');
        int close = open < 0 ? -1 : body.IndexOf(']', open);
        if (open < 0 || close < 0)
        {
            throw new PetrarchLineException("pattern has no code in brackets ('- PRE * POST [CODE]')");
        }
        string code = CheckCode(body[(open + 1)..close]);
        string trailing = body[(close + 1)..].Trim();
        if (trailing.Length > 0)
        {
            throw new PetrarchLineException($"unexpected '{trailing}' after the pattern's code");
        }
        string pattern = body[..open];
        // PETRARCH resolves the ambiguous "WORD_ *" to "WORD *".
        pattern = pattern.Replace("_ ", " ", StringComparison.Ordinal).ToUpperInvariant();
        int star = pattern.IndexOf('*');
        if (star < 0)
        {
            throw new PetrarchLineException("pattern has no '*' for the verb");
        }
        if (pattern.IndexOf('*', star + 1) >= 0)
        {
            throw new PetrarchLineException("pattern has more than one '*'");
        }
        string before = pattern[..star].TrimStart();
        string after = pattern[(star + 1)..].TrimEnd();
        bool joinedToVerb = before.EndsWith('_');
        if (joinedToVerb)
        {
            before = before[..^1];
        }
        bool afterJoined = after.StartsWith('_');
        if (afterJoined)
        {
            after = after[1..];
        }
        var pre = Elements(before, false, synsets);
        var post = Elements(after, afterJoined, synsets);
        if (pre.Count == 0 && post.Count == 0)
        {
            // A bare "- *" says nothing more than the verb: PETRARCH2 stores it as the verb's own code.
            throw new PetrarchLineException("pattern has no words around '*'");
        }
        return new PetrarchPattern
        {
            Line = number,
            Text = Normalize(body[..open]),
            Code = code,
            Before = pre,
            After = post,
            JoinedToVerb = joinedToVerb && pre.Count > 0,
            Comment = comment,
        };
    }

    private static string Normalize(string text) => string.Join(' ', text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Splits one side of a pattern into its elements.</summary>
    private static List<PetrarchPatternElement> Elements(string text, bool firstJoined, Dictionary<string, PetrarchSynset> synsets)
    {
        var elements = new List<PetrarchPatternElement>();
        bool joined = firstJoined;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c is ' ' or '\t')
            {
                joined = false;
                i++;
                continue;
            }
            if (c == '_')
            {
                joined = true;
                i++;
                continue;
            }
            if (c == '{')
            {
                int end = text.IndexOf('}', i);
                if (end < 0)
                {
                    throw new PetrarchLineException("pattern has '{' without '}'");
                }
                var words = PhraseWords(text[(i + 1)..end], synsets);
                if (words.Count == 0)
                {
                    throw new PetrarchLineException("pattern has an empty '{}' phrase");
                }
                elements.Add(new PetrarchPatternElement { Kind = PetrarchElementKind.Phrase, Words = words, Joined = joined });
                i = end + 1;
            }
            else if (c == '(')
            {
                int end = text.IndexOf(')', i);
                if (end < 0)
                {
                    throw new PetrarchLineException("pattern has '(' without ')'");
                }
                string inner = text[(i + 1)..end].Replace("{", " ", StringComparison.Ordinal).Replace("}", " ", StringComparison.Ordinal);
                if (inner.Contains('(', StringComparison.Ordinal))
                {
                    throw new PetrarchLineException("pattern has '(' inside '(…)'");
                }
                var words = PetrarchLines.Words(inner);
                if (words.Length == 0)
                {
                    throw new PetrarchLineException("pattern has an empty '()' phrase: it needs a preposition");
                }
                if (words[0][0] == '&' || Markers.Contains(words[0]))
                {
                    throw new PetrarchLineException($"'({inner.Trim()})' must start with a preposition, not '{words[0]}'");
                }
                var noun = PhraseWords(string.Join(' ', words.Skip(1)), synsets);
                elements.Add(new PetrarchPatternElement { Kind = PetrarchElementKind.Preposition, Preposition = words[0], Words = noun, Joined = joined });
                i = end + 1;
            }
            else if (c is '}' or ')')
            {
                throw new PetrarchLineException($"pattern has '{c}' without its opening bracket");
            }
            else
            {
                int end = i;
                while (end < text.Length && text[end] is not (' ' or '\t' or '_' or '{' or '(' or ')' or '}'))
                {
                    end++;
                }
                string word = text[i..end];
                if (Markers.Contains(word))
                {
                    elements.Add(new PetrarchPatternElement { Kind = PetrarchElementKind.Marker, Words = [word], Joined = joined });
                }
                else
                {
                    CheckWord(word, synsets);
                    elements.Add(new PetrarchPatternElement { Kind = PetrarchElementKind.Word, Words = [word], Joined = joined });
                }
                i = end;
            }
            joined = false;
        }
        return elements;
    }

    /// <summary>The words of a braced or prepositional noun phrase; markers inside it ("(TO + BORDER)") are dropped.</summary>
    private static List<string> PhraseWords(string text, Dictionary<string, PetrarchSynset> synsets)
    {
        var words = new List<string>();
        foreach (var word in PetrarchLines.Words(text))
        {
            if (Markers.Contains(word))
            {
                continue;
            }
            CheckWord(word, synsets);
            words.Add(word);
        }
        return words;
    }

    private static void CheckWord(string word, Dictionary<string, PetrarchSynset> synsets)
    {
        if (word[0] == '&')
        {
            if (!synsets.ContainsKey(word))
            {
                throw new PetrarchLineException($"synset {word} is not defined before this pattern (PETRARCH skips such patterns)");
            }
            return;
        }
        if (!IsWord(word))
        {
            throw new PetrarchLineException($"'{word}' is not a word (letters, digits, '-', ''' and '.' only)");
        }
    }

    internal static PetrarchTransformation ReadTransformation(string line, int number)
    {
        string body = line[1..].Trim();
        int equals = body.IndexOf('=');
        if (equals < 0)
        {
            throw new PetrarchLineException("transformation has no '=' ('~ a (a b VERB) VERB = a b CODE')");
        }
        var left = body[..equals].Replace("(", " ( ", StringComparison.Ordinal).Replace(")", " ) ", StringComparison.Ordinal)
            .Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        var right = body[(equals + 1)..].Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (left.Length != 7 || left[1] != "(" || left[5] != ")" || right.Length != 3)
        {
            throw new PetrarchLineException("transformation is not of the form '~ a (a b VERB) VERB = a b CODE'");
        }
        return new PetrarchTransformation
        {
            Line = number,
            Text = body,
            OuterSource = left[0],
            InnerSource = left[2],
            InnerTarget = left[3],
            InnerVerb = left[4].ToUpperInvariant(),
            OuterVerb = left[6].ToUpperInvariant(),
            Source = right[0],
            Target = right[1],
            Code = right[2],
        };
    }

    /// <summary>A code as written between brackets: letters, digits and <c>- + # ? !</c>, with at most one colon.</summary>
    internal static string CheckCode(string code)
    {
        code = code.Trim();
        if (code.Length == 0)
        {
            throw new PetrarchLineException("code in brackets is empty");
        }
        int colons = 0;
        foreach (char c in code)
        {
            if (c == ':')
            {
                colons++;
            }
            else if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '+' or '#' or '?' or '!'))
            {
                throw new PetrarchLineException($"code '{code}' has '{c}' in it");
            }
        }
        if (colons > 1)
        {
            throw new PetrarchLineException($"code '{code}' has more than one ':'");
        }
        return code;
    }

    private sealed class BlockBuilder(int line, string name, string code)
    {
        public int Line { get; } = line;

        public string Name { get; } = name;

        public List<PetrarchVerb> Verbs { get; } = [];

        public List<PetrarchPattern> Patterns { get; } = [];

        public PetrarchVerbBlock Build() => new() { Line = Line, Name = Name, Code = code, Verbs = Verbs.ToArray(), Patterns = Patterns.ToArray() };
    }

    private sealed class SynsetBuilder(int line, string name, bool noPlurals)
    {
        public int Line { get; } = line;

        public string Name { get; } = name;

        public bool NoPlurals { get; } = noPlurals;

        public List<IReadOnlyList<string>> Members { get; } = [];

        public PetrarchSynset Build()
        {
            // The same phrase listed twice (a plural also written out) is kept once.
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var phrases = Members.Where(p => seen.Add(string.Join(' ', p))).ToArray();
            return new PetrarchSynset { Line = Line, Name = Name, NoPlurals = NoPlurals, Phrases = phrases };
        }
    }
}

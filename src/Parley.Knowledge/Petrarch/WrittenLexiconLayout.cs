namespace Parley.Knowledge.Petrarch;

/// <summary>
/// Reads a compiled verb lexicon laid out exactly as <see cref="VerbLexiconFile.Write"/> writes it — one entry or field
/// per line, every value a double-quoted scalar — line by line, without building a YAML node tree: for the shipped
/// CAMEO file (8,400 flow entries, the slowest YAML the loader reads) that tree took most of the lexicon's load and
/// 23 of the 42 MB it allocated. Only text that YAML reads as the same values is accepted;
/// anything else (a hand edit, another layout, a PETRARCH text that does not read, a repeated synset) gives null, and
/// the caller reads the file as YAML, which reports what is wrong as <c>file:line</c>.
/// </summary>
internal static class WrittenLexiconLayout
{
    /// <summary>The top-level keys, in the order the writer puts them.</summary>
    private static readonly string[] Sections = ["source", "source_sha256", "synsets", "blocks", "transformations"];

    /// <summary>The dictionary in <paramref name="text"/> (the file <paramref name="path"/>, whose ids start with <paramref name="name"/>), or null when it is not in the written layout.</summary>
    public static PetrarchVerbDictionary? TryRead(string path, string text, string name)
    {
        var synsets = new Dictionary<string, PetrarchSynset>(StringComparer.Ordinal);
        var blocks = new List<PetrarchVerbBlock>();
        var transformations = new List<PetrarchTransformation>();
        var reader = new Reader(text, name, synsets, blocks, transformations);
        try
        {
            return reader.ReadAll() ? new PetrarchVerbDictionary(path, 0, synsets, blocks, transformations, []) : null;
        }
        catch (PetrarchLineException)
        {
            // The YAML reading names the entry's line; this one does not keep lines.
            return null;
        }
    }

    /// <summary>Walks the lines, filling the collections it was given; false at the first line out of the layout.</summary>
    private sealed class Reader(string text, string name, Dictionary<string, PetrarchSynset> synsets, List<PetrarchVerbBlock> blocks,
        List<PetrarchTransformation> transformations)
    {
        private int _section = -1;
        private BlockFields? _block;

        public bool ReadAll()
        {
            foreach (var line in text.AsSpan().EnumerateLines())
            {
                if (line.IsEmpty || line[0] == '#')
                {
                    continue;
                }
                if (!(line[0] == ' ' ? ReadEntryLine(new LineCursor(line)) : ReadSectionLine(new LineCursor(line))))
                {
                    return false;
                }
            }
            return _section == Sections.Length - 1 && FinishBlock();
        }

        /// <summary>A top-level key: the next one of <see cref="Sections"/>, with its quoted value for the first two, none for the lists.</summary>
        private bool ReadSectionLine(LineCursor cursor)
        {
            if (_section + 1 >= Sections.Length || !FinishBlock() || !cursor.Take(Sections[++_section]) || !cursor.Take(":"))
            {
                return false;
            }
            return _section < 2 ? cursor.Take(" ") && cursor.Quoted() is not null && cursor.AtEnd : cursor.AtEnd;
        }

        private bool ReadEntryLine(LineCursor cursor) => Sections[Math.Max(_section, 0)] switch
        {
            "synsets" => ReadSynset(cursor),
            "blocks" => ReadBlockLine(cursor),
            "transformations" => ReadTransformation(cursor),
            _ => false,
        };

        private bool ReadSynset(LineCursor cursor)
        {
            if (!cursor.Take("  - {id: ") || cursor.Value() is not { } id || !cursor.Take(", name: ") || cursor.Value() is not { } synsetName
                || !cursor.Take(", phrases: [") || !SourceLine(id, out int line))
            {
                return false;
            }
            var phrases = new List<string>();
            do
            {
                if (cursor.Value() is not { } phrase)
                {
                    return false;
                }
                phrases.Add(phrase);
            }
            while (cursor.Take(", "));
            if (!cursor.Take("]}") || !cursor.AtEnd)
            {
                return false;
            }
            var synset = VerbLexiconFile.Synset(line, synsetName, phrases);
            return synsets.TryAdd(synset.Name, synset);
        }

        /// <summary>A line of a block entry: its id (which starts it), name, code, the 'verbs:' and 'patterns:' keys, or one verb or pattern.</summary>
        private bool ReadBlockLine(LineCursor cursor)
        {
            if (cursor.Take("  - id: "))
            {
                if (!FinishBlock() || cursor.Value() is not { } id || !cursor.AtEnd || !SourceLine(id, out int line))
                {
                    return false;
                }
                _block = new BlockFields(line);
                return true;
            }
            if (_block is not { } block)
            {
                return false;
            }
            if (cursor.Take("    name: ") && block.Name is null)
            {
                block.Name = cursor.Value();
                return block.Name is not null && cursor.AtEnd;
            }
            if (cursor.Take("    code: ") && block.Name is not null && block.Code is null)
            {
                block.Code = cursor.Value();
                return block.Code is not null && cursor.AtEnd;
            }
            if (cursor.Take("    verbs:") && block.Code is not null && block.Verbs is null && cursor.AtEnd)
            {
                block.Verbs = [];
                return true;
            }
            if (cursor.Take("    patterns:") && block.Verbs is { Count: > 0 } && block.Patterns is null && cursor.AtEnd)
            {
                block.Patterns = [];
                return true;
            }
            if (cursor.Take("      - {id: "))
            {
                return block.Patterns is null ? ReadVerb(cursor, block) : ReadPattern(cursor, block);
            }
            return false;
        }

        private bool ReadVerb(LineCursor cursor, BlockFields block)
        {
            if (block.Verbs is null || cursor.Value() is not { } id || !cursor.Take(", verb: ") || cursor.Value() is not { } verb || !SourceLine(id, out int line))
            {
                return false;
            }
            string? code = null;
            if (cursor.Take(", code: ") && (code = cursor.Value()) is null)
            {
                return false;
            }
            if (!cursor.Take("}") || !cursor.AtEnd)
            {
                return false;
            }
            block.Verbs.Add(VerbLexiconFile.Verb(verb, code, line));
            return true;
        }

        private bool ReadPattern(LineCursor cursor, BlockFields block)
        {
            if (cursor.Value() is not { } id || !cursor.Take(", code: ") || cursor.Value() is not { } code || !cursor.Take(", pattern: ")
                || cursor.Value() is not { } pattern || !cursor.Take("}") || !cursor.AtEnd || !SourceLine(id, out int line))
            {
                return false;
            }
            block.Patterns!.Add(VerbLexiconFile.Pattern(pattern, code, line, synsets));
            return true;
        }

        private bool ReadTransformation(LineCursor cursor)
        {
            if (!cursor.Take("  - {id: ") || cursor.Value() is not { } id || !cursor.Take(", rule: ") || cursor.Value() is not { } rule
                || !cursor.Take("}") || !cursor.AtEnd || !SourceLine(id, out int line))
            {
                return false;
            }
            transformations.Add(VerbLexiconFile.Transformation(rule, line));
            return true;
        }

        /// <summary>Adds the block being read, if any; false when it lacks a field or its verbs, or the pattern list is empty.</summary>
        private bool FinishBlock()
        {
            if (_block is not { } block)
            {
                return true;
            }
            _block = null;
            if (block.Name is null || block.Code is null || block.Verbs is not { Count: > 0 } || block.Patterns is { Count: 0 })
            {
                return false;
            }
            blocks.Add(VerbLexiconFile.Block(block.Line, block.Name, PetrarchVerbReader.CheckCode(block.Code), block.Verbs, block.Patterns ?? []));
            return true;
        }

        private bool SourceLine(string id, out int line) => VerbLexiconFile.TrySourceLine(id, name, out line);
    }

    /// <summary>The fields of the block entry being read, filled in the order the writer puts them.</summary>
    private sealed class BlockFields(int line)
    {
        public int Line { get; } = line;

        public string? Name { get; set; }

        public string? Code { get; set; }

        public List<PetrarchVerb>? Verbs { get; set; }

        public List<PetrarchPattern>? Patterns { get; set; }
    }

    /// <summary>A position in one line.</summary>
    private ref struct LineCursor(ReadOnlySpan<char> line)
    {
        private ReadOnlySpan<char> _rest = line;

        public readonly bool AtEnd => _rest.IsEmpty;

        /// <summary>Moves past <paramref name="literal"/> when the line goes on with it.</summary>
        public bool Take(string literal)
        {
            if (!_rest.StartsWith(literal, StringComparison.Ordinal))
            {
                return false;
            }
            _rest = _rest[literal.Length..];
            return true;
        }

        /// <summary>
        /// A double-quoted scalar as the writer quotes it (only <c>\\</c> and <c>\"</c> escaped, no control
        /// characters): its text, or null for anything else, which a YAML reader might read otherwise.
        /// </summary>
        public string? Quoted()
        {
            if (_rest.IsEmpty || _rest[0] != '"')
            {
                return null;
            }
            System.Text.StringBuilder? unescaped = null;
            int start = 1;
            for (int i = 1; i < _rest.Length; i++)
            {
                char c = _rest[i];
                if (c == '"')
                {
                    string text = unescaped is null ? new string(_rest[start..i]) : unescaped.Append(_rest[start..i]).ToString();
                    _rest = _rest[(i + 1)..];
                    return text;
                }
                if (c == '\\')
                {
                    if (i + 1 == _rest.Length || _rest[i + 1] is not ('\\' or '"'))
                    {
                        return null;
                    }
                    // Keep the escaped character, drop the backslash.
                    (unescaped ??= new System.Text.StringBuilder()).Append(_rest[start..i]);
                    start = ++i;
                }
                else if (char.IsControl(c) && c != '\t')
                {
                    return null;
                }
            }
            return null;
        }

        /// <summary>A quoted field's value as the YAML reading takes it (trimmed), or null when it is missing or blank.</summary>
        public string? Value() => Quoted() is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
    }
}

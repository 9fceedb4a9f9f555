using System.Globalization;
using System.Text;
using Parley.Knowledge.Loading;
using YamlDotNet.RepresentationModel;

namespace Parley.Knowledge.Petrarch;

/// <summary>
/// Parley's compiled form of a PETRARCH verb dictionary (<c>dictionaries/cameo-verbs.yaml</c>): YAML with the
/// source's name and sha256, its synsets (plurals already made), one entry per verb block (its code, its verbs with
/// their irregular forms, its patterns in PETRARCH syntax, lower case) and its transformations. Every verb, pattern
/// and transformation has an id naming the source line ("cameo-verbs#L719"), which is the rule events coded by it
/// carry. Writing the same dictionary again gives the same bytes. A file still laid out as written loads without a
/// YAML parser (<see cref="WrittenLexiconLayout"/>); any other is read as YAML, which reports mistakes by line.
/// </summary>
public static class VerbLexiconFile
{
    /// <summary>Writes <paramref name="dictionary"/> in the compiled form; <paramref name="name"/> is the id prefix (the output's file name without extension).</summary>
    public static void Write(PetrarchVerbDictionary dictionary, string name, string sourceName, string sourceSha256, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(dictionary);
        ArgumentNullException.ThrowIfNull(output);
        var w = new StringBuilder();
        w.Append("# PETRARCH verb dictionary compiled by 'parley dictionaries import' (see ").Append(name).Append(".manifest.json for the command).\n");
        w.Append("# Do not edit: edit the source and run the command again. Source: PETRARCH2 dictionaries, MIT licence, Open Event\n");
        w.Append("# Data Alliance (see NOTICE).\n#\n");
        w.Append("# synsets      name, id (source line), phrases: lower case, the words of a phrase consecutive, plurals already made\n");
        w.Append("# blocks       one entry per verb block: id, name, code when no pattern matches ('---': no event), verbs, patterns\n");
        w.Append("#   verbs      '+' marks the verb word of a multi-word verb; {…} lists irregular forms ({} none), else the regular\n");
        w.Append("#              -s/-ed/-ing forms are made; code overrides the block's; lemma lookups use the verb word\n");
        w.Append("#   patterns   'before * after': words before the verb sit on its subject side, after it on its object side;\n");
        w.Append("#              {a b} a noun phrase, head last; (prep noun) a prepositional phrase; &name a synset; '_' joins words\n");
        w.Append("#              with nothing between; $ + ^ % are TABARI markers and match nothing. code 'a:b' = a from source to\n");
        w.Append("#              target and b back from target to source. The most specific matching pattern wins.\n");
        w.Append("# transformations  '~' rules: an outer verb whose content is another verb's event gives one event\n");
        w.Append("source: ").Append(Quote(sourceName)).Append('\n');
        w.Append("source_sha256: ").Append(Quote(sourceSha256)).Append('\n');
        w.Append("synsets:\n");
        foreach (var synset in dictionary.Synsets.Values.OrderBy(s => s.Line))
        {
            w.Append("  - {id: ").Append(Quote($"{name}#L{synset.Line}")).Append(", name: ").Append(Quote(synset.Name.ToLowerInvariant()))
                .Append(", phrases: [").Append(string.Join(", ", synset.Phrases.Select(p => Quote(string.Join(' ', p).ToLowerInvariant())))).Append("]}\n");
        }
        w.Append("blocks:\n");
        foreach (var block in dictionary.Blocks)
        {
            w.Append("  - id: ").Append(Quote($"{name}#L{block.Line}")).Append('\n');
            w.Append("    name: ").Append(Quote(block.Name.ToLowerInvariant())).Append('\n');
            w.Append("    code: ").Append(Quote(block.Code)).Append('\n');
            w.Append("    verbs:\n");
            foreach (var verb in block.Verbs)
            {
                w.Append("      - {id: ").Append(Quote($"{name}#L{verb.Line}")).Append(", verb: ").Append(Quote(VerbText(verb)));
                if (verb.Code is not null)
                {
                    w.Append(", code: ").Append(Quote(verb.Code));
                }
                w.Append("}\n");
            }
            if (block.Patterns.Count > 0)
            {
                w.Append("    patterns:\n");
                foreach (var pattern in block.Patterns)
                {
                    w.Append("      - {id: ").Append(Quote($"{name}#L{pattern.Line}")).Append(", code: ").Append(Quote(pattern.Code))
                        .Append(", pattern: ").Append(Quote(pattern.Text.ToLowerInvariant())).Append("}\n");
                }
            }
        }
        w.Append("transformations:\n");
        foreach (var t in dictionary.Transformations)
        {
            w.Append("  - {id: ").Append(Quote($"{name}#L{t.Line}")).Append(", rule: ").Append(Quote(t.Text)).Append("}\n");
        }
        output.Write(w.ToString());
    }

    /// <summary>Loads a compiled file into a lexicon whose rule ids are the file name without extension and the source line.</summary>
    /// <exception cref="DictionaryException">The file is missing or wrong; every problem is listed as <c>file:line: what is wrong</c>.</exception>
    public static VerbLexicon Load(string path)
    {
        var log = new ProblemLog();
        var lexicon = Load(path, log);
        log.ThrowIfAny();
        return lexicon!;
    }

    internal static VerbLexicon? Load(string path, ProblemLog log)
    {
        string name = System.IO.Path.GetFileNameWithoutExtension(path);
        var dictionary = ReadWritten(path, name) ?? ReadYaml(path, name, log);
        return dictionary is null ? null : VerbLexicon.FromPetrarch(dictionary, name);
    }

    /// <summary>The file read in the layout <see cref="Write"/> gives it, or null when it is not in that layout (or cannot be read).</summary>
    internal static PetrarchVerbDictionary? ReadWritten(string path, string name)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (IOException)
        {
            // The YAML reading reports it.
            return null;
        }
        return WrittenLexiconLayout.TryRead(path, text, name);
    }

    /// <summary>The file read as YAML, with every problem logged as <c>file:line: what is wrong</c>; null when there is any.</summary>
    internal static PetrarchVerbDictionary? ReadYaml(string path, string name, ProblemLog log)
    {
        var file = YamlFile.Load(path, log);
        if (file is null)
        {
            return null;
        }
        file.CheckTopLevelKeys(log, "source", "source_sha256", "synsets", "blocks", "transformations");
        var synsets = new Dictionary<string, PetrarchSynset>(StringComparer.Ordinal);
        foreach (var synset in file.ParseEntries("synsets", log, entry =>
        {
            YamlFields.CheckKeys(entry, "id", "name", "phrases");
            var phrases = YamlFields.Strings(entry, "phrases");
            if (phrases.Count == 0)
            {
                throw new EntryException(YamlFields.Line(entry), "'phrases' is empty");
            }
            return Synset(SourceLine(entry, name), YamlFields.RequiredString(entry, "name"), phrases);
        }))
        {
            if (!synsets.TryAdd(synset.Name, synset))
            {
                log.Add(path, 0, $"synset {synset.Name.ToLowerInvariant()} is listed twice");
            }
        }
        var blocks = file.ParseEntries("blocks", log, entry =>
        {
            YamlFields.CheckKeys(entry, "id", "name", "code", "verbs", "patterns");
            int line = SourceLine(entry, name);
            string code = Checked(() => PetrarchVerbReader.CheckCode(YamlFields.RequiredString(entry, "code")), entry);
            var verbs = new List<PetrarchVerb>();
            foreach (var item in YamlFields.Items(entry, "verbs"))
            {
                var map = item as YamlMappingNode ?? throw new EntryException(YamlFields.Line(item), "each verb must be a mapping of fields");
                YamlFields.CheckKeys(map, "id", "verb", "code");
                string text = YamlFields.RequiredString(map, "verb");
                string? own = YamlFields.OptionalString(map, "code");
                verbs.Add(Checked(() => Verb(text, own, SourceLine(map, name)), map));
            }
            if (verbs.Count == 0)
            {
                throw new EntryException(YamlFields.Line(entry), "'verbs' is empty");
            }
            var patterns = new List<PetrarchPattern>();
            foreach (var item in YamlFields.Items(entry, "patterns"))
            {
                var map = item as YamlMappingNode ?? throw new EntryException(YamlFields.Line(item), "each pattern must be a mapping of fields");
                YamlFields.CheckKeys(map, "id", "code", "pattern");
                string pattern = YamlFields.RequiredString(map, "pattern");
                string patternCode = YamlFields.RequiredString(map, "code");
                patterns.Add(Checked(() => Pattern(pattern, patternCode, SourceLine(map, name), synsets), map));
            }
            return Block(line, YamlFields.RequiredString(entry, "name"), code, verbs, patterns);
        });
        var transformations = file.ParseEntries("transformations", log, entry =>
        {
            YamlFields.CheckKeys(entry, "id", "rule");
            return Checked(() => Transformation(YamlFields.RequiredString(entry, "rule"), SourceLine(entry, name)), entry);
        });
        return log.HasProblems ? null : new PetrarchVerbDictionary(path, 0, synsets, blocks, transformations, []);
    }

    // What an entry's fields make, whichever way the file was read: the same PETRARCH text the source had, read by
    // the source's reader.

    internal static PetrarchSynset Synset(int line, string name, IReadOnlyList<string> phrases) => new()
    {
        Line = line,
        Name = name.ToUpperInvariant(),
        Phrases = phrases.Select(p => (IReadOnlyList<string>)PetrarchLines.Words(p.ToUpperInvariant())).ToArray(),
    };

    /// <exception cref="PetrarchLineException">The verb does not read.</exception>
    internal static PetrarchVerb Verb(string text, string? code, int line) =>
        PetrarchVerbReader.ReadVerb((text + (code is null ? "" : $" [{code}]")).ToUpperInvariant(), line);

    /// <exception cref="PetrarchLineException">The pattern does not read.</exception>
    internal static PetrarchPattern Pattern(string pattern, string code, int line, Dictionary<string, PetrarchSynset> synsets) =>
        PetrarchVerbReader.ReadPattern($"- {pattern} [{code}]", line, null, synsets);

    /// <exception cref="PetrarchLineException">The rule does not read.</exception>
    internal static PetrarchTransformation Transformation(string rule, int line) => PetrarchVerbReader.ReadTransformation("~" + rule, line);

    /// <param name="code">The block's code as <see cref="PetrarchVerbReader.CheckCode"/> gives it.</param>
    internal static PetrarchVerbBlock Block(int line, string name, string code, IReadOnlyList<PetrarchVerb> verbs, IReadOnlyList<PetrarchPattern> patterns) =>
        new() { Line = line, Name = name.ToUpperInvariant(), Code = code, Verbs = verbs, Patterns = patterns };

    /// <summary>The source line named by an id ("cameo-verbs#L719" → 719), when the id has the form "<paramref name="name"/>#L&lt;line&gt;".</summary>
    internal static bool TrySourceLine(string id, string name, out int line)
    {
        line = 0;
        string prefix = name + "#L";
        return id.StartsWith(prefix, StringComparison.Ordinal) && int.TryParse(id.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out line) && line > 0;
    }

    /// <summary>The source line named by an entry's id ("cameo-verbs#L719" → 719).</summary>
    private static int SourceLine(YamlMappingNode entry, string name)
    {
        string id = YamlFields.RequiredString(entry, "id");
        return TrySourceLine(id, name, out int line) ? line : throw new EntryException(YamlFields.Line(entry), $"id '{id}' is not '{name}#L<source line>'");
    }

    private static T Checked<T>(Func<T> read, YamlNode node)
    {
        try
        {
            return read();
        }
        catch (PetrarchLineException e)
        {
            throw new EntryException(YamlFields.Line(node), e.Message);
        }
    }

    private static string VerbText(PetrarchVerb verb)
    {
        string Words(IReadOnlyList<string> words) => words.Count == 1
            ? words[0].ToLowerInvariant()
            : string.Join('_', words.Select((w, i) => (i == verb.VerbIndex ? "+" : "") + w.ToLowerInvariant()));
        string text = Words(verb.Words);
        return verb.IrregularForms ? text + " {" + string.Join(' ', verb.Forms.Select(Words)) + "}" : text;
    }

    /// <summary>A double-quoted YAML scalar.</summary>
    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}

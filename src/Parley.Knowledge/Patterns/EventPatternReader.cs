using Parley.Knowledge.Events;
using Parley.Knowledge.Loading;
using YamlDotNet.RepresentationModel;

namespace Parley.Knowledge.Patterns;

/// <summary>
/// Reads verbs.yaml, nouns.yaml and modality.yaml into <see cref="EventPatterns"/>, logging every mistake as
/// <c>file:line: what is wrong</c>. An entry with a mistake is left out; the rest of the file is still read.
/// </summary>
internal static class EventPatternReader
{
    private static readonly string[] VerbFields = ["id", "lemmas", "code", "prep", "targets", "target_optional", "complement", "folds_only", "state_code", "place_code", "body_code", "armed_code", "armed_group_code", "foreign_code", "judged", "cue"];

    private static readonly string[] NounFields =
        ["id", "lemmas", "code", "modifiers", "verbs", "prep", "targets", "target_optional", "complement", "folds_only", "at_target", "foreign_code", "undergone"];

    private static readonly string[] ModalityKeys =
    [
        "hypothetical_auxiliaries", "hypothetical_modifiers", "hypothetical_governors",
        "future_auxiliaries", "future_modifiers", "future_governors",
        "negators", "negating_governors", "reporting_verbs", "realising_verbs", "striking_verbs", "negative_judgements",
        "deed_nouns",
    ];

    // Lists whose entries may be a lemma and the particle, preposition or object word it governs ("call off").
    private static readonly HashSet<string> TwoWordLists =
        ["hypothetical_governors", "future_governors", "negating_governors", "reporting_verbs", "realising_verbs", "striking_verbs"];

    // A word in two lists of one group would give an event two contradicting readings.
    private static readonly string[][] DisjointLists =
    [
        ["hypothetical_auxiliaries", "future_auxiliaries"],
        ["hypothetical_modifiers", "future_modifiers"],
        ["hypothetical_governors", "future_governors", "negating_governors"],
    ];

    public static EventPatterns Read(YamlFile? verbs, YamlFile? nouns, YamlFile? modality, CameoCodebook? codebook, ProblemLog log)
    {
        var families = verbs is null ? [] : ReadFamilies(verbs, codebook, log);
        // Without verbs.yaml the families are unknown; complements are then not checked, to avoid a wave of
        // follow-on problems that only repeat that the file is missing.
        var familyNames = verbs is null ? null : families.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var verbPatterns = verbs is null ? [] : ReadVerbs(verbs, codebook, familyNames, log);
        var nounPatterns = nouns is null ? [] : ReadNouns(nouns, codebook, familyNames, log);
        var cues = modality is null ? ModalityCues.None : ReadModality(modality, log);
        return new EventPatterns(verbPatterns, nounPatterns, families, cues);
    }

    private static List<ComplementFamily> ReadFamilies(YamlFile file, CameoCodebook? codebook, ProblemLog log)
    {
        var result = new List<ComplementFamily>();
        var node = YamlFields.Get(file.Root, "complements");
        if (node is null or YamlScalarNode { Value: null or "" })
        {
            return result;
        }
        if (node is not YamlMappingNode map)
        {
            log.Add(file.Path, YamlFields.Line(node), "'complements' must map each family name to a table of CAMEO code: code");
            return result;
        }
        foreach (var (nameNode, tableNode) in map.Children)
        {
            var name = (nameNode as YamlScalarNode)?.Value ?? "";
            int line = YamlFields.Line(nameNode);
            if (!IsWord(name))
            {
                log.Add(file.Path, line, $"complement family name '{name}' must be a single word");
                continue;
            }
            if (tableNode is not YamlMappingNode table || table.Children.Count == 0)
            {
                log.Add(file.Path, line, $"complement family '{name}' must map at least one CAMEO code of the governed event to a code, such as \"04\": \"036\"");
                continue;
            }
            var byCode = new Dictionary<string, string>(StringComparer.Ordinal);
            bool failed = false;
            foreach (var (keyNode, valueNode) in table.Children)
            {
                var key = (keyNode as YamlScalarNode)?.Value ?? "";
                var value = (valueNode as YamlScalarNode)?.Value ?? "";
                if (codebook is not null && !codebook.Contains(key))
                {
                    log.Add(file.Path, YamlFields.Line(keyNode), $"complement family '{name}': governed code '{key}' is not in cameo.yaml");
                    failed = true;
                }
                else if (value.Length == 0 || (codebook is not null && !codebook.Contains(value)))
                {
                    log.Add(file.Path, YamlFields.Line(valueNode), $"complement family '{name}' maps {key} to '{value}', which is not in cameo.yaml");
                    failed = true;
                }
                else
                {
                    byCode[key] = value;
                }
            }
            if (!failed)
            {
                result.Add(new ComplementFamily(name, byCode));
            }
        }
        return result;
    }

    private static List<VerbPattern> ReadVerbs(YamlFile file, CameoCodebook? codebook, HashSet<string>? families, ProblemLog log)
    {
        file.CheckTopLevelKeys(log, "complements", "verbs");
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var shadow = new Dictionary<string, (string Id, int Line)>(StringComparer.OrdinalIgnoreCase);
        var result = new List<VerbPattern>();
        foreach (var entry in file.Entries("verbs", log))
        {
            var check = new EntryCheck(file, log);
            var common = ReadCommon(entry, VerbFields, check, codebook, families, ids);
            var targets = check.Read(() => YamlFields.LocatedStrings(entry, "targets"), []);
            CheckWords(check, "targets", targets, target => IsWord(target) ? null : "must be obj, iobj or a single preposition");
            var stateCode = OptionalCode(entry, "state_code", check, codebook);
            var placeCode = OptionalCode(entry, "place_code", check, codebook);
            var bodyCode = OptionalCode(entry, "body_code", check, codebook);
            var armedCode = OptionalCode(entry, "armed_code", check, codebook);
            var armedGroupCode = OptionalCode(entry, "armed_group_code", check, codebook);
            var foreignCode = OptionalCode(entry, "foreign_code", check, codebook);
            bool judged = check.Read(() => YamlFields.OptionalBool(entry, "judged", false), false);
            var cue = check.Read(() => YamlFields.OptionalString(entry, "cue"), null);
            if (check.Failed || common is null)
            {
                continue;
            }
            var c = common.Value;
            // Two entries for one lemma and preposition: the coder would only ever use the first.
            foreach (var (lemma, line) in c.Lemmas)
            {
                var key = lemma + " " + c.Preposition + " " + YamlFields.OptionalString(entry, "cue");
                if (shadow.TryGetValue(key, out var first))
                {
                    check.Problem(line, $"lemma '{lemma}'{With(c.Preposition)} is already in entry '{first.Id}' (line {first.Line}); only one of them could ever apply");
                }
                else
                {
                    shadow[key] = (c.Id, c.Line);
                }
            }
            if (check.Failed)
            {
                continue;
            }
            var pattern = new VerbPattern
            {
                Id = c.Id,
                Lemmas = c.Lemmas.Select(l => l.Value).ToList(),
                Code = c.Code,
                Preposition = c.Preposition,
                TargetOptional = c.TargetOptional,
                Complement = c.Complement,
                FoldsOnly = c.FoldsOnly,
                StateCode = stateCode,
                PlaceCode = placeCode,
                BodyCode = bodyCode,
                ArmedCode = armedCode,
                ArmedGroupCode = armedGroupCode,
                ForeignCode = foreignCode,
                Judged = judged,
                Cue = cue,
                Line = c.Line,
            };
            result.Add(targets.Count == 0 ? pattern : pattern with { Targets = targets.Select(t => t.Value).ToList() });
        }
        return result;
    }

    private static List<NounPattern> ReadNouns(YamlFile file, CameoCodebook? codebook, HashSet<string>? families, ProblemLog log)
    {
        file.CheckTopLevelKeys(log, "nouns");
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var shadow = new Dictionary<string, (string Id, int Line)>(StringComparer.OrdinalIgnoreCase);
        var result = new List<NounPattern>();
        foreach (var entry in file.Entries("nouns", log))
        {
            var check = new EntryCheck(file, log);
            var common = ReadCommon(entry, NounFields, check, codebook, families, ids);
            var modifiers = check.Read(() => YamlFields.LocatedStrings(entry, "modifiers"), []);
            var verbs = check.Read(() => YamlFields.LocatedStrings(entry, "verbs"), []);
            var nounForeignCode = OptionalCode(entry, "foreign_code", check, codebook);
            var targets = check.Read(() => YamlFields.LocatedStrings(entry, "targets"), []);
            bool atTarget = check.Read(() => YamlFields.OptionalBool(entry, "at_target", false), false);
            bool undergone = check.Read(() => YamlFields.OptionalBool(entry, "undergone", false), false);
            CheckWords(check, "modifiers", modifiers, m => IsWord(m) ? null : "must be a single word (a hyphenated word is split by the tokenizer: give its last part)");
            CheckWords(check, "verbs", verbs, v => IsWord(v) ? null : "must be a single verb lemma");
            CheckWords(check, "targets", targets, t => t is "obj" or "iobj"
                ? "is not a place a noun's target can be: nouns take their target from a preposition ('with', 'to')"
                : IsWord(t) ? null : "must be a single preposition");
            if (check.Failed || common is null)
            {
                continue;
            }
            var c = common.Value;
            var condition = string.Join(' ', c.Preposition ?? "", Sorted(modifiers), "|", Sorted(verbs));
            foreach (var (lemma, line) in c.Lemmas)
            {
                var key = lemma + " " + condition;
                if (shadow.TryGetValue(key, out var first))
                {
                    check.Problem(line, $"lemma '{lemma}' with the same prep, modifiers and verbs is already in entry '{first.Id}' (line {first.Line}); only one of them could ever apply");
                }
                else
                {
                    shadow[key] = (c.Id, c.Line);
                }
            }
            if (check.Failed)
            {
                continue;
            }
            var pattern = new NounPattern
            {
                Id = c.Id,
                Lemmas = c.Lemmas.Select(l => l.Value).ToList(),
                Code = c.Code,
                Modifiers = modifiers.Select(m => m.Value).ToList(),
                Verbs = verbs.Select(v => v.Value).ToList(),
                Preposition = c.Preposition,
                TargetOptional = c.TargetOptional,
                Complement = c.Complement,
                FoldsOnly = c.FoldsOnly,
                AtTarget = atTarget,
                Undergone = undergone,
                ForeignCode = nounForeignCode,
                Line = c.Line,
            };
            result.Add(targets.Count == 0 ? pattern : pattern with { Targets = targets.Select(t => t.Value).ToList() });
        }
        return result;
    }

    private readonly record struct Common(
        string Id, IReadOnlyList<(string Value, int Line)> Lemmas, string Code, string? Preposition, bool TargetOptional, string? Complement, bool FoldsOnly, int Line);

    /// <summary>The fields verbs and nouns share, checked; null when a required one is missing or malformed.</summary>
    private static Common? ReadCommon(
        YamlMappingNode entry, string[] fields, EntryCheck check, CameoCodebook? codebook, HashSet<string>? families, Dictionary<string, int> ids)
    {
        int line = YamlFields.Line(entry);
        check.Read(() => { YamlFields.CheckKeys(entry, fields); return 0; }, 0);
        var id = check.Read<string?>(() => YamlFields.RequiredString(entry, "id"), null);
        if (id is not null)
        {
            if (ids.TryGetValue(id, out int first))
            {
                check.Problem(line, $"id '{id}' is used twice (first on line {first})");
            }
            else
            {
                ids[id] = line;
            }
        }
        var lemmas = check.Read<IReadOnlyList<(string Value, int Line)>?>(() => YamlFields.LocatedStrings(entry, "lemmas"), null);
        if (lemmas is not null && lemmas.Count == 0)
        {
            check.Problem(line, YamlFields.Get(entry, "lemmas") is null
                ? "'lemmas' is missing: list at least one lemma"
                : "'lemmas' is empty: list at least one lemma");
        }
        CheckWords(check, "lemmas", lemmas ?? [], lemma => IsWord(lemma) ? null
            : $"has a space; lemmas are single words as the lemmatizer gives them: write the head word as the lemma and the particle as 'prep' (for 'call off': lemma call, prep off)");
        var code = check.Read<string?>(() => YamlFields.RequiredString(entry, "code"), null);
        if (code is not null && codebook is not null && !codebook.Contains(code))
        {
            check.Problem(YamlFields.Line(YamlFields.Get(entry, "code")!), $"CAMEO code {code} is not in cameo.yaml");
        }
        var prep = check.Read(() => YamlFields.OptionalString(entry, "prep"), null);
        if (prep is not null && !IsWord(prep))
        {
            check.Problem(YamlFields.Line(YamlFields.Get(entry, "prep")!), $"'prep' is '{prep}'; it must be a single preposition or particle");
        }
        bool optional = check.Read(() => YamlFields.OptionalBool(entry, "target_optional", false), false);
        var complement = check.Read(() => YamlFields.OptionalString(entry, "complement"), null);
        if (complement is not null && families is not null && !families.Contains(complement))
        {
            var known = families.Count == 0 ? "none" : string.Join(", ", families.Order(StringComparer.Ordinal));
            check.Problem(YamlFields.Line(YamlFields.Get(entry, "complement")!),
                $"complement '{complement}' is not a family under 'complements' in verbs.yaml (families: {known})");
        }
        bool foldsOnly = check.Read(() => YamlFields.OptionalBool(entry, "folds_only", false), false);
        if (foldsOnly && complement is null)
        {
            check.Problem(line, "'folds_only' needs a 'complement' family: the entry codes only the events its family folds into it");
        }
        if (id is null || lemmas is null || code is null)
        {
            return null;
        }
        return new Common(id, lemmas, code, prep, optional, complement, foldsOnly, line);
    }

    /// <summary>An optional CAMEO code field of an entry ("state_code"), reported when the codebook lacks it.</summary>
    private static string? OptionalCode(YamlMappingNode entry, string key, EntryCheck check, CameoCodebook? codebook)
    {
        var code = check.Read(() => YamlFields.OptionalString(entry, key), null);
        if (code is not null && codebook is not null && !codebook.Contains(code))
        {
            check.Problem(YamlFields.Line(YamlFields.Get(entry, key)!), $"'{key}' {code} is not in cameo.yaml");
        }
        return code;
    }

    /// <summary>Checks each word of a list with <paramref name="wrong"/> (null when fine) and for repeats.</summary>
    private static void CheckWords(EntryCheck check, string key, IReadOnlyList<(string Value, int Line)> words, Func<string, string?> wrong)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, line) in words)
        {
            if (wrong(word) is { } message)
            {
                check.Problem(line, $"'{key}' entry '{word}' {message}");
            }
            if (!seen.Add(word))
            {
                check.Problem(line, $"'{key}' lists '{word}' twice in this entry");
            }
        }
    }

    private static ModalityCues ReadModality(YamlFile file, ProblemLog log)
    {
        file.CheckTopLevelKeys(log, ModalityKeys);
        var lists = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var lines = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var key in ModalityKeys)
        {
            var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var at = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            lists[key] = set;
            lines[key] = at;
            if (YamlFields.Get(file.Root, key) is null)
            {
                log.Add(file.Path, YamlFields.Line(file.Root), $"'{key}' is missing (give an empty list, [], if nothing belongs there)");
                continue;
            }
            IReadOnlyList<(string Value, int Line)> words;
            try
            {
                words = YamlFields.LocatedStrings(file.Root, key);
            }
            catch (EntryException e)
            {
                log.Add(file.Path, e.Line, e.Message);
                continue;
            }
            int maxWords = TwoWordLists.Contains(key) ? 2 : 1;
            foreach (var (word, line) in words)
            {
                int count = word.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
                if (count > maxWords || word.Contains("  ", StringComparison.Ordinal) || word.Any(ch => char.IsWhiteSpace(ch) && ch != ' '))
                {
                    log.Add(file.Path, line, maxWords == 1
                        ? $"'{key}' entry '{word}' must be a single word"
                        : $"'{key}' entry '{word}' must be a lemma, or a lemma and the one word it governs ('call off')");
                }
                else if (!set.Add(word))
                {
                    log.Add(file.Path, line, $"'{key}' lists '{word}' twice (first on line {at[word]})");
                }
                else
                {
                    at[word] = line;
                }
            }
        }
        foreach (var group in DisjointLists)
        {
            for (int i = 0; i < group.Length; i++)
            {
                for (int j = i + 1; j < group.Length; j++)
                {
                    foreach (var word in lists[group[j]].Where(lists[group[i]].Contains))
                    {
                        log.Add(file.Path, lines[group[j]][word],
                            $"'{word}' is in both '{group[i]}' (line {lines[group[i]][word]}) and '{group[j]}'; an event cannot be both");
                    }
                }
            }
        }
        return new ModalityCues
        {
            HypotheticalAuxiliaries = lists["hypothetical_auxiliaries"],
            HypotheticalModifiers = lists["hypothetical_modifiers"],
            HypotheticalGovernors = lists["hypothetical_governors"],
            FutureAuxiliaries = lists["future_auxiliaries"],
            FutureModifiers = lists["future_modifiers"],
            FutureGovernors = lists["future_governors"],
            Negators = lists["negators"],
            NegatingGovernors = lists["negating_governors"],
            ReportingVerbs = lists["reporting_verbs"],
            RealisingVerbs = lists["realising_verbs"],
            StrikingVerbs = lists["striking_verbs"],
            NegativeJudgements = lists["negative_judgements"],
            DeedNouns = lists["deed_nouns"],
        };
    }

    private static bool IsWord(string text) => text.Length > 0 && !text.Any(char.IsWhiteSpace);

    private static string With(string? prep) => prep is null ? "" : $" with prep '{prep}'";

    private static string Sorted(IReadOnlyList<(string Value, int Line)> words) =>
        string.Join(',', words.Select(w => w.Value.ToLowerInvariant()).Order(StringComparer.Ordinal));

    /// <summary>Logs the problems of one entry and remembers whether it had any.</summary>
    private sealed class EntryCheck(YamlFile file, ProblemLog log)
    {
        public bool Failed { get; private set; }

        public void Problem(int line, string message)
        {
            log.Add(file.Path, line, message);
            Failed = true;
        }

        public T Read<T>(Func<T> read, T fallback)
        {
            try
            {
                return read();
            }
            catch (EntryException e)
            {
                Problem(e.Line, e.Message);
                return fallback;
            }
        }
    }
}

using Parley.Knowledge.Loading;

namespace Parley.Knowledge.Events;

/// <summary>
/// CAMEO → PLOVER from <c>plover.yaml</c>. A code without its own line takes its parent's mapping, so a root line
/// covers its whole family. Codes PLOVER drops (public statements) map to null. A line with <c>lemmas</c> refines a
/// code for the events whose trigger is one of those words: PLOVER makes distinctions CAMEO does not (a conviction is
/// SANCTION 'convict', where CAMEO has it among arrests and charges, 173). Immutable and thread-safe.
/// </summary>
public sealed class PloverMap
{
    private readonly Dictionary<string, PloverMapping?> _byCameo;
    private readonly Dictionary<(string Cameo, string Lemma), PloverMapping?> _byCameoAndLemma;
    private readonly CameoCodebook _codebook;

    private PloverMap(CameoCodebook codebook, Dictionary<string, PloverMapping?> byCameo,
        Dictionary<(string Cameo, string Lemma), PloverMapping?> byCameoAndLemma, IReadOnlyList<string> eventTypes, IReadOnlyList<string> contexts)
    {
        _codebook = codebook;
        _byCameo = byCameo;
        _byCameoAndLemma = byCameoAndLemma;
        EventTypes = eventTypes;
        Contexts = contexts;
    }

    /// <summary>PLOVER's event types as the file lists them.</summary>
    public IReadOnlyList<string> EventTypes { get; }

    /// <summary>The contexts the file allows.</summary>
    public IReadOnlyList<string> Contexts { get; }

    /// <summary>Loads <c>plover.yaml</c>, checking every CAMEO code it names against <paramref name="codebook"/>.</summary>
    /// <exception cref="DictionaryException">The file is missing or wrong; every problem is listed.</exception>
    public static PloverMap Load(string path, CameoCodebook codebook)
    {
        var log = new ProblemLog();
        var map = Load(path, codebook, log);
        log.ThrowIfAny();
        return map!;
    }

    internal static PloverMap? Load(string path, CameoCodebook codebook, ProblemLog log)
    {
        var file = YamlFile.Load(path, log);
        return file is null ? null : Parse(file, codebook, log);
    }

    internal static PloverMap Parse(YamlFile file, CameoCodebook codebook, ProblemLog log)
    {
        file.CheckTopLevelKeys(log, "event_types", "contexts", "mappings");
        var typeLines = new Dictionary<string, int>(StringComparer.Ordinal);
        var types = file.ParseEntries("event_types", log, entry =>
        {
            YamlFields.CheckKeys(entry, "name", "description", "modes");
            var name = YamlFields.RequiredString(entry, "name");
            if (!typeLines.TryAdd(name, YamlFields.Line(entry)))
            {
                throw new EntryException(YamlFields.Line(entry), $"PLOVER event type '{name}' is listed twice (first on line {typeLines[name]})");
            }
            return (Name: name, Modes: YamlFields.Strings(entry, "modes"));
        });
        var modesByType = types.ToDictionary(t => t.Name, t => t.Modes, StringComparer.Ordinal);
        var contexts = file.ParseEntries("contexts", log, entry =>
        {
            YamlFields.CheckKeys(entry, "name", "description");
            return YamlFields.RequiredString(entry, "name");
        });
        var contextSet = contexts.ToHashSet(StringComparer.Ordinal);
        var byCameo = new Dictionary<string, PloverMapping?>(StringComparer.Ordinal);
        var byCameoAndLemma = new Dictionary<(string, string), PloverMapping?>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        file.ParseEntries("mappings", log, entry =>
        {
            YamlFields.CheckKeys(entry, "cameo", "lemmas", "event", "mode", "context");
            int line = YamlFields.Line(entry);
            var cameo = YamlFields.RequiredString(entry, "cameo");
            if (!codebook.Contains(cameo))
            {
                throw new EntryException(line, $"CAMEO code {cameo} is not in cameo.yaml");
            }
            var lemmas = YamlFields.Strings(entry, "lemmas");
            var keys = lemmas.Count == 0 ? [cameo] : lemmas.Select(l => $"{cameo} (trigger '{l.ToLowerInvariant()}')").ToList();
            foreach (var key in keys)
            {
                if (lines.TryGetValue(key, out int first))
                {
                    throw new EntryException(line, $"CAMEO code {key} is mapped twice (first on line {first})");
                }
            }
            var ev = YamlFields.RequiredString(entry, "event");
            PloverMapping? mapping = null;
            if (ev != "none")
            {
                if (!modesByType.TryGetValue(ev, out var modes))
                {
                    throw new EntryException(line, $"PLOVER event type '{ev}' is not among event_types (or 'none' for codes PLOVER drops)");
                }
                var mode = YamlFields.OptionalString(entry, "mode");
                if (mode is not null && !modes.Contains(mode, StringComparer.Ordinal))
                {
                    throw new EntryException(line, $"mode '{mode}' is not a mode of {ev} ({string.Join(", ", modes)})");
                }
                var context = YamlFields.Strings(entry, "context");
                foreach (var c in context.Where(c => !contextSet.Contains(c)))
                {
                    throw new EntryException(line, $"context '{c}' is not among the contexts the file lists");
                }
                mapping = new PloverMapping(cameo, ev, mode, context);
            }
            foreach (var key in keys)
            {
                lines[key] = line;
            }
            if (lemmas.Count == 0)
            {
                byCameo[cameo] = mapping;
            }
            foreach (var lemma in lemmas)
            {
                byCameoAndLemma[(cameo, lemma.ToLowerInvariant())] = mapping;
            }
            return cameo;
        });
        return new PloverMap(codebook, byCameo, byCameoAndLemma, types.Select(t => t.Name).ToList(), contexts);
    }

    /// <summary>
    /// The PLOVER reading of <paramref name="cameo"/>, from its own line or the nearest ancestor's; null when PLOVER
    /// drops the code or nothing maps it.
    /// </summary>
    public PloverMapping? Map(string cameo)
    {
        ArgumentNullException.ThrowIfNull(cameo);
        for (var c = cameo; c.Length >= 2; c = c.Length == 3 ? c[..2] : c[..^1])
        {
            if (_byCameo.TryGetValue(c, out var mapping))
            {
                return mapping;
            }
        }
        return null;
    }

    /// <summary>
    /// The PLOVER reading of an event coded <paramref name="cameo"/> whose trigger words have
    /// <paramref name="lemmas"/>: a line for the code (or an ancestor) and one of the lemmas wins over the code's own.
    /// </summary>
    public PloverMapping? Map(string cameo, IEnumerable<string> lemmas)
    {
        ArgumentNullException.ThrowIfNull(cameo);
        ArgumentNullException.ThrowIfNull(lemmas);
        if (_byCameoAndLemma.Count > 0)
        {
            foreach (var lemma in lemmas)
            {
                var lower = lemma.ToLowerInvariant();
                for (var c = cameo; c.Length >= 2; c = c.Length == 3 ? c[..2] : c[..^1])
                {
                    if (_byCameoAndLemma.TryGetValue((c, lower), out var refined))
                    {
                        return refined;
                    }
                }
            }
        }
        return Map(cameo);
    }

    /// <summary>
    /// Every PLOVER reading an event coded <paramref name="cameo"/> can get: the code's own and those of the lines that
    /// refine it by trigger word.
    /// </summary>
    public IEnumerable<PloverMapping> Readings(string cameo)
    {
        ArgumentNullException.ThrowIfNull(cameo);
        if (Map(cameo) is { } own)
        {
            yield return own;
        }
        foreach (var ((code, _), mapping) in _byCameoAndLemma)
        {
            if (mapping is not null && cameo.StartsWith(code, StringComparison.Ordinal))
            {
                yield return mapping;
            }
        }
    }

    /// <summary>True when <paramref name="cameo"/> (or an ancestor) has a line in the file, even one that drops it.</summary>
    public bool Covers(string cameo)
    {
        ArgumentNullException.ThrowIfNull(cameo);
        for (var c = cameo; c.Length >= 2; c = c.Length == 3 ? c[..2] : c[..^1])
        {
            if (_byCameo.ContainsKey(c))
            {
                return true;
            }
        }
        return false;
    }
}

using Parley.Knowledge.Loading;

namespace Parley.Knowledge.Events;

/// <summary>
/// CAMEO → PLOVER from <c>plover.yaml</c>. A code without its own line takes its parent's mapping, so a root line
/// covers its whole family. Codes PLOVER drops (public statements) map to null. Immutable and thread-safe.
/// </summary>
public sealed class PloverMap
{
    private readonly Dictionary<string, PloverMapping?> _byCameo;
    private readonly CameoCodebook _codebook;

    private PloverMap(CameoCodebook codebook, Dictionary<string, PloverMapping?> byCameo, IReadOnlyList<string> eventTypes, IReadOnlyList<string> contexts)
    {
        _codebook = codebook;
        _byCameo = byCameo;
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
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        file.ParseEntries("mappings", log, entry =>
        {
            YamlFields.CheckKeys(entry, "cameo", "event", "mode", "context");
            int line = YamlFields.Line(entry);
            var cameo = YamlFields.RequiredString(entry, "cameo");
            if (!codebook.Contains(cameo))
            {
                throw new EntryException(line, $"CAMEO code {cameo} is not in cameo.yaml");
            }
            if (lines.TryGetValue(cameo, out int first))
            {
                throw new EntryException(line, $"CAMEO code {cameo} is mapped twice (first on line {first})");
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
            lines[cameo] = line;
            byCameo[cameo] = mapping;
            return cameo;
        });
        return new PloverMap(codebook, byCameo, types.Select(t => t.Name).ToList(), contexts);
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

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Parley.Coding.Tests.Golden;

/// <summary>
/// The difference between the expected events of a golden file and the coder's events, field by field: events
/// are paired (same sentence and trigger, then looser keys), and each pair that differs lists its changed
/// fields; what cannot be paired is added or removed. Read by a person, so it is grouped by sentence and names
/// each event by code, actors and modality.
/// </summary>
internal sealed class GoldenDiff
{
    // Tried in order: each pass pairs the events left over by the ones before it.
    private static readonly string[][] PairingKeys =
    [
        ["sentence_index", "trigger.start", "trigger.end", "cameo", "source.start", "target.start"],
        ["sentence_index", "trigger.start", "source.start", "target.start"],
        ["sentence_index", "trigger.start", "trigger.end"],
        ["sentence_index", "source.start", "target.start", "cameo"],
        ["sentence_index", "source.start", "target.start"],
    ];

    private readonly List<Change> _changes;

    private GoldenDiff(List<Change> changes, int unchanged, bool orderChanged)
    {
        _changes = changes;
        Unchanged = unchanged;
        OrderChanged = orderChanged;
    }

    public int Added => _changes.Count(c => c.Expected is null);

    public int Removed => _changes.Count(c => c.Actual is null);

    public int Changed => _changes.Count(c => c.Expected is not null && c.Actual is not null);

    public int Unchanged { get; }

    /// <summary>The same events, but not in the same order.</summary>
    public bool OrderChanged { get; }

    public bool IsEmpty => _changes.Count == 0 && !OrderChanged;

    public string Summary => OrderChanged && _changes.Count == 0
        ? $"the same {Unchanged} events in another order"
        : $"{Added} added, {Removed} removed, {Changed} changed, {Unchanged} unchanged";

    /// <param name="expected">The lines of the expected file (<paramref name="expectedSource"/> names it in errors).</param>
    /// <param name="actual">The coder's events, one <see cref="EventRecordJson"/> line each.</param>
    public static GoldenDiff Compare(IReadOnlyList<string> expected, IReadOnlyList<string> actual, string expectedSource)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(actual);
        var before = expected.Select((line, i) => Event.Parse(line, $"{expectedSource}:{i + 1}")).ToList();
        var after = actual.Select((line, i) => Event.Parse(line, $"coder output, event {i + 1}")).ToList();

        var partner = new int?[before.Count];
        var taken = new bool[after.Count];
        Pair(before, after, partner, taken, e => e.Canonical);
        foreach (var key in PairingKeys)
        {
            Pair(before, after, partner, taken, e => e.Key(key));
        }

        var changes = new List<Change>();
        int unchanged = 0;
        for (int i = 0; i < before.Count; i++)
        {
            if (partner[i] is not int j)
            {
                changes.Add(new Change(before[i], null));
            }
            else if (before[i].Canonical == after[j].Canonical)
            {
                unchanged++;
            }
            else
            {
                changes.Add(new Change(before[i], after[j]));
            }
        }
        changes.AddRange(after.Where((_, j) => !taken[j]).Select(e => new Change(null, e)));
        bool orderChanged = !before.Select(e => e.Canonical).SequenceEqual(after.Select(e => e.Canonical));
        return new GoldenDiff(changes, unchanged, orderChanged);
    }

    /// <summary>Every change, grouped by sentence in text order.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        if (OrderChanged && _changes.Count == 0)
        {
            text.AppendLine("The coder gives the same events, but in another order.");
            return text.ToString();
        }
        foreach (var sentence in _changes.GroupBy(c => c.Shown.SentenceIndex).OrderBy(g => g.Key))
        {
            text.AppendLine($"sentence {sentence.Key}: \"{Shorten(sentence.First().Shown.Get("sentence"), 110)}\"");
            foreach (var change in sentence.OrderBy(c => c.Shown.Get("trigger.start") is { } s ? int.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : 0))
            {
                switch (change)
                {
                    case { Expected: null, Actual: { } added }:
                        text.AppendLine($"  + added    {added.Describe()}");
                        break;
                    case { Actual: null, Expected: { } removed }:
                        text.AppendLine($"  - removed  {removed.Describe()}");
                        break;
                    case { Expected: { } was, Actual: { } now }:
                        text.AppendLine($"  ~ changed  {was.Describe()}");
                        foreach (var (field, old, @new) in Fields(was, now))
                        {
                            text.AppendLine($"               {field}: {old} -> {@new}");
                        }
                        break;
                }
            }
        }
        return text.ToString();
    }

    private static void Pair(List<Event> before, List<Event> after, int?[] partner, bool[] taken, Func<Event, string> key)
    {
        var waiting = new Dictionary<string, Queue<int>>(StringComparer.Ordinal);
        for (int j = 0; j < after.Count; j++)
        {
            if (!taken[j])
            {
                var k = key(after[j]);
                if (!waiting.TryGetValue(k, out var queue))
                {
                    waiting[k] = queue = new Queue<int>();
                }
                queue.Enqueue(j);
            }
        }
        for (int i = 0; i < before.Count; i++)
        {
            if (partner[i] is null && waiting.TryGetValue(key(before[i]), out var queue) && queue.Count > 0)
            {
                int j = queue.Dequeue();
                partner[i] = j;
                taken[j] = true;
            }
        }
    }

    /// <summary>The fields that differ, in the record's order; the event id only when nothing else changed (it follows code and actors).</summary>
    private static List<(string Field, string Old, string New)> Fields(Event was, Event now)
    {
        var paths = was.Leaves.Select(l => l.Path).Concat(now.Leaves.Select(l => l.Path)).Distinct(StringComparer.Ordinal);
        var fields = paths
            .Select(p => (Field: p, Old: was.Json(p) ?? "(absent)", New: now.Json(p) ?? "(absent)"))
            .Where(f => f.Old != f.New)
            .ToList();
        if (fields.Count > 1)
        {
            fields.RemoveAll(f => f.Field == "event_id");
        }
        return fields;
    }

    private static string Shorten(string? text, int length) => text is null ? "" : text.Length <= length ? text : text[..(length - 1)] + "…";

    private sealed record Change(Event? Expected, Event? Actual)
    {
        public Event Shown => Actual ?? Expected!;
    }

    /// <summary>One event record flattened to its leaves (<c>source.code</c>, <c>event_date.value</c>), each as JSON text.</summary>
    private sealed class Event
    {
        private readonly Dictionary<string, string> _json;

        private Event(List<(string Path, string Json)> leaves)
        {
            Leaves = leaves;
            _json = leaves.ToDictionary(l => l.Path, l => l.Json, StringComparer.Ordinal);
            Canonical = string.Join('\n', leaves.Select(l => l.Path + "=" + l.Json));
        }

        public List<(string Path, string Json)> Leaves { get; }

        public string Canonical { get; }

        public int SentenceIndex => Get("sentence_index") is { } s ? int.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : -1;

        public static Event Parse(string line, string where)
        {
            JsonNode? node;
            try
            {
                node = JsonNode.Parse(line);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{where}: not a JSON event record: {e.Message}", e);
            }
            if (node is not JsonObject record)
            {
                throw new InvalidDataException($"{where}: not a JSON object");
            }
            var leaves = new List<(string, string)>();
            Flatten(record, "", leaves);
            return new Event(leaves);
        }

        public string Key(string[] paths) => string.Join('|', paths.Select(p => Json(p) ?? ""));

        /// <summary>The leaf as JSON text (strings quoted), or null when the record has no such field.</summary>
        public string? Json(string path) => _json.GetValueOrDefault(path);

        /// <summary>The leaf as plain text (strings unquoted), or null when absent or JSON null.</summary>
        public string? Get(string path) => Json(path) is { } json && JsonNode.Parse(json) is { } node
            ? node is JsonValue value && value.TryGetValue(out string? s) ? s : node.ToJsonString()
            : null;

        /// <summary>"036 Express intent to meet or negotiate: RUSGOV "Russia" -> USAGOV "Trump", asserted, …".</summary>
        public string Describe()
        {
            var parts = new List<string>
            {
                $"{Get("cameo")} {Get("cameo_name")}: {Actor("source")} -> {Actor("target")}",
                Get("modality") ?? "?",
            };
            if (Get("attribution.text") is { } attribution)
            {
                parts.Add($"attributed to \"{attribution}\"");
            }
            if (Get("event_date.value") is { } date)
            {
                parts.Add($"date {date} ({Get("event_date.precision")}, {Get("event_date.basis")})");
            }
            if ((Get("location.name") ?? Get("location.text")) is { } place)
            {
                parts.Add($"in {place} ({Get("location.country") ?? "?"})");
            }
            parts.Add($"trigger \"{Get("trigger.text")}\"");
            return string.Join(", ", parts);
        }

        private string Actor(string role) => Json(role) == "null"
            ? "(none)"
            : $"{Get(role + ".code") ?? "?"} \"{Get(role + ".text")}\"";

        private static void Flatten(JsonNode? node, string path, List<(string, string)> leaves)
        {
            if (node is JsonObject obj && obj.Count > 0)
            {
                foreach (var (name, child) in obj)
                {
                    Flatten(child, path.Length == 0 ? name : path + "." + name, leaves);
                }
                return;
            }
            leaves.Add((path, node?.ToJsonString(EventRecordJson.Options) ?? "null"));
        }
    }
}

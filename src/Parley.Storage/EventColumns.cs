using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Parley.Coding;

namespace Parley.Storage;

/// <summary>
/// The flattening of an <see cref="EventRecord"/> into the <c>events</c> table, the same in every store. <see cref="ToRow"/> and
/// <see cref="FromRow"/> walk <see cref="Record"/> in the same order; the round-trip tests hold them to it.
/// </summary>
internal static class EventColumns
{
    /// <summary>The columns that hold the record, in row order.</summary>
    public static readonly string[] Record =
    [
        "event_id", "article_id", "article_date", "sentence_index", "sentence",
        "source_text", "source_start", "source_end", "source_code", "source_country", "source_sectors", "source_name",
        "target_text", "target_start", "target_end", "target_code", "target_country", "target_sectors", "target_name",
        "cameo", "cameo_root", "cameo_name", "quad_class", "goldstein",
        "plover_event", "plover_mode", "plover_context",
        "trigger_text", "trigger_start", "trigger_end",
        "modality",
        "attribution_text", "attribution_code", "attribution_start", "attribution_end",
        "event_date_value", "event_date_precision", "event_date_basis", "event_date_text",
        "location_text", "location_name", "location_country", "location_lat", "location_lon",
        "confidence", "rule", "schema",
        "source_basis", "target_basis",
    ];

    /// <summary>Columns derived from the record for indexing, written after <see cref="Record"/>.</summary>
    public static readonly string[] Derived = ["event_date_first", "event_date_last"];

    /// <summary>Every written column: <see cref="Record"/> then <see cref="Derived"/>.</summary>
    public static readonly string[] Written = [.. Record, .. Derived];

    /// <summary>The record columns for a SELECT list.</summary>
    public static readonly string SelectList = string.Join(", ", Record);

    /// <summary>Values for <see cref="Written"/>, in order; null stands for SQL NULL.</summary>
    public static object?[] ToRow(EventRecord e)
    {
        var row = new List<object?>(Written.Length) { e.EventId, e.ArticleId, e.ArticleDate, e.SentenceIndex, e.Sentence };
        AddActor(row, e.Source);
        AddActor(row, e.Target);
        row.AddRange([e.Cameo, e.CameoRoot, e.CameoName, e.QuadClass, e.Goldstein]);
        row.AddRange([e.Plover?.Event, e.Plover?.Mode, e.Plover is null ? null : ToJson(e.Plover.Context)]);
        row.AddRange([e.Trigger.Text, e.Trigger.Start, e.Trigger.End]);
        row.Add(StoredModality(e.Modality));
        var a = e.Attribution;
        row.AddRange([a?.Text, a?.Code, a?.Start, a?.End]);
        var d = e.EventDate;
        row.AddRange([d?.Value, d?.Precision, d?.Basis, d?.Text]);
        var l = e.Location;
        row.AddRange([l?.Text, l?.Name, l?.Country, l?.Lat, l?.Lon]);
        row.AddRange([e.Confidence, e.Rule, e.Schema]);
        row.AddRange([e.Source?.Basis, e.Target?.Basis]);
        if (d is not null && EventDatePeriod.TryGetBounds(d.Value, out var first, out var last))
        {
            row.AddRange([EventDatePeriod.Format(first), EventDatePeriod.Format(last)]);
        }
        else
        {
            row.AddRange([null, null]);
        }
        return row.ToArray();
    }

    /// <summary>Reads a row selected with <see cref="SelectList"/>.</summary>
    public static EventRecord FromRow(DbDataReader r)
    {
        var i = 0;
        var eventId = r.GetString(i++);
        var articleId = r.GetString(i++);
        var articleDate = NullableString(r, i++);
        var sentenceIndex = r.GetInt32(i++);
        var sentence = r.GetString(i++);
        var source = ReadActor(r, ref i);
        var target = ReadActor(r, ref i);
        var cameo = r.GetString(i++);
        var cameoRoot = r.GetString(i++);
        var cameoName = r.GetString(i++);
        var quadClass = r.GetInt32(i++);
        var goldstein = r.GetDouble(i++);
        PloverEvent? plover = r.IsDBNull(i)
            ? null
            : new PloverEvent(r.GetString(i), NullableString(r, i + 1), FromJson(r.GetString(i + 2)));
        i += 3;
        var trigger = new EventTrigger(r.GetString(i), r.GetInt32(i + 1), r.GetInt32(i + 2));
        i += 3;
        var modality = ParseModality(r.GetString(i++));
        EventAttribution? attribution = r.IsDBNull(i)
            ? null
            : new EventAttribution(r.GetString(i), NullableString(r, i + 1), r.GetInt32(i + 2), r.GetInt32(i + 3));
        i += 4;
        EventDate? eventDate = r.IsDBNull(i)
            ? null
            : new EventDate(r.GetString(i), r.GetString(i + 1), r.GetString(i + 2), NullableString(r, i + 3));
        i += 4;
        EventLocation? location = r.IsDBNull(i)
            ? null
            : new EventLocation(r.GetString(i), NullableString(r, i + 1), NullableString(r, i + 2), NullableDouble(r, i + 3), NullableDouble(r, i + 4));
        i += 5;
        var confidence = r.GetDouble(i++);
        var rule = r.GetString(i++);
        var schema = r.GetString(i++);
        var sourceBasis = NullableString(r, i++);
        var targetBasis = NullableString(r, i++);
        source = source is null ? null : source with { Basis = sourceBasis };
        target = target is null ? null : target with { Basis = targetBasis };
        return new EventRecord
        {
            Schema = schema,
            EventId = eventId,
            ArticleId = articleId,
            ArticleDate = articleDate,
            SentenceIndex = sentenceIndex,
            Sentence = sentence,
            Source = source,
            Target = target,
            Cameo = cameo,
            CameoRoot = cameoRoot,
            CameoName = cameoName,
            QuadClass = quadClass,
            Goldstein = goldstein,
            Plover = plover,
            Trigger = trigger,
            Modality = modality,
            Attribution = attribution,
            EventDate = eventDate,
            Location = location,
            Confidence = confidence,
            Rule = rule,
        };
    }

    private static void AddActor(List<object?> row, EventActor? actor) =>
        row.AddRange([actor?.Text, actor?.Start, actor?.End, actor?.Code, actor?.Country, actor is null ? null : ToJson(actor.Sectors), actor?.Name]);

    private static EventActor? ReadActor(DbDataReader r, ref int i)
    {
        var start = i;
        i += 7;
        if (r.IsDBNull(start))
        {
            return null;
        }
        return new EventActor(
            r.GetString(start),
            r.GetInt32(start + 1),
            r.GetInt32(start + 2),
            NullableString(r, start + 3),
            NullableString(r, start + 4),
            FromJson(r.GetString(start + 5)),
            NullableString(r, start + 6));
    }

    private static string ToJson(IReadOnlyList<string> values) => JsonSerializer.Serialize(values);

    private static string[] FromJson(string json) => JsonSerializer.Deserialize<string[]>(json) ?? [];

    private static string? NullableString(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static double? NullableDouble(DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);

    /// <summary>The modality as stored: the lower-case names of OUTPUT.md, written out so that renaming an enum member cannot change stored data.</summary>
    public static string StoredModality(Modality modality) => modality switch
    {
        Modality.Asserted => "asserted",
        Modality.Future => "future",
        Modality.Hypothetical => "hypothetical",
        Modality.Negated => "negated",
        _ => throw new ArgumentOutOfRangeException(nameof(modality), modality, "Unknown modality."),
    };

    private static Modality ParseModality(string name) => name switch
    {
        "asserted" => Modality.Asserted,
        "future" => Modality.Future,
        "hypothetical" => Modality.Hypothetical,
        "negated" => Modality.Negated,
        _ => throw new FormatException(string.Format(CultureInfo.InvariantCulture, "Unknown modality '{0}' in the events table.", name)),
    };
}

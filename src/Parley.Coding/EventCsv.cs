using System.Globalization;
using System.Text.Json;

namespace Parley.Coding;

/// <summary>
/// Writes <see cref="EventRecord"/>s as RFC 4180 CSV: a header row, then one row per event, fields in the
/// order of docs/OUTPUT.md flattened with <c>_</c> (<c>source_code</c>, <c>event_date_value</c>, …), rows
/// ended by CRLF. A field holding a comma, a double quote or a line break is quoted, its quotes doubled; a
/// null is an empty field; lists (sectors, PLOVER contexts) are joined with <c>;</c>; numbers use the
/// invariant culture, so a file reads the same on every machine.
/// </summary>
public static class EventCsv
{
    private const string RowEnd = "\r\n";

    // One table of name and value, so the header and the rows cannot drift apart.
    private static readonly (string Name, Func<EventRecord, string?> Value)[] Fields =
    [
        ("schema", r => r.Schema),
        ("event_id", r => r.EventId),
        ("article_id", r => r.ArticleId),
        ("article_date", r => r.ArticleDate),
        ("sentence_index", r => Number(r.SentenceIndex)),
        ("sentence", r => r.Sentence),
        .. ActorFields("source", r => r.Source),
        .. ActorFields("target", r => r.Target),
        ("cameo", r => r.Cameo),
        ("cameo_root", r => r.CameoRoot),
        ("cameo_name", r => r.CameoName),
        ("quad_class", r => Number(r.QuadClass)),
        ("goldstein", r => Number(r.Goldstein)),
        ("plover_event", r => r.Plover?.Event),
        ("plover_mode", r => r.Plover?.Mode),
        ("plover_context", r => r.Plover is null ? null : string.Join(';', r.Plover.Context)),
        ("trigger_text", r => r.Trigger.Text),
        ("trigger_start", r => Number(r.Trigger.Start)),
        ("trigger_end", r => Number(r.Trigger.End)),
        ("modality", r => ModalityName(r.Modality)),
        ("attribution_text", r => r.Attribution?.Text),
        ("attribution_code", r => r.Attribution?.Code),
        ("attribution_start", r => Number(r.Attribution?.Start)),
        ("attribution_end", r => Number(r.Attribution?.End)),
        ("event_date_value", r => r.EventDate?.Value),
        ("event_date_precision", r => r.EventDate?.Precision),
        ("event_date_basis", r => r.EventDate?.Basis),
        ("event_date_text", r => r.EventDate?.Text),
        ("location_text", r => r.Location?.Text),
        ("location_name", r => r.Location?.Name),
        ("location_country", r => r.Location?.Country),
        ("location_lat", r => Number(r.Location?.Lat)),
        ("location_lon", r => Number(r.Location?.Lon)),
        ("confidence", r => Number(r.Confidence)),
        ("rule", r => r.Rule),
    ];

    /// <summary>The column names, in the order they are written.</summary>
    public static IReadOnlyList<string> Columns { get; } = Array.ConvertAll(Fields, f => f.Name);

    /// <summary>Writes the header row.</summary>
    public static void WriteHeader(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        for (var i = 0; i < Fields.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }
            writer.Write(Fields[i].Name);
        }
        writer.Write(RowEnd);
    }

    /// <summary>Writes one event as one row (which spans several lines when a field holds a line break).</summary>
    public static void WriteRecord(TextWriter writer, EventRecord record)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(record);
        for (var i = 0; i < Fields.Length; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }
            WriteField(writer, Fields[i].Value(record));
        }
        writer.Write(RowEnd);
    }

    private static void WriteField(TextWriter writer, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(value);
            return;
        }
        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }

    private static IEnumerable<(string, Func<EventRecord, string?>)> ActorFields(string prefix, Func<EventRecord, EventActor?> actor) =>
    [
        (prefix + "_text", r => actor(r)?.Text),
        (prefix + "_start", r => Number(actor(r)?.Start)),
        (prefix + "_end", r => Number(actor(r)?.End)),
        (prefix + "_code", r => actor(r)?.Code),
        (prefix + "_country", r => actor(r)?.Country),
        (prefix + "_sectors", r => actor(r) is { } a ? string.Join(';', a.Sectors) : null),
        (prefix + "_name", r => actor(r)?.Name),
        (prefix + "_basis", r => actor(r)?.Basis),
    ];

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    // .NET's default double format is the shortest text that reads back as the same number.
    private static string? Number(double? value) => value?.ToString(CultureInfo.InvariantCulture);

    // The same words the JSON writes (EventRecordJson names enums in snake_case lower).
    private static string ModalityName(Modality modality) => JsonNamingPolicy.SnakeCaseLower.ConvertName(modality.ToString());
}

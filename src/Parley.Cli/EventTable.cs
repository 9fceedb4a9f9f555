using System.Globalization;
using Parley.Coding;
using Parley.Ingest;
using Parley.Storage;
using Spectre.Console;

namespace Parley.Cli;

/// <summary>
/// Draws events for people to read: per article a heading (title or id, date, where it was read) and a table of
/// its events (sentence, date, source, event, target, modality, attribution); and counts by dyad. Colour and the
/// terminal's width only when a terminal reads it; files and pipes get plain text at a fixed width.
/// </summary>
public static class EventTable
{
    /// <summary>The width of tables written to files and pipes.</summary>
    public const int FileWidth = 120;

    private const int ShortText = 32;

    /// <summary>A Spectre console that writes to <paramref name="writer"/>, with colour only when <paramref name="terminal"/>.</summary>
    public static IAnsiConsole CreateConsole(TextWriter writer, bool terminal)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!terminal)
        {
            console.Profile.Width = FileWidth;
        }
        return console;
    }

    /// <summary>Writes the heading of <paramref name="article"/> and a table of <paramref name="events"/> (or a line saying there are none).</summary>
    public static void WriteArticle(IAnsiConsole console, Article article, IReadOnlyList<EventRecord> events)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(events);
        var heading = article.Title is { Length: > 0 } title ? title : article.Origin;
        console.Write(new Rule($"[bold]{Markup.Escape(heading)}[/]") { Justification = Justify.Left });
        var date = article.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "date unknown";
        console.MarkupLine($"[grey]{Markup.Escape(date)} · {Markup.Escape(article.Origin)} · id {Markup.Escape(article.Id)}[/]");
        if (events.Count == 0)
        {
            console.MarkupLine("[grey]No events coded.[/]");
            console.WriteLine();
            return;
        }
        var table = new Table { Border = TableBorder.Rounded };
        table.AddColumn(new TableColumn("Sent.").RightAligned());
        table.AddColumn("Date");
        table.AddColumn("Source");
        table.AddColumn("Event");
        table.AddColumn("Target");
        table.AddColumn("Modality");
        table.AddColumn("Attribution");
        foreach (var record in events)
        {
            table.AddRow(
                record.SentenceIndex.ToString(CultureInfo.InvariantCulture),
                DateCell(record),
                ActorCell(record.Source),
                $"[{QuadClassColour(record.QuadClass)}]{Markup.Escape(record.Cameo)} {Markup.Escape(record.CameoName)}[/]",
                ActorCell(record.Target),
                Markup.Escape(ModalityName(record.Modality)),
                AttributionCell(record.Attribution));
        }
        console.Write(table);
        console.WriteLine();
    }

    /// <summary>Writes event counts by source country, target country and quad class, as <see cref="IEventStore.CountByDyadAsync"/> gives them.</summary>
    public static void WriteDyads(IAnsiConsole console, IReadOnlyList<DyadCount> counts)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(counts);
        var table = new Table { Border = TableBorder.Rounded };
        table.AddColumn("Source country");
        table.AddColumn("");
        table.AddColumn("Target country");
        table.AddColumn("Quad class");
        table.AddColumn(new TableColumn("Events").RightAligned());
        foreach (var count in counts)
        {
            table.AddRow(
                Markup.Escape(count.SourceCountry ?? "—"),
                "→",
                Markup.Escape(count.TargetCountry ?? "—"),
                $"[{QuadClassColour(count.QuadClass)}]{count.QuadClass} {QuadClassName(count.QuadClass)}[/]",
                count.Count.ToString("N0", CultureInfo.InvariantCulture));
        }
        console.Write(table);
        console.MarkupLine("[grey]— is an international or unresolved actor, or no actor at all.[/]");
    }

    /// <summary>The words for a quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
    public static string QuadClassName(int quadClass) => quadClass switch
    {
        1 => "verbal cooperation",
        2 => "material cooperation",
        3 => "verbal conflict",
        4 => "material conflict",
        _ => "unknown",
    };

    private static string QuadClassColour(int quadClass) => quadClass switch
    {
        1 => "green",
        2 => "blue",
        3 => "yellow",
        4 => "red",
        _ => "default",
    };

    private static string DateCell(EventRecord record)
    {
        if (record.EventDate is { } date)
        {
            // A date that only repeats the story's own date says less than one read from the text; mark it.
            return date.Basis == "article"
                ? $"{Markup.Escape(date.Value)}\n[grey]story date[/]"
                : Markup.Escape(date.Value);
        }
        return record.ArticleDate is { } articleDate ? $"[grey]{Markup.Escape(articleDate)}[/]" : "[grey]—[/]";
    }

    private static string ActorCell(EventActor? actor)
    {
        if (actor is null)
        {
            return "[grey]—[/]";
        }
        var code = actor.Code is null ? "[grey]unresolved[/]" : $"[bold]{Markup.Escape(actor.Code)}[/]";
        return $"{code}\n{Markup.Escape(Shorten(actor.Text))}";
    }

    private static string AttributionCell(EventAttribution? attribution)
    {
        if (attribution is null)
        {
            return "[grey]—[/]";
        }
        var text = Markup.Escape(Shorten(attribution.Text));
        return attribution.Code is null ? text : $"{text}\n[grey]{Markup.Escape(attribution.Code)}[/]";
    }

    private static string Shorten(string text) => text.Length <= ShortText ? text : string.Concat(text.AsSpan(0, ShortText - 1), "…");

    private static string ModalityName(Modality modality) => modality.ToString().ToLowerInvariant();
}

using Parley.Coding;
using Parley.Ingest;
using Spectre.Console;

namespace Parley.Cli;

/// <summary>
/// Where <c>parley code</c> writes each article's events, in one of <see cref="Formats"/>: <c>jsonl</c> (one
/// <see cref="EventRecordJson"/> object per line), <c>csv</c> (<see cref="EventCsv"/>, header first, even when no
/// event follows) or <c>table</c> (<see cref="EventTable"/>, a heading per article). Disposing flushes; the
/// writer stays open.
/// </summary>
public abstract class EventOutput : IDisposable
{
    /// <summary>The formats <see cref="Create"/> knows.</summary>
    public static IReadOnlyList<string> Formats { get; } = ["table", "jsonl", "csv"];

    private protected EventOutput(TextWriter writer) => Writer = writer;

    private protected TextWriter Writer { get; }

    /// <summary>An output in <paramref name="format"/> on <paramref name="writer"/>; <paramref name="terminal"/> says a person reads it (colour, width).</summary>
    public static EventOutput Create(string format, TextWriter writer, bool terminal)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return format switch
        {
            "table" => new TableOutput(writer, terminal),
            "jsonl" => new JsonLinesOutput(writer),
            "csv" => new CsvOutput(writer),
            _ => throw new ArgumentException($"Unknown event output format '{format}'; use one of {string.Join(", ", Formats)}.", nameof(format)),
        };
    }

    /// <summary>Writes the events coded from <paramref name="article"/> (possibly none).</summary>
    public abstract void Write(Article article, IReadOnlyList<EventRecord> events);

    public void Dispose() => Writer.Flush();

    private sealed class JsonLinesOutput(TextWriter writer) : EventOutput(writer)
    {
        public override void Write(Article article, IReadOnlyList<EventRecord> events)
        {
            foreach (var record in events)
            {
                Writer.Write(EventRecordJson.Serialize(record));
                Writer.Write('\n');
            }
        }
    }

    private sealed class CsvOutput : EventOutput
    {
        public CsvOutput(TextWriter writer)
            : base(writer) => EventCsv.WriteHeader(writer);

        public override void Write(Article article, IReadOnlyList<EventRecord> events)
        {
            foreach (var record in events)
            {
                EventCsv.WriteRecord(Writer, record);
            }
        }
    }

    private sealed class TableOutput(TextWriter writer, bool terminal) : EventOutput(writer)
    {
        private readonly IAnsiConsole _console = EventTable.CreateConsole(writer, terminal);

        public override void Write(Article article, IReadOnlyList<EventRecord> events) => EventTable.WriteArticle(_console, article, events);
    }
}

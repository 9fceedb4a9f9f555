using System.Text.Json;

namespace Parley.Coding.Evaluation;

/// <summary>
/// Reads event records (docs/OUTPUT.md, as <c>parley code</c> writes them) from JSON Lines for scoring. A line that
/// is not a <see cref="EventRecord.CurrentSchema"/> record becomes a <see cref="LineProblem"/> and the rest of the
/// file is still read; blank lines are skipped.
/// </summary>
public static class PredictedEventReader
{
    /// <summary>Reads the file at <paramref name="path"/>; throws <see cref="IOException"/> (or <see cref="FileNotFoundException"/>) when it cannot be opened.</summary>
    public static EvaluationFile<EventRecord> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path);
        return Read(reader, path);
    }

    /// <summary>Reads <paramref name="reader"/> to its end; <paramref name="path"/> only names the lines in problems.</summary>
    public static EvaluationFile<EventRecord> Read(TextReader reader, string path) => JsonLines.ReadAll(reader, path, ReadLine);

    private static (EventRecord?, string?) ReadLine(string line, int number)
    {
        EventRecord? record;
        try
        {
            record = EventRecordJson.Deserialize(line);
        }
        catch (JsonException e)
        {
            return (null, $"not an event record: {JsonLines.Describe(e)}");
        }
        var reason = record switch
        {
            null => "not an event record but null",
            { Schema: not EventRecord.CurrentSchema } => $"schema '{record.Schema}' is not {EventRecord.CurrentSchema}, the one this evaluator reads",
            { Cameo.Length: < 2 } => $"cameo '{record.Cameo}' has no root (two digits)",
            _ => null,
        };
        return reason is null ? (record, null) : (null, reason);
    }
}

namespace Parley.Nlp.Iob;

/// <summary>An IOB file is malformed; the message reads <c>file:line: reason</c>.</summary>
public sealed class IobFormatException(string path, int line, string reason)
    : Exception($"{path}:{line}: {reason}")
{
    public string Path { get; } = path;
    public int Line { get; } = line;
    public string Reason { get; } = reason;
}

namespace Parley.Nlp.Conllu;

/// <summary>A CoNLL-U file is malformed; the message names the file and line.</summary>
public sealed class ConlluFormatException(string path, int line, string reason)
    : Exception($"{path}:{line}: {reason}")
{
    public string Path { get; } = path;
    public int Line { get; } = line;
    public string Reason { get; } = reason;
}

namespace Parley.Nlp.Learning;

/// <summary>A model file is missing, of another kind or version, or damaged; the message names the file and says what to do.</summary>
public sealed class ModelFormatException(string path, string reason)
    : Exception($"{path}: {reason}")
{
    public string Path { get; } = path;
    public string Reason { get; } = reason;
}

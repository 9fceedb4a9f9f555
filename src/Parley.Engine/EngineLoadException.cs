namespace Parley.Engine;

/// <summary>
/// The engine cannot start: its dictionaries or models are missing, damaged, or lack a stage the coder needs.
/// <see cref="Exception.Message"/> says which folder in one line; <see cref="Problems"/> lists every problem found,
/// one line each (<c>file:line: what is wrong</c> for dictionaries, <c>path: what is wrong</c> for models), so that
/// a caller can show them all at once.
/// </summary>
public sealed class EngineLoadException : Exception
{
    public EngineLoadException(EngineComponent component, string folder, string message, IReadOnlyList<string> problems, Exception? innerException = null)
        : base(message, innerException)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(problems);
        Component = component;
        Folder = folder;
        Problems = problems;
    }

    /// <summary>Whether the dictionaries or the models are at fault.</summary>
    public EngineComponent Component { get; }

    /// <summary>The folder that was being loaded.</summary>
    public string Folder { get; }

    /// <summary>Every problem found, one line each; empty when <see cref="Exception.Message"/> says it all.</summary>
    public IReadOnlyList<string> Problems { get; }
}

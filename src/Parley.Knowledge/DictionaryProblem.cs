namespace Parley.Knowledge;

/// <summary>One mistake in a dictionary file, located by file and 1-based line.</summary>
/// <param name="File">The path of the file, as it was given to the loader.</param>
/// <param name="Line">1-based line of the entry or field at fault; 0 when the whole file is at fault.</param>
/// <param name="Message">What is wrong, in words a dictionary editor can act on.</param>
public sealed record DictionaryProblem(string File, int Line, string Message)
{
    /// <summary><c>file:line: what is wrong</c>, the form editors and compilers use.</summary>
    public override string ToString() => $"{File}:{Line}: {Message}";
}

namespace Parley.Coding.Evaluation;

/// <summary>A line of an evaluation file that could not be read and was skipped.</summary>
/// <param name="Path">The file, as it was given to the reader.</param>
/// <param name="Line">1-based line number.</param>
/// <param name="Reason">What is wrong, in words an annotator can act on.</param>
public sealed record LineProblem(string Path, int Line, string Reason)
{
    /// <summary><c>path:line: reason</c>, the form editors and compilers use.</summary>
    public override string ToString() => $"{Path}:{Line}: {Reason}";
}

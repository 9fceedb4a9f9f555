namespace Parley.Knowledge;

/// <summary>
/// A dictionary (or a GeoNames dump) could not be loaded. The message holds one <c>file:line: what is wrong</c>
/// line per problem; <see cref="Problems"/> holds them as data. Loading collects every problem it can find
/// before throwing, so an editor can fix a file in one pass.
/// </summary>
public sealed class DictionaryException : Exception
{
    public DictionaryException(IReadOnlyList<DictionaryProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    public DictionaryException(DictionaryProblem problem)
        : this([problem])
    {
    }

    /// <summary>The problems found, in file order; never empty.</summary>
    public IReadOnlyList<DictionaryProblem> Problems { get; }

    /// <summary>The file of the first problem.</summary>
    public string File => Problems[0].File;

    /// <summary>The line of the first problem.</summary>
    public int Line => Problems[0].Line;

    private static string Describe(IReadOnlyList<DictionaryProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (problems.Count == 0)
        {
            throw new ArgumentException("A dictionary exception needs at least one problem.", nameof(problems));
        }
        return string.Join(Environment.NewLine, problems);
    }
}

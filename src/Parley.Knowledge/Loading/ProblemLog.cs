namespace Parley.Knowledge.Loading;

/// <summary>Collects the problems of a load so that all of them are reported at once.</summary>
internal sealed class ProblemLog
{
    private readonly List<DictionaryProblem> _problems = [];

    public IReadOnlyList<DictionaryProblem> Problems => _problems;

    public bool HasProblems => _problems.Count > 0;

    public void Add(string file, int line, string message) => _problems.Add(new DictionaryProblem(file, line, message));

    /// <summary>Adds the problems of another log (one filled on another thread), in their order.</summary>
    public void AddAll(ProblemLog other) => _problems.AddRange(other._problems);

    public void ThrowIfAny()
    {
        if (_problems.Count > 0)
        {
            throw new DictionaryException(_problems.ToArray());
        }
    }
}

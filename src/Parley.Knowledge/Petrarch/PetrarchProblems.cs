namespace Parley.Knowledge.Petrarch;

/// <summary>
/// The problems of one PETRARCH file: read strictly, the first problem does not stop the reading but the reader
/// throws one <see cref="DictionaryException"/> listing them all at the end; read leniently, the wrong lines are
/// left out and kept as the dictionary's refused lines.
/// </summary>
internal sealed class PetrarchProblems(string path, bool lenient)
{
    private readonly List<DictionaryProblem> _problems = [];

    public void Add(int line, string message) => _problems.Add(new DictionaryProblem(path, line, message));

    /// <summary>Throws when reading strictly and anything was wrong; returns the refused lines otherwise.</summary>
    public IReadOnlyList<DictionaryProblem> Finish()
    {
        if (_problems.Count > 0 && !lenient)
        {
            throw new DictionaryException(_problems.ToArray());
        }
        return _problems.ToArray();
    }

    /// <summary>Throws when the file is missing (always fatal: there is nothing to read leniently).</summary>
    public static void RequireFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new DictionaryException(new DictionaryProblem(path, 0, "file not found"));
        }
    }
}

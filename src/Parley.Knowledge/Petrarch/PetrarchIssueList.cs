namespace Parley.Knowledge.Petrarch;

/// <summary>A PETRARCH issues dictionary as read by <see cref="PetrarchIssueReader"/>. Immutable.</summary>
public sealed class PetrarchIssueList
{
    internal PetrarchIssueList(string path, int lines, IReadOnlyList<PetrarchIssue> issues, IReadOnlyList<string> ignored, IReadOnlyList<DictionaryProblem> refused)
    {
        Path = path;
        Lines = lines;
        Issues = issues;
        Ignored = ignored;
        Refused = refused;
    }

    public string Path { get; }

    /// <summary>How many lines with content the file has.</summary>
    public int Lines { get; }

    public IReadOnlyList<PetrarchIssue> Issues { get; }

    /// <summary>The <c>~</c> phrases, lower case: a sentence holding one gets no issue codes.</summary>
    public IReadOnlyList<string> Ignored { get; }

    /// <summary>Lines left out as wrong when read leniently, as <c>file:line: what is wrong</c>.</summary>
    public IReadOnlyList<DictionaryProblem> Refused { get; }
}

namespace Parley.Knowledge.Petrarch;

/// <summary>A PETRARCH agent dictionary as read by <see cref="PetrarchAgentReader"/>. Immutable.</summary>
public sealed class PetrarchAgentDictionary
{
    internal PetrarchAgentDictionary(string path, int lines, IReadOnlyList<PetrarchAgent> agents, IReadOnlyDictionary<string, IReadOnlyList<string>> substitutions,
        IReadOnlyList<DictionaryProblem> refused)
    {
        Path = path;
        Lines = lines;
        Agents = agents;
        Substitutions = substitutions;
        Refused = refused;
    }

    /// <summary>The file, as given to the reader.</summary>
    public string Path { get; }

    /// <summary>How many lines with content the file has.</summary>
    public int Lines { get; }

    /// <summary>The agents in file order; an entry with a substitution marker gives one agent per substitute.</summary>
    public IReadOnlyList<PetrarchAgent> Agents { get; }

    /// <summary>The substitution sets by marker (<c>"!PERSON!"</c> → MAN, MEN, WOMAN, …).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Substitutions { get; }

    /// <summary>Lines left out as wrong when read leniently, as <c>file:line: what is wrong</c>.</summary>
    public IReadOnlyList<DictionaryProblem> Refused { get; }
}

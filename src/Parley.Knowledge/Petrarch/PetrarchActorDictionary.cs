namespace Parley.Knowledge.Petrarch;

/// <summary>A PETRARCH actor dictionary as read by <see cref="PetrarchActorReader"/>. Immutable.</summary>
public sealed class PetrarchActorDictionary
{
    internal PetrarchActorDictionary(string path, int lines, IReadOnlyList<PetrarchActor> actors, IReadOnlyList<DictionaryProblem> refused)
    {
        Path = path;
        Lines = lines;
        Actors = actors;
        Refused = refused;
    }

    /// <summary>The file, as given to the reader.</summary>
    public string Path { get; }

    /// <summary>How many lines with content the file has.</summary>
    public int Lines { get; }

    /// <summary>The actors in file order.</summary>
    public IReadOnlyList<PetrarchActor> Actors { get; }

    /// <summary>Lines left out as wrong when read leniently, as <c>file:line: what is wrong</c>.</summary>
    public IReadOnlyList<DictionaryProblem> Refused { get; }
}

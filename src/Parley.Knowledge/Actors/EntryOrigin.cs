namespace Parley.Knowledge.Actors;

/// <summary>Where a dictionary entry was written: the file's name (e.g. <c>people.yaml</c>) and its 1-based line.</summary>
public sealed record EntryOrigin(string File, int Line)
{
    /// <summary><c>file:line</c>.</summary>
    public override string ToString() => $"{File}:{Line}";
}

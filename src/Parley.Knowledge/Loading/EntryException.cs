namespace Parley.Knowledge.Loading;

/// <summary>Raised inside the loaders when one entry is wrong; the loader records it and goes on with the next entry.</summary>
internal sealed class EntryException(int line, string message) : Exception(message)
{
    public int Line { get; } = line;
}

namespace Parley.Knowledge.Petrarch;

/// <summary>
/// A PETRARCH verb dictionary (<c>CAMEO.2.0.txt</c>, <c>PETR.Validate.verbs.txt</c>) as read by
/// <see cref="PetrarchVerbReader"/>: synsets, verb blocks with their verbs and patterns, and transformations,
/// each keeping the line it came from. Immutable.
/// </summary>
public sealed class PetrarchVerbDictionary
{
    internal PetrarchVerbDictionary(string path, int lines, IReadOnlyDictionary<string, PetrarchSynset> synsets, IReadOnlyList<PetrarchVerbBlock> blocks,
        IReadOnlyList<PetrarchTransformation> transformations, IReadOnlyList<DictionaryProblem> refused)
    {
        Path = path;
        Lines = lines;
        Synsets = synsets;
        Blocks = blocks;
        Transformations = transformations;
        Refused = refused;
    }

    /// <summary>The file, as given to the reader.</summary>
    public string Path { get; }

    /// <summary>How many lines with content (not comments, not blank) the file has.</summary>
    public int Lines { get; }

    /// <summary>Synsets by name, with the <c>&amp;</c> ("&amp;CURRENCY").</summary>
    public IReadOnlyDictionary<string, PetrarchSynset> Synsets { get; }

    /// <summary>Verb blocks in file order.</summary>
    public IReadOnlyList<PetrarchVerbBlock> Blocks { get; }

    public IReadOnlyList<PetrarchTransformation> Transformations { get; }

    /// <summary>
    /// The lines that were left out because they are wrong, each as <c>file:line: what is wrong</c>; empty when
    /// the file was read strictly (a wrong line then throws).
    /// </summary>
    public IReadOnlyList<DictionaryProblem> Refused { get; }

    /// <summary>How many verbs the blocks hold.</summary>
    public int VerbCount => Blocks.Sum(b => b.Verbs.Count);

    /// <summary>How many patterns the blocks hold.</summary>
    public int PatternCount => Blocks.Sum(b => b.Patterns.Count);
}

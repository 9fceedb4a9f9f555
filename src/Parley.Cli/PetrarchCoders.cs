using Parley.Coding.Petrarch;
using Parley.Engine;
using Parley.Knowledge;

namespace Parley.Cli;

/// <summary>Builds the coder of <c>parley code --petrarch DIR</c>: a <see cref="PetrarchEventCoder"/> over the PETRARCH set in DIR.</summary>
internal static class PetrarchCoders
{
    /// <summary>
    /// A coder loader for the engine: the PETRARCH set in the folder it is given, with Parley's own dictionaries
    /// (<paramref name="parleyDictionaries"/>) for CAMEO names, PLOVER types, modality cues and places. Dictionary
    /// lines left out as wrong are named on <paramref name="error"/>.
    /// </summary>
    public static Func<string, ArticleCoder> Loader(string parleyDictionaries, TextWriter error) => dir =>
    {
        var coder = PetrarchEventCoder.Load(dir, KnowledgeBase.Load(parleyDictionaries));
        foreach (var problem in coder.Refused)
        {
            error.WriteLine($"{problem} (line left out)");
        }
        return coder.Code;
    };
}

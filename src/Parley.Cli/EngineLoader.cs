using Parley.Engine;

namespace Parley.Cli;

/// <summary>Loads the engine for a command, and says on standard error why it cannot be loaded.</summary>
internal static class EngineLoader
{
    /// <summary>
    /// The engine over <paramref name="modelsDir"/> and <paramref name="dictionariesDir"/>, with the coder
    /// <paramref name="loadCoder"/> builds (the dictionary-driven one when null); or null after saying on
    /// <paramref name="error"/> what is wrong (every dictionary problem as <c>file:line: what is wrong</c>).
    /// </summary>
    public static ParleyEngine? Load(string modelsDir, string dictionariesDir, Func<string, ArticleCoder>? loadCoder, TextWriter error)
    {
        try
        {
            return ParleyEngine.Load(new EngineOptions { ModelsDirectory = modelsDir, DictionariesDirectory = dictionariesDir, LoadCoder = loadCoder });
        }
        catch (EngineLoadException e)
        {
            Report(e, error);
            return null;
        }
    }

    /// <summary>Writes <paramref name="e"/> as the CLI says it: one line, then each problem indented.</summary>
    public static void Report(EngineLoadException e, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(error);
        var hint = e.Component switch
        {
            EngineComponent.Dictionaries when !Directory.Exists(e.Folder) => " Give one with --dictionaries DIR.",
            EngineComponent.Models when !Directory.Exists(e.Folder) => " Give one with --models DIR.",
            _ => "",
        };
        error.WriteLine($"parley: {e.Message}{hint}");
        foreach (var problem in e.Problems)
        {
            error.WriteLine($"  {problem}");
        }
    }
}

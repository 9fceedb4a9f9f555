using Parley.Engine;
using Parley.Nlp;
using Parley.Testing;
using Parley.Text;

namespace Parley.Coding.Tests.Time;

/// <summary>
/// The seed story (examples/seed-2025-07-22.txt) run once through the engine's <see cref="LanguagePipeline"/> with
/// whatever shipped models load, or the reason it cannot be.
/// </summary>
internal static class SeedStory
{
    public static readonly DateOnly ArticleDate = new(2025, 7, 22);

    private static readonly Lazy<(Document? Doc, string? Problem)> Loaded = new(Load);

    public static Document Doc => Loaded.Value.Doc ?? throw new InvalidOperationException(Loaded.Value.Problem);

    /// <summary>Why the story cannot be annotated with the shipped models, or null when it can.</summary>
    public static string? Problem => Loaded.Value.Problem;

    /// <summary>Why the parse-dependent checks cannot run, or null when they can.</summary>
    public static string? ParseProblem => Problem ?? (Loaded.Value.Doc!.Has(Annotations.Dependencies)
        ? null
        : $"needs the dependency parser ({RepositoryPaths.InRepo("models", NlpModels.ParserFolder)}), which this tree does not have");

    /// <summary>The index of the first token <paramref name="word"/> in the sentence that contains <paramref name="phrase"/>.</summary>
    public static int Token(string phrase, string word)
    {
        var doc = Doc;
        foreach (var sentence in doc.Sentences)
        {
            if (!sentence.Text.Contains(phrase, StringComparison.Ordinal))
            {
                continue;
            }
            foreach (var token in sentence)
            {
                if (token.Text == word)
                {
                    return token.Index;
                }
            }
        }
        throw new ArgumentException($"No sentence with '{phrase}' holds the token '{word}'.", nameof(word));
    }

    private static (Document?, string?) Load()
    {
        LanguagePipeline pipeline;
        try
        {
            pipeline = LanguagePipeline.Load(RepositoryPaths.InRepo("models"));
        }
        catch (Exception e) when (LanguagePipeline.IsLoadFailure(e))
        {
            return (null, $"the shipped models cannot be loaded: {e.Message}");
        }
        if (!pipeline.Assigns.HasFlag(Annotations.Tags))
        {
            return (null, $"needs the tagger ({RepositoryPaths.InRepo("models", NlpModels.TaggerFolder)}), which this tree does not have");
        }
        var text = File.ReadAllText(RepositoryPaths.InRepo("examples", "seed-2025-07-22.txt"));
        return (pipeline.Process(text), null);
    }
}

using Parley.Nlp;
using Parley.Nlp.Learning;
using Parley.Testing;
using Parley.Text;
using Parley.Text.Tokenization;

namespace Parley.Coding.Tests.Time;

/// <summary>
/// The seed story (examples/seed-2025-07-22.txt) run once through the real tokenizer, sentence splitter and
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
        NlpModels models;
        try
        {
            models = NlpModels.Load(RepositoryPaths.InRepo("models"));
        }
        catch (ModelFormatException e)
        {
            return (null, $"the shipped models cannot be loaded: {e.Message}");
        }
        if (models.Tagger is null)
        {
            return (null, $"needs the tagger ({RepositoryPaths.InRepo("models", NlpModels.TaggerFolder)}), which this tree does not have");
        }
        var pipes = new List<IPipe> { new Tokenizer(), new SentenceSplitter() };
        pipes.AddRange(models.Pipes);
        var text = File.ReadAllText(RepositoryPaths.InRepo("examples", "seed-2025-07-22.txt"));
        return (new Pipeline(pipes).Process(text), null);
    }
}

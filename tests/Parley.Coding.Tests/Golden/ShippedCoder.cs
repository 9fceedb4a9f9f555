using System.Collections.Concurrent;
using Parley.Cli;
using Parley.Ingest;
using Parley.Nlp;
using Parley.Testing;
using Parley.Text.Tokenization;

namespace Parley.Coding.Tests.Golden;

/// <summary>
/// Codes a story file the way <c>parley code</c> does: read by <see cref="ArticleSource"/>, annotated by the CLI's
/// <see cref="LanguagePipeline"/> over the shipped models (sentence-splitter model included), coded by an
/// <see cref="EventCoder"/> over the shipped dictionaries. Each file is coded once per test run.
/// </summary>
internal static class ShippedCoder
{
    private static readonly string ModelsDirectory = RepositoryPaths.InRepo("models");

    private static readonly Lazy<(LanguagePipeline? Pipeline, string? Problem)> Loaded = new(Load);

    // Dictionaries are files people edit: a mistake in them fails the tests instead of skipping them.
    private static readonly Lazy<EventCoder> Coder = new(() => EventCoder.Load(RepositoryPaths.InRepo("dictionaries")));

    private static readonly ConcurrentDictionary<string, Lazy<Task<CodedStory>>> Stories = new(StringComparer.Ordinal);

    /// <summary>Why stories cannot be coded with every shipped model, or null when they can.</summary>
    public static string? Problem => Loaded.Value.Problem;

    /// <summary>The story in <paramref name="path"/> (one article) and its events.</summary>
    public static Task<CodedStory> CodeAsync(string path)
    {
        var full = Path.GetFullPath(path);
        return Stories.GetOrAdd(full, p => new Lazy<Task<CodedStory>>(() => CodeUncachedAsync(p))).Value;
    }

    private static async Task<CodedStory> CodeUncachedAsync(string path)
    {
        var pipeline = Loaded.Value.Pipeline ?? throw new InvalidOperationException(Problem);
        var article = await ReadAsync(path);
        var document = pipeline.Process(article.Text);
        return new CodedStory(article, Coder.Value.Code(document, article.Id, article.Date));
    }

    /// <summary>The one article in <paramref name="path"/>, read as the CLI reads it; throws when the file gives anything else or any problem.</summary>
    public static async Task<Article> ReadAsync(string path)
    {
        var articles = new List<Article>();
        var problems = new List<IngestProblem>();
        using var source = new ArticleSource();
        await foreach (var result in source.ReadAsync([path]))
        {
            if (result.IsArticle)
            {
                articles.Add(result.Article);
            }
            else
            {
                problems.Add(result.Problem);
            }
        }
        if (problems.Count > 0 || articles.Count != 1)
        {
            throw new InvalidOperationException(
                $"{path} should read as exactly one article without problems; it gave {articles.Count} article(s) and these problems: {string.Join("; ", problems)}");
        }
        return articles[0];
    }

    private static (LanguagePipeline?, string?) Load()
    {
        // The expected files record the coder over every shipped model; with one missing the output would differ
        // for reasons that are not the coder's, so the tests skip instead of failing.
        string[] required =
        [
            NlpModels.TaggerFolder, NlpModels.LemmatizerFolder, NlpModels.ParserFolder, NlpModels.EntitiesFolder,
            Path.Combine("sentence-splitter", SentenceBoundaryModel.WeightsFile),
        ];
        foreach (var part in required)
        {
            var path = Path.Combine(ModelsDirectory, part);
            if (!Directory.Exists(path) && !File.Exists(path))
            {
                return (null, $"needs {path}, which this tree does not have (the golden files record the coder over every shipped model)");
            }
        }
        try
        {
            return (LanguagePipeline.Load(ModelsDirectory), null);
        }
        catch (Exception e) when (LanguagePipeline.IsLoadFailure(e))
        {
            return (null, $"the shipped models cannot be loaded: {e.Message}");
        }
    }
}

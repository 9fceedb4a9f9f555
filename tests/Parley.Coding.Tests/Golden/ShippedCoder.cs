using System.Collections.Concurrent;
using Parley.Engine;
using Parley.Ingest;
using Parley.Testing;

namespace Parley.Coding.Tests.Golden;

/// <summary>
/// Codes a story file the way <c>parley code</c> does: read by <see cref="ArticleSource"/>, then annotated and coded
/// by the <see cref="ParleyEngine"/> over the shipped models and dictionaries. Each file is coded once per test run.
/// </summary>
internal static class ShippedCoder
{
    private static readonly Lazy<(ParleyEngine? Engine, string? Problem)> Loaded = new(Load);

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
        var engine = Loaded.Value.Engine ?? throw new InvalidOperationException(Problem);
        var article = await ReadAsync(path);
        var document = engine.Annotate(article.Text);
        return new CodedStory(article, engine.Code(document, article.Id, article.Date));
    }

    /// <summary>The events of <paramref name="text"/>, annotated and coded as an article of its own dated <paramref name="date"/>.</summary>
    public static IReadOnlyList<EventRecord> CodeText(string text, DateOnly date)
    {
        var engine = Loaded.Value.Engine ?? throw new InvalidOperationException(Problem);
        return engine.Code(engine.Annotate(text), "text", date);
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

    private static (ParleyEngine?, string?) Load()
    {
        try
        {
            return (ParleyEngine.Load(RepositoryPaths.InRepo("models"), RepositoryPaths.InRepo("dictionaries")), null);
        }
        // The expected files record the coder over every shipped model; with one missing the output would differ
        // for reasons that are not the coder's, so the tests skip instead of failing. Dictionaries are files people
        // edit: a mistake in them fails the tests instead of skipping them.
        catch (EngineLoadException e) when (e.Component == EngineComponent.Models)
        {
            return (null, $"the shipped models cannot be used: {e.Message} {string.Join("; ", e.Problems)}");
        }
    }
}

namespace Parley.Ingest.Tests;

/// <summary>Runs an <see cref="ArticleSource"/> to the end, for tests that look at everything it returned.</summary>
internal static class Reading
{
    public static List<IngestResult> ReadAll(IngestOptions? options, params string[] inputs) => ReadAll(new ArticleSource(options), inputs);

    public static List<IngestResult> ReadAll(params string[] inputs) => ReadAll(new ArticleSource(), inputs);

    public static List<IngestResult> ReadAll(ArticleSource source, params string[] inputs)
    {
        // The readers only await for URLs; blocking here keeps the tests synchronous and readable.
        return source.ReadAsync(inputs).ToBlockingEnumerable().ToList();
    }

    public static List<Article> Articles(this IEnumerable<IngestResult> results) =>
        results.Where(r => r.IsArticle).Select(r => r.Article!).ToList();

    public static List<IngestProblem> Problems(this IEnumerable<IngestResult> results) =>
        results.Where(r => !r.IsArticle).Select(r => r.Problem!).ToList();

    /// <summary>A file in the repository's examples/ folder.</summary>
    public static string Example(string name) => Path.Combine(Examples, name);

    /// <summary>The repository's examples/ folder.</summary>
    public static string Examples => Parley.Testing.RepositoryPaths.InRepo("examples");
}

using Parley.Engine;

namespace Parley.Cli;

/// <summary>How the CLI names an article it could not code.</summary>
internal static class ArticleFailures
{
    /// <summary>
    /// When <paramref name="processed"/> failed, names it on <paramref name="error"/> as
    /// <c>parley: origin: cannot code the article (stage): reason</c>; says nothing for a coded article.
    /// </summary>
    public static void Report(ProcessedArticle processed, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(processed);
        ArgumentNullException.ThrowIfNull(error);
        if (processed.Outcome.Failure is { } failure)
        {
            error.WriteLine($"parley: {processed.Outcome.Article.Origin}: cannot code the article ({failure.Stage}): {processed.Error?.Message ?? failure.Message}");
        }
    }
}

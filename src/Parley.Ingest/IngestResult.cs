using System.Diagnostics.CodeAnalysis;

namespace Parley.Ingest;

/// <summary>One item of an <see cref="ArticleSource"/> stream: either an article or a problem, never both.</summary>
public sealed class IngestResult
{
    private IngestResult(Article? article, IngestProblem? problem)
    {
        Article = article;
        Problem = problem;
    }

    /// <summary>The article read, or null when this result is a problem.</summary>
    public Article? Article { get; }

    /// <summary>The problem found, or null when this result is an article.</summary>
    public IngestProblem? Problem { get; }

    /// <summary>True when this result carries an <see cref="Article"/>.</summary>
    [MemberNotNullWhen(true, nameof(Article))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool IsArticle => Article is not null;

    /// <summary>A result carrying an article.</summary>
    public static IngestResult FromArticle(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new IngestResult(article, null);
    }

    /// <summary>A result carrying a problem.</summary>
    public static IngestResult FromProblem(IngestProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return new IngestResult(null, problem);
    }

    /// <summary>Same as <see cref="FromArticle"/>.</summary>
    public static implicit operator IngestResult(Article article) => FromArticle(article);

    /// <summary>Same as <see cref="FromProblem"/>.</summary>
    public static implicit operator IngestResult(IngestProblem problem) => FromProblem(problem);

    /// <inheritdoc/>
    public override string ToString() => IsArticle ? $"article {Article.Id} ({Article.Origin})" : Problem.ToString();
}

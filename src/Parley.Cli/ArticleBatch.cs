using Parley.Ingest;

namespace Parley.Cli;

/// <summary>
/// Reads the articles of a command's inputs, printing each input problem to standard error as
/// <c>path:line: reason</c> and counting what was skipped, so every command that reads stories reports
/// bad input the same way and can turn it into exit code 1.
/// </summary>
public sealed class ArticleBatch(IngestOptions options, TextWriter error)
{
    /// <summary>Inputs or records skipped because they could not be read (errors, not notices).</summary>
    public int Skipped { get; private set; }

    /// <summary>Problems that lost a field but kept the article.</summary>
    public int Warnings { get; private set; }

    /// <summary>Articles handed out.</summary>
    public int Articles { get; private set; }

    public async IAsyncEnumerable<Article> ReadAsync(IEnumerable<string> inputs, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var source = new ArticleSource(options);
        await foreach (var result in source.ReadAsync(inputs, cancellationToken).ConfigureAwait(false))
        {
            if (result.IsArticle)
            {
                Articles++;
                yield return result.Article;
                continue;
            }
            var problem = result.Problem;
            switch (problem.Severity)
            {
                case IngestSeverity.Error:
                    Skipped++;
                    error.WriteLine($"parley: {problem}");
                    break;
                case IngestSeverity.Warning:
                    Warnings++;
                    error.WriteLine($"parley: warning: {problem}");
                    break;
                default:
                    error.WriteLine($"parley: note: {problem}");
                    break;
            }
        }
    }

    /// <summary>0 when nothing was skipped, else 1 (<see cref="ExitCodes.SomeSkipped"/>).</summary>
    public int ExitCode => Skipped > 0 ? ExitCodes.SomeSkipped : ExitCodes.Success;
}

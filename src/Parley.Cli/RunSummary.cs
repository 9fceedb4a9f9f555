using System.Diagnostics;
using System.Globalization;

namespace Parley.Cli;

/// <summary>
/// The closing line a long command writes on standard error: how many articles it did, the events it found, what it
/// skipped or could not do, and how long it took ("parley: coded 1 article, 3 events, 0 skipped, in 1.2 s"). Every
/// command that works through articles ends with one, whether or not standard error is a terminal.
/// </summary>
public sealed class RunSummary
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>"1 article", "2 articles": <paramref name="count"/> with <paramref name="noun"/> singular or plural (a plural that is not noun + "s" is given).</summary>
    public static string Count(long count, string noun, string? plural = null) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:N0} {(count == 1 ? noun : plural ?? noun + "s")}");

    /// <summary>
    /// Writes "parley: VERB N articles[, N events], N skipped[, N failed], in T s" on <paramref name="error"/>.
    /// <paramref name="events"/> is left out when null (annotate), <paramref name="failed"/> when zero.
    /// </summary>
    public void Write(TextWriter error, string verb, long articles, long? events, int skipped, int failed = 0)
    {
        ArgumentNullException.ThrowIfNull(error);
        var parts = new List<string> { $"{verb} {Count(articles, "article")}" };
        if (events is long e)
        {
            parts.Add(Count(e, "event"));
        }
        parts.Add(string.Create(CultureInfo.InvariantCulture, $"{skipped:N0} skipped"));
        if (failed > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{failed:N0} could not be coded"));
        }
        error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"parley: {string.Join(", ", parts)}, in {_clock.Elapsed.TotalSeconds:F1} s"));
    }
}

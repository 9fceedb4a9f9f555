using System.Diagnostics;
using System.Globalization;
using System.Text;
using Parley.Engine;
using Parley.Ingest;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley bench --article-size SIZE INPUT...</c>: codes one article of SIZE characters, made by repeating the input
/// stories' texts one after another (a blank line between them), and reports how long annotating and coding it took
/// (wall and processor time) and the process's memory: after loading the models and dictionaries, and at its peak.
/// Coding time should grow linearly with the article (story-level passes keep windows and indexes), and peak memory
/// stay under twice the loaded models' plus 50 bytes per character; <c>bench/article-size.sh</c> runs 100 KB, 1 MB
/// and 10 MB in separate processes.
/// </summary>
internal static class ArticleSizeBench
{
    /// <summary>Parses "100KB", "1MB", "10MB", "250000" (characters; K and M are powers of 1,000); null when it is not a size.</summary>
    public static long? ParseSize(string text)
    {
        var s = text.Trim().ToUpperInvariant();
        long unit = 1;
        if (s.EndsWith("KB", StringComparison.Ordinal) || s.EndsWith('K'))
        {
            unit = 1_000;
        }
        else if (s.EndsWith("MB", StringComparison.Ordinal) || s.EndsWith('M'))
        {
            unit = 1_000_000;
        }
        s = s.TrimEnd('B', 'K', 'M');
        return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && value >= 1 && value * unit <= int.MaxValue / 2
            ? (long)(value * unit)
            : null;
    }

    public static int Run(ParleyEngine engine, List<Article> stories, long size, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        // A warm-up on the first story, so that the timings are not of the JIT compiler.
        var warmUp = engine.ProcessInDetail(stories[0]);
        if (warmUp.Outcome.Failure is { } failure)
        {
            error.WriteLine($"parley: {stories[0].Origin}: cannot code the article ({failure.Stage}): {failure.Message}");
            return ExitCodes.SomeSkipped;
        }
        var text = Repeat(stories, size);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        long loaded = process.WorkingSet64;
        cancellationToken.ThrowIfCancellationRequested();

        // Processor time beside wall time: on a machine other jobs share, wall time swings with their load, processor
        // time much less (it includes the runtime's own threads: garbage collection, compilation).
        var cpu0 = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        string normalized = TextNormalizer.Normalize(text);
        var normalizeTime = clock.Elapsed;
        var cpu1 = Environment.CpuUsage.TotalTime;
        clock.Restart();
        var document = engine.Annotate(normalized);
        var annotateTime = clock.Elapsed;
        var cpu2 = Environment.CpuUsage.TotalTime;
        clock.Restart();
        var events = engine.Code(document, ArticleId.FromText(null, normalized), null);
        var codeTime = clock.Elapsed;
        var cpu3 = Environment.CpuUsage.TotalTime;
        process.Refresh();
        long peak = process.PeakWorkingSet64;

        var invariant = CultureInfo.InvariantCulture;
        double mb = 1024.0 * 1024.0;
        long budget = 2 * loaded + 50 * (long)text.Length;
        output.WriteLine(string.Create(invariant, $"one article of {text.Length:N0} characters, {document.Count:N0} tokens, {document.SentenceStarts.Count:N0} sentences; {events.Count:N0} events"));
        output.WriteLine(new string(' ', 25) + "wall   processor");
        output.WriteLine(string.Create(invariant, $"  normalise (NFC)   {normalizeTime.TotalSeconds,9:F3} s {(cpu1 - cpu0).TotalSeconds,9:F3} s"));
        output.WriteLine(string.Create(invariant, $"  annotate          {annotateTime.TotalSeconds,9:F3} s {(cpu2 - cpu1).TotalSeconds,9:F3} s"));
        output.WriteLine(string.Create(invariant, $"  code              {codeTime.TotalSeconds,9:F3} s {(cpu3 - cpu2).TotalSeconds,9:F3} s"));
        output.WriteLine(string.Create(invariant, $"  total             {(normalizeTime + annotateTime + codeTime).TotalSeconds,9:F3} s {(cpu3 - cpu0).TotalSeconds,9:F3} s"));
        output.WriteLine(string.Create(invariant,
            $"memory: {loaded / mb:N0} MB with models and dictionaries loaded, peak {peak / mb:N0} MB; budget (2 x loaded + 50 bytes/char) {budget / mb:N0} MB: {(peak <= budget ? "within" : "OVER")}"));
        return ExitCodes.Success;
    }

    /// <summary>The stories' texts one after another, repeated, cut to <paramref name="size"/> characters (at a space when one is near).</summary>
    private static string Repeat(List<Article> stories, long size)
    {
        var text = new StringBuilder((int)size + 1024);
        while (text.Length < size)
        {
            foreach (var story in stories)
            {
                text.Append(story.Text).Append("\n\n");
                if (text.Length >= size)
                {
                    break;
                }
            }
        }
        text.Length = (int)size;
        return text.ToString();
    }
}

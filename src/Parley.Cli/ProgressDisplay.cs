using System.Diagnostics;
using System.Globalization;

namespace Parley.Cli;

/// <summary>
/// A one-line progress display on standard error (articles done and articles/s), redrawn at most a few
/// times a second. It shows only when standard error is a terminal and CI is not set, so piped and
/// logged output stays clean.
/// </summary>
public sealed class ProgressDisplay : IDisposable
{
    private readonly TextWriter _error;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly bool _enabled;
    private long _lastDraw = -1000;
    private int _done;
    private int _width;

    public ProgressDisplay(TextWriter error, string verb, bool? enabled = null)
    {
        _error = error;
        Verb = verb;
        _enabled = enabled ?? (!Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")));
    }

    public string Verb { get; }

    /// <summary>Counts one more article done and redraws when the last drawing is stale.</summary>
    public void Advance(int tokens = 0)
    {
        _done++;
        Tokens += tokens;
        if (_enabled && _clock.ElapsedMilliseconds - _lastDraw >= 200)
        {
            Draw();
        }
    }

    /// <summary>Tokens seen so far (for the closing rate).</summary>
    public long Tokens { get; private set; }

    public TimeSpan Elapsed => _clock.Elapsed;

    public void Dispose()
    {
        if (_enabled && _width > 0)
        {
            _error.Write('\r' + new string(' ', _width) + '\r');
            _error.Flush();
        }
    }

    private void Draw()
    {
        _lastDraw = _clock.ElapsedMilliseconds;
        double seconds = Math.Max(_clock.Elapsed.TotalSeconds, 1e-3);
        var line = string.Create(CultureInfo.InvariantCulture,
            $"{Verb} {RunSummary.Count(_done, "article")}  {_done / seconds:N1} articles/s  {Tokens / seconds:N0} tokens/s");
        _width = Math.Max(_width, line.Length);
        _error.Write('\r' + line.PadRight(_width));
        _error.Flush();
    }
}

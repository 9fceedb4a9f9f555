using Microsoft.Extensions.Logging;

namespace Parley.Storage.Tests;

/// <summary>Keeps every line logged to it, so a test can see what a caller was told while it waited.</summary>
internal sealed class RecordingLogger : ILogger
{
    private readonly List<string> lines = [];

    /// <summary>The lines logged so far, as "Level: message".</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (lines)
            {
                return [.. lines];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (lines)
        {
            lines.Add($"{logLevel}: {formatter(state, exception)}");
        }
    }
}

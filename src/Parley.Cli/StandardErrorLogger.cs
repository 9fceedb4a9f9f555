using Microsoft.Extensions.Logging;

namespace Parley.Cli;

/// <summary>Writes a library's log lines to standard error as the CLI's own messages (<c>parley NAME: …</c>); debug and trace lines are left out.</summary>
internal sealed class StandardErrorLogger<T>(TextWriter error, string name) : ILogger<T>
{
    private readonly Lock gate = new();

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information && logLevel != LogLevel.None;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }
        var line = $"parley {name}: {formatter(state, exception)}";
        // The worker logs from its reminder task too: one line at a time.
        lock (gate)
        {
            error.WriteLine(line);
        }
    }
}

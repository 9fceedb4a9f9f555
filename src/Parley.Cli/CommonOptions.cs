using System.CommandLine;
using System.Globalization;

namespace Parley.Cli;

/// <summary>The arguments and options several commands share, defined once so they read the same everywhere.</summary>
public static class CommonOptions
{
    /// <summary>Where the shipped models are: <c>models/</c> beside the executable (the build copies them there).</summary>
    public static string DefaultModelsDirectory => Path.Combine(AppContext.BaseDirectory, "models");

    /// <summary>Where the shipped dictionaries are: <c>dictionaries/</c> beside the executable (the build copies them there).</summary>
    public static string DefaultDictionariesDirectory => Path.Combine(AppContext.BaseDirectory, "dictionaries");

    /// <summary>Where the bundled sample stories are: <c>samples/</c> beside the executable (the build copies the repository's <c>examples/</c> there).</summary>
    public static string DefaultSamplesDirectory => Path.Combine(AppContext.BaseDirectory, "samples");

    /// <summary>Story files, directories, feed URLs, or <c>-</c> for standard input.</summary>
    public static Argument<string[]> Inputs() => new("inputs")
    {
        Description = "Story files (.txt .md .jsonl .ndjson .html .xml/.rss/.atom, optionally .gz), directories, feed URLs, or - for standard input.",
        Arity = ArgumentArity.OneOrMore,
    };

    public static Option<FileInfo> Output() => new("--out", "-o")
    {
        Description = "Write to this file instead of standard output.",
    };

    public static Option<DateOnly?> Date() => new("--date")
    {
        Description = "The date (YYYY-MM-DD) of stories that carry none, such as plain text.",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }
            result.AddError($"--date takes a date as YYYY-MM-DD, not '{text}'.");
            return null;
        },
    };

    /// <summary><c>--db</c>: a SQLite file or a PostgreSQL database (<c>postgres://…</c> or <c>Host=…</c>); open it with <see cref="Parley.Storage.EventStore.OpenAsync"/>.</summary>
    public static Option<string> Database(string description) => new("--db")
    {
        Description = description,
        HelpName = "FILE|postgres://…",
    };

    /// <summary>The NATS server nats-server listens on by default.</summary>
    public const string DefaultNatsUrl = "nats://127.0.0.1:4222";

    /// <summary><c>--nats URL</c>: the NATS JetStream server of the work queue.</summary>
    public static Option<string> Nats() => new("--nats")
    {
        Description = $"The NATS server with JetStream that holds the work queue (default: {DefaultNatsUrl}).",
        HelpName = "URL",
        DefaultValueFactory = _ => DefaultNatsUrl,
    };

    public static Option<DirectoryInfo> Models() => new("--models")
    {
        Description = "The folder of trained models (default: the models shipped with Parley).",
    };

    public static Option<DirectoryInfo> Dictionaries() => new("--dictionaries")
    {
        Description = "The folder of dictionaries: actors, places, CAMEO, PLOVER (default: the dictionaries shipped with Parley).",
    };

    /// <summary>
    /// True when <paramref name="output"/> is standard output and standard output is a terminal: a person reads
    /// it, so tables beat JSON and a progress line on standard error would tear the display.
    /// </summary>
    public static bool IsTerminal(TextWriter output) => ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;

    /// <summary>
    /// Whether to draw progress on <paramref name="error"/>: never when a person reads standard output
    /// (<paramref name="outputIsTerminal"/>) or when <paramref name="error"/> is not the process's standard
    /// error (a caller captures it); otherwise as <see cref="ProgressDisplay"/> decides.
    /// </summary>
    public static bool? ShowProgress(TextWriter error, bool outputIsTerminal) =>
        outputIsTerminal || !ReferenceEquals(error, Console.Error) ? false : null;

    /// <summary>Opens <paramref name="file"/> for writing, or standard output when it is null.</summary>
    public static Stream OpenOutput(FileInfo? file)
    {
        if (file is null)
        {
            return StandardOutput.Open();
        }
        if (file.Directory is { Exists: false } dir)
        {
            dir.Create();
        }
        return file.Create();
    }
}

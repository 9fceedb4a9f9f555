using System.CommandLine;
using System.Globalization;

namespace Parley.Cli;

/// <summary>The arguments and options several commands share, defined once so they read the same everywhere.</summary>
public static class CommonOptions
{
    /// <summary>Where the shipped models are: <c>models/</c> beside the executable (the build copies them there).</summary>
    public static string DefaultModelsDirectory => Path.Combine(AppContext.BaseDirectory, "models");

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

    public static Option<DirectoryInfo> Models() => new("--models")
    {
        Description = "The folder of trained models (default: the models shipped with Parley).",
    };

    /// <summary>Opens <paramref name="file"/> for writing, or standard output when it is null.</summary>
    public static Stream OpenOutput(FileInfo? file)
    {
        if (file is null)
        {
            return Console.OpenStandardOutput();
        }
        if (file.Directory is { Exists: false } dir)
        {
            dir.Create();
        }
        return file.Create();
    }
}

using System.Text;
using Parley.Testing;

namespace Parley.Coding.Tests.Golden;

/// <summary>
/// Where the golden stories and their expected events live, and how the expected files are read and written:
/// JSON Lines, one <see cref="EventRecordJson"/> object per line, <c>\n</c> line ends, UTF-8 without a BOM.
/// </summary>
internal static class GoldenFile
{
    /// <summary>Set to 1 to rewrite the expected files from the coder's output (the tests still fail, saying so).</summary>
    public const string UpdateVariable = "PARLEY_UPDATE_GOLDEN";

    /// <summary>The seed story of the issue, kept in examples/ and checked here too.</summary>
    public const string SeedStory = "seed-2025-07-22";

    public const string RegenerateCommand =
        "PARLEY_UPDATE_GOLDEN=1 dotnet test tests/Parley.Coding.Tests --filter FullyQualifiedName~Golden";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static string Folder => RepositoryPaths.InRepo("tests", "Parley.Coding.Tests", "Golden");

    public static string StoriesFolder => Path.Combine(Folder, "stories");

    public static string ExpectedFolder => Path.Combine(Folder, "expected");

    /// <summary>True when <see cref="UpdateVariable"/> asks for the expected files to be rewritten.</summary>
    public static bool UpdateRequested => Environment.GetEnvironmentVariable(UpdateVariable) is { } value
        && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));

    /// <summary>Every golden story by name: the seed story, then each <c>stories/*.txt</c> in ordinal order.</summary>
    public static IReadOnlyList<string> StoryNames()
    {
        var names = new List<string> { SeedStory };
        names.AddRange(Directory.EnumerateFiles(StoriesFolder, "*.txt")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Order(StringComparer.Ordinal));
        return names;
    }

    public static string StoryPath(string name) => name == SeedStory
        ? RepositoryPaths.InRepo("examples", name + ".txt")
        : Path.Combine(StoriesFolder, name + ".txt");

    public static string ExpectedPath(string name) => Path.Combine(ExpectedFolder, name + ".jsonl");

    /// <summary>The path as the README and messages show it: relative to the repository root, with forward slashes.</summary>
    public static string Shown(string path) => Path.GetRelativePath(RepositoryPaths.Root, path).Replace('\\', '/');

    /// <summary>The events as the lines of an expected file.</summary>
    public static IReadOnlyList<string> Lines(IEnumerable<EventRecord> events) => events.Select(EventRecordJson.Serialize).ToList();

    /// <summary>The non-blank lines of an expected file, or null when there is none.</summary>
    public static IReadOnlyList<string>? Read(string path) => File.Exists(path)
        ? File.ReadAllLines(path, Utf8).Where(line => !string.IsNullOrWhiteSpace(line)).ToList()
        : null;

    public static void Write(string path, IReadOnlyList<string> lines)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line).Append('\n');
        }
        File.WriteAllText(path, text.ToString(), Utf8);
    }
}

using System.Reflection;
using System.Text.Json;

namespace Parley.Bench;

/// <summary>
/// The text the benchmarks run on: the Wikinews stories of the shared data (PARLEY_NEWS, or
/// ../shared/data/news/wikinews-43.jsonl beside the repository), else the bundled seed story.
/// </summary>
public static class BenchText
{
    public static string RepositoryRoot { get; } = typeof(BenchText).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .First(a => a.Key == "RepositoryRoot").Value!;

    public static IReadOnlyList<string> Stories() => Load();

    public static string ModelsDirectory => Path.Combine(RepositoryRoot, "models");

    private static List<string> Load()
    {
        var news = Environment.GetEnvironmentVariable("PARLEY_NEWS")
            ?? Path.Combine(RepositoryRoot, "..", "shared", "data", "news", "wikinews-43.jsonl");
        if (!File.Exists(news))
        {
            var seed = File.ReadAllLines(Path.Combine(RepositoryRoot, "examples", "seed-2025-07-22.txt"));
            return [string.Join("\n", seed.Skip(1))];
        }
        var stories = new List<string>();
        foreach (var line in File.ReadLines(news))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var title = root.TryGetProperty("title", out var t) ? t.GetString() : null;
            var body = root.TryGetProperty("text", out var b) ? b.GetString() ?? string.Empty : string.Empty;
            stories.Add(title is { Length: > 0 } ? title + "\n\n" + body : body);
        }
        return stories;
    }
}

using System.Globalization;
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

    public static IReadOnlyList<string> Stories() => [.. Load().Select(story => story.Text)];

    /// <summary>The stories with their ids and dates, for the coder.</summary>
    public static IReadOnlyList<BenchStory> DatedStories() => Load();

    public static string ModelsDirectory => Path.Combine(RepositoryRoot, "models");

    public static string DictionariesDirectory => Path.Combine(RepositoryRoot, "dictionaries");

    private static List<BenchStory> Load()
    {
        var news = Environment.GetEnvironmentVariable("PARLEY_NEWS")
            ?? Path.Combine(RepositoryRoot, "..", "shared", "data", "news", "wikinews-43.jsonl");
        if (!File.Exists(news))
        {
            var seed = File.ReadAllLines(Path.Combine(RepositoryRoot, "examples", "seed-2025-07-22.txt"));
            return [new BenchStory("seed-2025-07-22", new DateOnly(2025, 7, 22), string.Join("\n", seed.Skip(1)))];
        }
        var stories = new List<BenchStory>();
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
            var id = root.TryGetProperty("id", out var i) ? i.GetString() : null;
            var date = root.TryGetProperty("dateCreated", out var d)
                && DateOnly.TryParseExact(d.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                ? parsed : (DateOnly?)null;
            var text = title is { Length: > 0 } ? title + "\n\n" + body : body;
            stories.Add(new BenchStory(id ?? string.Create(CultureInfo.InvariantCulture, $"story-{stories.Count + 1}"), date, text));
        }
        return stories;
    }
}

namespace Parley.Bench;

/// <summary>One story the benchmarks run on: its id, its date when the data gives one (it anchors the coder's dates), and its text.</summary>
public sealed record BenchStory(string Id, DateOnly? Date, string Text);

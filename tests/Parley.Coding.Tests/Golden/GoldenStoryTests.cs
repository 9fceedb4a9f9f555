namespace Parley.Coding.Tests.Golden;

/// <summary>
/// Each golden story (Golden/stories/*.txt and examples/seed-2025-07-22.txt) coded as <c>parley code</c> codes it,
/// compared with Golden/expected/&lt;story&gt;.jsonl. The expected files record what the coder does now, not the
/// truth (Golden/README.md, "Known gaps", says where they differ); rewrite them with <see cref="GoldenFile.RegenerateCommand"/>.
/// </summary>
public class GoldenStoryTests
{
    public static TheoryData<string> Stories()
    {
        var data = new TheoryData<string>();
        foreach (var name in GoldenFile.StoryNames())
        {
            data.Add(name);
        }
        return data;
    }

    [ShippedCoderTheory]
    [MemberData(nameof(Stories))]
    [Trait("Category", "Model")]
    public async Task The_coder_gives_the_expected_events_for(string story)
    {
        var coded = await ShippedCoder.CodeAsync(GoldenFile.StoryPath(story));
        var actual = GoldenFile.Lines(coded.Events);
        var path = GoldenFile.ExpectedPath(story);
        var expected = GoldenFile.Read(path);
        var diff = GoldenDiff.Compare(expected ?? [], actual, GoldenFile.Shown(path));

        if (GoldenFile.UpdateRequested)
        {
            GoldenFile.Write(path, actual);
            Assert.Fail($"{story}: rewrote {GoldenFile.Shown(path)} with the coder's {actual.Count} events because {GoldenFile.UpdateVariable} is set "
                + $"({(expected is null ? "new file" : diff.IsEmpty ? "no change" : diff.Summary)}). Review the change, update the known gaps in "
                + $"Golden/README.md, then run again without {GoldenFile.UpdateVariable}.\n{(diff.IsEmpty ? "" : diff.Describe())}");
        }
        if (expected is null)
        {
            Assert.Fail($"{story}: there is no {GoldenFile.Shown(path)} (the coder gives {actual.Count} events). Create it with:\n  {GoldenFile.RegenerateCommand}");
        }
        if (!diff.IsEmpty)
        {
            Assert.Fail($"{story}: the coder's events differ from {GoldenFile.Shown(path)} ({diff.Summary}):\n{diff.Describe()}"
                + $"If the new output is right, rewrite the expected files with:\n  {GoldenFile.RegenerateCommand}");
        }
    }

    [Theory]
    [MemberData(nameof(Stories))]
    public async Task Each_story_reads_as_one_dated_wire_story_with_a_title(string story)
    {
        var article = await ShippedCoder.ReadAsync(GoldenFile.StoryPath(story));

        Assert.NotNull(article.Date);
        Assert.False(string.IsNullOrWhiteSpace(article.Title), $"{story} has no title line");
        Assert.StartsWith(article.Title + "\n\n", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_expected_file_belongs_to_a_story()
    {
        var stories = GoldenFile.StoryNames().ToHashSet(StringComparer.Ordinal);
        var orphans = Directory.EnumerateFiles(GoldenFile.ExpectedFolder, "*.jsonl")
            .Select(Path.GetFileNameWithoutExtension)
            .Where(name => name is not null && !stories.Contains(name))
            .ToList();

        Assert.True(orphans.Count == 0, $"expected files without a story (delete them or restore the story): {string.Join(", ", orphans)}");
    }
}

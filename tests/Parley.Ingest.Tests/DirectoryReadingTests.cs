using static Parley.Ingest.Tests.Reading;

namespace Parley.Ingest.Tests;

public sealed class DirectoryReadingTests
{
    [Fact]
    public void A_directory_is_read_recursively_in_ordinal_path_order()
    {
        using var temp = new TempDirectory();
        temp.Write("b.txt", "B.");
        temp.Write("a/z.txt", "A/Z.");
        temp.Write("a.txt", "A.");
        temp.Write("B.txt", "Upper B.");
        temp.Write("a/b/c.jsonl", "{\"text\": \"A/B/C.\"}\n");

        var results = ReadAll(temp.Path);

        Assert.Empty(results.Problems());
        // Ordinal: upper case before lower case, and '.' (0x2E) before '/' (0x2F).
        Assert.Equal(["Upper B.", "A.", "A/B/C.", "A/Z.", "B."], results.Articles().Select(a => a.Body));
    }

    [Fact]
    public void Hidden_files_hidden_directories_and_unsupported_types_are_skipped()
    {
        using var temp = new TempDirectory();
        temp.Write("visible.txt", "Visible.");
        temp.Write(".hidden.txt", "Hidden file.");
        temp.Write(".git/objects/story.txt", "Hidden directory.");
        temp.Write("photo.jpg", [0xFF, 0xD8, 0xFF, 0x00]);
        temp.Write("notes.docx", "Not a supported type.");

        var results = ReadAll(temp.Path);

        Assert.Empty(results.Problems());
        Assert.Equal("Visible.", Assert.Single(results.Articles()).Body);
    }

    [Fact]
    public void A_hidden_file_named_explicitly_is_read()
    {
        using var temp = new TempDirectory();
        var path = temp.Write(".draft.txt", "Draft.");

        Assert.Equal("Draft.", Assert.Single(ReadAll(path).Articles()).Body);
    }

    [Fact]
    public void A_directory_linked_into_itself_is_read_once()
    {
        using var temp = new TempDirectory();
        temp.Write("story.txt", "Once.");
        Directory.CreateSymbolicLink(Path.Combine(temp.Path, "loop"), temp.Path);

        var results = ReadAll(temp.Path);

        Assert.Empty(results.Problems());
        Assert.Equal("Once.", Assert.Single(results.Articles()).Body);
    }

    [Fact]
    public void A_dangling_link_in_a_directory_is_reported_and_the_rest_is_read()
    {
        using var temp = new TempDirectory();
        temp.Write("a.txt", "A.");
        File.CreateSymbolicLink(Path.Combine(temp.Path, "b.txt"), Path.Combine(temp.Path, "gone.txt"));
        temp.Write("c.txt", "C.");

        var results = ReadAll(temp.Path);

        Assert.Equal(["A.", "C."], results.Articles().Select(a => a.Body));
        var problem = Assert.Single(results.Problems());
        Assert.Equal(IngestProblemKind.Unreadable, problem.Kind);
        Assert.Equal(Path.Combine(temp.Path, "b.txt"), problem.Path);
    }

    [Fact]
    public void A_directory_with_nothing_to_read_is_reported_as_empty()
    {
        using var temp = new TempDirectory();
        temp.Write("image.png", [0x89, 0x50]);

        var problem = Assert.Single(ReadAll(temp.Path).Problems());

        Assert.Equal(IngestProblemKind.Empty, problem.Kind);
        Assert.Equal(temp.Path, problem.Path);
    }

    [UnlessRootFact]
    public void A_subdirectory_that_cannot_be_listed_is_reported_and_the_rest_is_read()
    {
        using var temp = new TempDirectory();
        temp.Write("a.txt", "A.");
        temp.Write("locked/b.txt", "B.");
        var locked = Path.Combine(temp.Path, "locked");
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        File.SetUnixFileMode(locked, UnixFileMode.None);
        try
        {
            var results = ReadAll(temp.Path);

            Assert.Equal("A.", Assert.Single(results.Articles()).Body);
            Assert.Equal(IngestProblemKind.Unreadable, Assert.Single(results.Problems()).Kind);
        }
        finally
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    [Fact]
    public async Task Reading_stops_when_cancelled()
    {
        using var temp = new TempDirectory();
        temp.Write("a.txt", "A.");
        temp.Write("b.txt", "B.");
        using var cancel = new CancellationTokenSource();
        using var source = new ArticleSource();
        var seen = new List<string>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var result in source.ReadAsync([temp.Path], cancel.Token))
            {
                seen.Add(result.Article!.Body);
                await cancel.CancelAsync();
            }
        });

        Assert.Equal(["A."], seen);
    }

    [Theory]
    [InlineData("story.txt", true)]
    [InlineData("STORY.TXT", true)]
    [InlineData("notes.md", true)]
    [InlineData("dump.jsonl", true)]
    [InlineData("dump.ndjson.gz", true)]
    [InlineData("page.HTM", true)]
    [InlineData("feed.atom", true)]
    [InlineData("feed.rss", true)]
    [InlineData("feed.xml", true)]
    [InlineData("archive.gz", false)]
    [InlineData("photo.jpg", false)]
    [InlineData("README", false)]
    public void Supported_files_are_known_by_extension(string name, bool supported)
    {
        Assert.Equal(supported, ArticleSource.IsSupportedFile(name));
    }
}

using static Parley.Ingest.Tests.Reading;

namespace Parley.Ingest.Tests;

public sealed class DuplicateTests
{
    [Fact]
    public void An_article_read_twice_in_a_run_is_skipped_with_a_notice()
    {
        using var temp = new TempDirectory();
        var first = temp.Write("a.txt", "The same story.");
        var second = temp.Write("b.txt", "The  same\nstory.");

        var results = ReadAll(first, second);

        var article = Assert.Single(results.Articles());
        Assert.Equal(first, article.Origin);
        var notice = Assert.Single(results.Problems());
        Assert.Equal(IngestProblemKind.Duplicate, notice.Kind);
        Assert.Equal(IngestSeverity.Notice, notice.Severity);
        Assert.Equal(second, notice.Path);
        Assert.Contains($"was already read from {first}", notice.Reason);
    }

    [Fact]
    public void An_id_used_again_for_a_different_text_is_skipped_with_a_warning()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("ids.jsonl", "{\"id\": \"7\", \"text\": \"One story.\"}\n{\"id\": \"7\", \"text\": \"Another story.\"}\n");

        var results = ReadAll(path);

        Assert.Equal("One story.", Assert.Single(results.Articles()).Body);
        var warning = Assert.Single(results.Problems());
        Assert.Equal(IngestProblemKind.Duplicate, warning.Kind);
        Assert.Equal(IngestSeverity.Warning, warning.Severity);
        Assert.Equal(2, warning.Line);
        Assert.Contains("a different text", warning.Reason);
    }

    [Fact]
    public void Duplicates_are_kept_when_asked()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("a.txt", "The same story.");

        var results = ReadAll(new IngestOptions { SkipDuplicateIds = false }, path, path);

        Assert.Equal(2, results.Articles().Count);
        Assert.Empty(results.Problems());
    }

    [Fact]
    public void Each_run_starts_with_no_ids_seen()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("a.txt", "The same story.");
        using var source = new ArticleSource();

        Assert.Single(ReadAll(source, path).Articles());
        Assert.Single(ReadAll(source, path).Articles());
    }

    [Fact]
    public void Near_duplicates_are_flagged_and_kept_when_asked()
    {
        using var temp = new TempDirectory();
        const string story = "Negotiators from the two countries met on Tuesday in the capital to resume talks over fishing rights, " +
            "officials said. The foreign minister told reporters that the two sides had agreed to meet again next month " +
            "and that a draft agreement on quotas could be ready by the end of the year. The other delegation did not comment, " +
            "but a spokesman for its fisheries ministry said on Wednesday that the government wanted a deal that protected " +
            "coastal communities. The talks broke down in March after patrol boats confronted each other near a disputed shoal.";
        var first = temp.Write("a.txt", story);
        var second = temp.Write("b.txt", "Fishing talks resume\n\n" + story);
        var other = temp.Write("c.txt", "An entirely different story about a football match that ended in a draw after extra time on Sunday evening.");

        var results = ReadAll(new IngestOptions { ReportNearDuplicates = true }, first, second, other);

        Assert.Equal(3, results.Articles().Count);
        var notice = Assert.Single(results.Problems());
        Assert.Equal(IngestProblemKind.NearDuplicate, notice.Kind);
        Assert.Equal(IngestSeverity.Notice, notice.Severity);
        Assert.Equal(second, notice.Path);
        Assert.Contains($"({first})", notice.Reason);
    }
}

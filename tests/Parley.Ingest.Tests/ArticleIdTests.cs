namespace Parley.Ingest.Tests;

public sealed class ArticleIdTests
{
    [Fact]
    public void An_id_is_32_lower_case_hex_digits()
    {
        var id = ArticleId.FromText("Title", "Body.");

        Assert.Matches("^[0-9a-f]{32}$", id);
    }

    [Fact]
    public void The_id_is_the_start_of_the_sha256_of_title_newline_body()
    {
        // Pinned (printf 'Title\nBody.' | sha256sum): a change re-keys every stored article.
        Assert.Equal("85fb4af85f6cdfd66ef1e473e22e771b", ArticleId.FromText("Title", "Body."));
    }

    [Theory]
    [InlineData("Title", "Body text here.", "  Title ", "Body   text\r\nhere.\n")]
    [InlineData("Title", "Body text here.", "Title", "\uFEFFBody text\0 here.")]
    [InlineData(null, "Body text here.", "", "Body text here.")]
    public void Wrapping_line_endings_and_invisible_characters_do_not_change_the_id(string? title1, string body1, string? title2, string body2)
    {
        Assert.Equal(ArticleId.FromText(title1, body1), ArticleId.FromText(title2, body2));
    }

    [Theory]
    [InlineData("Title", "Body.", "Title", "Body!")]
    [InlineData("A B", "C", "A", "B C")]
    [InlineData("Title", "Body.", null, "Title Body.")]
    public void Different_text_gives_a_different_id(string? title1, string body1, string? title2, string body2)
    {
        Assert.NotEqual(ArticleId.FromText(title1, body1), ArticleId.FromText(title2, body2));
    }

    [Fact]
    public void The_same_story_in_two_formats_gets_the_same_id()
    {
        using var temp = new TempDirectory();
        var wire = temp.Write("story.txt", "date 2025-07-22 9\nTalks resume\nThe two sides met on Monday.\r\nThey agreed to meet again.");
        var lines = temp.Write("story.jsonl", "{\"title\": \"Talks resume\", \"text\": \"The two sides met on Monday.\\nThey agreed to meet again.\", \"date\": \"2025-07-22\"}\n");

        var results = Reading.ReadAll(new IngestOptions { SkipDuplicateIds = false }, wire, lines);

        var articles = results.Articles();
        Assert.Equal(2, articles.Count);
        Assert.Equal(articles[0].Id, articles[1].Id);
        Assert.Equal(articles[0].Text, articles[1].Text);
    }
}

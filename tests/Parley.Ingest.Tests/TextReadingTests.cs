using static Parley.Ingest.Tests.Reading;

namespace Parley.Ingest.Tests;

public sealed class TextReadingTests
{
    [Theory]
    [InlineData("date 2025-07-22 403\nTitle\nBody.", "2025-07-22", "403")]
    [InlineData(" date 2025-07-22 403 \nTitle\nBody.", "2025-07-22", "403")]
    [InlineData("date 2025-07-22\nTitle\nBody.", "2025-07-22", null)]
    [InlineData("date\t2025-07-22\tAFP-17\nTitle\nBody.", "2025-07-22", "AFP-17")]
    [InlineData("date 2025-07-22\n\n\nTitle\nBody.", "2025-07-22", null)]
    public void A_wire_story_takes_its_date_and_reference_from_the_first_line(string text, string date, string? reference)
    {
        using var temp = new TempDirectory();
        var path = temp.Write("wire.txt", text);

        var article = Assert.Single(ReadAll(path).Articles());

        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), article.Date);
        Assert.Equal(reference, article.Ref);
        Assert.Equal("Title", article.Title);
        Assert.Equal("Body.", article.Body);
        Assert.Equal("Title\n\nBody.", article.Text);
    }

    [Theory]
    [InlineData("date 2025-07-22 a b\nTitle\nBody.")]
    [InlineData("Date 2025-07-22\nTitle\nBody.")]
    [InlineData("dated 2025-07-22\nTitle\nBody.")]
    [InlineData("date 22-07-2025\nTitle\nBody.")]
    [InlineData("Title\ndate 2025-07-22\nBody.")]
    public void Text_whose_first_line_is_not_a_date_line_is_plain_text(string text)
    {
        using var temp = new TempDirectory();
        var path = temp.Write("plain.md", text);

        var article = Assert.Single(ReadAll(path).Articles());

        Assert.Null(article.Title);
        Assert.Null(article.Date);
        Assert.Equal(text, article.Body);
    }

    [Fact]
    public void A_wire_story_with_only_a_headline_is_just_its_title()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("headline.txt", "date 2025-07-22\nTalks resume\n");

        var article = Assert.Single(ReadAll(path).Articles());

        Assert.Equal("Talks resume", article.Title);
        Assert.Equal("", article.Body);
        Assert.Equal("Talks resume", article.Text);
    }

    [Fact]
    public void A_wire_story_keeps_its_own_date_over_the_default()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("wire.txt", "date 2025-07-22\nTitle\nBody.");

        var article = Assert.Single(ReadAll(new IngestOptions { DefaultDate = new DateOnly(2000, 1, 1) }, path).Articles());

        Assert.Equal(new DateOnly(2025, 7, 22), article.Date);
    }

    [Fact]
    public void Utf16_text_with_a_byte_order_mark_is_read()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("utf16.txt", [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes("date 2025-07-22\nTitle\nBody with café.")]);

        var results = ReadAll(path);

        Assert.Empty(results.Problems());
        Assert.Equal("Body with café.", Assert.Single(results.Articles()).Body);
    }

    [Fact]
    public void A_file_with_an_unknown_extension_is_sniffed()
    {
        using var temp = new TempDirectory();
        var text = temp.Write("story.log", "date 2025-07-22\nTitle\nBody.");
        var lines = temp.Write("stories.dat", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n");
        var feed = temp.Write("feed.php", "<?xml version=\"1.0\"?><rss><channel><item><title>T</title><description>Item.</description></item></channel></rss>");
        var page = temp.Write("page.asp", "<html><body><p>Page text.</p></body></html>");

        var results = ReadAll(text, lines, feed, page);

        Assert.Empty(results.Problems());
        Assert.Equal(["Body.", "One.", "Two.", "Item.", "Page text."], results.Articles().Select(a => a.Body));
    }
}

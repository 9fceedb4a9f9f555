using static Parley.Ingest.Tests.Reading;

namespace Parley.Ingest.Tests;

public sealed class HtmlReadingTests
{
    private const string Story = "<p>The two governments agreed on Tuesday to reopen the border crossing, officials said after the talks.</p>";

    [Theory]
    [InlineData("<meta property=\"article:published_time\" content=\"2025-05-14T09:20:00+02:00\">", "")]
    [InlineData("<meta property=\"og:published_time\" content=\"2025-05-14\">", "")]
    [InlineData("<meta itemprop=\"datePublished\" content=\"2025-05-14\">", "")]
    [InlineData("<meta name=\"DC.date.issued\" content=\"2025-05-14\">", "")]
    [InlineData("<meta name=\"pubdate\" content=\"20250514\">", "<time datetime=\"2025-05-14T10:00\">14 May</time>")]
    [InlineData("<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", \"datePublished\": \"2025-05-14T08:00:00Z\"}</script>", "")]
    [InlineData("<script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"WebPage\"}, {\"@type\": \"NewsArticle\", \"datePublished\": \"2025-05-14\"}]}</script>", "")]
    [InlineData("<script type=\"application/ld+json\">{ broken json </script>", "<span itemprop=\"datePublished\" content=\"2025-05-14\">May 14</span>")]
    [InlineData("", "<time datetime=\"2025-05-14T10:00:00+02:00\">Wednesday</time>")]
    [InlineData("<meta property=\"article:published_time\" content=\"2025-05-14\">", "<time datetime=\"2019-01-01\">an old date on the page</time>")]
    public void The_date_comes_from_the_page_metadata(string head, string body)
    {
        using var temp = new TempDirectory();
        var path = temp.Write("page.html", $"<!DOCTYPE html><html><head><title>Talks</title>{head}</head><body><article>{body}{Story}</article></body></html>");

        var results = ReadAll(path);

        Assert.Equal(new DateOnly(2025, 5, 14), Assert.Single(results.Articles()).Date);
    }

    [Fact]
    public void A_page_without_date_metadata_gets_the_default_date()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("page.htm", $"<html><body>{Story}</body></html>");

        var article = Assert.Single(ReadAll(new IngestOptions { DefaultDate = new DateOnly(2020, 2, 2) }, path).Articles());

        Assert.Equal(new DateOnly(2020, 2, 2), article.Date);
    }

    [Fact]
    public void A_text_file_that_starts_with_an_html_tag_is_read_as_html()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("saved-page.txt", $"<!doctype html><html><head><title>Talks resume</title></head><body>{Story}</body></html>");

        var article = Assert.Single(ReadAll(path).Articles());

        Assert.Equal("Talks resume", article.Title);
        Assert.DoesNotContain("<p>", article.Body);
    }

    [Fact]
    public void Entities_breaks_and_inline_markup_become_plain_text()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("page.html",
            "<html><body><article><p>Ministers from France&nbsp;&amp;&nbsp;Spain <b>met</b> in <a href=\"/x\">Madrid</a>.<br>They agreed to talk again.</p>" +
            "<ul><li>First point of the agreement was signed.</li><li>Second point of the agreement was deferred.</li></ul></article></body></html>");

        var article = Assert.Single(ReadAll(path).Articles());

        Assert.Contains("Ministers from France & Spain met in Madrid.\nThey agreed to talk again.", article.Body);
        Assert.Contains("First point of the agreement was signed.\n\nSecond point", article.Body);
    }

    [Fact]
    public void A_page_read_from_text_straight_in_the_body_still_gives_its_text()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("bare.html", "<html><body>Just a sentence in the body, with no paragraph around it.<footer>Copyright</footer></body></html>");

        var article = Assert.Single(ReadAll(path).Articles());

        Assert.Equal("Just a sentence in the body, with no paragraph around it.", article.Body);
    }

    [Fact]
    public void A_page_nested_a_hundred_thousand_deep_is_read_quickly_with_a_warning_and_all_its_text()
    {
        // Found by the fuzz tests: the tree builder's cost grows with tags times depth, so this 2 MB page ran for minutes.
        const int depth = 100_000;
        using var temp = new TempDirectory();
        var path = temp.Write("deep.html", "<html><head><title>Talks</title></head><body>" + string.Concat(Enumerable.Repeat("<div><span>", depth))
            + Story + string.Concat(Enumerable.Repeat("</span></div>", depth)) + "<p>The border reopened on Friday, the ministry said in a statement.</p></body></html>");

        var results = ReadAll(path);

        var article = Assert.Single(results.Articles());
        Assert.Equal("Talks", article.Title);
        Assert.Contains("The two governments agreed on Tuesday to reopen the border crossing", article.Body);
        Assert.Contains("The border reopened on Friday", article.Body);
        var problem = Assert.Single(results.Problems());
        Assert.Equal(IngestSeverity.Warning, problem.Severity);
        Assert.Contains("nested over 64 deep", problem.Reason);
    }

    [Fact]
    public void A_feed_item_whose_description_nests_a_hundred_thousand_deep_gives_its_text()
    {
        const int depth = 100_000;
        var description = System.Security.SecurityElement.Escape(string.Concat(Enumerable.Repeat("<div><b>", depth)) + Story + string.Concat(Enumerable.Repeat("</b></div>", depth)));
        using var temp = new TempDirectory();
        var path = temp.Write("deep.xml", $"<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><title>Talks</title><description>{description}</description></item></channel></rss>");

        var article = Assert.Single(ReadAll(path).Articles());

        Assert.Contains("The two governments agreed on Tuesday to reopen the border crossing", article.Body);
    }

    [Fact]
    public void A_page_of_thirty_thousand_paragraphs_is_read_whole()
    {
        // Found while fuzzing: Readability's cost grows faster than the page; one this size is read as the page's own text.
        using var temp = new TempDirectory();
        var path = temp.Write("long.html", "<html><head><title>Talks</title></head><body><nav>Home | World</nav>"
            + string.Concat(Enumerable.Range(0, 30_000).Select(i => $"<p>Paragraph {i} of the talks.</p>")) + "</body></html>");

        var article = Assert.Single(ReadAll(path).Articles());

        Assert.StartsWith("Paragraph 0 of the talks.", article.Body);
        Assert.EndsWith("Paragraph 29999 of the talks.", article.Body);
        Assert.Equal("Talks", article.Title);
    }
}

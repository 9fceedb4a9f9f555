using static Parley.Ingest.Tests.Reading;

namespace Parley.Ingest.Tests;

public sealed class FeedReadingTests
{
    private static Article ReadOne(string xml, string name = "feed.xml")
    {
        using var temp = new TempDirectory();
        var path = temp.Write(name, xml);
        var results = ReadAll(path);
        Assert.Empty(results.Problems());
        return Assert.Single(results.Articles());
    }

    [Fact]
    public void An_rss_item_link_is_its_own_link_not_an_atom_link_beside_it()
    {
        var article = ReadOne("<rss xmlns:atom=\"http://www.w3.org/2005/Atom\"><channel><item><title>T</title>" +
            "<atom:link rel=\"self\" href=\"https://example.org/self\"/><link>https://example.org/story</link><description>D.</description></item></channel></rss>");

        Assert.Equal("https://example.org/story", article.Url);
    }

    [Fact]
    public void An_item_with_only_a_headline_is_read_as_its_title()
    {
        var article = ReadOne("<rss><channel><item><title>Talks collapse in Geneva</title><guid>g-1</guid></item></channel></rss>");

        Assert.Equal("Talks collapse in Geneva", article.Title);
        Assert.Equal("", article.Body);
        Assert.Equal("Talks collapse in Geneva", article.Text);
        Assert.Equal("g-1", article.Id);
    }

    [Fact]
    public void An_items_own_source_names_the_outlet_before_the_feed_title()
    {
        var article = ReadOne("<rss><channel><title>Aggregator</title><item><title>T</title><description>D.</description>" +
            "<source url=\"https://example.org/rss\">Example Times</source></item></channel></rss>");

        Assert.Equal("Example Times", article.Source);
    }

    [Fact]
    public void The_feed_title_is_not_taken_from_an_image_or_item()
    {
        var article = ReadOne("<rss><channel><image><title>Logo</title></image><title>Real feed</title>" +
            "<item><title>Item title</title><description>D.</description></item></channel></rss>");

        Assert.Equal("Real feed", article.Source);
    }

    [Fact]
    public void A_dublin_core_date_is_read()
    {
        var article = ReadOne("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">" +
            "<channel><title>RSS one</title></channel><item><title>T</title><description>D.</description><dc:date>2024-12-31T23:00:00-08:00</dc:date></item></rdf:RDF>", "feed.rdf.xml");

        Assert.Equal(new DateOnly(2024, 12, 31), article.Date);
        Assert.Equal("RSS one", article.Source);
    }

    [Fact]
    public void An_atom_entry_falls_back_from_published_to_updated_and_from_content_to_summary()
    {
        var article = ReadOne("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title type=\"html\">News &amp;amp; views</title>" +
            "<entry><title>T</title><updated>2023-04-05T06:07:08Z</updated><summary type=\"html\">&lt;b&gt;Bold&lt;/b&gt; summary.</summary></entry></feed>", "feed.atom");

        Assert.Equal(new DateOnly(2023, 4, 5), article.Date);
        Assert.Equal("Bold summary.", article.Body);
        Assert.Equal("News & views", article.Source);
    }

    [Fact]
    public void Plain_atom_text_is_not_parsed_as_html()
    {
        var article = ReadOne("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>T</title><content type=\"text\">Prices rose 5 &lt;b&gt; percent.</content></entry></feed>", "feed.atom");

        Assert.Equal("Prices rose 5 <b> percent.", article.Body);
    }

    [Fact]
    public void A_feed_with_a_doctype_is_read_without_fetching_or_expanding_it()
    {
        var article = ReadOne("<?xml version=\"1.0\"?><!DOCTYPE rss SYSTEM \"http://example.invalid/rss.dtd\"><rss><channel><item><title>T</title><description>D.</description></item></channel></rss>");

        Assert.Equal("D.", article.Body);
    }
}

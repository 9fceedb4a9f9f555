using static Parley.Ingest.Tests.Reading;

namespace Parley.Ingest.Tests;

/// <summary>Every file in examples/ reads as the format it shows, with no problems.</summary>
public sealed class ExampleInputTests
{
    [Fact]
    public void The_seed_story_reads_as_a_dated_wire_story_with_its_reference()
    {
        var results = ReadAll(Example("seed-2025-07-22.txt"));

        var article = Assert.Single(results.Articles());
        Assert.Empty(results.Problems());
        Assert.Equal(new DateOnly(2025, 7, 22), article.Date);
        Assert.Equal("403", article.Ref);
        Assert.Equal("Kremlin Signals Meeting Between Trump, Putin in Beijing", article.Title);
        Assert.StartsWith("(MENAFN) Russia signaled on Monday", article.Body);
        Assert.EndsWith("in Helsinki, Finland.", article.Body);
        Assert.StartsWith(article.Title + "\n\nRussia", article.Text.Replace("(MENAFN) ", "", StringComparison.Ordinal));
        Assert.Equal(ArticleId.FromText(article.Title, article.Body), article.Id);
        Assert.Equal(ArticleId.Length, article.Id.Length);
    }

    [Fact]
    public void The_plain_text_example_is_all_body_with_the_default_date()
    {
        var results = ReadAll(new IngestOptions { DefaultDate = new DateOnly(2025, 7, 3) }, Example("plain-story.txt"));

        var article = Assert.Single(results.Articles());
        Assert.Empty(results.Problems());
        Assert.Null(article.Title);
        Assert.Null(article.Ref);
        Assert.Equal(new DateOnly(2025, 7, 3), article.Date);
        Assert.StartsWith("Chile and Argentina agreed on Thursday", article.Body);
        Assert.Equal(article.Body, article.Text);
    }

    [Fact]
    public void The_plain_text_example_has_no_date_without_a_default()
    {
        var article = Assert.Single(ReadAll(Example("plain-story.txt")).Articles());

        Assert.Null(article.Date);
    }

    [Fact]
    public void The_json_lines_example_gives_three_stories_with_their_own_or_hashed_ids()
    {
        var path = Example("stories.jsonl");
        var results = ReadAll(path);

        Assert.Empty(results.Problems());
        var articles = results.Articles();
        Assert.Equal(3, articles.Count);

        Assert.Equal("example-0001", articles[0].Id);
        Assert.Equal(new DateOnly(2025, 3, 4), articles[0].Date);
        Assert.Equal("https://example.org/news/kenya-ethiopia-grid", articles[0].Url);
        Assert.Equal("Example Wire", articles[0].Source);
        Assert.Equal(path + ":1", articles[0].Origin);

        Assert.Equal(ArticleId.FromText(articles[1].Title, articles[1].Body), articles[1].Id);
        Assert.StartsWith("Portugal recalled its ambassador", articles[1].Body);
        Assert.Equal(path + ":2", articles[1].Origin);

        Assert.Equal("example-0003", articles[2].Id);
        Assert.Equal(new DateOnly(2025, 3, 6), articles[2].Date);
        Assert.Null(articles[2].Source);
    }

    [Fact]
    public void The_html_example_keeps_the_story_and_drops_the_boilerplate()
    {
        var results = ReadAll(Example("article.html"));

        Assert.Empty(results.Problems());
        var article = Assert.Single(results.Articles());
        Assert.Equal("Norway and Iceland agree to joint search-and-rescue patrols", article.Title);
        Assert.Equal(new DateOnly(2025, 5, 14), article.Date);
        Assert.Equal("The Example Herald", article.Source);
        Assert.Equal("https://example.org/herald/2025/05/14/norway-iceland-patrols", article.Url);
        Assert.StartsWith("Norway and Iceland agreed on Tuesday", article.Body.Replace("By a staff reporter\n\n", "", StringComparison.Ordinal));
        Assert.Contains("Environmental groups welcomed the plan", article.Body);
        Assert.Contains("\n\n", article.Body);
        foreach (var boilerplate in new[] { "Subscribe", "All rights reserved", "Privacy policy", "Related stories", "window.analytics", "margin-right" })
        {
            Assert.DoesNotContain(boilerplate, article.Body);
        }
    }

    [Fact]
    public void The_rss_example_gives_one_article_per_item_with_html_stripped()
    {
        var path = Example("feed.rss");
        var results = ReadAll(path);

        Assert.Empty(results.Problems());
        var articles = results.Articles();
        Assert.Equal(2, articles.Count);

        Assert.Equal("example-daily-20250610-01", articles[0].Id);
        Assert.Equal("Vietnam and the Philippines hold talks on coast guard cooperation", articles[0].Title);
        Assert.Equal(new DateOnly(2025, 6, 10), articles[0].Date);
        Assert.Equal("https://example.org/daily/world/vietnam-philippines-talks", articles[0].Url);
        Assert.Equal("Example Daily: World", articles[0].Source);
        Assert.Equal(
            "Vietnam and the Philippines held talks in Hanoi on Tuesday on closer cooperation between their coast guards, the Vietnamese foreign ministry said.\n\n" +
            "The two sides agreed to set up a hotline for incidents at sea and to hold a joint training exercise later this year.",
            articles[0].Body);
        Assert.StartsWith(path + ":", articles[0].Origin);

        // content:encoded is the full text; the description is only a teaser.
        Assert.StartsWith("Ghana suspended all cocoa exports", articles[1].Body);
        Assert.Contains("called the decision unfriendly and said", articles[1].Body);
        Assert.DoesNotContain("<", articles[1].Body);
        Assert.Equal(ArticleId.FromText(articles[1].Title, articles[1].Body), articles[1].Id);
        Assert.Equal(new DateOnly(2025, 6, 11), articles[1].Date);
    }

    [Fact]
    public void The_atom_example_reads_html_and_xhtml_content()
    {
        var results = ReadAll(Example("feed.atom"));

        Assert.Empty(results.Problems());
        var articles = results.Articles();
        Assert.Equal(2, articles.Count);

        Assert.Equal("urn:example:observer:2025-09-01-finance-dialogue", articles[0].Id);
        Assert.Equal(new DateOnly(2025, 9, 1), articles[0].Date);
        Assert.Equal("https://example.org/observer/japan-korea-finance", articles[0].Url);
        Assert.Equal("Example Observer: Diplomacy", articles[0].Source);
        Assert.StartsWith("Japan and South Korea resumed their annual finance ministers' dialogue", articles[0].Body);
        Assert.Contains("\n\nThe ministers agreed", articles[0].Body);

        Assert.Equal("Peru expels two diplomats in espionage row", articles[1].Title);
        Assert.Equal(new DateOnly(2025, 9, 2), articles[1].Date);
        Assert.Equal("https://example.org/observer/peru-expels-diplomats", articles[1].Url);
        Assert.Contains("it had summoned the ambassador concerned.", articles[1].Body);
    }

    [Fact]
    public void The_examples_directory_reads_every_example_in_ordinal_path_order()
    {
        var results = ReadAll(Examples);

        Assert.Empty(results.Problems());
        var files = results.Articles().Select(a => Path.GetFileName(a.Origin.Split(':')[0])).Distinct().ToList();
        Assert.Equal(["article.html", "feed.atom", "feed.rss", "plain-story.txt", "seed-2025-07-22.txt", "stories.jsonl"], files);
        Assert.Equal(1 + 2 + 2 + 1 + 1 + 3, results.Articles().Count);
    }

    [Fact]
    public void Reading_the_examples_twice_gives_the_same_ids()
    {
        var examples = Examples;

        var first = ReadAll(examples).Articles().Select(a => a.Id).ToList();
        var second = ReadAll(examples).Articles().Select(a => a.Id).ToList();

        Assert.Equal(first, second);
        Assert.Equal(first.Count, first.Distinct().Count());
    }
}

using Parley.Testing;
using static Parley.Ingest.Tests.Reading;

namespace Parley.Ingest.Tests;

/// <summary>The openly licensed news corpora in ../shared/data read cleanly (skipped when that data is absent).</summary>
public sealed class SharedNewsTests
{
    [SharedDataFact("news/voa-3.jsonl")]
    public void The_voa_stories_read_with_their_ids_and_dates()
    {
        var results = ReadAll(RepositoryPaths.InSharedData("news", "voa-3.jsonl"));

        Assert.Empty(results.Problems());
        var articles = results.Articles();
        Assert.Equal(["6202743", "8006503", "8007271"], articles.Select(a => a.Id));
        Assert.Equal(new DateOnly(2021, 3, 2), articles[0].Date);
        Assert.All(articles, a => Assert.False(string.IsNullOrEmpty(a.Title)));
        Assert.All(articles, a => Assert.StartsWith("https://www.voanews.com/", a.Url));
    }

    [SharedDataFact("news/wikinews-43.jsonl")]
    public void The_wikinews_stories_read_with_their_ids_dates_and_urls()
    {
        var results = ReadAll(RepositoryPaths.InSharedData("news", "wikinews-43.jsonl"));

        Assert.Empty(results.Problems());
        var articles = results.Articles();
        Assert.Equal(43, articles.Count);
        Assert.Equal(43, articles.Select(a => a.Id).Distinct().Count());
        Assert.All(articles, a => Assert.NotNull(a.Date));
        Assert.All(articles, a => Assert.StartsWith("https://en.wikinews.org/", a.Url));
        Assert.All(articles, a => Assert.Equal(a.Text, TextNormalizer.Normalize(a.Text)));
    }
}

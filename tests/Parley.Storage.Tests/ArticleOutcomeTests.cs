namespace Parley.Storage.Tests;

public class ArticleOutcomeTests
{
    [Fact]
    public void An_event_of_another_article_cannot_be_part_of_an_outcome()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            ArticleOutcome.Coded(SampleEvents.Article("a1"), [SampleEvents.Bare("a2", "e1")]));

        Assert.Contains("'e1'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_article_cannot_also_have_events()
    {
        Assert.Throws<ArgumentException>(() =>
            new ArticleOutcome(SampleEvents.Article("a1"), [SampleEvents.Bare("a1", "e1")], new ArticleFailure("code", "boom")));
    }

    [Fact]
    public void A_failed_outcome_has_no_events_and_keeps_its_reason()
    {
        var outcome = ArticleOutcome.Failed(SampleEvents.Article("a1"), "parse", "too long");

        Assert.Empty(outcome.Events);
        Assert.Equal(new ArticleFailure("parse", "too long"), outcome.Failure);
    }
}

using Parley.Coding.Time;

namespace Parley.Coding.Tests.Time;

public class TimeResolverTests
{
    // The seed story's date: Tuesday 2025-07-22.
    private static readonly DateOnly Tuesday = new(2025, 7, 22);

    [Theory]
    [InlineData("Russia signaled on Monday", Tense.Past, "2025-07-21", "day")]
    [InlineData("Russia will host talks on Monday", Tense.Future, "2025-07-28", "day")]
    [InlineData("Russia hosts talks on Monday", Tense.Present, "2025-07-21", "day")]
    [InlineData("Russia hosts talks on Thursday", Tense.Present, "2025-07-24", "day")]
    [InlineData("Russia hosts talks on Friday", Tense.Unknown, "2025-07-25", "day")]
    [InlineData("Russia hosts talks on Saturday", Tense.Unknown, "2025-07-19", "day")]
    [InlineData("Peskov said on Tuesday", Tense.Past, "2025-07-22", "day")]
    [InlineData("They met last Tuesday", Tense.Past, "2025-07-15", "day")]
    [InlineData("They meet next Tuesday", Tense.Future, "2025-07-29", "day")]
    [InlineData("They met last Monday", Tense.Future, "2025-07-21", "day")]
    [InlineData("They talked in June", Tense.Past, "2025-06", "month")]
    [InlineData("They will talk in June", Tense.Future, "2026-06", "month")]
    [InlineData("They talk in June", Tense.Unknown, "2025-06", "month")]
    [InlineData("They talk in October", Tense.Unknown, "2025-10", "month")]
    [InlineData("They talk in January", Tense.Unknown, "2025-01", "month")]
    [InlineData("They talked in July", Tense.Future, "2025-07", "month")]
    [InlineData("They met last July", Tense.Past, "2024-07", "month")]
    [InlineData("They meet next June", Tense.Past, "2026-06", "month")]
    [InlineData("They met in June 2024", Tense.Future, "2024-06", "month")]
    [InlineData("Fighting flared in mid-June", Tense.Past, "2025-06", "month")]
    [InlineData("Beijing hosts a parade on September 3", Tense.Future, "2025-09-03", "day")]
    [InlineData("Beijing hosted a parade on September 3", Tense.Past, "2024-09-03", "day")]
    [InlineData("Beijing hosted a parade on July 3", Tense.Past, "2025-07-03", "day")]
    [InlineData("Beijing will host a parade on July 3", Tense.Future, "2026-07-03", "day")]
    [InlineData("Beijing hosts a parade on March 3", Tense.Unknown, "2025-03-03", "day")]
    [InlineData("Beijing hosts a parade on September 3", Tense.Unknown, "2025-09-03", "day")]
    [InlineData("It opened September 3 , 2019", Tense.Future, "2019-09-03", "day")]
    [InlineData("It opened on 2025-07-20", Tense.Unknown, "2025-07-20", "day")]
    [InlineData("The treaty was signed in 2018", Tense.Past, "2018", "year")]
    [InlineData("during the 2018 U.S.-Russia summit", Tense.Unknown, "2018", "year")]
    [InlineData("The minister resigned yesterday", Tense.Past, "2025-07-21", "day")]
    [InlineData("The vote is tomorrow", Tense.Present, "2025-07-23", "day")]
    [InlineData("Peskov spoke a day earlier", Tense.Past, "2025-07-21", "day")]
    [InlineData("The talks collapsed two weeks ago", Tense.Past, "2025-07-08", "day")]
    [InlineData("The talks collapsed three months ago", Tense.Past, "2025-04", "month")]
    [InlineData("Troops arrived last week", Tense.Past, "2025-07", "month")]
    [InlineData("Elections are due next month", Tense.Future, "2025-08", "month")]
    [InlineData("The ministry said earlier this month", Tense.Past, "2025-07", "month")]
    [InlineData("Trade fell last year", Tense.Past, "2024", "year")]
    [InlineData("Trade grew this year", Tense.Past, "2025", "year")]
    public void Resolves_relative_to_a_Tuesday_article_and_the_tense(string sentence, Tense tense, string value, string precision)
    {
        var expression = Assert.Single(TimeExpressionFinder.Find(HandBuilt.Sentence(sentence).All));

        var date = TimeResolver.Resolve(expression, Tuesday, tense);

        Assert.Equal(new EventDate(value, precision, "text", expression.Text), date);
    }

    [Fact]
    public void A_day_earlier_counts_from_the_anchor_when_one_is_given()
    {
        var expression = Assert.Single(TimeExpressionFinder.Find(HandBuilt.Sentence("Just a day earlier , Peskov acknowledged").All));

        var date = TimeResolver.Resolve(expression, Tuesday, Tense.Past, anchor: new DateOnly(2025, 7, 21));

        Assert.Equal("2025-07-20", date?.Value);
    }

    [Fact]
    public void Yesterday_counts_from_the_article_date_even_with_an_anchor()
    {
        var expression = Assert.Single(TimeExpressionFinder.Find(HandBuilt.Sentence("Peskov spoke yesterday").All));

        var date = TimeResolver.Resolve(expression, Tuesday, Tense.Past, anchor: new DateOnly(2025, 7, 1));

        Assert.Equal("2025-07-21", date?.Value);
    }

    [Fact]
    public void Last_week_straddling_two_months_takes_the_month_of_its_Thursday()
    {
        // Tuesday 2025-07-01: last week ran Monday 23 to Sunday 29 June.
        var expression = Assert.Single(TimeExpressionFinder.Find(HandBuilt.Sentence("Troops arrived last week").All));

        Assert.Equal("2025-06", TimeResolver.Resolve(expression, new DateOnly(2025, 7, 1), Tense.Past)?.Value);
    }

    [Theory]
    [InlineData("Russia signaled on Monday")]
    [InlineData("They talked in June")]
    [InlineData("Beijing hosts a parade on September 3")]
    [InlineData("Peskov spoke a day earlier")]
    [InlineData("Troops arrived last week")]
    public void Relative_expressions_without_an_article_date_resolve_to_nothing(string sentence)
    {
        var expression = Assert.Single(TimeExpressionFinder.Find(HandBuilt.Sentence(sentence).All));

        Assert.Null(TimeResolver.Resolve(expression, null, Tense.Past));
    }

    [Theory]
    [InlineData("The treaty was signed in 2018", "2018")]
    [InlineData("They met in June 2024", "2024-06")]
    [InlineData("It opened September 3 , 2019", "2019-09-03")]
    public void Expressions_that_name_their_year_need_no_article_date(string sentence, string value)
    {
        var expression = Assert.Single(TimeExpressionFinder.Find(HandBuilt.Sentence(sentence).All));

        Assert.Equal(value, TimeResolver.Resolve(expression, null, Tense.Unknown)?.Value);
    }

    [Fact]
    public void A_date_that_does_not_exist_resolves_to_nothing()
    {
        var expression = Assert.Single(TimeExpressionFinder.Find(HandBuilt.Sentence("It opened on September 31 , 2025").All));

        Assert.Null(TimeResolver.Resolve(expression, Tuesday, Tense.Past));
    }

    [Fact]
    public void February_29_in_the_past_goes_back_to_the_last_leap_year()
    {
        var expression = Assert.Single(TimeExpressionFinder.Find(HandBuilt.Sentence("It opened on February 29").All));

        Assert.Equal("2024-02-29", TimeResolver.Resolve(expression, Tuesday, Tense.Past)?.Value);
    }

    [Fact]
    public void The_fallback_is_the_article_date_with_article_basis()
    {
        Assert.Equal(new EventDate("2025-07-22", "day", "article", null), TimeResolver.FromArticle(Tuesday));
        Assert.Null(TimeResolver.FromArticle(null));
    }
}

using System.Globalization;
using Parley.Coding.Time;
using Parley.Text;

namespace Parley.Coding.Tests.Time;

public class TimeExpressionFinderTests
{
    [Theory]
    [InlineData("Russia signaled on Monday its openness", "on Monday", "weekday Monday 0")]
    [InlineData("Talks began Monday in Geneva", "Monday", "weekday Monday 0")]
    [InlineData("They met last Monday", "last Monday", "weekday Monday -1")]
    [InlineData("They will meet next Tuesday", "next Tuesday", "weekday Tuesday 1")]
    [InlineData("Officials said on Tues. that", "on Tues.", "weekday Tuesday 0")]
    [InlineData("The minister resigned yesterday", "yesterday", "offset -1 Day")]
    [InlineData("The minister resigns today", "today", "offset 0 Day")]
    [InlineData("The vote is tomorrow", "tomorrow", "offset 1 Day")]
    [InlineData("Just a day earlier , Peskov acknowledged", "a day earlier", "offset -1 Day from anchor")]
    [InlineData("Two days later , troops withdrew", "Two days later", "offset 2 Day from anchor")]
    [InlineData("He had spoken the day before .", "the day before", "offset -1 Day from anchor")]
    [InlineData("Protests resumed the following week", "the following week", "offset 1 Week from anchor")]
    [InlineData("The talks collapsed three weeks ago", "three weeks ago", "offset -3 Week")]
    [InlineData("Troops arrived last week", "last week", "period -1 Week")]
    [InlineData("Elections are due next month", "next month", "period 1 Month")]
    [InlineData("The ministry said earlier this month that", "earlier this month", "period 0 Month")]
    [InlineData("Trade fell last year", "last year", "period -1 Year")]
    [InlineData("Trade grew this year", "this year", "period 0 Year")]
    [InlineData("The summit was held in June", "in June", "month 6 0")]
    [InlineData("It followed a June phone conversation", "June", "month 6 0")]
    [InlineData("They met last June", "last June", "month 6 -1")]
    [InlineData("They met in June 2024 in Paris", "in June 2024", "month 2024-6 0")]
    [InlineData("Fighting flared in mid-June", "in mid-June", "month 6 0")]
    [InlineData("Talks resume in early July", "in early July", "month 7 0")]
    [InlineData("A parade on September 3 , marking", "on September 3", "date 9-3")]
    [InlineData("A parade on 3 September", "on 3 September", "date 9-3")]
    [InlineData("A parade on Sept. 3 in Beijing", "on Sept. 3", "date 9-3")]
    [InlineData("It opened September 3 , 2025 in Beijing", "September 3 , 2025", "date 2025-9-3")]
    [InlineData("It opened on 2025-07-22 in Beijing", "on 2025-07-22", "date 2025-7-22")]
    [InlineData("It ended July 21st with a deal", "July 21st", "date 7-21")]
    [InlineData("It ended on Monday , July 21 with a deal", "on Monday , July 21", "date 7-21")]
    [InlineData("The treaty was signed in 2018", "in 2018", "year 2018")]
    [InlineData("during the 2018 U.S.-Russia summit", "2018", "year 2018")]
    public void Finds_the_expression_and_its_meaning(string sentence, string text, string meaning)
    {
        var found = TimeExpressionFinder.Find(HandBuilt.Sentence(sentence).All);

        var expression = Assert.Single(found);
        Assert.Equal(text, expression.Text);
        Assert.Equal(meaning, Describe(expression));
    }

    [Theory]
    [InlineData("The army sent 2000 troops")]
    [InlineData("Growth reached 2018 % in the model")]
    [InlineData("The last face-to-face meeting took place")]
    [InlineData("Prices rose in recent months")]
    [InlineData("Theresa May said the talks failed")]
    [InlineData("The Jan report was late")]
    public void Finds_nothing_where_no_time_is_named(string sentence)
    {
        Assert.Empty(TimeExpressionFinder.Find(HandBuilt.Sentence(sentence).All));
    }

    [Fact]
    public void Capitalised_modal_may_is_not_the_month()
    {
        var doc = HandBuilt.Sentence("May/AUX/MD the/DET/DT talks/NOUN/NNS succeed/VERB/VB");

        Assert.Empty(TimeExpressionFinder.Find(doc.All));
    }

    [Fact]
    public void May_the_month_is_found_when_tagged_as_a_proper_noun()
    {
        var doc = HandBuilt.Sentence("They/PRON/PRP met/VERB/VBD in/ADP/IN May/PROPN/NNP");

        var expression = Assert.Single(TimeExpressionFinder.Find(doc.All));
        Assert.Equal("in May", expression.Text);
        Assert.Equal(5, expression.Month);
    }

    [Fact]
    public void Offsets_point_into_the_original_text()
    {
        var doc = HandBuilt.Sentence("Russia signaled on Monday its openness");

        var expression = Assert.Single(TimeExpressionFinder.Find(doc.All));
        Assert.Equal((2, 4), (expression.Start, expression.End));
        Assert.Equal("on Monday", doc.Text[expression.StartChar..expression.EndChar]);
    }

    [Fact]
    public void Several_expressions_come_back_in_text_order()
    {
        var doc = HandBuilt.Sentence("After talks on Monday , the leaders agreed to meet in June 2026");

        var found = TimeExpressionFinder.Find(doc.All);

        Assert.Equal(["on Monday", "in June 2026"], found.Select(e => e.Text));
    }

    [Fact]
    public void A_document_is_searched_sentence_by_sentence()
    {
        var doc = HandBuilt.Sentence("It rained on Monday . It snowed in June");
        doc.ClearSentences();
        doc.StartSentence(0);
        doc.StartSentence(5);

        var found = TimeExpressionFinder.Find(doc);

        Assert.Equal(["on Monday", "in June"], found.Select(e => e.Text));
    }

    private static string Describe(TimeExpression e) => e.Kind switch
    {
        TimeExpressionKind.Weekday => $"weekday {e.Weekday} {e.Shift}",
        TimeExpressionKind.Date => e.Year == 0 ? $"date {e.Month}-{e.Day}" : $"date {e.Year}-{e.Month}-{e.Day}",
        TimeExpressionKind.Month => (e.Year == 0 ? $"month {e.Month}" : $"month {e.Year}-{e.Month}") + " " + e.Shift.ToString(CultureInfo.InvariantCulture),
        TimeExpressionKind.Year => $"year {e.Year}",
        TimeExpressionKind.Offset => $"offset {e.Shift} {e.Unit}" + (e.FromAnchor ? " from anchor" : string.Empty),
        _ => $"period {e.Shift} {e.Unit}",
    };
}

using System.Globalization;
using Parley.Coding.Time;

namespace Parley.Coding.Tests.Time;

[Trait("Category", "Model")]
public class SeedStoryTimeTests
{
    [SeedStoryFact]
    public void Russia_signaled_on_Monday_is_the_Monday_before_the_Tuesday_article()
    {
        var date = TimeResolver.ResolveEvent(SeedStory.Doc, SeedStory.Token("Russia signaled", "signaled"), SeedStory.ArticleDate);

        Assert.Equal(new EventDate("2025-07-21", "day", "text", "on Monday"), date);
    }

    [SeedStoryFact]
    public void The_parade_Beijing_is_set_to_host_on_September_3_lies_ahead()
    {
        int host = SeedStory.Token("is set to host", "host");

        Assert.Equal(Tense.Future, ClauseTense.Of(SeedStory.Doc, host));
        Assert.Equal(new EventDate("2025-09-03", "day", "text", "on September 3"), TimeResolver.ResolveEvent(SeedStory.Doc, host, SeedStory.ArticleDate));
        Assert.Equal("2025-09-03", TimeResolver.ResolveEvent(SeedStory.Doc, SeedStory.Token("is set to host", "parade"), SeedStory.ArticleDate)?.Value);
    }

    [SeedStoryFact]
    public void A_June_phone_conversation_in_a_past_tense_sentence_is_June_2025()
    {
        int conversation = SeedStory.Token("a June phone conversation", "conversation");

        Assert.Equal(Tense.Past, ClauseTense.Of(SeedStory.Doc, conversation));
        Assert.Equal(new EventDate("2025-06", "month", "text", "June"), TimeResolver.ResolveEvent(SeedStory.Doc, conversation, SeedStory.ArticleDate));
    }

    [SeedStoryFact]
    public void The_2018_summit_is_the_year_2018()
    {
        var date = TimeResolver.ResolveEvent(SeedStory.Doc, SeedStory.Token("2018 U.S.", "summit"), SeedStory.ArticleDate);

        Assert.Equal(new EventDate("2018", "year", "text", "2018"), date);
    }

    [SeedStoryFact]
    public void A_day_earlier_counts_from_the_Monday_statement_when_it_is_passed_as_the_anchor()
    {
        // "Just a day earlier" is a day before the Monday statement of the first sentence, so Sunday 2025-07-20.
        // The anchor is that statement's date (the last past-tense, day-precise date the story gave); without
        // an anchor the resolver can only count from the article date, which gives 2025-07-21.
        int acknowledged = SeedStory.Token("Just a day earlier", "acknowledged");
        var monday = TimeResolver.ResolveEvent(SeedStory.Doc, SeedStory.Token("Russia signaled", "signaled"), SeedStory.ArticleDate)!;
        var anchor = DateOnly.ParseExact(monday.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

        Assert.Equal(new EventDate("2025-07-20", "day", "text", "a day earlier"), TimeResolver.ResolveEvent(SeedStory.Doc, acknowledged, SeedStory.ArticleDate, anchor));
        Assert.Equal("2025-07-21", TimeResolver.ResolveEvent(SeedStory.Doc, acknowledged, SeedStory.ArticleDate)?.Value);
    }

    [SeedStoryFact]
    public void Following_the_story_in_text_order_dates_a_day_earlier_to_Sunday()
    {
        // Every verb is taken as a trigger, as the coder will; the Monday signal is the last past-tense day
        // before "Just a day earlier", the September 3 parade is future and does not count.
        var doc = SeedStory.Doc;
        int acknowledged = SeedStory.Token("Just a day earlier", "acknowledged");
        var reference = new ReferenceDate();
        EventDate? date = null;
        for (int i = 0; i <= acknowledged; i++)
        {
            if (doc[i].Upos != "VERB")
            {
                continue;
            }
            date = TimeResolver.ResolveEvent(doc, i, SeedStory.ArticleDate, reference.Current);
            reference.Observe(date, ClauseTense.Of(doc, i));
        }

        Assert.Equal(new EventDate("2025-07-20", "day", "text", "a day earlier"), date);
    }

    [SeedStoryFact]
    public void Sentences_without_a_time_expression_fall_back_to_the_article_date()
    {
        var date = TimeResolver.ResolveEvent(SeedStory.Doc, SeedStory.Token("has publicly criticized", "criticized"), SeedStory.ArticleDate);

        Assert.Equal(new EventDate("2025-07-22", "day", "article", null), date);
    }

    [ParsedSeedStoryFact]
    public void The_potential_meeting_does_not_take_the_Monday_of_the_signal()
    {
        // "on Monday" dates the signalling, not the meeting it is open to.
        Assert.Null(TimeResolver.ExpressionFor(SeedStory.Doc, SeedStory.Token("Russia signaled", "meeting")));
    }

    [ParsedSeedStoryFact]
    public void The_last_face_to_face_meeting_took_place_in_2018()
    {
        var date = TimeResolver.ResolveEvent(SeedStory.Doc, SeedStory.Token("face-to-face", "meeting"), SeedStory.ArticleDate);

        Assert.Equal("2018", date?.Value);
    }
}

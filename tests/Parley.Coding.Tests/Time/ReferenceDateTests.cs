using Parley.Coding.Time;

namespace Parley.Coding.Tests.Time;

public class ReferenceDateTests
{
    [Fact]
    public void A_past_day_read_from_the_text_becomes_the_reference()
    {
        var reference = new ReferenceDate();

        reference.Observe(new EventDate("2025-07-21", "day", "text", "on Monday"), Tense.Past);

        Assert.Equal(new DateOnly(2025, 7, 21), reference.Current);
    }

    [Theory]
    [InlineData("2025-09-03", "day", "text", Tense.Future)]
    [InlineData("2025-07-22", "day", "article", Tense.Past)]
    [InlineData("2025-06", "month", "text", Tense.Past)]
    [InlineData("2025-07-19", "day", "text", Tense.Unknown)]
    public void Future_undated_and_vague_events_leave_the_reference_alone(string value, string precision, string basis, Tense tense)
    {
        var reference = new ReferenceDate();
        reference.Observe(new EventDate("2025-07-21", "day", "text", "on Monday"), Tense.Past);

        reference.Observe(new EventDate(value, precision, basis, null), tense);

        Assert.Equal(new DateOnly(2025, 7, 21), reference.Current);
    }

    [Fact]
    public void Nothing_is_the_reference_before_the_story_gives_one()
    {
        var reference = new ReferenceDate();
        reference.Observe(null, Tense.Past);

        Assert.Null(reference.Current);
    }
}

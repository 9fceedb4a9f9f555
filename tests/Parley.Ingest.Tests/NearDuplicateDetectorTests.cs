namespace Parley.Ingest.Tests;

public sealed class NearDuplicateDetectorTests
{
    private const string Story =
        "Negotiators from Valdoria and Ostrelia met on Tuesday in the port city of Kessen to resume talks over fishing " +
        "rights, officials from both governments said. The foreign minister of Valdoria told reporters after the meeting " +
        "that the two sides had agreed to meet again next month and that a draft agreement on catch quotas could be ready " +
        "by the end of the year. Ostrelia's delegation did not comment, but a spokesman for its fisheries ministry said on " +
        "Wednesday that the government wanted a deal that protected coastal communities. The talks broke down in March " +
        "after patrol boats from both navies confronted each other near a disputed shoal, and fishermen on both sides have " +
        "since complained that they cannot reach their traditional grounds. Regional leaders have urged both countries to " +
        "settle the dispute before the start of the winter season, when the fleets usually head north.";

    private const string Unrelated =
        "The national football team drew two-all with its neighbours on Sunday evening after extra time, leaving the " +
        "coach under pressure before the qualifying round. Fans blamed the referee for a late penalty, while the captain " +
        "said the players had simply run out of energy in the second half. The next match is scheduled for October.";

    [Theory]
    [InlineData("identical")]
    [InlineData("re-spaced and re-cased")]
    [InlineData("new headline")]
    [InlineData("one word changed")]
    [InlineData("footer added")]
    public void A_lightly_edited_copy_is_a_near_duplicate(string edit)
    {
        var copy = edit switch
        {
            "identical" => Story,
            "re-spaced and re-cased" => Story.Replace(" ", "  \n", StringComparison.Ordinal).ToUpperInvariant(),
            "new headline" => "Fishing talks resume in Kessen\n\n" + Story,
            "one word changed" => Story.Replace("next month", "in January", StringComparison.Ordinal),
            _ => Story + "\n\nReporting by the Example Wire desk; editing by the night editor.",
        };
        var detector = new NearDuplicateDetector();
        detector.FindOrAdd("original", Story);

        Assert.Equal("original", detector.FindOrAdd("copy", copy));
        Assert.True(NearDuplicateDetector.Resemblance(Story, copy) >= 0.8);
    }

    [Fact]
    public void An_unrelated_story_is_not_a_near_duplicate()
    {
        var detector = new NearDuplicateDetector();
        detector.FindOrAdd("original", Story);

        Assert.Null(detector.FindOrAdd("other", Unrelated));
        Assert.Equal(2, detector.Count);
        Assert.True(NearDuplicateDetector.Resemblance(Story, Unrelated) < 0.05);
    }

    [Fact]
    public void A_story_with_half_its_text_rewritten_is_not_a_near_duplicate()
    {
        var half = Story[..(Story.Length / 2)] + " " + Unrelated;
        var detector = new NearDuplicateDetector();
        detector.FindOrAdd("original", Story);

        Assert.Null(detector.FindOrAdd("half", half));
    }

    [Fact]
    public void The_closest_earlier_text_is_named()
    {
        var detector = new NearDuplicateDetector(threshold: 0.5);
        detector.FindOrAdd("far", Story[..(Story.Length * 2 / 3)] + " " + Unrelated);
        detector.FindOrAdd("near", Story + " The end.");

        Assert.Equal("near", detector.FindOrAdd("copy", Story));
    }

    [Fact]
    public void Texts_without_words_are_never_near_duplicates()
    {
        var detector = new NearDuplicateDetector();
        detector.FindOrAdd("a", "— … —");

        Assert.Null(detector.FindOrAdd("b", "— … —"));
    }

    [Fact]
    public void Many_different_texts_do_not_match_each_other()
    {
        var detector = new NearDuplicateDetector();
        var random = new Random(17);
        var words = Story.Split(' ');
        for (var i = 0; i < 300; i++)
        {
            var text = string.Join(' ', Enumerable.Range(0, 80).Select(_ => words[random.Next(words.Length)]));
            Assert.Null(detector.FindOrAdd($"t{i}", text));
        }
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-0.1)]
    [InlineData(1.5)]
    public void A_threshold_outside_zero_to_one_is_refused(double threshold)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new NearDuplicateDetector(threshold));
    }
}

using Parley.Coding.Evaluation;
using static Parley.Coding.Tests.Evaluation.Build;

namespace Parley.Coding.Tests.Evaluation;

public class LabelledStoryTests
{
    private static EvaluationFile<LabelledStory> Read(string csv) => LabelledStoryReader.Read(new StringReader(csv), "stories.csv");

    [Fact]
    public void Quoted_fields_keep_their_commas_quotes_and_line_breaks()
    {
        var file = Read("id,title,text,label,mode,source\ns0005,\"A, B\",\"He said \"\"no\"\".\n\nThen left.\",concede,,AP\n");
        var story = Assert.Single(file.Items);
        Assert.Empty(file.Problems);
        Assert.Equal(("s0005", "A, B", "He said \"no\".\n\nThen left.", "CONCEDE", (string?)null, 2), (story.Id, story.Title, story.Text, story.Label, story.Mode, story.Line));
    }

    [Fact]
    public void A_record_is_numbered_by_the_line_it_starts_on()
    {
        var file = Read("id,title,text,label\ns1,t,\"one\ntwo\nthree\",AID\ns2,t,x,ASSAULT\n");
        Assert.Equal([2, 5], file.Items.Select(s => s.Line));
    }

    [Fact]
    public void Records_without_a_label_or_text_are_reported_and_skipped()
    {
        var file = Read("id,title,text,label\ns1,t,,AID\ns2,t,x,\ns3,t,x,AID\n");
        Assert.Equal("s3", Assert.Single(file.Items).Id);
        Assert.Equal(["stories.csv:2: the record has no text", "stories.csv:3: the record has no label"], file.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_header_without_the_needed_columns_is_a_problem()
    {
        var file = Read("id,body\ns1,x\n");
        Assert.Empty(file.Items);
        Assert.Equal("stories.csv:1: the header has no column title, text, label", Assert.Single(file.Problems).ToString());
    }

    [Fact]
    public void An_unclosed_quote_is_reported_at_the_line_where_its_record_starts()
    {
        var file = Read("id,title,text,label\ns1,t,\"never closed,AID\nmore\n");
        Assert.Equal("stories.csv:2: a quoted field is not closed before the end of the file", Assert.Single(file.Problems).ToString());
    }

    [Theory]
    [InlineData("s0000", true)]
    [InlineData("s0005", true)]
    [InlineData("s0006", false)]
    [InlineData("s2999", false)]
    [InlineData("story", false)]
    public void The_dev_split_is_the_ids_that_are_multiples_of_five(string id, bool dev) =>
        Assert.Equal(dev, new LabelledStory(id, 1, "", "x", "AID", null).IsDev);

    [Fact]
    public void A_story_scores_among_when_any_event_has_the_label_and_top_when_the_surest_does()
    {
        var aid = new LabelledStory("s1", 2, "", "x", "AID", null);
        var assault = new LabelledStory("s2", 3, "", "x", "ASSAULT", null);
        var none = new LabelledStory("s3", 4, "", "x", "AID", null);
        var result = StoryEvaluator.Evaluate([
            (aid, [WithPlover(Predicted("070", "USA", "HTI"), "AID", 0.4), WithPlover(Predicted("111", "USA", "HTI"), "ACCUSE", 0.6)]),
            (assault, [WithPlover(Predicted("190", "RUS", "UKR"), "ASSAULT", 0.7)]),
            (none, []),
        ]);
        Assert.Equal((2, 3), (result.Among.Right, result.Among.Total));
        Assert.Equal((1, 3), (result.Top.Right, result.Top.Total));
        Assert.Equal((1, 3), (result.NoEvent.Right, result.NoEvent.Total));
        Assert.Contains(("AID", "ACCUSE", 1), result.Confusions);
        Assert.Contains(("AID", "(no event)", 1), result.Confusions);
    }

    private static EventRecord WithPlover(EventRecord record, string type, double confidence) =>
        record with { Plover = new PloverEvent(type, null, []), Confidence = confidence };
}

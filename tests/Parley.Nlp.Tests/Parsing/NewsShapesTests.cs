namespace Parley.Nlp.Tests.Parsing;

/// <summary>
/// The shapes of news sentences that events come from (news-shapes.tsv, written by the team), run through the shipped
/// tokenizer, sentence splitter, tagger and parser: each must come out as one sentence whose root is its verb, with
/// the expected Penn tag (VBD for a simple past, VBZ/VBP for a headline's present). A simple past read as a
/// participle modifying its subject ("Police detained 12 journalists") costs the event.
/// </summary>
[Trait("Category", "Model")]
public class NewsShapesTests
{
    /// <summary>(verb, tag, sentence) for each line of the list that is not a comment.</summary>
    public static TheoryData<string, string, string> Shapes()
        => ShippedPipeline.Shapes("news-shapes.tsv");

    [Fact]
    public void The_list_has_at_least_sixty_sentences_and_headlines()
    {
        var shapes = Shapes().ToList();

        Assert.True(shapes.Count >= 60, $"{shapes.Count} sentences");
        Assert.Contains(shapes, row => (string)row[1] is "VBZ" or "VBP");
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_verb_of_a_news_sentence_is_the_root_with_its_tag(string verb, string tag, string sentence)
    {
        var doc = ShippedPipeline.Process(sentence);

        Assert.Single(doc.Sentences);
        int root = Enumerable.Range(0, doc.Count).Single(i => doc.Heads[i] < 0);
        string tags = string.Join(' ', Enumerable.Range(0, doc.Count).Select(i => $"{doc[i].Text}/{doc[i].Xpos}"));
        Assert.True(doc[root].Text == verb, $"the root is '{doc[root].Text}', not '{verb}': {tags}");
        Assert.True(doc[root].Xpos == tag, $"'{verb}' is tagged {doc[root].Xpos}, not {tag}: {tags}");
    }
}

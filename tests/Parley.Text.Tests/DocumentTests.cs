using Parley.Text;

namespace Parley.Text.Tests;

public class DocumentTests
{
    private static Document ThreeSentences()
    {
        var doc = new Document("A b. C d. E.");
        int[][] spans = [[0, 1], [2, 3], [3, 4], [5, 6], [7, 8], [8, 9], [10, 11], [11, 12]];
        foreach (var s in spans)
        {
            doc.AddToken(s[0], s[1]);
        }
        doc.StartSentence(0);
        doc.StartSentence(3);
        doc.StartSentence(6);
        return doc;
    }

    [Fact]
    public void Tokens_are_views_of_the_original_text()
    {
        var doc = ThreeSentences();
        Assert.Equal(8, doc.Count);
        Assert.Equal("b", doc[1].Text);
        Assert.Equal(2, doc[1].Start);
        Assert.True(doc[0].SpaceAfter);
        Assert.False(doc[1].SpaceAfter);
    }

    [Fact]
    public void Sentences_are_spans_between_starts()
    {
        var doc = ThreeSentences();
        Assert.Equal(["A b.", "C d.", "E."], doc.Sentences.Select(s => s.Text));
        Assert.Equal(1, doc.SentenceIndexOf(4));
        Assert.Equal(2, doc.SentenceIndexOf(7));
        Assert.True(doc.IsSentenceStart(3));
        Assert.False(doc.IsSentenceStart(4));
    }

    [Fact]
    public void A_document_without_boundaries_is_one_sentence()
    {
        var doc = new Document("x y");
        doc.AddToken(0, 1);
        doc.AddToken(2, 3);
        Assert.Equal("x y", Assert.Single(doc.Sentences).Text);
    }

    [Fact]
    public void Columns_grow_past_their_first_capacity()
    {
        var text = new string('a', 10_000);
        var doc = new Document(text);
        for (int i = 0; i < text.Length; i++)
        {
            int t = doc.AddToken(i, i + 1);
            doc.Upos[t] = doc.Strings.Add("X");
        }
        Assert.Equal(10_000, doc.Count);
        Assert.All(Enumerable.Range(0, doc.Count), i => Assert.Equal("X", doc[i].Upos));
        Assert.Equal(-1, doc[9_999].Head);
    }

    [Theory]
    [InlineData(-1, 1)]
    [InlineData(0, 0)]
    [InlineData(2, 1)]
    [InlineData(0, 99)]
    public void Tokens_outside_the_text_or_empty_are_refused(int start, int end)
    {
        var doc = new Document("abc");
        Assert.Throws<ArgumentOutOfRangeException>(() => doc.AddToken(start, end));
    }

    [Fact]
    public void Overlapping_tokens_are_refused()
    {
        var doc = new Document("abcdef");
        doc.AddToken(0, 3);
        Assert.Throws<ArgumentException>(() => doc.AddToken(2, 4));
    }

    [Fact]
    public void The_string_store_gives_one_id_per_distinct_string()
    {
        var strings = new StringStore();
        int a = strings.Add("NOUN");
        int b = strings.Add("NOUN".AsSpan());
        Assert.Equal(a, b);
        Assert.NotEqual(0, a);
        Assert.Equal(string.Empty, strings[0]);
        Assert.True(strings.TryGetId("NOUN", out int c));
        Assert.Equal(a, c);
        Assert.False(strings.TryGetId("VERB", out _));
    }
}

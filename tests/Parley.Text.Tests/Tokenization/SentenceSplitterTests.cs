using Parley.Text.Tokenization;

namespace Parley.Text.Tests.Tokenization;

public class SentenceSplitterTests
{
    private static readonly Pipeline Pipeline = new(new Tokenizer(), new SentenceSplitter());

    private static string[] Sentences(string text) => [.. Pipeline.Process(text).Sentences.Select(s => s.Text)];

    [Theory]
    [InlineData("U.S. President Donald Trump met Putin.")]
    [InlineData("They met on Jan. 5 in Helsinki.")]
    [InlineData("Mr. Smith and Gen. Jones met Sen. Brown at 9 a.m. on Monday.")]
    [InlineData("“If it so happens that [Trump] is there, then, of course, we cannot rule out ...,” Peskov told reporters.")]
    [InlineData("“If it so happens that [Trump] is there, then, of course, we cannot rule out that the question will be raised,” Peskov told reporters, emphasizing the point.")]
    [InlineData("MOSCOW, June 7 (Reuters) - The Kremlin said on Monday it was open to talks.")]
    [InlineData("(MENAFN) Russia signaled on Monday its openness to a meeting.")]
    [InlineData("The minister said the talks\nwould continue next week.")]
    [InlineData("Prices rose 3.5 percent to $10,000.50 at 9:30 on 2025-07-22.")]
    [InlineData("“Why now?” he asked.")]
    [InlineData("\"Enough!\" she shouted.")]
    [InlineData("See www.kremlin.ru or e-mail press@example.org for details.")]
    public void These_are_one_sentence(string text) => Assert.Equal([text], Sentences(text));

    [Theory]
    [InlineData("They met in the U.S. The next day they left.", "They met in the U.S.", "The next day they left.")]
    [InlineData("Talks ended. Both sides left.", "Talks ended.", "Both sides left.")]
    [InlineData("Is it true? Yes! It is.", "Is it true?", "Yes!", "It is.")]
    [InlineData("“We will meet.” Then he left.", "“We will meet.”", "Then he left.")]
    [InlineData("He said \"no.\" Then he left.", "He said \"no.\"", "Then he left.")]
    [InlineData("(See the report.) Talks resume today.", "(See the report.)", "Talks resume today.")]
    [InlineData("Kremlin Signals Meeting Between Trump, Putin\n(MENAFN) Russia signaled openness.", "Kremlin Signals Meeting Between Trump, Putin", "(MENAFN) Russia signaled openness.")]
    [InlineData("First paragraph without a period\n\nsecond paragraph", "First paragraph without a period", "second paragraph")]
    [InlineData("- first item\n- second item", "- first item", "- second item")]
    [InlineData("It was made in 1990. 2025 is different.", "It was made in 1990.", "2025 is different.")]
    [InlineData("Путин приедет. Си тоже.", "Путин приедет.", "Си тоже.")]
    [InlineData("他来了。她也来了。", "他来了。", "她也来了。")]
    [InlineData("the eggs will be infertile. if you do have a male", "the eggs will be infertile.", "if you do have a male")]
    public void These_split_into_sentences(string text, params string[] expected) => Assert.Equal(expected, Sentences(text));

    [Fact]
    public void The_first_token_always_starts_a_sentence()
    {
        var doc = Pipeline.Process("no capital letter here");
        Assert.Equal([0], doc.SentenceStarts);
    }

    [Fact]
    public void An_empty_document_has_no_sentences()
    {
        var doc = Pipeline.Process("   ");
        Assert.Empty(doc.Sentences);
        Assert.True(doc.Has(Annotations.Sentences));
    }

    [Fact]
    public void Splitting_again_replaces_the_old_boundaries()
    {
        var doc = Pipeline.Process("One. Two. Three.");
        var splitter = new SentenceSplitter();
        splitter.Process(doc);
        Assert.Equal([0, 2, 4], doc.SentenceStarts);
    }

    [Fact]
    public void The_splitter_needs_tokens_first()
    {
        Assert.Throws<PipelineException>(() => new Pipeline(new SentenceSplitter(), new Tokenizer()));
    }
}

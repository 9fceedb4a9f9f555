using Parley.Nlp.Tagging;

namespace Parley.Nlp.Tests.Tagging;

public class CaseLexiconTests
{
    private static readonly CaseLexicon Lexicon = CaseLexicon.Learn(
    [
        ["Police", "detained", "journalists", "in", "Minsk", "."],
        ["The", "Kremlin", "expelled", "two", "journalists", "from", "Minsk", "."],
        ["Officials", "said", "the", "Kremlin", "was", "meeting", "."],
        ["A", "meeting", "in", "the", "Kremlin", "signals", "a", "thaw", "."],
        ["Russia", "Expels", "Two", "Journalists"],
    ], minCount: 1);

    [Theory]
    [InlineData("Journalists", "journalists")]
    [InlineData("Meeting", "meeting")]
    [InlineData("Kremlin", "Kremlin")]
    [InlineData("Minsk", "Minsk")]
    [InlineData("Unheardof", "Unheardof")]
    [InlineData("McCain", "McCain")]
    [InlineData("MEETING", "meeting")]
    [InlineData("in", "in")]
    public void A_headline_word_is_read_lower_case_only_when_it_is_usually_written_so(string form, string expected)
        => Assert.Equal(expected, Lexicon.HeadlineForm(form, new char[form.Length]).ToString());

    [Theory]
    [InlineData("Detains")]
    [InlineData("Expels")]
    [InlineData("Signals")]
    public void A_present_tense_form_of_a_known_verb_counts_as_usually_lower_case(string form)
        => Assert.True(Lexicon.IsUsuallyLower(form));

    [Fact]
    public void Sentences_that_are_themselves_headlines_and_first_words_teach_nothing()
    {
        var withHeadline = CaseLexicon.Learn([["Officials", "met", "envoys", "."], ["Russia", "Expels", "Envoys", "From", "Moscow"]], minCount: 1);

        // Only "met" and "envoys" are learned: "Officials" is first in its sentence, the headline is left out.
        Assert.Equal(2, withHeadline.Count);
        Assert.False(withHeadline.IsUsuallyLower("Officials"));
    }

    [Fact]
    public void A_lexicon_written_and_read_back_reads_headlines_the_same()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            Lexicon.Write(writer);
        }
        stream.Position = 0;
        var read = CaseLexicon.Read(new BinaryReader(stream));

        Assert.Equal(Lexicon.Count, read.Count);
        Assert.Equal("journalists", read.HeadlineForm("Journalists", new char[11]).ToString());
        Assert.Equal("Kremlin", read.HeadlineForm("Kremlin", new char[7]).ToString());
    }

    [Fact]
    public void The_empty_lexicon_rewrites_nothing()
        => Assert.Equal("Meeting", CaseLexicon.Empty.HeadlineForm("Meeting", new char[7]).ToString());
}

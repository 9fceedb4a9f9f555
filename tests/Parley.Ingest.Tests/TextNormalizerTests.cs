using System.Text;

namespace Parley.Ingest.Tests;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("\uFEFFStory", "Story")]
    [InlineData("one\r\ntwo\rthree\nfour", "one\ntwo\nthree\nfour")]
    [InlineData("a\u2028b\u2029c\u0085d\ve\ff", "a\nb\nc\nd\ne\nf")]
    [InlineData("tab\tkept", "tab\tkept")]
    [InlineData("nul\0gone", "nulgone")]
    [InlineData("bell\u0007 escape\u001B delete\u007F c1\u0090", "bell escape delete c1")]
    [InlineData("zero\uFEFFwidth", "zerowidth")]
    [InlineData("pair \uD83D\uDE00 kept", "pair \uD83D\uDE00 kept")]
    [InlineData("plain ASCII stays", "plain ASCII stays")]
    public void Normalize_cleans_line_breaks_and_control_characters(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(input));
    }

    [Theory]
    [InlineData("one\r\ntwo\0")]
    [InlineData("\uFEFFa\u2028b")]
    [InlineData("Caf\u0065\u0301")]
    public void Normalize_is_idempotent(string input)
    {
        var once = TextNormalizer.Normalize(input);

        Assert.Equal(once, TextNormalizer.Normalize(once));
    }

    [Fact]
    public void Normalize_returns_the_same_string_when_nothing_changes()
    {
        var text = "Nothing to do here.\nReally.";

        Assert.Same(text, TextNormalizer.Normalize(text));
    }

    [Fact]
    public void Normalize_replaces_an_unpaired_surrogate()
    {
        // Built here: a lone surrogate does not survive the test runner's serialisation of theory data.
        var input = "lone " + (char)0xD800 + " surrogate";

        Assert.Equal("lone \uFFFD surrogate", TextNormalizer.Normalize(input));
    }

    [Fact]
    public void Normalize_composes_characters_to_nfc()
    {
        Assert.Equal("Caf\u00E9", TextNormalizer.Normalize("Caf\u0065\u0301"));
    }

    [Theory]
    [InlineData("  Kremlin   signals\tmeeting \n in  Beijing  ", "Kremlin signals meeting in Beijing")]
    [InlineData("\u00A0non-breaking\u00A0space", "non-breaking space")]
    [InlineData("", "")]
    [InlineData(" \n\t ", "")]
    public void CollapseWhitespace_puts_text_on_one_line(string input, string expected)
    {
        Assert.Equal(expected, TextNormalizer.CollapseWhitespace(input));
    }

    [Fact]
    public void Offsets_into_the_article_text_stay_valid_because_text_is_normalised_once_when_read()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("crlf.txt", Encoding.UTF8.GetBytes("\uFEFFdate 2025-07-22 1\r\nTitle here\r\nRussia said\u0007 on Monday.\r\n"));

        var article = Assert.Single(Reading.ReadAll(path).Articles());

        Assert.Equal("Title here\n\nRussia said on Monday.", article.Text);
        Assert.Equal(article.Text, TextNormalizer.Normalize(article.Text));
        Assert.Equal("Russia", article.Text.Substring(article.Text.IndexOf("Russia", StringComparison.Ordinal), 6));
    }

    [Fact]
    public void The_same_story_saved_as_nfc_and_as_nfd_is_read_as_one_text_with_one_id()
    {
        using var temp = new TempDirectory();
        const string story = "date 2025-07-22\nPresident Macron meets Erdoğan\nFrançois Bayrou and Recep Tayyip Erdoğan met in Ankara on Monday.\n";
        var nfc = temp.Write("nfc.txt", Encoding.UTF8.GetBytes(story.Normalize(NormalizationForm.FormC)));
        var nfd = temp.Write("nfd.txt", Encoding.UTF8.GetBytes(story.Normalize(NormalizationForm.FormD)));
        Assert.NotEqual(File.ReadAllBytes(nfc), File.ReadAllBytes(nfd));

        var fromNfc = Assert.Single(Reading.ReadAll(nfc).Articles());
        var fromNfd = Assert.Single(Reading.ReadAll(nfd).Articles());

        Assert.Equal(fromNfc.Text, fromNfd.Text);
        Assert.True(fromNfd.Text.IsNormalized(NormalizationForm.FormC));
        Assert.Equal(fromNfc.Id, fromNfd.Id);
        // Offsets refer to the normalised text: "Erdoğan" is one character shorter than its decomposed form.
        Assert.Equal("Erdoğan", fromNfd.Text.Substring(fromNfd.Text.IndexOf("Erdo", StringComparison.Ordinal), 7));
    }
}

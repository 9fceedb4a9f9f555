using Parley.Knowledge.Petrarch;

namespace Parley.Knowledge.Tests.Petrarch;

public class PetrarchDiscardAndIssueReaderTests
{
    private const string Discards = """
        # Story-level discards are indicated with a '+'.
        MONTHS LATER
        +World Golf Championships   # pas 26-Feb-2014
        AFRICAN NATIONS CUP   # ab 13 Jun 2005
        BASEBALL
        +TYPHOON   # ELH 04 Aug 2009
        OPEN_
        """;

    [Theory]
    [InlineData("Arnor restored baseball competition with Gondor.", "BASEBALL", false)]
    [InlineData("Arnor restored BASEBALLS to Gondor.", "BASEBALL", false)]
    [InlineData("A typhoon trashed its embassy.", "TYPHOON", true)]
    [InlineData("Baseball and the World Golf Championships came to Gondor.", "WORLD GOLF CHAMPIONSHIPS", true)]
    [InlineData("Arnor opened talks.", null, false)]
    [InlineData("The open letter.", "OPEN", false)]
    [InlineData("A superbaseball.", null, false)]
    public void Discards_match_a_blank_then_the_phrase_case_ignored_stems_unless_they_end_in_an_underscore(string text, string? found, bool story)
    {
        using var file = new PetrarchFile(Discards);
        var list = PetrarchDiscardReader.Read(file.Path_);
        Assert.Equal(6, list.Entries.Count);
        var entry = list.Find(text);
        Assert.Equal(found, entry?.Text);
        if (entry is not null)
        {
            Assert.Equal(story, entry.WholeStory);
        }
    }

    [Theory]
    [InlineData("+\n", 1, "discard has no phrase")]
    [InlineData("BASEBALL [###]\n", 1, "discard 'BASEBALL [###]' has a code in brackets: discards take none")]
    [InlineData("BASEBALL\nbaseball\n", 2, "discard 'BASEBALL' is listed twice (first on line 1)")]
    public void Every_discard_mistake_is_reported_with_its_file_and_line(string text, int line, string message)
    {
        using var file = new PetrarchFile(text);
        var e = Assert.Throws<DictionaryException>(() => PetrarchDiscardReader.Read(file.Path_));
        Assert.Contains(e.Problems, p => p.Line == line && p.Message == message);
    }

    [Fact]
    public void Issues_expand_nouns_verbs_and_joined_prefixes()
    {
        using var file = new PetrarchFile("""
            <ISSUE CATEGORY="ID_ATROCITY">
            n:atrocity [ID_ATROCITY]
            ethnic v:purge [ID_ATROCITY]
            pre+n:school [EARLY_EDUCATION]
            ~Saturday Night massacre
            </ISSUE>
            head start [EARLY_EDUCATION]
            """);
        var issues = PetrarchIssueReader.Read(file.Path_);
        Assert.Equal(["atrocity", "atrocities"], issues.Issues[0].Phrases);
        Assert.Equal("ID_ATROCITY", issues.Issues[0].Category);
        Assert.Equal(["ethnic purge", "ethnic purges", "ethnic purged", "ethnic purging"], issues.Issues[1].Phrases);
        Assert.Equal(["pre school", "pre-school", "pre schools", "pre-schools"], issues.Issues[2].Phrases);
        Assert.Equal(["saturday night massacre"], issues.Ignored);
        Assert.Null(issues.Issues[3].Category);
    }

    [Theory]
    [InlineData("atrocity\n", 1, "issue has no code in brackets ('phrase [CODE]')")]
    [InlineData("atrocity [A B]\n", 1, "issue code '[A B]' is empty or has a blank in it")]
    [InlineData("[ATROCITY]\n", 1, "issue has a code but no phrase")]
    [InlineData("<ISSUE TYPE=\"ALL\">\n", 1, "<ISSUE> has no CATEGORY=\"…\"")]
    public void Every_issue_mistake_is_reported_with_its_file_and_line(string text, int line, string message)
    {
        using var file = new PetrarchFile(text);
        var e = Assert.Throws<DictionaryException>(() => PetrarchIssueReader.Read(file.Path_));
        Assert.Contains(e.Problems, p => p.Line == line && p.Message == message);
    }
}

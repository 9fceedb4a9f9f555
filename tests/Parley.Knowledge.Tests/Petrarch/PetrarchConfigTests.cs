using Parley.Knowledge.Petrarch;

namespace Parley.Knowledge.Tests.Petrarch;

public class PetrarchConfigTests
{
    [Fact]
    public void The_dictionaries_section_names_the_files_beside_the_ini_or_in_its_dictionaries_folder()
    {
        using var file = new PetrarchFile("""
            [Dictionaries]
            # comment
            verbfile_name    = CAMEO.txt
            actorfile_list   = A.actors.txt, B.actors.txt
            agentfile_name   = agents.txt
            discardfile_name = discards.txt

            [Options]
            textfile_list = data/text/GigaWord.sample.PETR.xml
            """, "PETR_config.ini");
        file.Add("dictionaries/CAMEO.txt", "");
        file.Add("A.actors.txt", "");
        file.Add("dictionaries/B.actors.txt", "");
        file.Add("agents.txt", "");
        file.Add("discards.txt", "");
        var config = PetrarchConfig.Locate(file.Dir);
        Assert.Equal(Path.Combine(file.Dir, "dictionaries", "CAMEO.txt"), config.VerbFile);
        Assert.Equal([Path.Combine(file.Dir, "A.actors.txt"), Path.Combine(file.Dir, "dictionaries", "B.actors.txt")], config.ActorFiles);
        Assert.Equal(Path.Combine(file.Dir, "agents.txt"), config.AgentFile);
        Assert.Null(config.IssueFile);
    }

    [Fact]
    public void Without_an_ini_the_files_are_found_by_name()
    {
        using var file = new PetrarchFile("", "PETR.Validate.verbs.txt");
        file.Add("PETR.Validate.actors.txt", "");
        file.Add("PETR.Validate.agents.txt", "");
        file.Add("PETR.Validate.discards.txt", "");
        var config = PetrarchConfig.Locate(file.Dir);
        Assert.EndsWith("PETR.Validate.verbs.txt", config.VerbFile, StringComparison.Ordinal);
        Assert.EndsWith("PETR.Validate.actors.txt", Assert.Single(config.ActorFiles), StringComparison.Ordinal);
        Assert.EndsWith("PETR.Validate.agents.txt", config.AgentFile, StringComparison.Ordinal);
        Assert.EndsWith("PETR.Validate.discards.txt", config.DiscardFile, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[Options]\nx = 1\n", 0, "no [Dictionaries] section")]
    [InlineData("[Dictionaries]\nverbfile_name = v.txt\nactorfile_list = a.txt\nverbs = v.txt\n", 4,
        "unknown key 'verbs' in [Dictionaries] (this section takes verbfile_name, actorfile_list, agentfile_name, discardfile_name, issuefile_name)")]
    [InlineData("[Dictionaries]\nverbfile_name = v.txt\nactorfile_list = a.txt\nverbfile_name = v.txt\n", 4, "'verbfile_name' is given twice (first on line 2)")]
    [InlineData("[Dictionaries]\nverbfile_name = missing.txt\nactorfile_list = a.txt\n", 2, "verbfile_name: file 'missing.txt' not found beside the ini file or in its dictionaries/ folder")]
    [InlineData("[Dictionaries]\nverbfile_name = v.txt\nactorfile_list = a.txt, b.txt\n", 3, "actorfile_list: file 'b.txt' not found beside the ini file or in its dictionaries/ folder")]
    [InlineData("[Dictionaries]\nactorfile_list = a.txt\n", 0, "[Dictionaries] names no verbfile_name")]
    [InlineData("[Dictionaries]\nverbfile_name = v.txt\n", 0, "[Dictionaries] names no actorfile_list")]
    [InlineData("[Dictionaries]\nverbfile_name v.txt\nactorfile_list = a.txt\n", 2, "'verbfile_name v.txt' is not 'key = value'")]
    public void Every_ini_mistake_is_reported_with_its_file_and_line(string text, int line, string message)
    {
        using var file = new PetrarchFile(text, "PETR_config.ini");
        file.Add("v.txt", "");
        file.Add("a.txt", "");
        var e = Assert.Throws<DictionaryException>(() => PetrarchConfig.Read(file.Path_));
        Assert.Contains(e.Problems, p => p.Line == line && p.Message == message);
    }

    [Fact]
    public void A_folder_without_dictionaries_is_reported()
    {
        using var file = new PetrarchFile("", "readme.md");
        var e = Assert.Throws<DictionaryException>(() => PetrarchConfig.Locate(file.Dir));
        Assert.Equal(2, e.Problems.Count);
    }
}

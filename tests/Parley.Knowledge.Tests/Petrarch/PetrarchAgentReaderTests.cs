using Parley.Knowledge.Petrarch;

namespace Parley.Knowledge.Tests.Petrarch;

public class PetrarchAgentReaderTests
{
    private const string Sample = """
        !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON
        !MINST! = MINISTER, MINISTERS, MINISTRY, MINISTRIES

        PARLIAMENTARY_OPPOSITION {} [~OPP] #jap 11 Oct 2002
        AUTHORITY  [~GOV]
        ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV] # mj 05 Jan 2006
        CONGRESS!PERSON! [~LEG]
        !MINST!_OF_SILLY_WALKS [~GOV]
        HUMAN_RIGHTS_BODY  [NGO~] # BNL 07 Dec 2001
        POLICE {} [ ~COP] # JON 2/8/95
        CONGRESS [~LEG]
        """;

    [Fact]
    public void Agents_get_their_plurals_substitutions_and_code_placement()
    {
        using var file = new PetrarchFile(Sample);
        var dictionary = PetrarchAgentReader.Read(file.Path_);
        var agents = dictionary.Agents;
        Assert.Equal(["PARLIAMENTARY OPPOSITION"], agents[0].Forms.Select(f => f.Text));
        Assert.Equal(["AUTHORITY", "AUTHORITIES"], agents[1].Forms.Select(f => f.Text));
        Assert.Equal(["ATTORNEY GENERAL", "ATTORNEYS GENERAL"], agents[2].Forms.Select(f => f.Text));
        Assert.Equal(["CONGRESSMAN", "CONGRESSMEN", "CONGRESSWOMAN", "CONGRESSWOMEN", "CONGRESSPERSON"], agents.Where(a => a.Line == 7).Select(a => a.Phrase.Text));
        Assert.All(agents.Where(a => a.Line == 7), a => Assert.Single(a.Forms));
        Assert.Equal(4, agents.Count(a => a.Phrase.Text.EndsWith("OF SILLY WALKS", StringComparison.Ordinal)));
        var body = agents.Single(a => a.Phrase.Text == "HUMAN RIGHTS BODY");
        Assert.Equal(PetrarchAgentPlacement.BeforeActor, body.Placement);
        Assert.Equal("NGOARN", body.Apply("ARN"));
        var police = agents.Single(a => a.Phrase.Text == "POLICE");
        Assert.Equal("COP", police.Code);
        Assert.Equal("GONCOP", police.Apply("GON"));
        Assert.Equal(["CONGRESS", "CONGRESSES"], agents[^1].Forms.Select(f => f.Text));
        Assert.Equal(5, dictionary.Substitutions["!PERSON!"].Count);
    }

    [Theory]
    [InlineData("POLICE\n", 1, "agent has no code in brackets ('phrase [~CODE]')")]
    [InlineData("POLICE [COP]\n", 1, "agent code '[COP]' needs one '~' before it ([~GOV], added after the actor's code) or after it ([NGO~], added before)")]
    [InlineData("POLICE [~CO~P]\n", 1, "agent code '[~CO~P]' needs one '~' before it ([~GOV], added after the actor's code) or after it ([NGO~], added before)")]
    [InlineData("POLICE [~CO.P]\n", 1, "agent code 'CO.P' has characters other than letters and digits")]
    [InlineData("POLICE [~COP] X\n", 1, "unexpected 'X' after the agent's code")]
    [InlineData("POLICE {POLICES [~COP]\n", 1, "plural has '{' without '}'")]
    [InlineData("POLICE {POLICES} X [~COP]\n", 1, "unexpected 'X' between the plural and the code")]
    [InlineData("[~COP]\n", 1, "agent has a code but no phrase")]
    [InlineData("CONGRESS!PERSON [~LEG]\n", 1, "'CONGRESS!PERSON' has an unclosed substitution marker")]
    [InlineData("CONGRESS!PERSON! [~LEG]\n", 1, "substitution marker !PERSON! is not defined before this line")]
    [InlineData("!P! = MAN\n!P!_OF_!P! [~LEG]\n", 2, "'!P!_OF_!P!' has more than one substitution marker")]
    [InlineData("!P! = MAN\n!P! = WOMAN\n", 2, "substitution marker !P! is defined twice")]
    [InlineData("!P = MAN\n", 1, "substitution marker '!P' is not of the form '!NAME!'")]
    [InlineData("!P! = \n", 1, "substitution marker !P! lists nothing after '='")]
    [InlineData("POLICE;STATION [~COP]\n", 1, "agent phrase 'POLICE;STATION' has ';' in it")]
    [InlineData("_ [~COP]\n", 1, "agent phrase '_' has no word, only '_'")]
    [InlineData("POLICE {_} [~COP]\n", 1, "plural '_' has no word, only '_'")]
    [InlineData("!P! = _\n!P! [~LEG]\n", 2, "agent phrase '_' has no word, only '_'")]
    public void Every_mistake_is_reported_with_its_file_and_line(string text, int line, string message)
    {
        using var file = new PetrarchFile(text);
        var e = Assert.Throws<DictionaryException>(() => PetrarchAgentReader.Read(file.Path_));
        Assert.Contains(e.Problems, p => p.Line == line && p.Message == message);
    }
}

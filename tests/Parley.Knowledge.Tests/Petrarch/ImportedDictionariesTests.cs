using Parley.Knowledge.Actors;
using Parley.Knowledge.Petrarch;

namespace Parley.Knowledge.Tests.Petrarch;

public class ImportedDictionariesTests
{
    private const string Actors = """
        RUSSIA_ [RUS]
        +RUSSIANS_
        +MOSCOW_CITY_
        ANDREI_KOZYREV_
        +KOZYREV_
        	[RUSELI 700101-901010]
        	[RUSGOV 901011-960109]
        	[RUSELI]
        YEVGENY_PRIMAKOV_
        +FOREIGN_MINISTER_PRIMAKOV_
        	[RUSGOV 960110-980910]
        	[RUSGOV 980911-990512]
        ANATOLY_ADAMISHIN_ # ended in 2012, no default after it
        	[RUSGOV 20080101-20121231]
        DONALD_TRUMP_
        +TRUMP_
        	[USABUS]
        WHO_ [IGOUNOWHO]
        GAZPROM_ [MNCRUSENR]
        BAD_CODES_ [US/RU]
        AMERICAN_CIVIL_LIBERTIES_UNION_ [NGOUSAHRI]
        AFRICAN_CITIZENS_DEVELOPMENT_FOUNDATION_ [NGOAFRDEV]
        """;

    private const string Sectors = """
        sectors:
          - {code: GOV, name: Government, agents: [spokesman]}
          - {code: MIL, name: Military, agents: [troops]}
          - {code: ELI, name: Elites}
          - {code: REB, name: Rebels}
          - {code: AGR, name: Agriculture}
          - {code: COP, name: Police}
          - {code: REL, name: Religion}
          - {code: MED, name: Media}
          - {code: BUS, name: Business}
          - {code: IGO, name: Intergovernmental organisation, international: true}
          - {code: MNC, name: Company, international: true}
          - {code: NGO, name: Non-governmental organisation, international: true}
          - {code: HRI, name: Human rights}
          - {code: DEV, name: Development}
        """;

    private const string Agents = """
        !PERSON! = MAN, MEN
        FISHER!PERSON! [~AGR]
        WARPLANE [~MIL]
        CYBER_POLICE [~COP]
        IMAM [~MUS]
        VOLCANO [~JNK]
        SPOKESMAN [~MED]
        """;

    private static KnowledgeBase Import(TemporaryDictionaries dictionaries, out ImportSummary actors, out ImportSummary agents)
    {
        using var source = new PetrarchFile(Actors, "Test.actors.txt");
        string agentsPath = source.Add("Test.agents.txt", Agents);
        var countries = CountryCatalog.Load(dictionaries.PathOf("countries.yaml"), AgentCatalog.Load(dictionaries.PathOf("sectors.yaml")));
        using (var writer = new StreamWriter(dictionaries.PathOf(ImportedActorsFile.FileName)))
        {
            actors = ImportedActorsFile.Write([(PetrarchActorReader.Read(source.Path_, lenient: true), "sha")], c => countries.Get(c) is not null, writer);
        }
        using (var writer = new StreamWriter(dictionaries.PathOf(ImportedAgentsFile.FileName)))
        {
            agents = ImportedAgentsFile.Write([(PetrarchAgentReader.Read(agentsPath, lenient: true), "sha")], c => c is "GOV" or "MIL" or "AGR" or "COP" or "REL" or "MED", writer);
        }
        return KnowledgeBase.Load(dictionaries.Folder);
    }

    private static string? CodeOn(KnowledgeBase knowledge, string name, string date) =>
        knowledge.Actors.FindOn(name, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)).FirstOrDefault()?.Role?.Code;

    [Theory]
    [InlineData("Andrei Kozyrev", "1995-06-01", "RUSGOV")]
    [InlineData("Kozyrev", "1989-06-01", "RUSELI")]
    [InlineData("Kozyrev", "2003-06-01", "RUSELI")]
    [InlineData("Foreign Minister Primakov", "1997-06-01", "RUSGOV")]
    [InlineData("Yevgeny Primakov", "1999-05-12", "RUSGOV")]
    [InlineData("Yevgeny Primakov", "1999-05-13", null)]
    [InlineData("Anatoly Adamishin", "2012-12-31", "RUSGOV")]
    [InlineData("Anatoly Adamishin", "2025-07-22", null)]
    public void Imported_roles_keep_their_date_restrictions(string name, string date, string? code)
    {
        using var dictionaries = new TemporaryDictionaries("sectors.yaml", Sectors);
        var knowledge = Import(dictionaries, out _, out _);
        Assert.Equal(code, CodeOn(knowledge, name, date));
    }

    [Fact]
    public void A_team_entry_wins_over_an_imported_one_with_the_same_name()
    {
        using var dictionaries = new TemporaryDictionaries("sectors.yaml", Sectors);
        var knowledge = Import(dictionaries, out _, out _);
        var trump = Assert.Single(knowledge.Actors.Find("Donald Trump"));
        Assert.False(trump.IsImported);
        Assert.Equal("USAGOV", CodeOn(knowledge, "Donald Trump", "2025-07-22"));
        Assert.DoesNotContain(knowledge.Actors.Find("Trump"), a => a.IsImported);
    }

    [Fact]
    public void Imported_country_names_join_the_country_except_plurals_of_its_adjective()
    {
        using var dictionaries = new TemporaryDictionaries("sectors.yaml", Sectors);
        var knowledge = Import(dictionaries, out _, out _);
        Assert.Equal("RUS", Assert.Single(knowledge.Actors.Find("Moscow City")).Id);
        Assert.Empty(knowledge.Actors.Find("Russians"));
    }

    [Fact]
    public void One_word_imported_names_count_only_capitalised_and_companies_are_their_home_country_s_business()
    {
        using var dictionaries = new TemporaryDictionaries("sectors.yaml", Sectors);
        var knowledge = Import(dictionaries, out _, out _);
        Assert.Equal("IGOUNOWHO", Assert.Single(knowledge.Actors.Find("WHO")).Roles[0].Code);
        Assert.Empty(knowledge.Actors.Find(["who"], 0, 1));
        var gazprom = Assert.Single(knowledge.Actors.Find("Gazprom")).Roles[0];
        Assert.Equal("RUS", gazprom.Country);
        Assert.Equal(["MNC", "BUS"], gazprom.Sectors);
    }

    [Fact]
    public void Codes_that_name_several_actors_are_left_out_and_listed()
    {
        using var dictionaries = new TemporaryDictionaries("sectors.yaml", Sectors);
        Import(dictionaries, out var actors, out _);
        Assert.Contains(actors.Refused, r => r.StartsWith("Test.actors.txt:20: code 'US/RU'", StringComparison.Ordinal));
        Assert.Equal(9, actors.Entries);
    }

    [Fact]
    public void A_non_governmental_body_with_a_home_country_is_of_that_country_and_one_of_a_region_of_none()
    {
        using var dictionaries = new TemporaryDictionaries("sectors.yaml", Sectors);
        var knowledge = Import(dictionaries, out _, out _);
        var aclu = Assert.Single(knowledge.Actors.Find("American Civil Liberties Union")).Roles[0];
        Assert.Equal(("NGOUSAHRI", "USA"), (aclu.Code, aclu.Country));
        Assert.Equal(["NGO", "HRI"], aclu.Sectors);
        var regional = Assert.Single(knowledge.Actors.Find("African Citizens Development Foundation")).Roles[0];
        Assert.Equal(("NGOAFRDEV", null), (regional.Code, regional.Country));
    }

    [Theory]
    [InlineData("warplanes", "MIL")]
    [InlineData("fishermen", "AGR")]
    [InlineData("cyber police", "COP")]
    [InlineData("imams", "REL")]
    [InlineData("spokesman", "GOV")]
    public void Imported_agent_nouns_give_their_sectors_in_every_form_behind_the_teams(string text, string sector)
    {
        using var dictionaries = new TemporaryDictionaries("sectors.yaml", Sectors);
        var knowledge = Import(dictionaries, out _, out _);
        var agent = Assert.Single(knowledge.Agents.Find(text));
        Assert.Equal([sector], agent.Sectors);
        Assert.Equal(sector != "GOV", agent.IsImported);
    }

    [Fact]
    public void Agent_codes_that_name_no_actor_are_left_out()
    {
        using var dictionaries = new TemporaryDictionaries("sectors.yaml", Sectors);
        var knowledge = Import(dictionaries, out _, out var agents);
        Assert.Empty(knowledge.Agents.Find("volcano"));
        Assert.Contains(agents.Refused, r => r.Contains("'VOLCANO' [JNK]: the code names no actor sector", StringComparison.Ordinal));
    }

    [Fact]
    public void A_wrong_line_of_a_compiled_file_is_reported_with_file_and_line()
    {
        using var dictionaries = new TemporaryDictionaries(ImportedActorsFile.FileName, "# header\nperson\tAndrei Kozyrev\tRUSGOV 1996-01-10..1990-10-11\tx:1\nbody\tonly three fields\n"
            + "person\tYevgeny Primakov\tRUSGOV 1996-02-30..\tx:2\nbody\tNobody\t ; \tx:3\nbody\tBad Code\tRUSGOV ; rusgov\tx:4\nperson\tNo Dates\tRUSGOV 1996-01-10\tx:5\n");
        var e = Assert.Throws<DictionaryException>(() => KnowledgeBase.Load(dictionaries.Folder));
        Assert.Contains(e.Problems, p => p.Line == 2 && p.Message.Contains("ends before it starts", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Line == 3 && p.Message.Contains("expected 4 tab-separated fields", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Line == 4 && p.Message == "'1996-02-30' is not a date (YYYY-MM-DD)");
        Assert.Contains(e.Problems, p => p.Line == 5 && p.Message == "no role");
        Assert.Contains(e.Problems, p => p.Line == 6 && p.Message == "role code 'rusgov' must be capital letters in groups of three");
        Assert.Contains(e.Problems, p => p.Line == 7 && p.Message == "role 'RUSGOV 1996-01-10' must give its dates as FROM..TO");
    }

    [Fact]
    public void The_shipped_imported_actors_code_a_2003_story_with_its_own_office_holder()
    {
        var knowledge = ShippedDictionaries.Knowledge;
        Assert.NotEmpty(knowledge.Actors.Imported);
        Assert.Equal("FRAGOV", CodeOn(knowledge, "Jacques Chirac", "2003-02-01"));
        Assert.Equal("USAGOV", CodeOn(knowledge, "Colin Powell", "2003-02-05"));
        Assert.NotEqual("USAGOV", CodeOn(knowledge, "Colin Powell", "2012-01-01"));
    }

    [Theory]
    [InlineData("Abdel Fattah el-Sisi", "2013-07-03", "EGYGOVMIL", true)] // defence minister: only the imported entry knows
    [InlineData("Abdel Fattah el-Sisi", "2020-01-01", "EGYGOV", false)]   // president: the team's entry
    [InlineData("Michel Temer", "2012-06-01", "BRAGOV", true)]            // vice president before the team's presidency
    [InlineData("Michel Temer", "2017-06-01", "BRAGOV", false)]
    public void A_team_entry_keeps_the_imported_roles_of_the_same_person_for_other_years(string name, string date, string code, bool imported)
    {
        var candidate = Assert.Single(ShippedDictionaries.Knowledge.Actors.FindOn(name, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.False(candidate.Actor.IsImported);
        Assert.Equal(code, candidate.Role?.Code);
        Assert.Equal(imported, candidate.Role?.ImportedFrom is not null);
    }
}

namespace Parley.Knowledge.Tests;

public class DictionaryValidationTests
{
    [Fact]
    public void The_minimal_test_dictionaries_load()
    {
        using var dir = new TemporaryDictionaries();
        var kb = KnowledgeBase.Load(dir.Folder);
        Assert.Equal("USAELI", kb.Actors.FindOn("Donald Trump", new DateOnly(2022, 6, 1))[0].Role!.Code);
    }

    [Theory]
    [InlineData("people.yaml", "people:\n  - name: Someone\n    roles:\n      - {code: XYZGOV, from: 2020-01-01}\n", 4,
        "actor code 'XYZGOV' starts with 'XYZ', which is neither a country in countries.yaml nor a known organisation code")]
    [InlineData("people.yaml", "people:\n  - name: Someone\n    roles:\n      - {code: USAGOV, from: 2020-13-01}\n", 4,
        "'from' must be a date written yyyy-mm-dd, not '2020-13-01'")]
    [InlineData("people.yaml", "people:\n  - name: Someone\n    roles:\n      - {code: USAGOV, from: 2021-01-20, to: 2017-01-20}\n", 4,
        "role USAGOV ends (2017-01-20) before it starts (2021-01-20); 'to' is the first day after the role")]
    [InlineData("people.yaml", "people:\n  - name: Someone\n    roles:\n      - {code: USAXXX}\n", 4,
        "actor code 'USAXXX' has 'XXX', which is not a sector in sectors.yaml")]
    [InlineData("people.yaml", "people:\n  - {name: A B, roles: [{code: USAGOV}]}\n  - {name: A B, roles: [{code: RUSGOV}]}\n", 3,
        "person 'A B' is listed twice (first on line 2); give all roles in one entry")]
    [InlineData("people.yaml", "people:\n  - name: Someone\n    roles:\n      - {code: USAGOV, form: 2020-01-01}\n", 4,
        "unknown field 'form' (this entry takes code, title, from, to, office, source)")]
    [InlineData("people.yaml", "people:\n  - name: Someone\n    roles:\n      - {code: USAGOV, office: president}\n", 4,
        "office 'president' is not one of: head of state, head of government, foreign minister, defence minister, interior minister, head")]
    [InlineData("leaders.yaml", "people:\n  - {name: Donald Trump, roles: [{code: USAGOV}]}\n", 2,
        "person 'Donald Trump' is listed twice (first on people.yaml:2); give all roles in one entry")]
    [InlineData("people.yaml", "people:\n  - name: Someone\n", 2,
        "'roles' is missing: list at least one {code, from, to}")]
    [InlineData("organizations.yaml", "organizations:\n  - {name: Group, country: ZZZ, code: ZZZREB}\n", 2,
        "'Group' has country 'ZZZ', which is not in countries.yaml")]
    [InlineData("organizations.yaml", "organizations:\n  - {name: A, code: IGOAAA}\n  - {name: B, code: IGOAAA}\n", 3,
        "code 'IGOAAA' of 'B' is already used by the organisation on line 2")]
    [InlineData("countries.yaml", "countries:\n  - {code: USA, iso2: US, name: United States}\n  - {code: USA, iso2: UX, name: Other}\n", 3,
        "country code 'USA' is used twice (first on line 2)")]
    [InlineData("countries.yaml", "countries:\n  - {code: USA, iso2: US, name: United States, capital: Washington, capital_at: [98.9, -77.04]}\n", 2,
        "latitude 98.9 in 'capital_at' is out of range [-90, 90]")]
    [InlineData("countries.yaml", "countries:\n  - {code: USA, iso2: US, name: United States, centroid: [39, 198]}\n", 2,
        "longitude 198 in 'centroid' is out of range [-180, 180]")]
    [InlineData("countries.yaml", "countries:\n  - {code: usa, iso2: US, name: United States}\n", 2,
        "country code 'usa' must be three capital letters (ISO 3166-1 alpha-3)")]
    [InlineData("countries.yaml", "countries:\n  - {code: USA, iso2: US, name: United States}\n  - {code: RUS, iso2: RU, name: Russia}\nseats_of_power:\n  - {name: Kremlin, code: RUSXYZ}\n", 5,
        "actor code 'RUSXYZ' has 'XYZ', which is not a sector in sectors.yaml")]
    [InlineData("gazetteer.yaml", "places:\n  - {name: Nowhere, country: USA, at: [12.0, 500.0]}\n", 2,
        "longitude 500.0 in 'at' is out of range [-180, 180]")]
    [InlineData("gazetteer.yaml", "places:\n  - {name: Nowhere, country: XXX, at: [12.0, 50.0]}\n", 2,
        "place 'Nowhere' has country 'XXX', which is not in countries.yaml")]
    [InlineData("gazetteer.yaml", "places:\n  - {name: Moscow, country: RUS, at: [55.7, 37.6]}\n", 2,
        "place 'Moscow' (RUS) is already a country or capital in countries.yaml")]
    [InlineData("cameo.yaml", "codes:\n  - {code: \"03\", name: Intent, goldstein: 4.0, quad: 1}\n  - {code: \"036\", name: Meet, goldstein: 14.0}\n", 3,
        "'goldstein' is 14.0, out of range [-10, 10]")]
    [InlineData("cameo.yaml", "codes:\n  - {code: \"03\", name: Intent, goldstein: 4.0, quad: 1}\n  - {code: \"03\", name: Again, goldstein: 4.0, quad: 1}\n", 3,
        "CAMEO code 03 is defined twice (first on line 2)")]
    [InlineData("cameo.yaml", "codes:\n  - {code: \"036\", name: Meet, goldstein: 4.0}\n", 2,
        "CAMEO code 036 comes before (or without) its parent 03")]
    [InlineData("plover.yaml", "event_types:\n  - {name: AGREE}\nmappings:\n  - {cameo: \"03\", event: AGREE}\n  - {cameo: \"099\", event: AGREE}\n", 5,
        "CAMEO code 099 is not in cameo.yaml")]
    [InlineData("plover.yaml", "event_types:\n  - {name: AGREE}\n  - {name: AGREE}\nmappings:\n  - {cameo: \"03\", event: AGREE}\n", 3,
        "PLOVER event type 'AGREE' is listed twice (first on line 2)")]
    [InlineData("plover.yaml", "event_types:\n  - {name: AGREE}\nmappings:\n  - {cameo: \"03\", event: AGRE}\n", 4,
        "PLOVER event type 'AGRE' is not among event_types (or 'none' for codes PLOVER drops)")]
    [InlineData("sectors.yaml", "sectors:\n  - {code: GOV, name: Government}\n  - {code: GOV, name: Again}\n", 3,
        "sector 'GOV' is defined twice")]
    public void A_mistake_in_a_dictionary_is_reported_as_file_line_and_what_is_wrong(string file, string content, int line, string message)
    {
        using var dir = new TemporaryDictionaries(file, content);
        var error = Assert.Throws<DictionaryException>(() => KnowledgeBase.Load(dir.Folder));
        var expected = $"{dir.PathOf(file)}:{line}: {message}";
        Assert.Contains(expected, error.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_yaml_syntax_error_is_reported_with_the_parsers_line()
    {
        using var dir = new TemporaryDictionaries("people.yaml", "people:\n  - name: A\n    roles: [{code: USAGOV}\n  - name: B\n");
        var error = Assert.Throws<DictionaryException>(() => KnowledgeBase.Load(dir.Folder));
        var problem = Assert.Single(error.Problems);
        Assert.Equal(dir.PathOf("people.yaml"), problem.File);
        Assert.InRange(problem.Line, 3, 4);
    }

    // YamlDotNet throws ArgumentException or InvalidOperationException, not its YamlException, on these (found by fuzzing).
    [Theory]
    [InlineData("!!binary[codes:\n  - {code: \"03\", name: Ex X, goldstein: 4.0}\n", 1, "Global tags must be valid URIs.")]
    [InlineData("codes:\n  - {\u0085{code: \"03\", name: Ex X, goldstein: 4.0}\n", 2, "Operation is not valid")]
    [InlineData("codes:\n  - {code: \"\\U99999999\", name: Ex X, goldstein: 4.0}\n", 2, "A valid UTF32 value is between")]
    public void Yaml_the_yaml_library_fails_on_is_reported_with_the_line_it_stopped_at(string cameo, int line, string says)
    {
        using var dir = new TemporaryDictionaries("cameo.yaml", cameo);

        var problem = Assert.Single(Assert.Throws<DictionaryException>(() => KnowledgeBase.Load(dir.Folder)).Problems);

        Assert.StartsWith($"{dir.PathOf("cameo.yaml")}:{line}: not valid YAML at or just after this line (the YAML reader says: {says}",
            problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Lists_nested_a_hundred_thousand_deep_are_reported_instead_of_overflowing_the_stack()
    {
        using var dir = new TemporaryDictionaries("cameo.yaml", "codes:\n  - " + new string('[', 100_000) + new string(']', 100_000) + "\n");

        var problem = Assert.Single(Assert.Throws<DictionaryException>(() => KnowledgeBase.Load(dir.Folder)).Problems);

        Assert.Equal($"{dir.PathOf("cameo.yaml")}:2: lists and mappings are nested more than 64 deep", problem.ToString());
    }

    [Fact]
    public void A_duplicate_key_in_one_entry_is_reported_with_its_line()
    {
        using var dir = new TemporaryDictionaries("people.yaml", "people:\n  - name: A\n    name: B\n    roles: [{code: USAGOV}]\n");
        var error = Assert.Throws<DictionaryException>(() => KnowledgeBase.Load(dir.Folder));
        var problem = Assert.Single(error.Problems);
        Assert.Equal(3, problem.Line);
        Assert.StartsWith($"{dir.PathOf("people.yaml")}:3: ", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void All_problems_of_a_load_are_reported_together()
    {
        using var dir = new TemporaryDictionaries("people.yaml",
            "people:\n  - {name: A, roles: [{code: XXXGOV}]}\n  - {name: B, roles: [{code: USAGOV, from: 2020-02-30}]}\n");
        var error = Assert.Throws<DictionaryException>(() => KnowledgeBase.Load(dir.Folder));
        Assert.Equal([2, 3], error.Problems.Select(p => p.Line));
        Assert.Equal(2, error.Message.Split('\n').Length);
    }

    [Fact]
    public void A_missing_file_is_reported_by_name()
    {
        using var dir = new TemporaryDictionaries();
        File.Delete(dir.PathOf("cameo.yaml"));
        var error = Assert.Throws<DictionaryException>(() => KnowledgeBase.Load(dir.Folder));
        Assert.Contains($"{dir.PathOf("cameo.yaml")}:0: file not found", error.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_missing_folder_is_reported()
    {
        var error = Assert.Throws<DictionaryException>(() => KnowledgeBase.Load("/nonexistent/dictionaries"));
        Assert.Equal("/nonexistent/dictionaries:0: dictionary folder not found", error.Message);
    }
}

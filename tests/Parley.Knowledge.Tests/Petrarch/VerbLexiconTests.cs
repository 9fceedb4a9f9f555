using Parley.Knowledge.Petrarch;

namespace Parley.Knowledge.Tests.Petrarch;

public class VerbLexiconTests
{
    private const string Sample = """
        &CURRENCY
        +DOLLAR
        +POUND_STERLING

        --- ASK [---] ---
        +ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]
        ASK     [020]
        QUERY {QUERYING QUERIES QUERIED }
        - * (FOR {FINANCIAL AID})           [0231]        # ASK
        - * AID [023]
        - PROSECUTOR * &CURRENCY            [173]

        --- SAID [023] ---
        SAID
        - * NO EVIDENCE [141]
        ~ a (a b ATTACK) SAY = a b 015
        """;

    private static (VerbLexicon Lexicon, PetrarchVerbDictionary Dictionary) Build(PetrarchFile file)
    {
        var dictionary = PetrarchVerbReader.Read(file.Path_);
        return (VerbLexicon.FromPetrarch(dictionary, "test-verbs"), dictionary);
    }

    [Fact]
    public void Verbs_are_found_by_listed_form_first_then_by_lemma_multiword_verbs_first()
    {
        using var file = new PetrarchFile(Sample);
        var (lexicon, _) = Build(file);
        Assert.Equal(["ask for", "ask"], lexicon.Candidates("asked", "ask").ToArray().Select(v => string.Join(' ', v.Words)));
        Assert.Equal(["query"], lexicon.Candidates("Queried", "query").ToArray().Select(v => v.Lemma));
        Assert.Equal(["said"], lexicon.Candidates("said", "say").ToArray().Select(v => v.Lemma));
        Assert.Equal(["ask for", "ask"], lexicon.Candidates("Asks", "xyz").ToArray().Select(v => string.Join(' ', v.Words)));
        Assert.True(lexicon.Candidates("tell", "tell").IsEmpty);
    }

    [Fact]
    public void Verbs_carry_their_code_rule_id_and_patterns_most_specific_first()
    {
        using var file = new PetrarchFile(Sample);
        var (lexicon, _) = Build(file);
        var query = lexicon.Verbs.Single(v => v.Lemma == "query");
        Assert.True(query.Code.IsNone);
        Assert.Equal("test-verbs#L8", query.Id);
        Assert.Equal("020", lexicon.Verbs.Single(v => v.Words.Length == 1 && v.Lemma == "ask").Code.Primary);
        Assert.Equal(["* (for {financial aid})", "prosecutor * &currency", "* aid"], query.Patterns.Select(p => p.Text));
        Assert.Equal("test-verbs#L9", query.Patterns[0].Id);
        Assert.Equal(lexicon.WordId("AID"), query.Patterns[0].After[0].Terms[^1].Word);
        Assert.Equal(lexicon.WordId("for"), query.Patterns[0].After[0].Preposition);
        Assert.True(query.Patterns[1].After[0].Terms[0].IsSynset);
        Assert.Equal(-1, lexicon.WordId("elephant"));
    }

    [Fact]
    public void The_compiled_file_loads_into_the_same_lexicon_and_writes_the_same_bytes_again()
    {
        using var file = new PetrarchFile(Sample);
        var (lexicon, dictionary) = Build(file);
        var text = new StringWriter();
        VerbLexiconFile.Write(dictionary, "test-verbs", "test.txt", "abc", text);
        string compiled = file.Add("test-verbs.yaml", text.ToString());
        var loaded = VerbLexiconFile.Load(compiled);
        Assert.Equal(lexicon.Verbs.Select(v => (v.Id, v.Code, string.Join(' ', v.Words))), loaded.Verbs.Select(v => (v.Id, v.Code, string.Join(' ', v.Words))));
        Assert.Equal(lexicon.Verbs.SelectMany(v => v.Patterns).Select(p => (p.Id, p.Text, p.Code)), loaded.Verbs.SelectMany(v => v.Patterns).Select(p => (p.Id, p.Text, p.Code)));
        Assert.Equal(["said"], loaded.Candidates("said", "say").ToArray().Select(v => v.Lemma));
        Assert.Equal("015", Assert.Single(loaded.Transformations).Code);
        var again = new StringWriter();
        VerbLexiconFile.Write(loaded.Source, "test-verbs", "test.txt", "abc", again);
        Assert.Equal(text.ToString(), again.ToString());
    }

    [Theory]
    [InlineData("blocks:\n  - {id: \"x#L1\", name: \"a\", code: \"020\", verbs: [{id: \"test-verbs#L2\", verb: \"a\"}]}\n", 2, "id 'x#L1' is not 'test-verbs#L<source line>'")]
    [InlineData("blocks:\n  - {id: \"test-verbs#L1\", name: \"a\", code: \"020\", verbs: []}\n", 2, "'verbs' is empty")]
    [InlineData("blocks:\n  - {id: \"test-verbs#L1\", name: \"a\", code: \"020\", verbs: [{id: \"test-verbs#L2\", verb: \"a\"}], patterns: [{id: \"test-verbs#L3\", code: \"020\", pattern: \"* &food\"}]}\n",
        2, "synset &FOOD is not defined before this pattern (PETRARCH skips such patterns)")]
    [InlineData("blocks:\n  - {id: \"test-verbs#L1\", name: \"a\", code: \"020\", colour: red, verbs: [{id: \"test-verbs#L2\", verb: \"a\"}]}\n", 2,
        "unknown field 'colour' (this entry takes id, name, code, verbs, patterns)")]
    [InlineData("verbs: []\n", 1, "unknown top-level key 'verbs'")]
    public void Mistakes_in_a_compiled_file_are_reported_with_file_and_line(string text, int line, string message)
    {
        using var file = new PetrarchFile(text, "test-verbs.yaml");
        var e = Assert.Throws<DictionaryException>(() => VerbLexiconFile.Load(file.Path_));
        Assert.Contains(e.Problems, p => p.Line == line && p.Message.StartsWith(message, StringComparison.Ordinal));
    }
}

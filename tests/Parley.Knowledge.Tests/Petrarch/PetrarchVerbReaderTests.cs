using Parley.Knowledge.Petrarch;

namespace Parley.Knowledge.Tests.Petrarch;

public class PetrarchVerbReaderTests
{
    private const string Sample = """
        # a comment
        <!-- a comment
             over two lines -->
        &CURRENCY
        +DOLLAR
        +CASH_
        +POUND STERLING

        &AUXVERB_
        +WILL
        +IS_TO

        &MONEY2
        +&CURRENCY
        +GOLD

        --- ASK [---] ---
        +ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]
        ASK     [020]
        QUERY {QUERYING QUERIES QUERIED }
        WIRE_+TAP
        - * (FOR {FINANCIAL AID})           [0231]        # ASK
        - * {FINANCIAL HELP}                [0231]
        - PROSECUTOR * &CURRENCY            [173]
        - * (TO)                            [042:043]
        - FAILED_TO_*  [111]
        - * WITH $ [031]
        - * BALL [###] # a discard code with hashes

        --- DEFY [120] ---
        DEFY
        ~ a (a b ATTACK) SAY = a b 015
        """;

    private static PetrarchVerbDictionary ReadSample(out PetrarchFile file)
    {
        file = new PetrarchFile(Sample);
        return PetrarchVerbReader.Read(file.Path_, lenient: true);
    }

    [Fact]
    public void Synsets_get_plurals_unless_the_member_or_the_name_ends_in_an_underscore()
    {
        var verbs = ReadSample(out var file);
        using var _ = file;
        var currency = verbs.Synsets["&CURRENCY"].Phrases.Select(p => string.Join(' ', p)).ToList();
        Assert.Equal(["DOLLAR", "DOLLARS", "CASH", "POUND STERLING", "POUND STERLINGS"], currency);
        Assert.True(verbs.Synsets["&AUXVERB"].NoPlurals);
        Assert.Equal(["WILL", "IS TO"], verbs.Synsets["&AUXVERB"].Phrases.Select(p => string.Join(' ', p)));
        // A member naming another synset stands for its phrases.
        Assert.Contains(["DOLLARS"], verbs.Synsets["&MONEY2"].Phrases.Select(p => p.ToArray()));
        Assert.Contains(["GOLDS"], verbs.Synsets["&MONEY2"].Phrases.Select(p => p.ToArray()));
    }

    [Fact]
    public void A_block_holds_its_verbs_with_their_forms_and_codes()
    {
        var verbs = ReadSample(out var file);
        using var _ = file;
        var ask = verbs.Blocks[0];
        Assert.Equal("ASK", ask.Name);
        Assert.Equal("---", ask.Code);
        Assert.Equal(4, ask.Verbs.Count);
        var askFor = ask.Verbs[0];
        Assert.Equal(["ASK", "FOR"], askFor.Words);
        Assert.Equal(0, askFor.VerbIndex);
        Assert.Equal("020", askFor.Code);
        Assert.Equal(["ASKED FOR", "ASKING FOR", "ASKS FOR"], askFor.Forms.Select(f => string.Join(' ', f)));
        Assert.Equal(["ASKS", "ASKED", "ASKING"], ask.Verbs[1].Forms.Select(f => f[0]));
        Assert.True(ask.Verbs[2].IrregularForms);
        Assert.Equal(["QUERYING", "QUERIES", "QUERIED"], ask.Verbs[2].Forms.Select(f => f[0]));
        Assert.Null(ask.Verbs[2].Code);
        var wiretap = ask.Verbs[3];
        Assert.Equal(1, wiretap.VerbIndex);
        Assert.Equal("TAP", wiretap.VerbWord);
        Assert.Contains(["WIRE", "TAPS"], wiretap.Forms.Select(f => f.ToArray()));
        Assert.Equal("120", verbs.Blocks[1].Code);
    }

    [Fact]
    public void Patterns_are_read_into_phrases_prepositions_synsets_joins_and_markers()
    {
        var verbs = ReadSample(out var file);
        using var _ = file;
        var patterns = verbs.Blocks[0].Patterns;
        Assert.Equal(7, patterns.Count);
        var forAid = patterns[0];
        Assert.Equal("0231", forAid.Code);
        Assert.Empty(forAid.Before);
        var prep = Assert.Single(forAid.After);
        Assert.Equal(PetrarchElementKind.Preposition, prep.Kind);
        Assert.Equal("FOR", prep.Preposition);
        Assert.Equal(["FINANCIAL", "AID"], prep.Words);
        Assert.Equal("ASK", forAid.Comment);
        Assert.Equal(22, forAid.Line);
        Assert.Equal(PetrarchElementKind.Phrase, patterns[1].After[0].Kind);
        Assert.Equal("AID", prep.Head);
        Assert.Equal("PROSECUTOR", patterns[2].Before[0].Words[0]);
        Assert.Equal("&CURRENCY", patterns[2].After[0].Words[0]);
        Assert.Equal(new PetrarchCode("042", "043"), PetrarchCode.Parse(patterns[3].Code));
        Assert.Empty(patterns[3].After[0].Words);
        var failed = patterns[4];
        Assert.Equal(["FAILED", "TO"], failed.Before.Select(e => e.Words[0]));
        Assert.True(failed.Before[1].Joined);
        Assert.True(failed.JoinedToVerb);
        Assert.Equal(PetrarchElementKind.Marker, patterns[5].After[1].Kind);
        Assert.Equal("###", patterns[6].Code);
        Assert.Equal(3, forAid.Specificity);
    }

    [Fact]
    public void Transformations_are_read_into_their_variables()
    {
        var verbs = ReadSample(out var file);
        using var _ = file;
        var t = Assert.Single(verbs.Transformations);
        Assert.Equal(("a", "a", "b", "ATTACK", "SAY", "a", "b", "015"), (t.OuterSource, t.InnerSource, t.InnerTarget, t.InnerVerb, t.OuterVerb, t.Source, t.Target, t.Code));
    }

    [Theory]
    [InlineData("- * AID [020]\n", 1, "pattern before any '--- NAME [CODE] ---' block")]
    [InlineData("ASK\n", 1, "verb 'ASK' before any '--- NAME [CODE] ---' block")]
    [InlineData("--- ASK [020] ---\nASK\n- * AID\n", 3, "pattern has no code in brackets ('- PRE * POST [CODE]')")]
    [InlineData("--- ASK [020] ---\nASK\n- AID [020]\n", 3, "pattern has no '*' for the verb")]
    [InlineData("--- ASK [020] ---\nASK\n- * AID * HELP [020]\n", 3, "pattern has more than one '*'")]
    [InlineData("--- ASK [020] ---\nASK\n- * {FINANCIAL AID [020]\n", 3, "pattern has '{' without '}'")]
    [InlineData("--- ASK [020] ---\nASK\n- * (FOR AID [020]\n", 3, "pattern has '(' without ')'")]
    [InlineData("--- ASK [020] ---\nASK\n- * VISIT) [020]\n", 3, "pattern has ')' without its opening bracket")]
    [InlineData("--- ASK [020] ---\nASK\n- * () [020]\n", 3, "pattern has an empty '()' phrase: it needs a preposition")]
    [InlineData("--- ASK [020] ---\nASK\n- * {} [020]\n", 3, "pattern has an empty '{}' phrase")]
    [InlineData("--- ASK [020] ---\nASK\n- * &FOOD [020]\n", 3, "synset &FOOD is not defined before this pattern (PETRARCH skips such patterns)")]
    [InlineData("--- ASK [020] ---\nASK\n- * AID [020] VISIT\n", 3, "unexpected 'VISIT' after the pattern's code")]
    [InlineData("--- ASK [020] ---\nASK\n- * AIR/RAID [020]\n", 3, "'AIR/RAID' is not a word (letters, digits, '-', ''' and '.' only)")]
    [InlineData("--- ASK [020] ---\nASK\n- * AID [02 0]\n", 3, "code '02 0' has ' ' in it")]
    [InlineData("--- ASK [020] ---\nASK\n- * AID []\n", 3, "code in brackets is empty")]
    [InlineData("--- ASK [020] ---\nASK\n- * AID [1:2:3]\n", 3, "code '1:2:3' has more than one ':'")]
    [InlineData("--- ASK [020] ---\nASK\n- * [020]\n", 3, "pattern has no words around '*'")]
    [InlineData("--- [020] ---\nASK\n", 1, "block header names no verb ('--- NAME [CODE] ---')")]
    [InlineData("--- ASK [020 ---\nASK\n", 1, "block header has '[' without ']'")]
    [InlineData("--- ASK [020] ---\n--- TELL [020] ---\nTELL\n", 1, "verb block 'ASK' lists no verbs")]
    [InlineData("--- LASH [020] ---\nLASH OUT\n", 2, "multi-word verb 'LASH OUT' marks no word with '+' (write '+LASH_OUT')")]
    [InlineData("--- LASH [020] ---\n+LASH_+OUT\n", 2, "verb '+LASH_+OUT' marks two words with '+'")]
    [InlineData("--- ASK [020] ---\nASK {ASKS\n", 2, "irregular forms have '{' without '}'")]
    [InlineData("--- ASK [020] ---\nASK (ASKS ASKED)\n", 2, "verb 'ASK (ASKS ASKED)' has a stray bracket; irregular forms go in '{…}'")]
    [InlineData("--- ASK [020] ---\n+ASK_FOR {+ASKED}\n", 2, "form '+ASKED' has 1 words but the verb '+ASK_FOR' has 2")]
    [InlineData("--- ASK [020] ---\n+ASK_FOR {ASKED_+FOR}\n", 2, "form 'ASKED_+FOR' marks another word with '+' than the verb '+ASK_FOR'")]
    [InlineData("--- ASK [020] ---\n_\n", 2, "verb '_' has no word, only '_'")]
    [InlineData("--- ASK [020] ---\nASK {ASKED _}\n", 2, "verb '_' has no word, only '_'")]
    [InlineData("--- ASK [020] ---\nASK [020] NOW\n", 2, "unexpected 'NOW' after the verb's code")]
    [InlineData("--- ASK [020] ---\nASK [020\n", 2, "verb code has '[' without ']'")]
    [InlineData("&FOOD\n--- ASK [020] ---\nASK\n", 1, "synset &FOOD has no '+' members")]
    [InlineData("&FOOD\n+BREAD\n&FOOD\n+RICE\n", 3, "synset &FOOD is defined twice (first on line 1)")]
    [InlineData("&FOOD STUFF\n+BREAD\n", 1, "synset name '&FOOD STUFF' has a blank in it")]
    [InlineData("&\n+BREAD\n", 1, "synset has no name after '&'")]
    [InlineData("&FOOD\n+&DRINK\n", 2, "synset &DRINK is used before it is defined")]
    [InlineData("&FOOD\n+BREAD $\n", 2, "synset member 'BREAD $' holds '$': synsets hold words only")]
    [InlineData("~ a (a b ATTACK) SAY a b 015\n", 1, "transformation has no '=' ('~ a (a b VERB) VERB = a b CODE')")]
    [InlineData("~ a (a b ATTACK SAY = a b 015\n", 1, "transformation is not of the form '~ a (a b VERB) VERB = a b CODE'")]
    public void Every_mistake_is_reported_with_its_file_and_line(string text, int line, string message)
    {
        using var file = new PetrarchFile(text);
        var e = Assert.Throws<DictionaryException>(() => PetrarchVerbReader.Read(file.Path_));
        Assert.Contains(e.Problems, p => p.Line == line && p.Message == message && p.File == file.Path_);
        Assert.Contains($"{file.Path_}:{line}: {message}", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_strictly_every_wrong_line_is_listed_at_once()
    {
        using var file = new PetrarchFile("--- ASK [020] ---\nASK\n- * AID\n- AID [020]\n- * AID [020]\n");
        var e = Assert.Throws<DictionaryException>(() => PetrarchVerbReader.Read(file.Path_));
        Assert.Equal([3, 4], e.Problems.Select(p => p.Line));
    }

    [Fact]
    public void Read_leniently_wrong_lines_are_left_out_and_listed()
    {
        using var file = new PetrarchFile("--- ASK [020] ---\nASK\n- * AID\n- * HELP [020]\n");
        var verbs = PetrarchVerbReader.Read(file.Path_, lenient: true);
        Assert.Equal(3, Assert.Single(verbs.Refused).Line);
        Assert.Equal("HELP", Assert.Single(verbs.Blocks[0].Patterns).After[0].Words[0]);
    }

    [Fact]
    public void A_missing_file_is_reported_even_when_reading_leniently()
    {
        var e = Assert.Throws<DictionaryException>(() => PetrarchVerbReader.Read("/nonexistent/verbs.txt", lenient: true));
        Assert.Equal("/nonexistent/verbs.txt:0: file not found", e.Problems[0].ToString());
    }
}

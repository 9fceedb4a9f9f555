using Parley.Coding.Petrarch;
using Parley.Coding.Tests.Events;
using Parley.Knowledge.Petrarch;
using Parley.Text;

namespace Parley.Coding.Tests.Petrarch;

public class VerbMatcherTests
{
    private const string Verbs = """
        &TIETYPES_
        +MILITARY
        +ECONOMIC

        &DETENTION
        +DETENTION
        +CUSTODY

        --- ABANDON  [345]  ---
        ABANDON
        - * NEW_&TIETYPES_RELATIONS [903]
        - * IMPROVED &TIETYPES RELATIONS [904]
        - * DIPLOMATIC TIES [901]
        - * &TIETYPES TIES [902]

        --- ASK [---] ---
        +ASK_FOR {+ASKED_FOR +ASKING_FOR +ASKS_FOR} [020]
        ASK     [020]
        - * (FOR {FINANCIAL AID})           [0231]
        - * AID                             [023]
        - PROSECUTOR * &DETENTION           [173]
        - FAILED_TO_*                       [111]

        --- EXCLUDE [1721] ---
        EXCLUDE
        +CORDON_OFF {+CORDONED_OFF +CORDONS_OFF +CORDONING_OFF}
        - * FOR CONSTRUCTION [071]

        --- CONDEMN [122] ---
        CONDEMN
        - * AID [999]

        --- PROMISE [050] ---
        PROMISE
        - * AID [057]

        --- BRING [---] ---
        BRING {BRINGS BROUGHT BRINGING}
        - * (TO JUSTICE) [173]
        """;

    private static readonly Lazy<VerbMatcher> Matcher = new(() =>
    {
        string path = Path.Combine(Path.GetTempPath(), "parley-matcher-" + Guid.NewGuid().ToString("N") + ".txt");
        File.WriteAllText(path, Verbs);
        try
        {
            return new VerbMatcher(VerbLexicon.FromPetrarch(PetrarchVerbReader.Read(path), "test-verbs"));
        }
        finally
        {
            File.Delete(path);
        }
    });

    private static VerbMatch? MatchAt(string parsed, int token)
    {
        var tree = new DependencyTree(Parsed.Of(parsed));
        var matcher = Matcher.Value;
        return matcher.Match(matcher.Prepare(tree), token);
    }

    private const string DiplomaticTies =
        "Arnor/PROPN/NNP/Arnor/3/nsubj will/AUX/MD/will/3/aux abandon/VERB/VB/abandon/0/root full/ADJ/JJ/full/6/amod diplomatic/ADJ/JJ/diplomatic/6/amod "
        + "ties/NOUN/NNS/tie/3/obj with/ADP/IN/with/8/case Gondor/PROPN/NNP/Gondor/3/obl";

    [Fact]
    public void The_most_specific_matching_pattern_decides_and_names_its_object()
    {
        var match = MatchAt(DiplomaticTies, 2)!;
        Assert.Equal("901", match.Code.Primary);
        Assert.True(match.Specific);
        Assert.Equal("test-verbs#L13", match.RuleId);
        Assert.Equal(5, match.Object);
        Assert.Equal([2], match.VerbTokens);
    }

    [Theory]
    [InlineData("economic", "903")]
    [InlineData("military", "903")]
    public void A_synset_inside_joined_words_matches_consecutive_tokens(string type, string code)
    {
        var match = MatchAt($"Arnor/PROPN/NNP/Arnor/3/nsubj will/AUX/MD/will/3/aux abandon/VERB/VB/abandon/0/root new/ADJ/JJ/new/6/amod {type}/ADJ/JJ/{type}/6/amod "
            + "relations/NOUN/NNS/relation/3/obj", 2)!;
        Assert.Equal(code, match.Code.Primary);
    }

    [Fact]
    public void Joined_words_with_a_word_between_them_do_not_match_but_blank_separated_ones_do()
    {
        var notJoined = MatchAt("Arnor/PROPN/NNP/Arnor/2/nsubj abandoned/VERB/VBD/abandon/0/root new/ADJ/JJ/new/6/amod global/ADJ/JJ/global/6/amod economic/ADJ/JJ/economic/6/amod "
            + "relations/NOUN/NNS/relation/2/obj", 1)!;
        Assert.Equal("345", notJoined.Code.Primary);
        Assert.False(notJoined.Specific);
        var gap = MatchAt("Arnor/PROPN/NNP/Arnor/2/nsubj abandoned/VERB/VBD/abandon/0/root improved/ADJ/JJ/improved/6/amod global/ADJ/JJ/global/6/amod economic/ADJ/JJ/economic/6/amod "
            + "relations/NOUN/NNS/relation/2/obj", 1)!;
        Assert.Equal("904", gap.Code.Primary);
    }

    [Fact]
    public void A_prepositional_phrase_is_its_noun_with_the_preposition_as_case_and_the_matcher_says_which()
    {
        var match = MatchAt("Iraq/PROPN/NNP/Iraq/2/nsubj asked/VERB/VBD/ask/0/root the/DET/DT/the/4/det court/NOUN/NN/court/2/obj for/ADP/IN/for/7/case "
            + "financial/ADJ/JJ/financial/7/amod aid/NOUN/NN/aid/2/obl", 1)!;
        Assert.Equal("0231", match.Code.Primary);
        Assert.Equal((4, 6), match.PrepositionalPhrase);
    }

    [Fact]
    public void A_noun_before_the_star_matches_on_the_subject_side_and_a_synset_after_it_on_the_object_side()
    {
        var match = MatchAt("The/DET/DT/the/2/det prosecutor/NOUN/NN/prosecutor/3/nsubj asked/VERB/VBD/ask/0/root custody/NOUN/NN/custody/3/obj", 2)!;
        Assert.Equal("173", match.Code.Primary);
        Assert.Equal([1], match.Before);
    }

    [Fact]
    public void Words_joined_to_the_star_must_stand_right_before_the_verb()
    {
        Assert.Equal("111", MatchAt("Iraq/PROPN/NNP/Iraq/2/nsubj failed/VERB/VBD/fail/0/root to/PART/TO/to/4/mark ask/VERB/VB/ask/2/xcomp", 3)!.Code.Primary);
        Assert.Equal("020", MatchAt("Iraq/PROPN/NNP/Iraq/2/nsubj failed/VERB/VBD/fail/0/root to/PART/TO/to/5/mark openly/ADV/RB/openly/5/advmod ask/VERB/VB/ask/2/xcomp", 4)!.Code.Primary);
    }

    [Fact]
    public void A_multiword_verb_is_found_with_its_particle_and_takes_its_block_code()
    {
        var match = MatchAt("Soldiers/NOUN/NNS/soldier/2/nsubj cordoned/VERB/VBD/cordon/0/root off/ADP/RP/off/2/compound:prt the/DET/DT/the/5/det roads/NOUN/NNS/road/2/obj", 1)!;
        Assert.Equal("1721", match.Code.Primary);
        Assert.Equal([1, 2], match.VerbTokens);
        Assert.Equal("cordon", match.Verb.Lemma);
        Assert.Null(MatchAt("Soldiers/NOUN/NNS/soldier/2/nsubj cordoned/VERB/VBD/cordon/0/root the/DET/DT/the/4/det roads/NOUN/NNS/road/2/obj", 1));
    }

    [Fact]
    public void A_conjoined_predicates_words_are_not_the_first_verbs()
    {
        const string Sentence = "Arnor/PROPN/NNP/Arnor/2/nsubj condemned/VERB/VBD/condemn/0/root the/DET/DT/the/4/det attack/NOUN/NN/attack/2/obj and/CCONJ/CC/and/6/cc "
            + "promised/VERB/VBD/promise/2/conj aid/NOUN/NN/aid/6/obj";
        Assert.Equal("122", MatchAt(Sentence, 1)!.Code.Primary);
        Assert.Equal("057", MatchAt(Sentence, 5)!.Code.Primary);
    }

    [Fact]
    public void A_verb_of_a_null_block_is_no_event_unless_a_pattern_codes_it()
    {
        var bare = MatchAt("They/PRON/PRP/they/2/nsubj brought/VERB/VBD/bring/0/root food/NOUN/NN/food/2/obj", 1)!;
        Assert.True(bare.Code.IsNone);
        var coded = MatchAt("They/PRON/PRP/they/2/nsubj brought/VERB/VBD/bring/0/root him/PRON/PRP/he/2/obj to/ADP/IN/to/5/case justice/NOUN/NN/justice/2/obl", 1)!;
        Assert.Equal("173", coded.Code.Primary);
        Assert.Null(MatchAt("They/PRON/PRP/they/2/nsubj ate/VERB/VBD/eat/0/root food/NOUN/NN/food/2/obj", 1));
    }
}

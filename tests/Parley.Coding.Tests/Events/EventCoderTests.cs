using Parley.Knowledge;
using Parley.Testing;

namespace Parley.Coding.Tests.Events;

/// <summary>The coder on hand-parsed sentences, with the shipped actor dictionaries and a small fixed pattern set.</summary>
public sealed class EventCoderTests
{
    private static readonly Lazy<KnowledgeBase> Knowledge = new(() => KnowledgeBase.Load(RepositoryPaths.InRepo("dictionaries")));
    private static readonly DateOnly StoryDate = new(2025, 7, 22);

    private static IReadOnlyList<EventRecord> Code(string sentences, DateOnly? date = null) =>
        new EventCoder(Knowledge.Value, TestPatterns.Create()).Code(Parsed.Of(sentences), "test", date ?? StoryDate);

    /// <summary>Codes with the shipped patterns, for cases that turn on the argument reader rather than on a pattern.</summary>
    private static IReadOnlyList<EventRecord> CodeShipped(string sentences) => new EventCoder(Knowledge.Value).Code(Parsed.Of(sentences), "test", StoryDate);

    private const string TrumpCriticizedPutin =
        "Trump/PROPN/NNP/Trump/2/nsubj criticized/VERB/VBD/criticize/0/root Putin/PROPN/NNP/Putin/2/obj";

    [Fact]
    public void Subject_is_the_source_and_object_the_target()
    {
        var e = Assert.Single(Code(TrumpCriticizedPutin));
        Assert.Equal(("USAGOV", "USA", "Trump"), (e.Source!.Code, e.Source.Country, e.Source.Text));
        Assert.Equal(("RUSGOV", "RUS"), (e.Target!.Code, e.Target.Country));
        Assert.Equal(("111", "11", 3, Modality.Asserted), (e.Cameo, e.CameoRoot, e.QuadClass, e.Modality));
        Assert.Equal("verbs.yaml#criticize", e.Rule);
        Assert.Equal("criticized", e.Trigger.Text);
        Assert.Equal(e.Source.Text, Parsed.Of(TrumpCriticizedPutin).Text[e.Source.Start..e.Source.End]);
    }

    [Fact]
    public void A_target_phrase_the_parser_hung_on_the_object_is_the_verbs_target()
    {
        // "recalled its ambassador from Colombia": the parser attaches "from Colombia" to the ambassador, but in news the
        // phrase after a verb's object mostly completes the verb.
        var e = Assert.Single(new EventCoder(Knowledge.Value).Code(Parsed.Of(
            "Venezuela/PROPN/NNP/Venezuela/2/nsubj recalled/VERB/VBD/recall/0/root its/PRON/PRP$/its/4/nmod:poss ambassador/NOUN/NN/ambassador/2/obj "
            + "from/ADP/IN/from/6/case Colombia/PROPN/NNP/Colombia/4/nmod"), "test", StoryDate));
        Assert.Equal(("161", "VEN", "COL"), (e.Cameo, e.Source!.Country, e.Target!.Country));
    }

    [Fact]
    public void A_target_inside_the_object_is_the_target_when_the_object_names_no_actor()
    {
        // "criticized the policy of Putin", "reset relations with Egypt": the one it is done to sits deeper in the clause.
        var e = Assert.Single(Code(
            "Trump/PROPN/NNP/Trump/2/nsubj criticized/VERB/VBD/criticize/0/root the/DET/DT/the/4/det policy/NOUN/NN/policy/2/obj "
            + "of/ADP/IN/of/6/case Putin/PROPN/NNP/Putin/4/nmod"));
        Assert.Equal(("USAGOV", "RUSGOV", "Putin"), (e.Source!.Code, e.Target!.Code, e.Target.Text));
    }

    [Fact]
    public void A_thing_a_named_person_owns_is_done_to_that_person()
    {
        // "fired missiles at Arafat's compound", "attacked Putin's residence": the owner is the target.
        var e = Assert.Single(Code(
            "Ukraine/PROPN/NNP/Ukraine/2/nsubj attacked/VERB/VBD/attack/0/root Putin/PROPN/NNP/Putin/5/nmod:poss 's/PART/POS/'s/3/case "
            + "residence/NOUN/NN/residence/2/obj ./PUNCT/././2/punct"));
        Assert.Equal(("UKR", "RUSGOV", "Putin"), (e.Source!.Code, e.Target!.Code, e.Target.Text));
    }

    [Fact]
    public void A_clause_that_continues_with_the_same_subject_is_aimed_at_the_first_clauses_target()
    {
        // "China criticized Japan and demanded an apology", "stormed the U.S. embassy and took 90 people hostage": the
        // second deed names no one, and is aimed at whom the first was, whoever did it.
        var one = CodeShipped(
            "China/PROPN/NNP/China/2/nsubj criticized/VERB/VBD/criticize/0/root Japan/PROPN/NNP/Japan/2/obj and/CCONJ/CC/and/5/cc "
            + "demanded/VERB/VBD/demand/2/conj an/DET/DT/a/7/det apology/NOUN/NN/apology/5/obj ./PUNCT/././2/punct");
        Assert.Equal([("111", "CHN", "JPN"), ("102", "CHN", "JPN")], one.Select(e => (e.Cameo, e.Source!.Country, e.Target?.Country)));
        var two = CodeShipped(
            "Japan/PROPN/NNP/Japan/4/nsubj and/CCONJ/CC/and/3/cc Germany/PROPN/NNP/Germany/1/conj criticized/VERB/VBD/criticize/0/root "
            + "China/PROPN/NNP/China/4/obj and/CCONJ/CC/and/7/cc demanded/VERB/VBD/demand/4/conj an/DET/DT/a/9/det apology/NOUN/NN/apology/7/obj ./PUNCT/././4/punct");
        Assert.All(two, e => Assert.Equal("CHN", e.Target?.Country));
    }

    [Fact]
    public void A_reaction_to_a_deed_is_aimed_at_the_one_its_continuing_clause_names()
    {
        // "Putin called the downing a stab in the back and warned of consequences for relations with Ankara", "Beijing
        // criticized the award and warned that it would harm relations with Norway": the deed's doer is named next.
        var warned = CodeShipped(
            "Putin/PROPN/NNP/Putin/2/nsubj criticized/VERB/VBD/criticize/0/root the/DET/DT/the/4/det decision/NOUN/NN/decision/2/obj "
            + "and/CCONJ/CC/and/6/cc warned/VERB/VBD/warn/2/conj of/ADP/IN/of/8/case consequences/NOUN/NNS/consequence/6/obl "
            + "for/ADP/IN/for/10/case relations/NOUN/NNS/relation/8/nmod with/ADP/IN/with/12/case Turkey/PROPN/NNP/Turkey/10/nmod ./PUNCT/././2/punct");
        Assert.Contains(warned, e => e.Cameo == "111" && e.Source!.Country == "RUS" && e.Target?.Country == "TUR");
        var reported = CodeShipped(
            "Beijing/PROPN/NNP/Beijing/2/nsubj criticized/VERB/VBD/criticize/0/root the/DET/DT/the/4/det award/NOUN/NN/award/2/obj "
            + "and/CCONJ/CC/and/6/cc warned/VERB/VBD/warn/2/conj that/SCONJ/IN/that/10/mark it/PRON/PRP/it/10/nsubj would/AUX/MD/would/10/aux "
            + "harm/VERB/VB/harm/6/ccomp relations/NOUN/NNS/relation/10/obj with/ADP/IN/with/13/case Norway/PROPN/NNP/Norway/11/nmod ./PUNCT/././2/punct");
        Assert.Contains(reported, e => e.Cameo == "111" && e.Source!.Country == "CHN" && e.Target?.Country == "NOR");
        // A clause with its own subject is another's: "China criticized the decision and Japan warned Korea".
        var other = CodeShipped(
            "China/PROPN/NNP/China/2/nsubj criticized/VERB/VBD/criticize/0/root the/DET/DT/the/4/det decision/NOUN/NN/decision/2/obj "
            + "and/CCONJ/CC/and/7/cc Japan/PROPN/NNP/Japan/7/nsubj warned/VERB/VBD/warn/2/conj Korea/PROPN/NNP/Korea/7/obj ./PUNCT/././2/punct");
        Assert.DoesNotContain(other, e => e.Cameo == "111" && e.Target is not null);
    }

    [Fact]
    public void A_denial_is_aimed_at_the_accuser_it_answers()
    {
        // "Afghan officials accused the Taliban of the attack. The Taliban denied involvement": the officials' charge.
        var story = CodeShipped(
            "Afghan/ADJ/JJ/Afghan/2/amod officials/NOUN/NNS/official/3/nsubj accused/VERB/VBD/accuse/0/root the/DET/DT/the/5/det "
            + "Taliban/PROPN/NNP/Taliban/3/obj of/ADP/IN/of/8/case the/DET/DT/the/8/det attack/NOUN/NN/attack/3/obl ./PUNCT/././3/punct || "
            + "The/DET/DT/the/2/det Taliban/PROPN/NNP/Taliban/3/nsubj denied/VERB/VBD/deny/0/root involvement/NOUN/NN/involvement/3/obj ./PUNCT/././3/punct");
        var denial = Assert.Single(story, e => e.Cameo == "016");
        Assert.Equal(("AFG", "AFGGOV"), (denial.Source!.Country, denial.Target?.Code));
        // In its own sentence: "A U.N. investigation found that Syrian officials were involved, and Damascus rejected the findings".
        var found = CodeShipped(
            "A/DET/DT/a/3/det U.N./PROPN/NNP/U.N./3/compound investigation/NOUN/NN/investigation/4/nsubj found/VERB/VBD/find/0/root "
            + "that/SCONJ/IN/that/9/mark Syrian/ADJ/JJ/Syrian/7/amod officials/NOUN/NNS/official/9/nsubj:pass were/AUX/VBD/be/9/aux:pass "
            + "involved/VERB/VBN/involve/4/ccomp ,/PUNCT/,/,/13/punct and/CCONJ/CC/and/13/cc Damascus/PROPN/NNP/Damascus/13/nsubj "
            + "rejected/VERB/VBD/reject/4/conj the/DET/DT/the/15/det findings/NOUN/NNS/finding/13/obj ./PUNCT/././4/punct");
        var rejected = Assert.Single(found, e => e.Cameo == "016");
        Assert.Equal(("SYR", "IGO"), (rejected.Source!.Country, rejected.Target?.Code?[..3]));
        // A verb that reports the denial is not its accuser: "Pakistan said India denied the claims".
        var reported = CodeShipped(
            "Pakistan/PROPN/NNP/Pakistan/2/nsubj said/VERB/VBD/say/0/root India/PROPN/NNP/India/4/nsubj denied/VERB/VBD/deny/2/ccomp "
            + "the/DET/DT/the/6/det claims/NOUN/NNS/claim/4/obj ./PUNCT/././2/punct");
        Assert.DoesNotContain(reported, e => e.Cameo == "016" && e.Target?.Country == "PAK");
    }

    [Fact]
    public void Praise_of_a_thing_is_aimed_at_the_subject_of_the_clause_that_says_what_it_is()
    {
        // "U.S. lawmakers welcomed the announcement that Ukraine had agreed to a ceasefire": Ukraine's deed.
        var e = Assert.Single(CodeShipped(
            "Congress/PROPN/NNP/Congress/2/nsubj welcomed/VERB/VBD/welcome/0/root the/DET/DT/the/4/det announcement/NOUN/NN/announcement/2/obj "
            + "that/SCONJ/IN/that/8/mark Ukraine/PROPN/NNP/Ukraine/8/nsubj had/AUX/VBD/have/8/aux resigned/VERB/VBN/resign/4/acl ./PUNCT/././2/punct"),
            e => e.Cameo.StartsWith("051", StringComparison.Ordinal));
        Assert.Equal("UKR", e.Target?.Country);
    }

    [Fact]
    public void A_ceasefire_with_no_target_is_with_the_other_side()
    {
        // "Israel declared a ceasefire in Gaza, and Hamas announced its own truce": Hamas's answers Israel's, and Israel's
        // is in the Palestinians' place.
        var both = CodeShipped(
            "Israel/PROPN/NNP/Israel/2/nsubj declared/VERB/VBD/declare/0/root a/DET/DT/a/4/det ceasefire/NOUN/NN/ceasefire/2/obj "
            + "in/ADP/IN/in/6/case Gaza/PROPN/NNP/Gaza/4/nmod ,/PUNCT/,/,/10/punct and/CCONJ/CC/and/10/cc Hamas/PROPN/NNP/Hamas/10/nsubj "
            + "announced/VERB/VBD/announce/2/conj its/PRON/PRP$/its/13/nmod:poss own/ADJ/JJ/own/13/amod truce/NOUN/NN/truce/10/obj ./PUNCT/././2/punct");
        Assert.Contains(both, e => e.Cameo == "0871" && e.Source!.Country == "ISR" && e.Target?.Country == "PSE");
        Assert.Contains(both, e => e.Cameo == "0871" && e.Source!.Country == "PSE" && e.Target?.Country == "ISR");
        // "the ceasefire" is the one told before, however far back: "Ukraine agreed to a ceasefire. … Russia has not agreed to the ceasefire".
        var story = CodeShipped(
            "Ukraine/PROPN/NNP/Ukraine/2/nsubj agreed/VERB/VBD/agree/0/root to/ADP/IN/to/5/case a/DET/DT/a/5/det ceasefire/NOUN/NN/ceasefire/2/obl ./PUNCT/././2/punct || "
            + "Russia/PROPN/NNP/Russia/4/nsubj has/AUX/VBZ/have/4/aux not/PART/RB/not/4/advmod agreed/VERB/VBN/agree/0/root to/ADP/IN/to/7/case "
            + "the/DET/DT/the/7/det ceasefire/NOUN/NN/ceasefire/4/obl ./PUNCT/././4/punct");
        Assert.Contains(story, e => e.Cameo.StartsWith("0871", StringComparison.Ordinal) && e.Source!.Country == "RUS" && e.Target?.Country == "UKR");
    }

    [Fact]
    public void The_first_of_two_objects_receives_the_event_noun_of_the_second()
    {
        // "Saudi Arabia sent Qatar a list of 13 demands": the parser reads two objects; the first received the demands.
        var e = Assert.Single(CodeShipped(
            "Saudi/ADJ/JJ/Saudi/2/amod Arabia/PROPN/NNP/Arabia/3/nsubj sent/VERB/VBD/send/0/root Qatar/PROPN/NNP/Qatar/3/obj a/DET/DT/a/6/det "
            + "list/NOUN/NN/list/3/obj of/ADP/IN/of/9/case 13/NUM/CD/13/9/nummod demands/NOUN/NNS/demand/6/nmod ./PUNCT/././3/punct"));
        Assert.Equal(("100", "SAU", "QAT"), (e.Cameo, e.Source!.Country, e.Target?.Country));
    }

    [Fact]
    public void A_continuing_clause_takes_no_target_from_a_verb_of_telling_nor_from_sides_that_agree()
    {
        // "told Kompas … and called for a shift": who heard it is no target of the call. "Tokyo and Washington criticized
        // China and agreed to meet": the two agree with each other, not with China.
        var told = CodeShipped(
            "China/PROPN/NNP/China/2/nsubj told/VERB/VBD/tell/0/root Japan/PROPN/NNP/Japan/2/obj and/CCONJ/CC/and/5/cc "
            + "demanded/VERB/VBD/demand/2/conj an/DET/DT/a/7/det apology/NOUN/NN/apology/5/obj ./PUNCT/././2/punct");
        Assert.DoesNotContain(told, e => e.Target?.Country == "JPN");
        var agreed = CodeShipped(
            "Japan/PROPN/NNP/Japan/4/nsubj and/CCONJ/CC/and/3/cc Germany/PROPN/NNP/Germany/1/conj criticized/VERB/VBD/criticize/0/root "
            + "China/PROPN/NNP/China/4/obj and/CCONJ/CC/and/7/cc agreed/VERB/VBD/agree/4/conj to/PART/TO/to/9/mark meet/VERB/VB/meet/7/xcomp ./PUNCT/././4/punct");
        Assert.DoesNotContain(agreed, e => e.Trigger.Text.StartsWith("agreed", StringComparison.Ordinal) && e.Target?.Country == "CHN");
    }

    [Fact]
    public void An_agentless_passive_of_violence_was_done_by_the_other_side_of_its_fight_or_the_clause_before()
    {
        // "was killed in a gun battle with police"; "police opened fire and two protesters were killed".
        var clash = CodeShipped(
            "Two/NUM/CD/two/2/nummod soldiers/NOUN/NNS/soldier/4/nsubj:pass were/AUX/VBD/be/4/aux:pass killed/VERB/VBN/kill/0/root "
            + "in/ADP/IN/in/6/case clashes/NOUN/NNS/clash/4/obl with/ADP/IN/with/9/case the/DET/DT/the/9/det Taliban/PROPN/NNP/Taliban/6/nmod ./PUNCT/././4/punct");
        Assert.Contains(clash, e => e.Trigger.Text == "killed" && e.Source?.Text == "the Taliban" && e.Target?.Text == "soldiers");
        var joined = CodeShipped(
            "Kenyan/ADJ/JJ/Kenyan/2/amod police/NOUN/NNS/police/3/nsubj attacked/VERB/VBD/attack/0/root the/DET/DT/the/5/det crowd/NOUN/NN/crowd/3/obj "
            + "and/CCONJ/CC/and/10/cc two/NUM/CD/two/8/nummod protesters/NOUN/NNS/protester/10/nsubj:pass were/AUX/VBD/be/10/aux:pass killed/VERB/VBN/kill/3/conj ./PUNCT/././3/punct");
        Assert.Contains(joined, e => e.Trigger.Text == "killed" && e.Source?.Code == "KENCOP" && e.Target?.Text == "protesters");
    }

    [Fact]
    public void Sides_of_several_countries_that_meet_somewhere_met_each_other()
    {
        // "Trump and Kim met in Singapore": Singapore is where, not whom.
        var events = CodeShipped(
            "Trump/PROPN/NNP/Trump/4/nsubj and/CCONJ/CC/and/3/cc Putin/PROPN/NNP/Putin/1/conj met/VERB/VBD/meet/0/root "
            + "in/ADP/IN/in/6/case Singapore/PROPN/NNP/Singapore/4/obl ./PUNCT/././4/punct");
        var e = Assert.Single(events);
        Assert.Equal(("USA", "RUS"), (e.Source!.Country, e.Target!.Country));
    }

    [Fact]
    public void A_thing_an_international_body_owns_is_done_to_that_body()
    {
        // "shells hit a U.N. compound in Lebanon": the compound is the U.N.'s, not Lebanon's.
        var e = Assert.Single(CodeShipped(
            "Israel/PROPN/NNP/Israel/2/nsubj attacked/VERB/VBD/attack/0/root a/DET/DT/a/5/det U.N./PROPN/NNP/U.N./5/compound "
            + "compound/NOUN/NN/compound/2/obj in/ADP/IN/in/7/case Lebanon/PROPN/NNP/Lebanon/5/nmod ./PUNCT/././2/punct"));
        Assert.Equal(("ISR", "IGOUNO"), (e.Source!.Code, e.Target!.Code));
    }

    [Fact]
    public void A_place_phrase_gives_a_country_target_but_not_a_city()
    {
        // "attacked in Ukraine" is done to Ukraine; "met in Paris" says where they met, not whom.
        var attack = Assert.Single(Code(
            "Russia/PROPN/NNP/Russia/2/nsubj attacked/VERB/VBD/attack/0/root in/ADP/IN/in/4/case Ukraine/PROPN/NNP/Ukraine/2/obl ./PUNCT/././2/punct"));
        Assert.Equal(("RUS", "UKR"), (attack.Source!.Country, attack.Target!.Country));
        Assert.Empty(Code(
            "Putin/PROPN/NNP/Putin/2/nsubj met/VERB/VBD/meet/0/root in/ADP/IN/in/4/case Paris/PROPN/NNP/Paris/2/obl"));
    }

    [Fact]
    public void A_headline_past_form_without_auxiliary_or_object_is_done_to_its_subject()
    {
        // "Kenya Attacked in Somalia" (a headline: no final stop) is a passive without its auxiliary; with the stop,
        // "Kenya attacked in Somalia." is Kenya attacking.
        const string Words = "Kenya/PROPN/NNP/Kenya/2/nsubj attacked/VERB/VBD/attack/0/root in/ADP/IN/in/4/case Somalia/PROPN/NNP/Somalia/2/obl";

        var headline = Code(Words);
        var sentence = Code(Words + " ./PUNCT/././2/punct");

        Assert.Contains(headline, e => e.Source is null && e.Target?.Country == "KEN");
        Assert.DoesNotContain(headline, e => e.Source?.Country == "KEN");
        Assert.Contains(sentence, e => e.Source?.Country == "KEN" && e.Target?.Country == "SOM");
    }

    [Fact]
    public void A_headline_past_form_with_an_object_stays_active()
    {
        var e = Assert.Single(Code("Trump/PROPN/NNP/Trump/2/nsubj Criticized/VERB/VBD/criticize/0/root Putin/PROPN/NNP/Putin/2/obj"));

        Assert.Equal(("USA", "RUS"), (e.Source!.Country, e.Target!.Country));
    }

    [Fact]
    public void The_passive_subject_of_a_raising_verb_does_what_it_governs()
    {
        // "Putin is expected to meet Trump": Putin meets; he is not the one expected upon.
        var e = Assert.Single(Code(
            "Putin/PROPN/NNP/Putin/3/nsubj:pass is/AUX/VBZ/be/3/aux:pass expected/VERB/VBN/expect/0/root to/PART/TO/to/5/mark "
            + "meet/VERB/VB/meet/3/xcomp Trump/PROPN/NNP/Trump/5/obj"));
        Assert.Equal(("040", "RUS", "USA"), (e.Cameo, e.Source!.Country, e.Target!.Country));
    }

    [Fact]
    public void Members_of_a_body_and_the_leader_of_a_group_stand_for_it()
    {
        var members = Assert.Single(Code(
            "Three/NUM/CD/three/2/nummod members/NOUN/NNS/member/6/nsubj of/ADP/IN/of/5/case the/DET/DT/the/5/det NATO/PROPN/NNP/NATO/2/nmod "
            + "criticized/VERB/VBD/criticize/0/root Russia/PROPN/NNP/Russia/6/obj"));
        Assert.Equal(("IGOWSTNAT", "RUS"), (members.Source!.Code, members.Target!.Country));
        var leader = Assert.Single(Code(
            "The/DET/DT/the/2/det leader/NOUN/NN/leader/5/nsubj of/ADP/IN/of/4/case Hamas/PROPN/NNP/Hamas/2/nmod criticized/VERB/VBD/criticize/0/root Israel/PROPN/NNP/Israel/5/obj"));
        Assert.StartsWith("PSE", leader.Source!.Code, StringComparison.Ordinal);
        Assert.Equal("ISR", leader.Target!.Country);
    }

    [Fact]
    public void People_no_dictionary_knows_are_of_the_story_country_unless_their_phrase_places_them_nowhere()
    {
        // "Berisha's opponents accused him": the opponents are not an actor any dictionary lists, but they acted.
        var events = Code(
            "Kenya/PROPN/NNP/Kenya/2/nsubj criticized/VERB/VBD/criticize/0/root Somalia/PROPN/NNP/Somalia/2/obj || "
            + "Opponents/NOUN/NNS/opponent/2/nsubj criticized/VERB/VBD/criticize/0/root Somalia/PROPN/NNP/Somalia/2/obj || "
            + "Western/ADJ/JJ/western/2/amod opponents/NOUN/NNS/opponent/3/nsubj criticized/VERB/VBD/criticize/0/root Somalia/PROPN/NNP/Somalia/3/obj || "
            + "The/DET/DT/the/2/det decision/NOUN/NN/decision/3/nsubj criticized/VERB/VBD/criticize/0/root Somalia/PROPN/NNP/Somalia/3/obj");
        var opponents = Assert.Single(events, e => e.SentenceIndex == 1);
        // The story's country is the one it names most: Somalia.
        Assert.Equal(("Opponents", "SOM", "SOM"), (opponents.Source!.Text, opponents.Source.Country, opponents.Target!.Country));
        var foreign = Assert.Single(events, e => e.SentenceIndex == 2);
        Assert.Equal(("Western opponents", null, "SOM"), (foreign.Source!.Text, foreign.Source.Code, foreign.Target!.Country));
        // A thing is nobody's agent.
        Assert.DoesNotContain(events, e => e.SentenceIndex == 3 && e.Source is not null);
    }

    [Fact]
    public void The_group_is_the_armed_group_the_story_named_before()
    {
        var events = Code(
            "Hamas/PROPN/NNP/Hamas/2/nsubj attacked/VERB/VBD/attack/0/root Israel/PROPN/NNP/Israel/2/obj || "
            + "The/DET/DT/the/2/det group/NOUN/NN/group/3/nsubj criticized/VERB/VBD/criticize/0/root Egypt/PROPN/NNP/Egypt/3/obj");
        var second = Assert.Single(events, e => e.SentenceIndex == 1);
        Assert.Equal(("The group", "EGY"), (second.Source!.Text, second.Target!.Country));
        Assert.StartsWith("PSE", second.Source.Code, StringComparison.Ordinal);
    }

    [Fact]
    public void We_in_a_quotation_over_two_sentences_is_its_speaker()
    {
        // “We criticized Russia. We criticized Japan,” Trump said: the first sentence names no speaker of its own.
        var events = Code(
            "“/PUNCT/``/“/3/punct We/PRON/PRP/we/3/nsubj criticized/VERB/VBD/criticize/0/root Russia/PROPN/NNP/Russia/3/obj ././././3/punct || "
            + "We/PRON/PRP/we/2/nsubj criticized/VERB/VBD/criticize/0/root Japan/PROPN/NNP/Japan/2/obj ,/PUNCT/,/,/2/punct ”/PUNCT/''/”/2/punct "
            + "Trump/PROPN/NNP/Trump/7/nsubj said/VERB/VBD/say/2/parataxis");
        Assert.Equal(["USAGOV>RUS", "USAGOV>JPN"], events.Select(e => e.Source!.Code + ">" + e.Target!.Country));
    }

    [Fact]
    public void Actor_codes_hold_on_the_story_date()
    {
        const string sentence = "Trump/PROPN/NNP/Trump/2/nsubj criticized/VERB/VBD/criticize/0/root Putin/PROPN/NNP/Putin/2/obj";
        Assert.Equal("USAGOV", Assert.Single(Code(sentence, new DateOnly(2025, 7, 22))).Source!.Code);
        Assert.Equal("USAELI", Assert.Single(Code(sentence, new DateOnly(2022, 6, 1))).Source!.Code);
    }

    [Fact]
    public void A_relative_pronoun_passive_subject_is_the_noun_its_clause_modifies()
    {
        // "Putin, who was criticized by Trump": what was done to "who" was done to Putin.
        var e = Assert.Single(Code(
            "Putin/PROPN/NNP/Putin/0/root ,/PUNCT/,/,/1/punct who/PRON/WP/who/5/nsubj:pass was/AUX/VBD/be/5/aux:pass "
            + "criticized/VERB/VBN/criticize/1/acl:relcl by/ADP/IN/by/7/case Trump/PROPN/NNP/Trump/5/obl:agent"));
        Assert.Equal(("USA", "RUS", "Putin"), (e.Source!.Country, e.Target!.Country, e.Target.Text));
    }

    [Fact]
    public void A_passive_puts_the_by_agent_first()
    {
        var e = Assert.Single(Code(
            "Putin/PROPN/NNP/Putin/3/nsubj:pass was/AUX/VBD/be/3/aux:pass criticized/VERB/VBN/criticize/0/root by/ADP/IN/by/5/case Trump/PROPN/NNP/Trump/3/obl:agent"));
        Assert.Equal(("USA", "RUS"), (e.Source!.Country, e.Target!.Country));
    }

    [Fact]
    public void Coordinated_subjects_give_one_event_each()
    {
        var events = Code(
            "Russia/PROPN/NNP/Russia/4/nsubj and/CCONJ/CC/and/3/cc China/PROPN/NNP/China/1/conj criticized/VERB/VBD/criticize/0/root Japan/PROPN/NNP/Japan/4/obj");
        Assert.Equal(["RUS>JPN", "CHN>JPN"], events.Select(e => e.Source!.Country + ">" + e.Target!.Country));
        Assert.Equal(2, events.Select(e => e.EventId).Distinct().Count());
    }

    [Fact]
    public void Titles_and_demonyms_resolve_to_government_codes()
    {
        var e = Assert.Single(Code(
            "Chinese/ADJ/JJ/Chinese/2/amod authorities/NOUN/NNS/authority/3/nsubj criticized/VERB/VBD/criticize/0/root U.S./PROPN/NNP/U.S./5/compound President/PROPN/NNP/President/6/compound Donald/PROPN/NNP/Donald/3/obj Trump/PROPN/NNP/Trump/6/flat"));
        Assert.Equal(("CHNGOV", "Chinese authorities"), (e.Source!.Code, e.Source.Text));
        Assert.Equal(("USAGOV", "U.S. President Donald Trump", "Donald Trump"), (e.Target!.Code, e.Target.Text, e.Target.Name));
    }

    [Fact]
    public void Intent_folds_the_event_it_governs_and_keeps_its_own_modality()
    {
        // "Russia is open to a potential meeting with Trump": an expression of intent, not a meeting.
        var e = Assert.Single(Code(
            "Russia/PROPN/NNP/Russia/3/nsubj is/AUX/VBZ/be/3/cop open/ADJ/JJ/open/0/root to/ADP/IN/to/7/case a/DET/DT/a/7/det potential/ADJ/JJ/potential/7/amod meeting/NOUN/NN/meeting/3/obl with/ADP/IN/with/9/case Trump/PROPN/NNP/Trump/7/nmod"));
        Assert.Equal(("036", Modality.Asserted), (e.Cameo, e.Modality));
        Assert.Equal(("RUS", "USA"), (e.Source!.Country, e.Target!.Country));
        Assert.Equal("open to a potential meeting", e.Trigger.Text);
    }

    [Fact]
    public void Negation_modal_and_future_auxiliaries_set_the_modality()
    {
        Assert.Equal(Modality.Negated, Assert.Single(Code(
            "China/PROPN/NNP/China/4/nsubj did/AUX/VBD/do/4/aux not/PART/RB/not/4/advmod criticize/VERB/VB/criticize/0/root Japan/PROPN/NNP/Japan/4/obj")).Modality);
        Assert.Equal(Modality.Hypothetical, Assert.Single(Code(
            "Russia/PROPN/NNP/Russia/3/nsubj could/AUX/MD/could/3/aux attack/VERB/VB/attack/0/root Ukraine/PROPN/NNP/Ukraine/3/obj")).Modality);
        Assert.Equal(Modality.Future, Assert.Single(Code(
            "Putin/PROPN/NNP/Putin/3/nsubj will/AUX/MD/will/3/aux visit/VERB/VB/visit/0/root China/PROPN/NNP/China/3/obj")).Modality);
    }

    [Fact]
    public void A_visit_happens_at_the_host()
    {
        var e = Assert.Single(Code(
            "Putin/PROPN/NNP/Putin/2/nsubj visited/VERB/VBD/visit/0/root China/PROPN/NNP/China/2/obj"));
        Assert.Equal(("CHN", "China"), (e.Location!.Country, e.Location.Name));
    }

    [Fact]
    public void A_place_in_the_clause_is_the_location()
    {
        var e = Assert.Single(Code(
            "Putin/PROPN/NNP/Putin/2/nsubj met/VERB/VBD/meet/0/root Trump/PROPN/NNP/Trump/2/obj in/ADP/IN/in/5/case Helsinki/PROPN/NNP/Helsinki/2/obl"));
        Assert.Equal(("Helsinki", "FIN"), (e.Location!.Name, e.Location.Country));
        Assert.NotNull(e.Location.Lat);
    }

    [Fact]
    public void A_reporting_verb_gives_the_attribution_and_leaves_the_modality()
    {
        var e = Assert.Single(Code(
            "Peskov/PROPN/NNP/Peskov/2/nsubj said/VERB/VBD/say/0/root Trump/PROPN/NNP/Trump/4/nsubj criticized/VERB/VBD/criticize/2/ccomp Putin/PROPN/NNP/Putin/4/obj"));
        Assert.Equal(Modality.Asserted, e.Modality);
        Assert.Equal(("Peskov", "RUSGOV"), (e.Attribution!.Text, e.Attribution.Code));
    }

    [Fact]
    public void According_to_gives_the_attribution()
    {
        var e = Assert.Single(Code(
            "Trump/PROPN/NNP/Trump/2/nsubj criticized/VERB/VBD/criticize/0/root Putin/PROPN/NNP/Putin/2/obj ,/PUNCT/,/,/7/punct according/VERB/VBG/accord/7/case to/ADP/IN/to/5/fixed media/NOUN/NNS/media/2/obl"));
        Assert.Equal("media", e.Attribution!.Text);
    }

    [Fact]
    public void An_event_noun_takes_its_parties_from_between()
    {
        var e = Assert.Single(Code(
            "a/DET/DT/a/3/det phone/NOUN/NN/phone/3/compound conversation/NOUN/NN/conversation/8/nsubj between/ADP/IN/between/5/case Trump/PROPN/NNP/Trump/3/nmod and/CCONJ/CC/and/7/cc Xi/PROPN/NNP/Xi/5/conj took/VERB/VBD/take/0/root place/NOUN/NN/place/8/obj"));
        Assert.Equal(("041", "USA", "CHN"), (e.Cameo, e.Source!.Country, e.Target!.Country));
        Assert.Equal("nouns.yaml#phone-call", e.Rule);
    }

    [Fact]
    public void A_light_verb_lends_its_subjects_to_an_event_noun()
    {
        var e = Assert.Single(Code(
            "Putin/PROPN/NNP/Putin/4/nsubj and/CCONJ/CC/and/3/cc Trump/PROPN/NNP/Trump/1/conj held/VERB/VBD/hold/0/root talks/NOUN/NNS/talk/4/obj"));
        Assert.Equal(("040", "RUS", "USA"), (e.Cameo, e.Source!.Country, e.Target!.Country));
    }

    [Fact]
    public void Pronouns_take_the_nearest_earlier_actor_of_their_kind()
    {
        var events = Code(
            "Trump/PROPN/NNP/Trump/2/nsubj met/VERB/VBD/meet/0/root Xi/PROPN/NNP/Xi/2/obj || He/PRON/PRP/he/2/nsubj criticized/VERB/VBD/criticize/0/root Putin/PROPN/NNP/Putin/2/obj");
        var criticism = Assert.Single(events, e => e.Cameo == "111");
        Assert.Equal(("He", "USAGOV"), (criticism.Source!.Text, criticism.Source.Code));
        Assert.Equal(1, criticism.SentenceIndex);
    }

    [Fact]
    public void Dates_come_from_the_clause_and_fall_back_to_the_story_date()
    {
        var dated = Assert.Single(Code(
            "Trump/PROPN/NNP/Trump/2/nsubj criticized/VERB/VBD/criticize/0/root Putin/PROPN/NNP/Putin/2/obj on/ADP/IN/on/5/case Monday/PROPN/NNP/Monday/2/obl"));
        Assert.Equal(new EventDate("2025-07-21", "day", "text", "on Monday"), dated.EventDate);
        var undated = Assert.Single(Code(TrumpCriticizedPutin));
        Assert.Equal(("2025-07-22", "article"), (undated.EventDate!.Value, undated.EventDate.Basis));
    }

    [Fact]
    public void Coding_the_same_document_twice_gives_the_same_ids()
    {
        const string sentence = "Trump/PROPN/NNP/Trump/2/nsubj criticized/VERB/VBD/criticize/0/root Putin/PROPN/NNP/Putin/2/obj";
        Assert.Equal(Code(sentence).Select(e => e.EventId), Code(sentence).Select(e => e.EventId));
    }

    [Fact]
    public void A_predicate_with_no_actor_codes_nothing()
    {
        Assert.Empty(Code("it/PRON/PRP/it/2/nsubj criticized/VERB/VBD/criticize/0/root them/PRON/PRP/they/2/obj"));
    }

    [Fact]
    public void An_event_told_in_the_storys_opening_is_surer_than_the_same_event_told_later_but_a_lone_sentence_is_not_lifted()
    {
        // The headline and the sentences after it state a story's news; later ones carry background and side events.
        const string filler = "Talks/NOUN/NNS/talk/2/nsubj continued/VERB/VBD/continue/0/root";
        var opening = Code(string.Join(" || ", TrumpCriticizedPutin, filler, filler, filler, filler));
        var later = Code(string.Join(" || ", filler, filler, filler, filler, TrumpCriticizedPutin));
        var alone = Code(TrumpCriticizedPutin);
        Assert.Equal((0, 4), (Assert.Single(opening).SentenceIndex, Assert.Single(later).SentenceIndex));
        Assert.True(opening[0].Confidence > later[0].Confidence);
        Assert.Equal(later[0].Confidence, Assert.Single(alone).Confidence);
    }

    [Fact]
    public void A_protest_told_as_happening_is_by_people_of_the_storys_country_and_a_protest_named_in_passing_is_not()
    {
        var coder = new EventCoder(Knowledge.Value);
        var erupted = Assert.Single(coder.Code(Parsed.Of(
            "Protests/NOUN/NNS/protest/2/nsubj erupted/VERB/VBD/erupt/0/root in/ADP/IN/in/4/case Nairobi/PROPN/NNP/Nairobi/2/obl"), "test", StoryDate));
        Assert.Equal(("141", "KEN", "story_country"), (erupted.Cameo, erupted.Source!.Country, erupted.Source.Basis));
        Assert.Null(erupted.Target);
        // A copula's predicate is no protest happening, nor is the subject of a verb that is not one of happening.
        Assert.Empty(coder.Code(Parsed.Of(
            "This/PRON/DT/this/4/nsubj is/AUX/VBZ/be/4/cop a/DET/DT/a/4/det demonstration/NOUN/NN/demonstration/0/root "
            + "in/ADP/IN/in/6/case Nairobi/PROPN/NNP/Nairobi/4/nmod"), "test", StoryDate));
        Assert.Empty(coder.Code(Parsed.Of(
            "The/DET/DT/the/2/det demonstration/NOUN/NN/demonstration/3/nsubj showed/VERB/VBD/show/0/root "
            + "Nairobi/PROPN/NNP/Nairobi/3/obj"), "test", StoryDate));
    }

    [Fact]
    public void An_event_noun_made_the_subject_of_a_passive_takes_its_agent_as_source_or_none()
    {
        // "Sanctions were imposed on Russia by the EU": the noun's verb is passive; "by" names who did it.
        var coder = new EventCoder(Knowledge.Value);
        const string Imposed = "Sanctions/NOUN/NNS/sanction/3/nsubj:pass were/AUX/VBD/be/3/aux:pass imposed/VERB/VBN/impose/0/root "
            + "on/ADP/IN/on/5/case Russia/PROPN/NNP/Russia/3/obl";
        var named = Assert.Single(coder.Code(Parsed.Of(Imposed + " by/ADP/IN/by/8/case the/DET/DT/the/8/det Ukraine/PROPN/NNP/Ukraine/3/obl:agent"), "test", StoryDate));
        Assert.Equal(("163", "UKR", "RUS"), (named.Cameo, named.Source!.Country, named.Target!.Country));
        var agentless = Assert.Single(coder.Code(Parsed.Of(Imposed), "test", StoryDate));
        Assert.Equal(("163", null, "RUS"), (agentless.Cameo, agentless.Source?.Country, agentless.Target!.Country));
        Assert.True(agentless.Confidence < named.Confidence);
        // The subject of a passive whose object is the event noun received it: "Ukraine was granted aid by Japan".
        var granted = Assert.Single(coder.Code(Parsed.Of(
            "Ukraine/PROPN/NNP/Ukraine/3/nsubj:pass was/AUX/VBD/be/3/aux:pass granted/VERB/VBN/grant/0/root aid/NOUN/NN/aid/3/obj "
            + "by/ADP/IN/by/6/case Japan/PROPN/NNP/Japan/3/obl:agent"), "test", StoryDate));
        Assert.Equal(("JPN", "UKR"), (granted.Source?.Country, granted.Target?.Country));
        // A headline's reduced passive is the same: "Sanctions Imposed on Iran".
        var headline = Assert.Single(coder.Code(Parsed.Of(
            "Sanctions/NOUN/NNS/sanction/0/root Imposed/VERB/VBN/impose/1/acl on/ADP/IN/on/4/case Iran/PROPN/NNP/Iran/2/obl"), "test", StoryDate));
        Assert.Equal(("163", null, "IRN"), (headline.Cameo, headline.Source?.Country, headline.Target!.Country));
    }

    [Fact]
    public void A_headlines_name_to_verb_is_a_planned_deed()
    {
        var e = Assert.Single(new EventCoder(Knowledge.Value).Code(Parsed.Of(
            "EU/PROPN/NNP/EU/3/nsubj to/PART/TO/to/3/mark impose/VERB/VB/impose/0/root sanctions/NOUN/NNS/sanction/3/obj "
            + "on/ADP/IN/on/6/case Russia/PROPN/NNP/Russia/3/obl"), "test", StoryDate));
        Assert.Equal(("163", "RUS", Modality.Future), (e.Cameo, e.Target!.Country, e.Modality));
    }

    [Fact]
    public void An_agentless_passive_is_kept_with_no_source_and_less_confidence()
    {
        // "Putin was attacked": the story does not say by whom; the event is written with source null.
        var agentless = Assert.Single(Code(
            "Putin/PROPN/NNP/Putin/3/nsubj:pass was/AUX/VBD/be/3/aux:pass attacked/VERB/VBN/attack/0/root"));
        Assert.Null(agentless.Source);
        Assert.Equal(("RUS", "190"), (agentless.Target!.Country, agentless.Cameo));
        var named = Assert.Single(Code(
            "Putin/PROPN/NNP/Putin/3/nsubj:pass was/AUX/VBD/be/3/aux:pass attacked/VERB/VBN/attack/0/root by/ADP/IN/by/5/case Trump/PROPN/NNP/Trump/3/obl:agent"));
        Assert.True(agentless.Confidence < named.Confidence);
    }

    [Fact]
    public void A_participle_that_only_describes_is_not_an_agentless_event()
    {
        // "the attacked Putin …": an adjectival participle names no event of its own.
        Assert.Empty(Code("the/DET/DT/the/3/det attacked/VERB/VBN/attack/3/amod Putin/PROPN/NNP/Putin/4/nsubj spoke/VERB/VBD/speak/0/root"));
    }

    [Fact]
    public void An_appeal_needs_the_one_who_makes_it()
    {
        Assert.Empty(Code("Putin/PROPN/NNP/Putin/3/nsubj:pass was/AUX/VBD/be/3/aux:pass urged/VERB/VBN/urge/0/root"));
    }

    [Fact]
    public void An_unparsed_document_codes_nothing()
    {
        var doc = new Parley.Text.Document("Trump criticized Putin");
        Assert.Empty(new EventCoder(Knowledge.Value, TestPatterns.Create()).Code(doc, "test", StoryDate));
    }

    [Fact]
    public void Every_record_serialises_to_the_contract()
    {
        var e = Assert.Single(Code("Trump/PROPN/NNP/Trump/2/nsubj criticized/VERB/VBD/criticize/0/root Putin/PROPN/NNP/Putin/2/obj"));
        string json = EventRecordJson.Serialize(e);
        Assert.Contains("\"schema\":\"parley.event/1\"", json, StringComparison.Ordinal);
        Assert.Contains("\"cameo_name\":", json, StringComparison.Ordinal);
        Assert.Contains("\"modality\":\"asserted\"", json, StringComparison.Ordinal);
        Assert.Equal(json, EventRecordJson.Serialize(EventRecordJson.Deserialize(json)!));
    }
}

using Parley.Coding.Actors;
using Parley.Coding.Tests.Events;
using Parley.Knowledge;
using Parley.Testing;
using Parley.Text;

namespace Parley.Coding.Tests.Actors;

/// <summary>Stories of a few sentences, parsed by hand, linked with the shipped dictionaries: what a mention means depends on the rest of the story.</summary>
public sealed class ActorLinkerTests
{
    private static readonly Lazy<ActorLinker> Linker = new(() => new ActorLinker(KnowledgeBase.Load(RepositoryPaths.InRepo("dictionaries"))));

    /// <summary>Links <paramref name="parsed"/> (see <see cref="Parsed"/>) with entity spans given as (first token, end token, label).</summary>
    private static ArticleActors Link(string parsed, DateOnly date, params (int Start, int End, string Label)[] entities)
    {
        var doc = Parsed.Of(parsed);
        foreach (var (start, end, label) in entities)
        {
            doc.Entities.Add(new EntitySpan(start, end, label));
        }
        doc.Mark(Annotations.Entities);
        return Linker.Value.Link(new DependencyTree(doc), date);
    }

    private static ActorMention At(ArticleActors actors, int token) => actors.At(token) ?? throw new InvalidOperationException($"no actor at token {token}");

    [Fact]
    public void A_month_in_a_dateline_is_not_a_person_and_gives_later_pronouns_no_antecedent()
    {
        var actors = Link(
            "Thursday/PROPN/NNP/Thursday/0/root ,/PUNCT/,/,/4/punct May/PROPN/NNP/May/4/nmod:unmarked 7/NUM/CD/7/1/appos ,/PUNCT/,/,/4/punct 2015/NUM/CD/2015/4/nmod:unmarked"
            + " || She/PRON/PRP/she/3/nsubj:pass was/AUX/VBD/be/3/aux:pass forced/VERB/VBN/force/0/root to/ADP/IN/to/5/case work/NOUN/NN/work/3/obl ./PUNCT/././3/punct",
            new DateOnly(2015, 5, 7));
        Assert.Null(actors.At(2));
        Assert.Null(actors.At(6));
    }

    [Fact]
    public void A_person_named_after_a_capital_is_a_person_described_by_the_apposition_and_the_capital_alone_is_her_later()
    {
        var actors = Link(
            "Valeska/PROPN/NNP/Valeska/9/nsubj Paris/PROPN/NNP/Paris/1/flat ,/PUNCT/,/,/6/punct an/DET/DT/a/6/det Australian/ADJ/JJ/Australian/6/amod woman/NOUN/NN/woman/1/appos"
            + " ,/PUNCT/,/,/1/punct has/AUX/VBZ/have/9/aux claimed/VERB/VBN/claim/0/root that/SCONJ/IN/that/13/mark the/DET/DT/the/12/det church/NOUN/NN/church/13/nsubj"
            + " imprisoned/VERB/VBD/imprison/9/ccomp her/PRON/PRP/she/13/obj ./PUNCT/././9/punct"
            + " || Paris/PROPN/NNP/Paris/3/nsubj:pass was/AUX/VBD/be/3/aux:pass born/VERB/VBN/bear/0/root in/ADP/IN/in/5/case Switzerland/PROPN/NNP/Switzerland/3/obl ./PUNCT/././3/punct",
            new DateOnly(2011, 12, 2));
        var valeska = At(actors, 0);
        Assert.Equal(("Valeska Paris", "AUS", MentionBasis.Described), (valeska.Text, valeska.Country, valeska.Basis));
        Assert.True(valeska.IsPerson);
        Assert.Equal(("Valeska Paris", "AUS"), (At(actors, 15).Name, At(actors, 15).Country));
        Assert.Equal("AUS", At(actors, 13).Country);
        Assert.NotEqual("FRA", actors.StoryCountry);
    }

    [Fact]
    public void A_bloc_or_alliance_a_country_leads_is_that_country_and_a_coalition_its_forces()
    {
        // "The Saudi-led bloc sent Qatar a list of demands": the states the leader speaks for, not its military.
        var bloc = Link(
            "The/DET/DT/the/5/det Saudi/ADJ/JJ/Saudi/4/compound -/PUNCT/HYPH/-/2/punct led/VERB/VBN/lead/5/amod bloc/NOUN/NN/bloc/6/nsubj "
            + "sent/VERB/VBD/send/0/root Qatar/PROPN/NNP/Qatar/6/obj ./PUNCT/././6/punct",
            new DateOnly(2017, 6, 23));
        Assert.Equal("SAU", At(bloc, 4).Code);
        var coalition = Link(
            "The/DET/DT/the/5/det Saudi/ADJ/JJ/Saudi/4/compound -/PUNCT/HYPH/-/2/punct led/VERB/VBN/lead/5/amod coalition/NOUN/NN/coalition/6/nsubj "
            + "struck/VERB/VBD/strike/0/root Sanaa/PROPN/NNP/Sanaa/6/obj ./PUNCT/././6/punct",
            new DateOnly(2017, 6, 23));
        Assert.Equal("SAUMIL", At(coalition, 4).Code);
    }

    [Fact]
    public void A_name_the_dictionaries_lack_takes_the_body_of_the_title_after_its_comma()
    {
        var actors = Link(
            "Jeff/PROPN/NNP/Jeff/9/nsubj Rathke/PROPN/NNP/Rathke/1/flat ,/PUNCT/,/,/7/punct the/DET/DT/the/7/det State/PROPN/NNP/State/6/compound Department/PROPN/NNP/Department/7/compound"
            + " spokesperson/NOUN/NN/spokesperson/1/list ,/PUNCT/,/,/1/punct said/VERB/VBD/say/0/root the/DET/DT/the/11/det talks/NOUN/NNS/talk/12/nsubj failed/VERB/VBD/fail/9/ccomp ./PUNCT/././9/punct",
            new DateOnly(2015, 5, 18), (0, 2, "PER"), (4, 7, "ORG"));
        var rathke = At(actors, 0);
        Assert.Equal(("USAGOV", "Jeff Rathke", "unknown name, described in apposition"), (rathke.Code, rathke.Name, rathke.Reason));
        Assert.Equal("USAGOV", At(actors, 6).Code);
    }

    [Fact]
    public void An_object_pronoun_takes_the_nearest_person_of_its_own_sentence()
    {
        var actors = Link(
            "Senators/NOUN/NNS/senator/2/nsubj sent/VERB/VBD/send/0/root a/DET/DT/a/4/det letter/NOUN/NN/letter/2/obj to/ADP/IN/to/6/case Secretary/PROPN/NNP/Secretary/4/nmod"
            + " of/ADP/IN/of/8/case State/PROPN/NNP/State/6/nmod Marco/PROPN/NNP/Marco/6/flat Rubio/PROPN/NNP/Rubio/6/flat ,/PUNCT/,/,/12/punct urging/VERB/VBG/urge/2/advcl"
            + " him/PRON/PRP/he/12/obj to/PART/TO/to/15/mark act/VERB/VB/act/12/xcomp ./PUNCT/././2/punct",
            new DateOnly(2025, 3, 14), (8, 10, "PER"));
        Assert.Equal("Marco Rubio", At(actors, 12).Name);
    }

    [Fact]
    public void An_object_pronoun_is_not_the_subject_of_its_own_verb()
    {
        var actors = Link(
            "Donald/PROPN/NNP/Donald/3/nsubj Trump/PROPN/NNP/Trump/1/flat met/VERB/VBD/meet/0/root Xi/PROPN/NNP/Xi/3/obj Jinping/PROPN/NNP/Jinping/4/flat on/ADP/IN/on/7/case Friday/PROPN/NNP/Friday/3/obl ./PUNCT/././3/punct"
            + " || Xi/PROPN/NNP/Xi/2/nsubj told/VERB/VBD/tell/0/root him/PRON/PRP/he/2/iobj that/SCONJ/IN/that/7/mark talks/NOUN/NNS/talk/7/nsubj would/AUX/MD/would/7/aux go/VERB/VB/go/2/ccomp on/ADV/RB/on/7/advmod ./PUNCT/././2/punct",
            new DateOnly(2025, 7, 22), (0, 2, "PER"));
        Assert.Equal("CHNGOV", At(actors, 8).Code);
        Assert.Equal("Donald Trump", At(actors, 10).Name);
    }

    [Fact]
    public void A_bare_title_is_the_person_named_with_it_and_an_owner_before_it()
    {
        var actors = Link(
            "Chinese/ADJ/JJ/Chinese/4/amod Foreign/PROPN/NNP/Foreign/3/compound Minister/PROPN/NNP/Minister/4/compound Wang/PROPN/NNP/Wang/6/nsubj Yi/PROPN/NNP/Yi/4/flat"
            + " spoke/VERB/VBD/speak/0/root ./PUNCT/././6/punct || The/DET/DT/the/2/det minister/NOUN/NN/minister/3/nsubj said/VERB/VBD/say/0/root ./PUNCT/././3/punct",
            new DateOnly(2025, 7, 22));
        var minister = At(actors, 8);
        Assert.Equal(("CHNGOV", "Wang Yi", MentionBasis.Coreference), (minister.Code, minister.Name, minister.Basis));
    }

    [Fact]
    public void The_group_with_a_plain_word_before_it_is_the_group_named_before()
    {
        var actors = Link(
            "Islamic/ADJ/NNP/Islamic/2/amod State/PROPN/NNP/State/3/compound fighters/NOUN/NNS/fighter/4/nsubj attacked/VERB/VBD/attack/0/root the/DET/DT/the/6/det town/NOUN/NN/town/4/obj ./PUNCT/././4/punct"
            + " || The/DET/DT/the/3/det terror/NOUN/NN/terror/3/compound group/NOUN/NN/group/7/nsubj was/AUX/VBD/be/7/cop on/ADP/IN/on/7/case a/DET/DT/a/7/det pace/NOUN/NN/pace/0/root",
            new DateOnly(2025, 3, 14));
        Assert.Equal("IMGISI", At(actors, 9).Code);
    }

    [Fact]
    public void A_group_descriptor_that_is_an_agent_noun_is_the_group_named_before_not_one_of_the_story_s_country()
    {
        // The parser hangs "the" on "separatist", not on "group": the article still makes the phrase definite.
        var actors = Link(
            "The/DET/DT/the/4/det Baloch/PROPN/NNP/Baloch/4/compound Liberation/PROPN/NNP/Liberation/4/compound Army/PROPN/NNP/Army/5/nsubj claimed/VERB/VBD/claim/0/root responsibility/NOUN/NN/responsibility/5/obj ./PUNCT/././5/punct"
            + " || the/DET/DT/the/3/det banned/VERB/VBN/ban/3/amod separatist/NOUN/NN/separatist/5/compound militant/ADJ/JJ/militant/5/amod group/NOUN/NN/group/6/nsubj claimed/VERB/VBD/claim/0/root hostages/NOUN/NNS/hostage/6/obj",
            new DateOnly(2025, 3, 12));
        var group = At(actors, 11);
        Assert.Equal(("PAKREBBLA", MentionBasis.Coreference), (group.Code, group.Basis));
    }

    [Fact]
    public void A_person_with_a_title_the_dictionaries_lack_acts_for_the_body_before_it_and_keeps_the_name()
    {
        var actors = Link(
            "The/DET/DT/the/2/det service/NOUN/NN/service/0/root killed/VERB/VBN/kill/2/acl IS/PROPN/NNP/IS/6/compound deputy/NOUN/NN/deputy/6/compound caliph/NOUN/NN/caliph/3/obj"
            + " Abdallah/PROPN/NNP/Abdallah/6/appos Rufayi/PROPN/NNP/Rufayi/7/flat ./PUNCT/././2/punct"
            + " || Officials/NOUN/NNS/official/2/nsubj said/VERB/VBD/say/0/root Rufayi/PROPN/NNP/Rufayi/5/nsubj:pass was/AUX/VBD/be/5/aux:pass killed/VERB/VBN/kill/2/ccomp ./PUNCT/././2/punct",
            new DateOnly(2025, 3, 14), (6, 8, "PER"), (11, 12, "PER"));
        var deputy = At(actors, 6);
        Assert.Equal(("IMGISI", "Abdallah Rufayi"), (deputy.Code, deputy.Name));
        Assert.True(deputy.IsPerson);
        Assert.Equal(("IMGISI", MentionBasis.Coreference), (At(actors, 11).Code, At(actors, 11).Basis));
    }

    [Fact]
    public void The_cities_a_story_names_count_toward_the_country_its_bare_agent_nouns_belong_to()
    {
        var actors = Link(
            "The/DET/DT/the/2/det parents/NOUN/NNS/parent/3/nsubj came/VERB/VBD/come/0/root from/ADP/IN/from/5/case India/PROPN/NNP/India/3/obl ./PUNCT/././3/punct"
            + " || They/PRON/PRP/they/2/nsubj lived/VERB/VBD/live/0/root in/ADP/IN/in/4/case Sydney/PROPN/NNP/Sydney/2/obl ,/PUNCT/,/,/6/punct Australia/PROPN/NNP/Australia/4/appos"
            + " ,/PUNCT/,/,/9/punct and/CCONJ/CC/and/9/cc visited/VERB/VBD/visit/2/conj India/PROPN/NNP/India/9/obj ./PUNCT/././2/punct"
            + " || The/DET/DT/the/2/det court/NOUN/NN/court/3/nsubj sat/VERB/VBD/sit/0/root in/ADP/IN/in/5/case Melbourne/PROPN/NNP/Melbourne/3/obl ./PUNCT/././3/punct",
            new DateOnly(2009, 5, 8));
        Assert.Equal("AUS", actors.StoryCountry);
        Assert.Equal("AUSJUD", At(actors, 18).Code);
    }

    [Fact]
    public void A_critic_of_a_government_is_not_of_that_government()
    {
        var actors = Link(
            "Alinejad/PROPN/NNP/Alinejad/11/nsubj ,/PUNCT/,/,/5/punct a/DET/DT/a/5/det vocal/ADJ/JJ/vocal/5/amod critic/NOUN/NN/critic/1/appos of/ADP/IN/of/9/case"
            + " Tehran/PROPN/NNP/Tehran/9/nmod:poss 's/PART/POS/'s/7/case abuses/NOUN/NNS/abuse/5/nmod ,/PUNCT/,/,/1/punct spoke/VERB/VBD/speak/0/root ./PUNCT/././11/punct",
            new DateOnly(2025, 3, 12), (0, 1, "PER"));
        Assert.NotEqual(MentionBasis.Described, At(actors, 0).Basis);
    }

    [Fact]
    public void A_pronoun_takes_the_subject_of_a_clause_above_it_before_a_nearer_actor()
    {
        var actors = Link(
            "Islamic/ADJ/NNP/Islamic/2/amod State/PROPN/NNP/State/3/compound fighters/NOUN/NNS/fighter/4/nsubj attacked/VERB/VBD/attack/0/root the/DET/DT/the/6/det town/NOUN/NN/town/4/obj ./PUNCT/././4/punct"
            + " || U.S./PROPN/NNP/U.S./2/compound officials/NOUN/NNS/official/3/nsubj warned/VERB/VBD/warn/0/root that/SCONJ/IN/that/11/mark the/DET/DT/the/7/det"
            + " terror/NOUN/NN/terror/7/compound group/NOUN/NN/group/11/nsubj was/AUX/VBD/be/11/cop on/ADP/IN/on/11/case a/DET/DT/a/11/det pace/NOUN/NN/pace/3/ccomp"
            + " to/PART/TO/to/13/mark double/VERB/VB/double/11/acl the/DET/DT/the/15/det attacks/NOUN/NNS/attack/13/obj on/ADP/IN/on/17/case Iraq/PROPN/NNP/Iraq/15/nmod"
            + " it/PRON/PRP/it/20/nsubj had/AUX/VBD/have/20/aux carried/VERB/VBN/carry/15/acl:relcl out/ADP/RP/out/20/compound:prt ./PUNCT/././3/punct",
            new DateOnly(2025, 3, 14));
        Assert.Equal("IMGISI", At(actors, 24).Code);
    }

    [Fact]
    public void A_pronoun_in_a_quotation_looks_first_at_the_actors_quoted_not_at_the_speaker()
    {
        var actors = Link(
            "\"/PUNCT/``/\"/5/punct Putin/PROPN/NNP/Putin/5/nsubj will/AUX/MD/will/5/aux not/PART/RB/not/5/advmod attend/VERB/VB/attend/9/ccomp ,/PUNCT/,/,/5/punct"
            + " \"/PUNCT/''/\"/5/punct Peskov/PROPN/NNP/Peskov/9/nsubj said/VERB/VBD/say/0/root ./PUNCT/././9/punct"
            + " || \"/PUNCT/``/\"/3/punct He/PRON/PRP/he/3/nsubj has/VERB/VBZ/have/0/root other/ADJ/JJ/other/5/amod plans/NOUN/NNS/plan/3/obj ./PUNCT/././3/punct \"/PUNCT/''/\"/3/punct",
            new DateOnly(2025, 7, 22), (7, 8, "PER"));
        Assert.Equal("Dmitry Peskov", At(actors, 7).Name);
        Assert.Equal("Vladimir Putin", At(actors, 11).Name);
    }

    [Fact]
    public void A_body_named_after_its_leader_is_not_the_he_of_the_next_sentence()
    {
        var actors = Link(
            "Rubio/PROPN/NNP/Rubio/2/nsubj said/VERB/VBD/say/0/root the/DET/DT/the/5/det Trump/PROPN/NNP/Trump/5/compound administration/NOUN/NN/administration/8/nsubj"
            + " did/AUX/VBD/do/8/aux not/PART/RB/not/8/advmod want/VERB/VB/want/2/ccomp a/DET/DT/a/10/det partition/NOUN/NN/partition/8/obj ./PUNCT/././2/punct"
            + " || He/PRON/PRP/he/2/nsubj said/VERB/VBD/say/0/root so/ADV/RB/so/2/advmod ./PUNCT/././2/punct",
            new DateOnly(2025, 3, 17));
        var administration = At(actors, 3);
        Assert.Equal("USAGOV", administration.Code);
        Assert.False(administration.IsPerson);
        Assert.Equal("Marco Rubio", At(actors, 11).Name);
    }

    [Fact]
    public void Names_listed_together_share_the_description_of_the_first()
    {
        var actors = Link(
            "Three/NUM/CD/three/3/nummod U.S./PROPN/NNP/U.S./3/compound senators/NOUN/NNS/senator/14/nsubj ,/PUNCT/,/,/5/punct Chuck/PROPN/NNP/Chuck/3/appos Grassley/PROPN/NNP/Grassley/5/flat"
            + " ,/PUNCT/,/,/8/punct Jeanne/PROPN/NNP/Jeanne/5/conj Shaheen/PROPN/NNP/Shaheen/8/flat and/CCONJ/CC/and/11/cc Jim/PROPN/NNP/Jim/5/conj Risch/PROPN/NNP/Risch/11/flat"
            + " ,/PUNCT/,/,/3/punct wrote/VERB/VBD/write/0/root ./PUNCT/././14/punct",
            new DateOnly(2025, 3, 17), (4, 6, "PER"), (7, 9, "PER"), (10, 12, "PER"));
        Assert.Equal(("USALEG", "USALEG", "USALEG"), (At(actors, 4).Code, At(actors, 7).Code, At(actors, 10).Code));
    }

    [Fact]
    public void An_it_that_stands_for_the_clause_after_it_is_no_actor()
    {
        var actors = Link(
            "Britain/PROPN/NNP/Britain/2/nsubj spoke/VERB/VBD/speak/0/root ./PUNCT/././2/punct"
            + " || Cooper/PROPN/NNP/Cooper/2/nsubj said/VERB/VBD/say/0/root it/PRON/PRP/it/5/nsubj was/AUX/VBD/be/5/cop clear/ADJ/JJ/clear/2/ccomp that/SCONJ/IN/that/10/mark"
            + " the/DET/DT/the/9/det Home/PROPN/NNP/Home/9/compound Office/PROPN/NNP/Office/10/nsubj failed/VERB/VBD/fail/5/ccomp ./PUNCT/././2/punct",
            new DateOnly(2022, 11, 20), (3, 4, "PER"));
        Assert.Null(actors.At(5));
    }

    [Fact]
    public void The_body_some_members_of_which_act_counts_as_the_subject_for_a_later_they()
    {
        var actors = Link(
            "Three/NUM/CD/three/2/nummod members/NOUN/NNS/member/7/nsubj of/ADP/IN/of/6/case the/DET/DT/the/6/det U.S./PROPN/NNP/U.S./6/compound Senate/PROPN/NNP/Senate/2/nmod"
            + " met/VERB/VBD/meet/0/root officials/NOUN/NNS/official/7/obj from/ADP/IN/from/10/case Bosnia/PROPN/NNP/Bosnia/8/nmod ./PUNCT/././7/punct"
            + " || They/PRON/PRP/they/2/nsubj wrote/VERB/VBD/write/0/root ./PUNCT/././2/punct",
            new DateOnly(2025, 3, 17));
        Assert.Equal("BIHGOV", At(actors, 7).Code);
        Assert.Equal("USALEG", At(actors, 11).Code);
    }

    [Fact]
    public void The_Korean_Peoples_Army_and_its_initials_are_North_Koreas_military()
    {
        var actors = Link(
            "The/DET/DT/the/2/det KPA/PROPN/NNP/KPA/3/nsubj fired/VERB/VBD/fire/0/root two/NUM/CD/two/5/nummod shells/NOUN/NNS/shell/3/obj ./PUNCT/././3/punct"
            + " || The/DET/DT/the/4/det Korean/PROPN/NNP/Korean/3/compound People/PROPN/NNPS/People/5/nmod:poss 's/PART/POS/'s/3/case Army/PROPN/NNP/Army/6/nsubj"
            + " denied/VERB/VBD/deny/0/root it/PRON/PRP/it/6/obj ./PUNCT/././6/punct",
            new DateOnly(2024, 6, 3), (1, 2, "ORG"), (7, 11, "ORG"));
        Assert.Equal("PRKMIL", At(actors, 1).Code);
        Assert.Equal("PRKMIL", At(actors, 10).Code);
    }

    [Fact]
    public void Officials_the_dictionaries_lacked_have_the_role_they_held_on_the_stories_date()
    {
        var actors = Link(
            "Jake/PROPN/NNP/Jake/3/nsubj Sullivan/PROPN/NNP/Sullivan/1/flat criticized/VERB/VBD/criticize/0/root Ibrahim/PROPN/NNP/Ibrahim/3/obj Kalin/PROPN/NNP/Kalin/4/flat ./PUNCT/././3/punct"
            + " || Anders/PROPN/NNP/Anders/4/nsubj Fogh/PROPN/NNP/Fogh/1/flat Rasmussen/PROPN/NNP/Rasmussen/1/flat agreed/VERB/VBD/agree/0/root ./PUNCT/././4/punct",
            new DateOnly(2025, 6, 3), (0, 2, "PER"), (3, 5, "PER"), (6, 9, "PER"));
        Assert.Equal("USAELI", At(actors, 0).Code);
        Assert.Equal("TURSPY", At(actors, 3).Code);
        Assert.Equal("DNKELI", At(actors, 6).Code);
        var nato = Link("Anders/PROPN/NNP/Anders/4/nsubj Fogh/PROPN/NNP/Fogh/1/flat Rasmussen/PROPN/NNP/Rasmussen/1/flat agreed/VERB/VBD/agree/0/root ./PUNCT/././4/punct",
            new DateOnly(2012, 3, 1), (0, 3, "PER"));
        Assert.Equal("IGOWSTNAT", At(nato, 0).Code);
    }

    [Fact]
    public void A_title_case_headlines_verb_ends_the_mention_before_it()
    {
        var actors = Link(
            "Chad/PROPN/NNP/Chad/2/nsubj Condemns/VERB/VBZ/condemn/0/root Violence/NOUN/NN/violence/2/obj Against/ADP/IN/against/5/case Refugees/NOUN/NNS/refugee/3/nmod"
            + " in/ADP/IN/in/8/case Border/NOUN/NN/border/8/compound Clashes/NOUN/NNS/clash/2/obl",
            new DateOnly(2024, 6, 3));
        Assert.Equal(("Chad", "TCD"), (At(actors, 0).Text, At(actors, 0).Code));
    }

    [Fact]
    public void Common_nouns_the_recogniser_took_for_a_name_do_not_join_the_leader_before_them()
    {
        var actors = Link(
            "Mali/ADJ/JJ/mali/3/amod Leader/NOUN/NN/leader/3/compound Raises/NOUN/NNS/raise/4/compound Prospect/NOUN/NN/prospect/0/root of/ADP/IN/of/6/mark"
            + " Curbs/VERB/VBZ/curb/4/acl:relcl on/ADP/IN/on/8/case Rival/ADJ/JJ/rival/9/amod Parties/NOUN/NNS/party/6/obl",
            new DateOnly(2024, 6, 3), (2, 4, "PER"));
        Assert.Equal("Mali Leader", At(actors, 0).Text);
        Assert.Null(actors.At(3));
    }

    [Fact]
    public void An_agent_noun_that_only_modifies_an_abstract_noun_is_no_actor()
    {
        var actors = Link(
            "Spain/PROPN/NNP/Spain/4/nsubj and/CCONJ/CC/and/3/cc Italy/PROPN/NNP/Italy/1/conj pledged/VERB/VBD/pledge/0/root closer/ADJ/JJR/close/7/amod"
            + " intelligence/NOUN/NN/intelligence/7/compound cooperation/NOUN/NN/cooperation/4/obj and/CCONJ/CC/and/10/cc police/NOUN/NN/police/10/compound reform/NOUN/NN/reform/7/conj ./PUNCT/././4/punct",
            new DateOnly(2024, 6, 3));
        Assert.Null(actors.At(5));
        Assert.Null(actors.At(8));
        Assert.Equal("ESP", At(actors, 0).Code);
    }

    [Fact]
    public void An_agent_noun_before_another_agent_noun_still_heads_an_actor()
    {
        var actors = Link(
            "Intelligence/NOUN/NN/intelligence/2/compound officials/NOUN/NNS/official/3/nsubj warned/VERB/VBD/warn/0/root ./PUNCT/././3/punct",
            new DateOnly(2024, 6, 3));
        Assert.NotNull(actors.At(0));
    }

    [Theory]
    [InlineData("police", "raid")]
    [InlineData("rebel", "attack")]
    [InlineData("army", "offensive")]
    [InlineData("court", "summons")]
    [InlineData("government", "crackdown")]
    public void An_agent_noun_before_an_event_it_does_is_the_actor(string agent, string evt)
    {
        var actors = Link(
            $"A/DET/DT/a/3/det {agent}/NOUN/NN/{agent}/3/compound {evt}/NOUN/NN/{evt}/4/nsubj killed/VERB/VBD/kill/0/root"
            + " five/NUM/CD/five/6/nummod people/NOUN/NNS/people/4/obj ./PUNCT/././4/punct",
            new DateOnly(2024, 6, 3));
        Assert.NotNull(actors.At(1));
    }

    [Fact]
    public void An_agent_noun_before_aid_given_is_still_no_actor()
    {
        var actors = Link(
            "Spain/PROPN/NNP/Spain/2/nsubj sent/VERB/VBD/send/0/root government/NOUN/NN/government/4/compound aid/NOUN/NN/aid/2/obj ./PUNCT/././2/punct",
            new DateOnly(2024, 6, 3));
        Assert.Null(actors.At(2));
    }

    [Fact]
    public void Bosnian_Serb_forces_are_one_actor_of_the_country_they_live_in()
    {
        var actors = Link(
            "Bosnian/ADJ/JJ/bosnian/3/amod Serb/PROPN/NNP/Serb/3/compound forces/NOUN/NNS/force/4/nsubj shelled/VERB/VBD/shell/0/root"
            + " Sarajevo/PROPN/NNP/Sarajevo/4/obj ./PUNCT/././4/punct",
            new DateOnly(1995, 6, 1));
        var forces = At(actors, 2);
        Assert.Equal(("Bosnian Serb forces", "BIHMIL"), (forces.Text, forces.Code));
    }

    [Fact]
    public void Two_nationalities_outside_the_Balkan_peoples_stay_two_actors()
    {
        var actors = Link(
            "Turkish/ADJ/JJ/turkish/2/amod Greek/ADJ/JJ/greek/3/amod forces/NOUN/NNS/force/4/nsubj clashed/VERB/VBD/clash/0/root ./PUNCT/././4/punct",
            new DateOnly(1995, 6, 1));
        Assert.Equal("GRCMIL", At(actors, 2).Code);
    }

    [Fact]
    public void An_agent_noun_before_a_body_of_people_is_that_body()
    {
        var actors = Link(
            "Iraqi/ADJ/JJ/iraqi/3/amod opposition/NOUN/NN/opposition/3/compound groups/NOUN/NNS/group/4/nsubj met/VERB/VBD/meet/0/root"
            + " in/ADP/IN/in/6/case London/PROPN/NNP/London/4/obl ./PUNCT/././4/punct",
            new DateOnly(1998, 6, 1));
        Assert.Equal("IRQOPP", At(actors, 1).Code);
    }

    [Fact]
    public void An_object_pronoun_of_a_participle_is_not_the_subject_the_participle_shares()
    {
        // "Saudi Arabia cut ties with Qatar, accusing it of supporting terrorism": "accusing" has Saudi Arabia's
        // subject, so "it" is Qatar.
        var actors = Link(
            "Saudi/PROPN/NNP/Saudi/2/compound Arabia/PROPN/NNP/Arabia/3/nsubj cut/VERB/VBD/cut/0/root ties/NOUN/NNS/tie/3/obj with/ADP/IN/with/6/case"
            + " Qatar/PROPN/NNP/Qatar/3/obl ,/PUNCT/,/,/8/punct accusing/VERB/VBG/accuse/3/advcl it/PRON/PRP/it/8/obj of/SCONJ/IN/of/11/mark"
            + " supporting/VERB/VBG/support/8/advcl terrorism/NOUN/NN/terrorism/11/obj ./PUNCT/././3/punct",
            new DateOnly(2017, 6, 5));
        Assert.Equal("QAT", At(actors, 8).Code);
    }

    [Fact]
    public void An_honorific_before_a_known_full_name_is_the_person_and_an_arabic_family_name_is_no_place()
    {
        var actors = Link(
            "Sheikh/PROPN/NNP/Sheikh/7/nsubj Mishal/PROPN/NNP/Mishal/1/flat al-Ahmad/PROPN/NNP/al-Ahmad/1/flat al-Jaber/PROPN/NNP/al-Jaber/1/flat al-Sabah/PROPN/NNP/al-Sabah/1/flat"
            + " has/AUX/VBZ/have/7/aux spoken/VERB/VBN/speak/0/root ./PUNCT/././7/punct",
            new DateOnly(2024, 6, 1), (0, 5, "PER"));
        Assert.Equal(("KWTGOV", "Mishal Al-Ahmad Al-Jaber Al-Sabah"), (At(actors, 0).Code, At(actors, 0).Name));
        var unknown = Link(
            "Sheikh/PROPN/NNP/Sheikh/5/nsubj Khalid/PROPN/NNP/Khalid/1/flat al-Sabah/PROPN/NNP/al-Sabah/1/flat has/AUX/VBZ/have/5/aux spoken/VERB/VBN/speak/0/root ./PUNCT/././5/punct",
            new DateOnly(2024, 6, 1), (0, 3, "PER"));
        Assert.NotEqual("MYS", unknown.At(0)?.Country);
    }

    [Fact]
    public void A_bare_agent_noun_takes_the_country_of_the_same_kind_of_actor_named_before_it_in_its_sentence()
    {
        var actors = Link(
            "Palestinians/PROPN/NNPS/Palestinian/2/nsubj hurled/VERB/VBD/hurl/0/root stones/NOUN/NNS/stone/2/obj at/ADP/IN/at/6/case Israeli/ADJ/JJ/Israeli/6/amod"
            + " police/NOUN/NN/police/2/obl ,/PUNCT/,/,/10/punct and/CCONJ/CC/and/10/cc police/NOUN/NN/police/10/nsubj responded/VERB/VBD/respond/2/conj ./PUNCT/././2/punct",
            new DateOnly(2000, 10, 1));
        var police = At(actors, 8);
        Assert.Equal(("ISRCOP", MentionBasis.Coreference), (police.Code, police.Basis));
    }

    [Fact]
    public void A_bare_agent_noun_with_an_of_phrase_does_not_take_the_country_of_an_actor_before_it()
    {
        var actors = Link(
            "Japan/PROPN/NNP/Japan/4/nmod:poss 's/PART/POS/'s/1/case coast/NOUN/NN/coast/4/compound guard/NOUN/NN/guard/5/nsubj arrested/VERB/VBD/arrest/0/root"
            + " the/DET/DT/the/7/det captain/NOUN/NN/captain/5/obj of/ADP/IN/of/12/case a/DET/DT/a/12/det Chinese/ADJ/JJ/Chinese/12/amod fishing/NOUN/NN/fishing/12/compound"
            + " boat/NOUN/NN/boat/7/nmod ./PUNCT/././5/punct",
            new DateOnly(2010, 9, 8));
        Assert.NotEqual(MentionBasis.Coreference, actors.At(6)?.Basis);
    }

    [Fact]
    public void An_agent_noun_after_a_possessive_pronoun_is_of_the_actor_the_pronoun_stands_for()
    {
        var actors = Link(
            "Lebanese/ADJ/JJ/Lebanese/2/amod officials/NOUN/NNS/official/3/nsubj said/VERB/VBD/say/0/root Syria/PROPN/NNP/Syria/6/nsubj had/AUX/VBD/have/6/aux"
            + " withdrawn/VERB/VBN/withdraw/3/ccomp its/PRON/PRP$/its/8/nmod:poss troops/NOUN/NNS/troop/6/obj from/ADP/IN/from/10/case Lebanon/PROPN/NNP/Lebanon/6/obl ./PUNCT/././3/punct",
            new DateOnly(2005, 4, 26));
        var troops = At(actors, 7);
        Assert.Equal(("SYRMIL", MentionBasis.Coreference), (troops.Code, troops.Basis));
    }

    [Fact]
    public void Names_the_dictionaries_lack_take_the_country_they_are_said_to_come_from()
    {
        var actors = Link(
            "Rafat/PROPN/NNP/Rafat/12/nsubj Amirov/PROPN/NNP/Amirov/1/flat and/CCONJ/CC/and/4/cc Polad/PROPN/NNP/Polad/1/conj Omarov/PROPN/NNP/Omarov/4/flat ,/PUNCT/,/,/9/punct"
            + " both/CCONJ/CC/both/9/cc:preconj from/ADP/IN/from/9/case Azerbaijan/PROPN/NNP/Azerbaijan/1/conj ,/PUNCT/,/,/1/punct have/AUX/VBP/have/12/aux"
            + " accused/VERB/VBN/accuse/0/root Iran/PROPN/NNP/Iran/12/obj ./PUNCT/././12/punct",
            new DateOnly(2025, 3, 18), (0, 2, "PER"), (3, 5, "PER"));
        Assert.Equal(("AZE", MentionBasis.Described), (At(actors, 0).Country, At(actors, 0).Basis));
        Assert.Equal(("AZE", MentionBasis.Described), (At(actors, 3).Country, At(actors, 3).Basis));
    }
}

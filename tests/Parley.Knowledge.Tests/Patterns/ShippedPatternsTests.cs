using Parley.Knowledge.Patterns;

namespace Parley.Knowledge.Tests.Patterns;

public class ShippedPatternsTests
{
    private static KnowledgeBase Knowledge => ShippedDictionaries.Knowledge;

    private static EventPatterns Patterns => Knowledge.Patterns;

    [Fact]
    public void The_pattern_files_load_on_their_own_without_a_single_problem()
    {
        string In(string name) => Path.Combine(ShippedDictionaries.Folder, name);
        var error = Record.Exception(() => EventPatterns.Load(In("verbs.yaml"), In("nouns.yaml"), In("modality.yaml"), Knowledge.Cameo));
        Assert.True(error is null, error?.Message);
    }

    [Fact]
    public void The_pattern_files_hold_what_the_coder_needs_in_quantity()
    {
        Assert.InRange(Patterns.Verbs.Count, 120, 200);
        Assert.InRange(Patterns.Nouns.Count, 60, 200);
        Assert.Equal(["appeal", "attempt", "consider", "demand", "deny", "halt", "intent", "reject", "threaten", "ultimatum"], Patterns.Families.Select(f => f.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_code_a_pattern_or_family_gives_is_in_the_codebook()
    {
        var codes = Patterns.Verbs.Select(v => (Rule: "verbs.yaml#" + v.Id, v.Code))
            .Concat(Patterns.Nouns.Select(n => (Rule: "nouns.yaml#" + n.Id, n.Code)))
            .Concat(Patterns.Families.SelectMany(f => f.ByRoot.SelectMany(p => new[] { (Rule: f.Name, p.Key), (Rule: f.Name, p.Value) })));
        var unknown = codes.Where(c => !Knowledge.Cameo.Contains(c.Item2)).Select(c => $"{c.Rule}: {c.Item2}").ToList();
        Assert.Empty(unknown);
    }

    [Fact]
    public void Every_cameo_root_is_coded_by_some_verb_or_noun()
    {
        var covered = Patterns.Verbs.Select(v => v.Code).Concat(Patterns.Nouns.Select(n => n.Code)).Select(c => c[..2]).ToHashSet();
        var missing = Knowledge.Cameo.Roots.Select(r => r.Code).Where(r => !covered.Contains(r)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Every_complement_family_covers_the_cooperative_roots_it_recodes()
    {
        foreach (var name in new[] { "intent", "appeal", "demand" })
        {
            var family = Patterns.Family(name)!;
            foreach (var root in new[] { "04", "05", "06", "07", "08" })
            {
                Assert.True(family.CodeFor(root) is not null, $"{name} has no code for {root}");
            }
        }
    }

    [Fact]
    public void Every_lemma_modifier_verb_and_preposition_is_one_lower_case_word()
    {
        var words = Patterns.Verbs.SelectMany(v => v.Lemmas.Concat(v.Targets).Append(v.Preposition ?? "x"))
            .Concat(Patterns.Nouns.SelectMany(n => n.Lemmas.Concat(n.Modifiers).Concat(n.Verbs).Concat(n.Targets).Append(n.Preposition ?? "x")));
        var wrong = words.Where(w => w != w.ToLowerInvariant() || w.Any(char.IsWhiteSpace)).Distinct().ToList();
        Assert.Empty(wrong);
    }

    [Fact]
    public void Every_complement_a_pattern_names_is_a_family()
    {
        var names = Patterns.Verbs.Select(v => v.Complement).Concat(Patterns.Nouns.Select(n => n.Complement)).OfType<string>().Distinct();
        Assert.All(names, name => Assert.NotNull(Patterns.Family(name)));
    }

    [Theory]
    [InlineData("criticize", "111")]
    [InlineData("criticise", "111")]
    [InlineData("Condemn", "111")]
    [InlineData("accuse", "112")]
    [InlineData("meet", "040")]
    [InlineData("visit", "042")]
    [InlineData("arrest", "173")]
    [InlineData("sanction", "163")]
    [InlineData("protest", "141")]
    [InlineData("attack", "190")]
    [InlineData("shell", "194")]
    [InlineData("kidnap", "181")]
    [InlineData("massacre", "202")]
    public void A_verb_lemma_codes_its_event(string lemma, string code)
    {
        var pattern = Assert.Single(Patterns.VerbsFor(lemma));
        Assert.Equal(code, pattern.Code);
    }

    [Fact]
    public void Call_codes_an_appeal_only_with_for_or_on_and_never_bare()
    {
        // Bare "call" codes only when it calls its object a word of condemnation (call-judged, 111).
        var patterns = Patterns.VerbsFor("call").Where(p => !p.Judged).ToList();
        Assert.Equal("111", Assert.Single(Patterns.VerbsFor("call"), p => p.Judged).Code);
        Assert.All(patterns, p => Assert.NotNull(p.Preposition));
        var callFor = Assert.Single(patterns, p => p.Preposition == "for");
        Assert.Equal("020", callFor.Code);
        Assert.Equal("appeal", callFor.Complement);
        Assert.True(callFor.TargetOptional);
        Assert.Equal(["on"], Assert.Single(patterns, p => p.Preposition == "on").Targets);
    }

    [Fact]
    public void A_verb_with_a_preposition_comes_before_the_same_verb_without()
    {
        var agree = Patterns.VerbsFor("agree");
        Assert.Equal(["with", null], agree.Select(p => p.Preposition));
        Assert.Equal(["019", "030"], agree.Select(p => p.Code));
        Assert.All(agree, p => Assert.Equal("intent", p.Complement));
    }

    [Fact]
    public void Meet_takes_its_target_from_the_object_or_from_with()
    {
        Assert.Equal(["obj", "with"], Assert.Single(Patterns.VerbsFor("meet")).Targets);
    }

    [Theory]
    [InlineData("say")]
    [InlineData("tell")]
    [InlineData("report")]
    public void Reporting_verbs_code_nothing_themselves(string lemma)
    {
        // Only words around them can make them an event: "told Iraq to comply or face serious consequences", "said the
        // raid was illegal".
        Assert.All(Patterns.VerbsFor(lemma), pattern => Assert.True(pattern.Cue is not null || pattern.Judged, pattern.Id));
        Assert.Contains(lemma, Patterns.Modality.ReportingVerbs);
    }

    [Theory]
    [InlineData("ready")]
    [InlineData("willing")]
    [InlineData("prepared")]
    public void An_adjective_of_readiness_expresses_intent_and_folds_what_it_governs(string lemma)
    {
        var pattern = Assert.Single(Patterns.VerbsFor(lemma));
        Assert.Equal("030", pattern.Code);
        Assert.Equal("intent", pattern.Complement);
    }

    [Fact]
    public void A_conversation_counts_as_a_phone_call_only_with_a_phone_modifier()
    {
        var patterns = Patterns.NounsFor("conversation");
        Assert.Equal("041", patterns[0].Code);
        Assert.Contains("phone", patterns[0].Modifiers);
        Assert.All(patterns.Skip(1), p => Assert.NotEqual("041", p.Code));
    }

    [Fact]
    public void Talks_are_a_phone_call_then_halted_talks_then_negotiation_from_most_to_least_specific()
    {
        Assert.Equal(["041", "164", "046"], Patterns.NounsFor("talk").Select(p => p.Code));
    }

    [Fact]
    public void Strike_is_a_labour_strike_by_modifier_or_verb_and_a_military_strike_only_when_bare()
    {
        var strike = Patterns.NounsFor("strike");
        Assert.Equal("190", strike[^1].Code);
        Assert.Empty(strike[^1].Modifiers);
        Assert.Empty(strike[^1].Verbs);
        Assert.Contains(strike, p => p.Code == "143" && p.Modifiers.Contains("general"));
        Assert.Contains(strike, p => p.Code == "143" && p.Verbs.Contains("stage"));
        Assert.Contains(strike, p => p.Code == "195" && p.Modifiers.Contains("air"));
        Assert.Contains(strike, p => p.Code == "142" && p.Modifiers.Contains("hunger"));
    }

    [Theory]
    [InlineData("impose", "163")]
    [InlineData("slap", "163")]
    [InlineData("lift", "085")]
    public void Sanctions_code_by_the_verb_that_governs_them(string verb, string code)
    {
        var pattern = Assert.Single(Patterns.NounsFor("sanction"), p => p.Verbs.Contains(verb));
        Assert.Equal(code, pattern.Code);
        Assert.Equal(["on", "against"], pattern.Targets);
    }

    [Fact]
    public void A_visit_happens_where_its_target_is()
    {
        // A visit cancelled is the other pattern of the noun (meeting-cancelled, 161), found only with its verbs.
        var visit = Assert.Single(Patterns.NounsFor("visit"), p => p.Verbs.Count == 0);
        Assert.Equal("042", visit.Code);
        Assert.True(visit.AtTarget);
    }

    [Fact]
    public void Aid_that_is_pledged_is_intent_and_aid_that_is_sent_is_aid()
    {
        var aid = Patterns.NounsFor("aid");
        Assert.Equal("033", Assert.Single(aid, p => p.Verbs.Contains("pledge")).Code);
        Assert.Equal("070", Assert.Single(aid, p => p.Modifiers.Count == 0 && p.Verbs.Contains("send")).Code);
        Assert.Equal("073", Assert.Single(aid, p => p.Modifiers.Contains("humanitarian") && p.Verbs.Contains("send")).Code);
    }

    [Theory]
    [InlineData("intent", "04", "036")]
    [InlineData("intent", "0874", "0356")]
    [InlineData("intent", "0871", "0871")]
    [InlineData("intent", "195", "1384")]
    [InlineData("appeal", "046", "026")]
    [InlineData("appeal", "0871", "0256")]
    [InlineData("appeal", "073", "0233")]
    [InlineData("demand", "0841", "1053")]
    [InlineData("reject", "046", "125")]
    [InlineData("reject", "011", "011")]
    [InlineData("reject", "1121", "016")]
    [InlineData("threaten", "163", "1312")]
    [InlineData("threaten", "190", "1384")]
    public void A_complement_family_recodes_a_governed_event_by_its_code_or_nearest_ancestor(string family, string governed, string code)
    {
        Assert.Equal(code, Patterns.Family(family)!.CodeForEvent(governed));
    }

    [Fact]
    public void Intent_does_not_fold_verbal_conflict()
    {
        Assert.Null(Patterns.Family("intent")!.CodeForEvent("111"));
    }

    [Fact]
    public void The_modality_cues_hold_the_usual_words()
    {
        var cues = Patterns.Modality;
        Assert.Contains("could", cues.HypotheticalAuxiliaries);
        Assert.Contains("potential", cues.HypotheticalModifiers);
        Assert.Contains("consider", cues.HypotheticalGovernors);
        Assert.Contains("will", cues.FutureAuxiliaries);
        Assert.Contains("upcoming", cues.FutureModifiers);
        Assert.Contains("plan", cues.FutureGovernors);
        Assert.Contains("not", cues.Negators);
        Assert.Contains("call off", cues.NegatingGovernors);
        Assert.Contains("Say", cues.ReportingVerbs);
        Assert.Contains("take place", cues.RealisingVerbs);
        Assert.DoesNotContain("must", cues.HypotheticalAuxiliaries);
        Assert.DoesNotContain("postpone", cues.NegatingGovernors);
    }
}

using Parley.Knowledge.Patterns;

namespace Parley.Knowledge.Tests.Patterns;

public class EventPatternsTests
{
    private static readonly ModalityCues NoCues = ModalityCues.None;

    private static NounPattern Noun(string id, IReadOnlyList<string>? modifiers = null, IReadOnlyList<string>? verbs = null, string? prep = null) =>
        new() { Id = id, Lemmas = ["call"], Code = "040", Modifiers = modifiers ?? [], Verbs = verbs ?? [], Preposition = prep };

    private static VerbPattern Verb(string id, string? prep = null) => new() { Id = id, Lemmas = ["call"], Code = "020", Preposition = prep };

    [Fact]
    public void Equally_specific_patterns_keep_their_file_order()
    {
        // List.Sort is unstable; with many equal patterns it used to shuffle them.
        var nouns = Enumerable.Range(0, 40).Select(i => Noun($"n{i}", verbs: ["hold"])).ToList();
        var verbs = Enumerable.Range(0, 40).Select(i => Verb($"v{i}")).ToList();
        var patterns = new EventPatterns(verbs, nouns, [], NoCues);
        Assert.Equal(nouns.Select(n => n.Id), patterns.NounsFor("call").Select(n => n.Id));
        Assert.Equal(verbs.Select(v => v.Id), patterns.VerbsFor("call").Select(v => v.Id));
    }

    [Fact]
    public void Nouns_come_most_specific_first_modifier_then_preposition_then_verb_then_bare()
    {
        var patterns = new EventPatterns([], [
            Noun("bare"), Noun("verb", verbs: ["hold"]), Noun("prep", prep: "for"), Noun("modifier", modifiers: ["phone"]),
            Noun("modifier-and-verb", modifiers: ["phone"], verbs: ["make"]), Noun("bare-2"),
        ], [], NoCues);
        Assert.Equal(["modifier-and-verb", "modifier", "prep", "verb", "bare", "bare-2"], patterns.NounsFor("CALL").Select(n => n.Id));
    }

    [Fact]
    public void Verbs_with_a_preposition_come_first_then_the_rest_in_file_order()
    {
        var patterns = new EventPatterns([Verb("bare"), Verb("for", "for"), Verb("bare-2"), Verb("on", "on")], [], [], NoCues);
        Assert.Equal(["for", "on", "bare", "bare-2"], patterns.VerbsFor("call").Select(v => v.Id));
    }

    [Fact]
    public void An_unknown_lemma_has_no_patterns()
    {
        var patterns = new EventPatterns([Verb("v")], [Noun("n")], [], NoCues);
        Assert.Empty(patterns.VerbsFor("meet"));
        Assert.Empty(patterns.NounsFor("meeting"));
        Assert.Null(patterns.Family("intent"));
    }

    [Fact]
    public void A_family_looks_up_the_governed_code_then_its_ancestors()
    {
        var family = new ComplementFamily("intent", new Dictionary<string, string> { ["08"] = "035", ["087"] = "0356", ["0871"] = "0871" });
        Assert.Equal("0871", family.CodeForEvent("0871"));
        Assert.Equal("0356", family.CodeForEvent("0874"));
        Assert.Equal("035", family.CodeForEvent("0841"));
        Assert.Equal("035", family.CodeFor("08"));
        Assert.Null(family.CodeFor("087x"));
        Assert.Null(family.CodeForEvent("19"));
    }
}

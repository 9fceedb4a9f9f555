namespace Parley.Knowledge.Tests.Petrarch;

public class ShippedVerbLexiconTests
{
    [Fact]
    public void The_knowledge_base_loads_the_compiled_CAMEO_verb_lexicon()
    {
        var lexicon = ShippedDictionaries.Knowledge.VerbLexicon;
        Assert.NotNull(lexicon);
        Assert.Equal("cameo-verbs", lexicon.Name);
        Assert.True(lexicon.Verbs.Count > 1800);
        Assert.True(lexicon.PatternCount > 4600);
        Assert.Contains(lexicon.Candidates("hurried", "hurry").ToArray(), v => v.Lemma == "hurry" && v.Block == "accelerate");
        Assert.All(lexicon.Verbs.SelectMany(v => v.Patterns).Take(50), p => Assert.StartsWith("cameo-verbs#L", p.Id, StringComparison.Ordinal));
    }
}

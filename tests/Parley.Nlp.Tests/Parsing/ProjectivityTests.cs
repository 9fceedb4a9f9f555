using Parley.Nlp.Parsing;

namespace Parley.Nlp.Tests.Parsing;

public class ProjectivityTests
{
    [Fact]
    public void A_tree_without_crossing_arcs_is_projective()
    {
        foreach (var words in TreeBank.Projective)
        {
            Assert.True(Projectivity.IsProjective(words.Select(w => w.Head).ToArray()));
        }
    }

    [Fact]
    public void A_crossing_arc_makes_a_tree_non_projective()
    {
        Assert.False(Projectivity.IsProjective(TreeBank.NonProjective.Select(w => w.Head).ToArray()));
    }

    [Fact]
    public void Projectivizing_lifts_the_crossing_arc_to_the_heads_head()
    {
        var heads = TreeBank.NonProjective.Select(w => w.Head).ToArray();
        int lifts = Projectivity.Projectivize(heads);
        Assert.Equal(1, lifts);
        // "issue" moves from "hearing" to "scheduled"; nothing else changes.
        Assert.Equal(3, heads[6]);
        Assert.True(Projectivity.IsProjective(heads));
        Assert.Equal(TreeBank.NonProjective.Select(w => w.Head).Where((_, i) => i != 6), heads.Where((_, i) => i != 6));
    }

    [Fact]
    public void Projectivizing_a_projective_tree_changes_nothing()
    {
        var heads = TreeBank.TalksWereHeld.Select(w => w.Head).ToArray();
        Assert.Equal(0, Projectivity.Projectivize(heads));
        Assert.Equal(TreeBank.TalksWereHeld.Select(w => w.Head), heads);
    }
}

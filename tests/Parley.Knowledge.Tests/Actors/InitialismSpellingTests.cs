using Parley.Knowledge.Actors;

namespace Parley.Knowledge.Tests.Actors;

public class InitialismSpellingTests
{
    [Theory]
    [InlineData("UN Human Rights Council", "U.N. Human Rights Council")]
    [InlineData("U.N. refugee agency", "UN refugee agency")]
    [InlineData("US Army", "U.S. Army")]
    [InlineData("E.U. Commission", "EU Commission")]
    public void A_name_with_an_initialism_has_the_other_spelling(string name, string other)
    {
        Assert.Equal(other, InitialismSpelling.OtherOf(name));
    }

    [Theory]
    [InlineData("US")]
    [InlineData("U.N.")]
    [InlineData("World Health Organization")]
    public void A_single_word_or_a_name_without_initialism_has_none(string name)
    {
        Assert.Null(InitialismSpelling.OtherOf(name));
    }

    [Fact]
    public void The_catalogue_finds_a_body_by_the_spelling_its_entry_does_not_list()
    {
        var found = ShippedDictionaries.Knowledge.Actors.Find("U.N. Human Rights Council");
        Assert.Equal("UN Human Rights Council", Assert.Single(found).Name);
    }
}

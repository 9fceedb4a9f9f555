using Parley.Knowledge.Actors;

namespace Parley.Knowledge.Tests.Actors;

public class AgentCatalogTests
{
    [Fact]
    public void A_party_family_counts_only_as_a_capitalised_name()
    {
        var agents = ShippedDictionaries.Knowledge.Agents;
        Assert.Equal(["PTY"], Assert.Single(agents.Find("Greens")).Sectors);
        Assert.Equal(["PTY"], Assert.Single(agents.Find("Social Democrats")).Sectors);
        Assert.Empty(agents.Find("greens"));
        Assert.Empty(agents.Find("Green"));
    }

    private static AgentCatalog Agents => ShippedDictionaries.Knowledge.Agents;

    [Theory]
    [InlineData("jets", true)]
    [InlineData("drone", true)]
    [InlineData("tanks", true)]
    [InlineData("troops", false)]
    [InlineData("passenger plane", false)]
    public void A_weapon_or_craft_needs_an_owner_to_be_an_actor(string noun, bool needsOwner)
    {
        Assert.Equal(needsOwner, Assert.Single(Agents.Find(noun)).NeedsOwner);
    }

    [Theory]
    [InlineData("spokesman", "GOV")]
    [InlineData("spokesmen", "GOV")]
    [InlineData("spokeswoman", "GOV")]
    [InlineData("spokesperson", "GOV")]
    [InlineData("spokespeople", "GOV")]
    [InlineData("president", "GOV")]
    [InlineData("prime minister", "GOV")]
    [InlineData("foreign minister", "GOV")]
    [InlineData("officials", "GOV")]
    [InlineData("authorities", "GOV")]
    [InlineData("diplomats", "GOV")]
    [InlineData("secretary-general", "GOV")]
    [InlineData("secretaries-general", "GOV")]
    [InlineData("general secretary", "GOV")]
    [InlineData("troops", "MIL")]
    [InlineData("army", "MIL")]
    [InlineData("armies", "MIL")]
    [InlineData("soldiers", "MIL")]
    [InlineData("police", "COP")]
    [InlineData("court", "JUD")]
    [InlineData("judges", "JUD")]
    [InlineData("lawmakers", "LEG")]
    [InlineData("parliament", "LEG")]
    [InlineData("protesters", "OPP")]
    [InlineData("demonstrators", "OPP")]
    [InlineData("rebels", "REB")]
    [InlineData("militants", "REB")]
    [InlineData("militias", "REB")]
    [InlineData("insurgents", "INS")]
    [InlineData("journalists", "MED")]
    [InlineData("media", "MED")]
    [InlineData("civilians", "CVL")]
    [InlineData("refugees", "REF")]
    [InlineData("state media", "GOVMED")]
    [InlineData("State Media", "GOVMED")]
    public void An_agent_noun_names_its_sector(string noun, string code)
    {
        Assert.Equal(code, Assert.Single(Agents.Find(noun)).Code);
    }

    [Fact]
    public void Foreign_minister_is_matched_whole_not_as_minister()
    {
        string[] tokens = ["Chinese", "Foreign", "Minister", "Wang", "Yi"];
        var match = Agents.LongestMatch(tokens, 1)!;
        Assert.Equal(2, match.Length);
        Assert.Equal("foreign minister", match.Entries[0].Text);
    }

    [Fact]
    public void International_sectors_are_marked_as_such()
    {
        Assert.True(Agents.Sector("IGO")!.IsInternational);
        Assert.False(Agents.Sector("GOV")!.IsInternational);
    }
}

using Parley.Knowledge.Events;

namespace Parley.Knowledge.Tests.Events;

public class CameoAndPloverTests
{
    private static CameoCodebook Cameo => ShippedDictionaries.Knowledge.Cameo;

    private static PloverMap Plover => ShippedDictionaries.Knowledge.Plover;

    [Theory]
    [InlineData("036", "Express intent to meet or negotiate", 4.0, 1, "03")]
    [InlineData("111", "Criticize or denounce", -2.0, 3, "11")]
    [InlineData("190", "Use conventional military force not covered below", -10.0, 4, "19")]
    [InlineData("041", "Discuss by telephone", 1.0, 1, "04")]
    [InlineData("044", "Meet at a third location", 2.5, 1, "04")]
    [InlineData("057", "Sign a formal agreement", 8.0, 1, "05")]
    [InlineData("073", "Provide humanitarian aid", 7.4, 2, "07")]
    [InlineData("0871", "Declare a truce or ceasefire", 9.0, 2, "08")]
    [InlineData("0211", "Appeal for economic cooperation", 3.4, 1, "02")]
    [InlineData("173", "Arrest, detain or charge", -5.0, 4, "17")]
    [InlineData("20", "Use unconventional mass violence", -10.0, 4, "20")]
    public void A_cameo_code_has_its_name_goldstein_value_quad_class_and_root(string code, string name, double goldstein, int quad, string root)
    {
        var cameo = Cameo.Get(code)!;
        Assert.Equal(name, cameo.Name);
        Assert.Equal(goldstein, cameo.Goldstein);
        Assert.Equal(quad, cameo.QuadClass);
        Assert.Equal(root, cameo.Root);
    }

    [Fact]
    public void A_four_digit_code_hangs_off_its_three_digit_parent_and_a_three_digit_code_off_its_root()
    {
        Assert.Equal("087", Cameo.Get("0871")!.Parent);
        Assert.Equal("08", Cameo.Get("087")!.Parent);
        Assert.Null(Cameo.Get("08")!.Parent);
    }

    [Fact]
    public void An_unknown_code_falls_back_to_its_nearest_known_ancestor()
    {
        Assert.Equal("036", Cameo.GetOrAncestor("0369")!.Code);
        Assert.Null(Cameo.Get("0369"));
        Assert.Null(Cameo.GetOrAncestor("99"));
    }

    [Theory]
    [InlineData("036", "AGREE", null)]
    [InlineData("030", "AGREE", null)]
    [InlineData("041", "CONSULT", "phone")]
    [InlineData("042", "CONSULT", "visit")]
    [InlineData("044", "CONSULT", "third-party")]
    [InlineData("051", "SUPPORT", null)]
    [InlineData("026", "REQUEST", "meet")]
    [InlineData("061", "COOPERATE", null)]
    [InlineData("073", "AID", null)]
    [InlineData("0871", "CONCEDE", null)]       // a declared ceasefire is a verbal concession (PLOVER codebook)
    [InlineData("0353", "CONCEDE", null)]       // so is a promise to release
    [InlineData("0872", "RETREAT", "withdraw")] // a withdrawal that happened is a retreat
    [InlineData("083", "CONCEDE", null)]
    [InlineData("111", "ACCUSE", "disapprove")]
    [InlineData("125", "REJECT", "meet")]
    [InlineData("138", "THREATEN", "violence")]
    [InlineData("141", "PROTEST", "demo")]
    [InlineData("154", "MOBILIZE", "troops")]
    [InlineData("161", "SANCTION", "withdraw")]
    [InlineData("173", "COERCE", "arrest")]
    [InlineData("190", "ASSAULT", null)]
    [InlineData("193", "ASSAULT", "firearms")]
    public void A_cameo_code_maps_to_its_plover_event_and_mode(string cameo, string ploverEvent, string? mode)
    {
        var mapping = Plover.Map(cameo)!;
        Assert.Equal(ploverEvent, mapping.Event);
        Assert.Equal(mode, mapping.Mode);
    }

    [Fact]
    public void Sanctions_are_a_plover_sanction_as_the_manual_says()
    {
        Assert.Equal(("SANCTION", "discontinue"), (Plover.Map("163")!.Event, Plover.Map("163")!.Mode));
    }

    [Fact]
    public void A_conviction_is_a_plover_sanction_where_an_arrest_with_the_same_cameo_code_is_coercion()
    {
        Assert.Equal(("SANCTION", "convict"), (Plover.Map("173", ["court", "convict"])!.Event, Plover.Map("173", ["convict"])!.Mode));
        Assert.Equal("SANCTION", Plover.Map("173", ["Sentence"])!.Event);
        Assert.Equal(("COERCE", "arrest"), (Plover.Map("173", ["arrest"])!.Event, Plover.Map("173", ["arrest"])!.Mode));
        Assert.Equal("COERCE", Plover.Map("173")!.Event);
        Assert.Contains(Plover.Readings("173"), m => m.Event == "SANCTION");
        Assert.Contains(Plover.Readings("173"), m => m.Event == "COERCE");
    }

    [Fact]
    public void A_code_without_its_own_line_takes_its_parents_mapping()
    {
        var mapping = Plover.Map("0872")!;
        Assert.Equal("RETREAT", mapping.Event);
        Assert.Equal("withdraw", mapping.Mode);
        Assert.Equal("0872", mapping.Cameo);
        Assert.Equal("087", Plover.Map("0873")!.Cameo);
    }

    [Fact]
    public void Public_statements_have_no_plover_event()
    {
        Assert.Null(Plover.Map("010"));
        Assert.True(Plover.Covers("010"));
    }

    [Fact]
    public void Contexts_come_with_the_mapping()
    {
        Assert.Equal(["diplomatic"], Plover.Map("036")!.Contexts);
        Assert.Equal(["military"], Plover.Map("0312")!.Contexts);
    }
}

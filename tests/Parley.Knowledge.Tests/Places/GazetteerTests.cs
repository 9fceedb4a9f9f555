using Parley.Knowledge.Places;

namespace Parley.Knowledge.Tests.Places;

public class GazetteerTests
{
    private static Gazetteer Gazetteer => ShippedDictionaries.Knowledge.Gazetteer;

    [Theory]
    [InlineData("Helsinki", "FIN", 60.17, 24.94)]
    [InlineData("helsinki", "FIN", 60.17, 24.94)]
    [InlineData("Beijing", "CHN", 39.91, 116.40)]
    [InlineData("Peking", "CHN", 39.91, 116.40)]
    [InlineData("Kiev", "UKR", 50.45, 30.52)]
    [InlineData("Kyiv", "UKR", 50.45, 30.52)]
    [InlineData("Washington", "USA", 38.90, -77.04)]
    [InlineData("Bogota", "COL", 4.71, -74.07)]
    [InlineData("Zurich", "CHE", 47.38, 8.54)]
    [InlineData("Odessa", "UKR", 46.48, 30.72)]
    [InlineData("Finland", "FIN", 64.0, 26.0)]
    public void A_place_is_found_by_name_or_alias_regardless_of_case_and_accents(string name, string country, double lat, double lon)
    {
        var place = Gazetteer.Resolve(name)!;
        Assert.Equal(country, place.Country);
        Assert.Equal(lat, place.Location.Latitude, 1);
        Assert.Equal(lon, place.Location.Longitude, 1);
    }

    [Fact]
    public void An_ambiguous_name_prefers_the_capital_over_a_smaller_namesake()
    {
        var places = Gazetteer.Find("Tripoli");
        Assert.Equal("LBY", places[0].Country);
        Assert.Equal(PlaceKind.Capital, places[0].Kind);
        Assert.Contains(places, p => p.Country == "LBN");
    }

    [Fact]
    public void A_place_can_be_asked_for_within_one_country()
    {
        Assert.Equal("LBN", Assert.Single(Gazetteer.Find("Tripoli", "LBN")).Country);
    }

    [Fact]
    public void A_dependency_capital_does_not_outrank_a_larger_city_of_the_same_name()
    {
        var withOntario = Gazetteer.WithPlaces([new Place
        {
            Name = "Hamilton", Country = "CAN", Location = new GeoPoint(43.26, -79.87), Kind = PlaceKind.City, Population = 570000,
        }]);
        Assert.Equal("CAN", withOntario.Resolve("Hamilton")!.Country);
        Assert.Equal("BMU", Gazetteer.Resolve("Hamilton")!.Country);
    }

    [Fact]
    public void Added_places_that_repeat_a_built_in_one_are_skipped()
    {
        var repeat = new Place { Name = "Helsinki", Country = "FIN", Location = new GeoPoint(60.1695, 24.9354), Kind = PlaceKind.Capital, GeoNameId = 658225 };
        var merged = Gazetteer.WithPlaces([repeat]);
        Assert.Equal(Gazetteer.Places.Count, merged.Places.Count);
        Assert.Null(merged.Resolve("Helsinki")!.GeoNameId);
    }

    [Fact]
    public void Alpha2_codes_map_to_alpha3()
    {
        var countries = ShippedDictionaries.Knowledge.Countries;
        Assert.Equal("FIN", countries.Alpha3Of("FI"));
        Assert.Equal("GBR", countries.Alpha3Of("GB"));
        Assert.Equal("NOR", countries.Alpha3Of("NO"));
        Assert.Null(countries.Alpha3Of("ZZ"));
    }

    [Fact]
    public void The_longest_place_name_is_matched_in_a_token_sequence()
    {
        string[] tokens = ["in", "Ho", "Chi", "Minh", "City", "on", "Monday"];
        var match = Gazetteer.LongestMatch(tokens, 1)!;
        Assert.Equal(4, match.Length);
        Assert.Equal("VNM", match.Entries[0].Country);
    }
}

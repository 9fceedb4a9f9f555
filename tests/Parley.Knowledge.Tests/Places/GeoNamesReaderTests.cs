using Parley.Knowledge.Places;
using Parley.Testing;

namespace Parley.Knowledge.Tests.Places;

public class GeoNamesReaderTests
{
    private const string Helsinki =
        "658225\tHelsinki\tHelsinki\tHEL,Helsingfors,Helsinki,Хельсинки,Helsinkium\t60.16952\t24.93545\tP\tPPLC\tFI\t\t01\t091\t\t\t658864\t\t26\tEurope/Helsinki\t2023-01-12";

    private const string Espoo =
        "660129\tEspoo\tEspoo\tEsbo\t60.2052\t24.6522\tP\tPPLA2\tFI\t\t18\t049\t\t\t256760\t\t19\tEurope/Helsinki\t2019-09-05";

    private static IReadOnlyList<Place> Read(string text, List<DictionaryProblem>? problems = null) =>
        GeoNamesReader.Read(new StringReader(text), "cities.txt", ShippedDictionaries.Knowledge.Countries, problems is null ? null : problems.Add).ToList();

    [Fact]
    public void A_geonames_line_becomes_a_place_with_alpha3_country_and_coordinates()
    {
        var place = Assert.Single(Read(Helsinki + "\n"));
        Assert.Equal("Helsinki", place.Name);
        Assert.Equal("FIN", place.Country);
        Assert.Equal(60.16952, place.Location.Latitude);
        Assert.Equal(24.93545, place.Location.Longitude);
        Assert.Equal(658864, place.Population);
        Assert.Equal(PlaceKind.Capital, place.Kind);
        Assert.Equal(658225, place.GeoNameId);
    }

    [Fact]
    public void Latin_alternate_names_are_kept_and_codes_and_other_scripts_dropped()
    {
        var place = Assert.Single(Read(Helsinki));
        Assert.Contains("Helsingfors", place.Aliases);
        Assert.DoesNotContain("HEL", place.Aliases);
        Assert.DoesNotContain("Хельсинки", place.Aliases);
    }

    [Theory]
    [InlineData("660129\tEspoo\tEspoo", "expected 19 tab-separated columns, found 3")]
    [InlineData("x60129\tEspoo\tEspoo\tEsbo\t60.2\t24.6\tP\tPPL\tFI\t\t18\t049\t\t\t256760\t\t19\tEurope/Helsinki\t2019-09-05", "geonameid 'x60129' is not a number")]
    [InlineData("660129\tEspoo\tEspoo\tEsbo\t96.2\t24.6\tP\tPPL\tFI\t\t18\t049\t\t\t256760\t\t19\tEurope/Helsinki\t2019-09-05", "latitude '96.2' is not a number in [-90, 90]")]
    [InlineData("660129\tEspoo\tEspoo\tEsbo\tNaN\t24.6\tP\tPPL\tFI\t\t18\t049\t\t\t256760\t\t19\tEurope/Helsinki\t2019-09-05", "latitude 'NaN' is not a number in [-90, 90]")]
    [InlineData("660129\tEspoo\tEspoo\tEsbo\t60.2\tNaN\tP\tPPL\tFI\t\t18\t049\t\t\t256760\t\t19\tEurope/Helsinki\t2019-09-05", "longitude 'NaN' is not a number in [-180, 180]")]
    [InlineData("660129\tEspoo\tEspoo\tEsbo\t-Infinity\t24.6\tP\tPPL\tFI\t\t18\t049\t\t\t256760\t\t19\tEurope/Helsinki\t2019-09-05", "latitude '-Infinity' is not a number in [-90, 90]")]
    [InlineData("660129\tEspoo\tEspoo\tEsbo\t60.2\t1e999\tP\tPPL\tFI\t\t18\t049\t\t\t256760\t\t19\tEurope/Helsinki\t2019-09-05", "longitude '1e999' is not a number in [-180, 180]")]
    [InlineData("660129\tEspoo\tEspoo\tEsbo\t60.2\teast\tP\tPPL\tFI\t\t18\t049\t\t\t256760\t\t19\tEurope/Helsinki\t2019-09-05", "longitude 'east' is not a number in [-180, 180]")]
    [InlineData("660129\tEspoo\tEspoo\tEsbo\t60.2\t24.6\tP\tPPL\tZZ\t\t18\t049\t\t\t256760\t\t19\tEurope/Helsinki\t2019-09-05", "country code 'ZZ' is not an alpha-2 code in countries.yaml")]
    [InlineData("660129\tEspoo\tEspoo\tEsbo\t60.2\t24.6\tP\tPPL\tFI\t\t18\t049\t\t\t-5\t\t19\tEurope/Helsinki\t2019-09-05", "population '-5' is not a whole number")]
    public void A_malformed_line_is_reported_with_file_and_line(string badLine, string message)
    {
        var error = Assert.Throws<DictionaryException>(() => Read(Espoo + "\n" + badLine + "\n"));
        Assert.Equal($"cities.txt:2: {message}", error.Message);
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void With_a_problem_handler_bad_lines_are_skipped_and_the_rest_is_read()
    {
        var problems = new List<DictionaryProblem>();
        var places = Read(Helsinki + "\nbroken line\n" + Espoo + "\n", problems);
        Assert.Equal(["Helsinki", "Espoo"], places.Select(p => p.Name));
        Assert.Equal("cities.txt:2: expected 19 tab-separated columns, found 1", Assert.Single(problems).ToString());
    }

    [SharedDataFact("places/cities1000.txt")]
    public void The_shared_cities1000_dump_reads_whole_and_finds_helsinki_and_beijing()
    {
        var problems = new List<DictionaryProblem>();
        var places = GeoNamesReader.Read(RepositoryPaths.InSharedData("places", "cities1000.txt"), ShippedDictionaries.Knowledge.Countries, problems.Add).ToList();
        Assert.True(places.Count > 130_000, $"{places.Count} places");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(10)));

        var gazetteer = ShippedDictionaries.Knowledge.Gazetteer.WithPlaces(places);
        var helsinki = gazetteer.Find("Helsinki", "FIN")[0];
        Assert.Equal(60.17, helsinki.Location.Latitude, 1);
        Assert.Equal(24.94, helsinki.Location.Longitude, 1);
        var beijing = gazetteer.Resolve("Beijing")!;
        Assert.Equal("CHN", beijing.Country);
        Assert.Equal(39.9, beijing.Location.Latitude, 1);
        Assert.Equal(116.4, beijing.Location.Longitude, 1);
        // A GeoNames-only town is found too, under its own and its alternate names.
        var espoo = gazetteer.Resolve("Espoo")!;
        Assert.Equal("FIN", espoo.Country);
        Assert.Equal("FIN", gazetteer.Resolve("Esbo")!.Country);
    }
}

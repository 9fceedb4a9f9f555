using System.Globalization;
using System.Text.Json;
using Parley.Testing;

namespace Parley.Knowledge.Tests;

/// <summary>
/// Checks the team's hand-written dictionaries against the openly licensed references in ../shared/data. The
/// references are read, never copied: a failure lists the facts to re-check by hand.
/// </summary>
public class SharedDataCrossCheckTests
{
    [SharedDataFact("places/iso_3166-1.json")]
    public void Every_iso_3166_country_is_in_countries_yaml_with_the_same_alpha2()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(RepositoryPaths.InSharedData("places", "iso_3166-1.json")));
        var countries = ShippedDictionaries.Knowledge.Countries;
        var differences = new List<string>();
        foreach (var entry in json.RootElement.GetProperty("3166-1").EnumerateArray())
        {
            var alpha3 = entry.GetProperty("alpha_3").GetString()!;
            var alpha2 = entry.GetProperty("alpha_2").GetString()!;
            var country = countries.Get(alpha3);
            if (country is null)
            {
                differences.Add($"{alpha3} ({entry.GetProperty("name").GetString()}) is missing");
            }
            else if (country.Alpha2 != alpha2)
            {
                differences.Add($"{alpha3} has iso2 {country.Alpha2}, ISO says {alpha2}");
            }
        }
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [SharedDataFact("cameo/cameo-codes.csv")]
    public void The_cameo_codebook_has_every_code_and_goldstein_value_of_cameo_1_1b3()
    {
        var cameo = ShippedDictionaries.Knowledge.Cameo;
        var differences = new List<string>();
        var reference = new HashSet<string>();
        foreach (var line in File.ReadLines(RepositoryPaths.InSharedData("cameo", "cameo-codes.csv")).Skip(1))
        {
            var fields = SplitCsv(line);
            if (fields.Count < 3 || fields[0].Length is < 2 or > 4 || !fields[0].All(char.IsAsciiDigit))
            {
                continue;
            }
            reference.Add(fields[0]);
            var mine = cameo.Get(fields[0]);
            if (mine is null)
            {
                differences.Add($"{fields[0]} is missing");
            }
            else if (double.TryParse(fields[2], NumberStyles.Float, CultureInfo.InvariantCulture, out double goldstein)
                && Math.Abs(goldstein - mine.Goldstein) > 1e-9)
            {
                differences.Add($"{fields[0]} has Goldstein {mine.Goldstein}, the reference {goldstein}");
            }
        }
        differences.AddRange(cameo.All.Where(c => !reference.Contains(c.Code)).Select(c => $"{c.Code} is not in CAMEO 1.1b3"));
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [SharedDataFact("plover/CAMEO2PLOVER-2021.txt")]
    public void The_plover_event_types_agree_with_the_published_conversion_table()
    {
        var plover = ShippedDictionaries.Knowledge.Plover;
        var differences = new List<string>();
        foreach (var raw in File.ReadLines(RepositoryPaths.InSharedData("plover", "CAMEO2PLOVER-2021.txt")))
        {
            var line = raw.Split('#')[0].Trim();
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 3 || !line[..colon].All(char.IsAsciiDigit))
            {
                continue;
            }
            var code = line[..colon];
            var published = line[(colon + 1)..].Split(',')[0].Trim();
            if (published.Length == 0)
            {
                continue;
            }
            var mine = plover.Map(code)?.Event ?? "none";
            if (mine != published && !DepartsOnPurpose(code, published, mine))
            {
                differences.Add($"{code}: published {published}, plover.yaml {mine}");
            }
        }
        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    /// <summary>
    /// The departures plover.yaml's header gives its reasons for: intents to yield (035x) and declared ceasefires
    /// (0871) are CONCEDE, as PLOVER's codebook defines verbal concessions; easing a curfew or a state of emergency (0813,
    /// 0814) is CONCEDE, "ease restrictions", like the rest of 081; sanctions (163) are SANCTION, as the manual says;
    /// stepping down (0831) is RETREAT, whose modes include 'resign'.
    /// </summary>
    private static bool DepartsOnPurpose(string code, string published, string mine) =>
        (mine == "CONCEDE" && ((code.StartsWith("035", StringComparison.Ordinal) && published == "AGREE")
            || (code is "0871" or "0813" or "0814" && published == "RETREAT")))
        || (mine == "SANCTION" && code == "163" && published == "COERCE")
        || (mine == "RETREAT" && code == "0831" && published == "CONCEDE");

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        bool quoted = false;
        foreach (char c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }
        fields.Add(current.ToString());
        return fields;
    }
}

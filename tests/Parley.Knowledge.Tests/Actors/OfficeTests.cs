using Parley.Knowledge.Actors;

namespace Parley.Knowledge.Tests.Actors;

public class OfficeTests
{
    [Fact]
    public void No_single_holder_office_has_two_holders_on_the_same_day()
    {
        var holders = new Dictionary<string, List<(Person Person, ActorRole Role)>>(StringComparer.Ordinal);
        foreach (var person in ShippedDictionaries.Knowledge.Actors.People)
        {
            foreach (var role in person.Roles)
            {
                foreach (var office in role.Offices)
                {
                    var key = Office.KeyOf(role, office);
                    if (!holders.TryGetValue(key, out var list))
                    {
                        holders[key] = list = [];
                    }
                    list.Add((person, role));
                }
            }
        }
        var clashes = new List<string>();
        foreach (var (key, list) in holders)
        {
            var ordered = list.OrderBy(h => h.Role.From ?? DateOnly.MinValue).ToList();
            for (int i = 0; i < ordered.Count; i++)
            {
                for (int j = i + 1; j < ordered.Count; j++)
                {
                    var (a, b) = (ordered[i], ordered[j]);
                    bool overlap = (b.Role.From ?? DateOnly.MinValue) < (a.Role.To ?? DateOnly.MaxValue)
                        && (a.Role.From ?? DateOnly.MinValue) < (b.Role.To ?? DateOnly.MaxValue);
                    if (overlap && a.Person != b.Person)
                    {
                        clashes.Add($"{key}: {a.Person.Name} ({a.Person.Origin}) and {b.Person.Name} ({b.Person.Origin}) from {b.Role.From:yyyy-MM-dd}");
                    }
                }
            }
        }
        Assert.True(clashes.Count == 0, string.Join("\n", clashes));
    }

    [Fact]
    public void Every_role_of_the_leaders_file_says_where_its_fact_came_from()
    {
        var unsourced = ShippedDictionaries.Knowledge.Actors.People
            .Where(p => p.Origin?.File == "leaders.yaml" && p.Roles.Any(r => string.IsNullOrWhiteSpace(r.Source)))
            .Select(p => p.Name)
            .ToList();
        Assert.Empty(unsourced);
    }

    [Fact]
    public void The_leaders_file_covers_heads_of_state_and_government_from_2015()
    {
        var people = ShippedDictionaries.Knowledge.Actors.People;
        var heads = people.SelectMany(p => p.Roles).Where(r => r.Offices.Contains(Office.HeadOfState) || r.Offices.Contains(Office.HeadOfGovernment)).ToList();
        Assert.True(heads.Count >= 600, $"{heads.Count} head-of-state or head-of-government terms");
        Assert.Contains(people, p => p.Origin?.File == "leaders.yaml");
    }

    [Theory]
    [InlineData("FRA", Office.HeadOfState, "2016-06-01", "François Hollande")]
    [InlineData("FRA", Office.HeadOfState, "2018-06-01", "Emmanuel Macron")]
    [InlineData("GBR", Office.HeadOfGovernment, "2017-06-01", "Theresa May")]
    [InlineData("GBR", Office.HeadOfGovernment, "2024-06-01", "Rishi Sunak")]
    [InlineData("USA", Office.ForeignMinister, "2017-06-01", "Rex Tillerson")]
    [InlineData("ARM", Office.HeadOfGovernment, "2019-01-01", "Nikol Pashinyan")]
    [InlineData("IRN", Office.HeadOfGovernment, "2016-01-01", "Hassan Rouhani")]
    [InlineData("JPN", Office.ForeignMinister, "2022-06-01", "Yoshimasa Hayashi")] // between Motegi's two terms
    [InlineData("JPN", Office.ForeignMinister, "2024-06-01", "Yōko Kamikawa")]
    [InlineData("SRB", Office.HeadOfGovernment, "2013-06-01", "Ivica Dačić")]
    public void An_office_has_its_holder_on_a_date(string country, string office, string date, string holder)
    {
        var found = ShippedDictionaries.Knowledge.Actors.HolderOf(country, office, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(holder, found?.Actor.Name);
    }
}

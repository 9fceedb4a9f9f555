using Parley.Knowledge.Events;

namespace Parley.Knowledge.Tests;

public class DictionaryFilesTests
{
    [Fact]
    public void Every_shipped_dictionary_loads_without_a_single_problem()
    {
        // KnowledgeBase.Load parses every entry of every file and throws listing all problems; this shows them.
        var error = Record.Exception(() => KnowledgeBase.Load(ShippedDictionaries.Folder));
        Assert.True(error is null, error?.Message);
    }

    [Fact]
    public void Every_file_the_loader_reads_is_in_the_folder()
    {
        foreach (var name in KnowledgeBase.FileNames)
        {
            Assert.True(File.Exists(Path.Combine(ShippedDictionaries.Folder, name)), name);
        }
    }

    [Fact]
    public void The_dictionaries_hold_what_the_coder_needs_in_quantity()
    {
        var kb = ShippedDictionaries.Knowledge;
        Assert.True(kb.Countries.All.Count >= 249, $"{kb.Countries.All.Count} countries");
        Assert.True(kb.Countries.SeatsOfPower.Count >= 100, $"{kb.Countries.SeatsOfPower.Count} seats of power");
        Assert.True(kb.Actors.People.Count >= 300, $"{kb.Actors.People.Count} people");
        Assert.True(kb.Actors.Organizations.Count >= 100, $"{kb.Actors.Organizations.Count} organisations");
        Assert.True(kb.Agents.Agents.Count >= 200, $"{kb.Agents.Agents.Count} agent nouns");
        Assert.True(kb.Gazetteer.Places.Count >= 700, $"{kb.Gazetteer.Places.Count} places");
        Assert.Equal(20, kb.Cameo.Roots.Count());
        Assert.True(kb.Cameo.All.Count >= 300, $"{kb.Cameo.All.Count} CAMEO codes");
        Assert.Equal(16, kb.Plover.EventTypes.Count);
    }

    [Fact]
    public void Every_cameo_code_has_a_plover_line_or_an_ancestor_with_one()
    {
        var kb = ShippedDictionaries.Knowledge;
        var uncovered = kb.Cameo.All.Where(c => !kb.Plover.Covers(c.Code)).Select(c => c.Code).ToList();
        Assert.Empty(uncovered);
    }

    [Fact]
    public void Every_person_has_at_least_one_role_and_names_a_known_country_or_body()
    {
        var kb = ShippedDictionaries.Knowledge;
        foreach (var person in kb.Actors.People)
        {
            Assert.NotEmpty(person.Roles);
            foreach (var role in person.Roles.Where(r => r.Country is not null))
            {
                Assert.True(kb.Countries.Contains(role.Country!), $"{person.Name}: {role.Code}");
            }
        }
    }

    [Fact]
    public void Every_sovereign_state_has_a_capital_with_coordinates()
    {
        var missing = ShippedDictionaries.Knowledge.Countries.All
            .Where(c => !c.IsDependency && c.CapitalLocation is null).Select(c => c.Alpha3).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void The_quad_class_follows_the_root_as_cameo_assigns_it()
    {
        foreach (CameoCode code in ShippedDictionaries.Knowledge.Cameo.All)
        {
            int root = int.Parse(code.Root, System.Globalization.CultureInfo.InvariantCulture);
            int expected = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
            Assert.True(expected == code.QuadClass, $"{code.Code} has quad {code.QuadClass}, expected {expected}");
        }
    }
}

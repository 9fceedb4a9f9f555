using System.Text.Json;

namespace Parley.Cli.Tests;

public class ActorsCommandTests
{
    [Fact]
    public void Resolve_writes_one_json_object_per_text_in_input_order()
    {
        var run = CliRun.Of("actors", "resolve", "the Kremlin", "the weather", "Young Algerians", "--date", "2025-07-22", "--format", "json");

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        var objects = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["the Kremlin", "the weather", "Young Algerians"], objects.Select(o => o.GetProperty("text").GetString()));
        Assert.Equal(["text", "code", "country", "sectors", "name", "entry", "basis"], objects[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("RUSGOV", objects[0].GetProperty("code").GetString());
        Assert.StartsWith("countries.yaml:", objects[0].GetProperty("entry").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, objects[1].GetProperty("code").ValueKind);
        Assert.Equal(("DZACVL", "DZA"), (objects[2].GetProperty("code").GetString(), objects[2].GetProperty("country").GetString()));
    }

    [Fact]
    public void Resolve_codes_a_person_by_the_date_asked_about()
    {
        string Code(string date) =>
            JsonDocument.Parse(CliRun.Of("actors", "resolve", "Donald Trump", "--date", date, "--format", "json").Output).RootElement.GetProperty("code").GetString()!;
        Assert.Equal("USAGOV", Code("2025-07-22"));
        Assert.Equal("USAELI", Code("2022-06-01"));
    }

    [Fact]
    public void Resolve_reads_a_description_as_one_phrase_even_where_the_splitter_would_cut_it()
    {
        // The sentence model cuts "Mike Waltz" into "Mike" and "Waltz"; read so, the name was lost to its first word.
        var run = CliRun.Of("actors", "resolve", "Mike Waltz", "--date", "2025-03-01", "--format", "json");
        var actor = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal(("USAGOV", "Mike Waltz"), (actor.GetProperty("code").GetString(), actor.GetProperty("name").GetString()));
    }

    [Fact]
    public void Resolve_gives_agent_nouns_the_country_asked_for()
    {
        var run = CliRun.Of("actors", "resolve", "riot police", "--country", "FRA", "--format", "json");
        Assert.Equal("FRACOP", JsonDocument.Parse(run.Output).RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public void Resolve_prints_a_table_that_says_why()
    {
        var run = CliRun.Of("actors", "resolve", "the Armenian prime minister", "--date", "2025-07-22");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("CODE", run.Output);
        Assert.Contains("Nikol Pashinyan", run.Output);
        Assert.Contains("office-holder on that date", run.Output);
    }

    [Fact]
    public void Resolve_refuses_a_country_code_it_does_not_know()
    {
        var run = CliRun.Of("actors", "resolve", "police", "--country", "XYZ");
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("--country", run.Error);
    }

    [Fact]
    public void Lookup_lists_a_person_s_dated_roles()
    {
        var run = CliRun.Of("actors", "lookup", "Trump");
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.Contains("Donald Trump (person)", run.Output);
        Assert.Contains("2017-01-20  2021-01-20  USAGOV", run.Output);
        Assert.Contains("head of state, head of government", run.Output);
    }

    [Fact]
    public void Lookup_as_json_gives_the_roles_with_their_offices_and_sources()
    {
        var run = CliRun.Of("actors", "lookup", "François Hollande", "--format", "json");
        var root = JsonDocument.Parse(run.Output).RootElement;
        Assert.Equal("François Hollande", root.GetProperty("name").GetString());
        var president = root.GetProperty("roles").EnumerateArray().Single(r => r.GetProperty("code").GetString() == "FRAGOV");
        Assert.Equal("2012-05-15", president.GetProperty("from").GetString());
        Assert.Equal(["head of state"], president.GetProperty("offices").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal("team", president.GetProperty("source").GetString());
    }

    [Fact]
    public void Lookup_of_an_unknown_name_says_so_and_exits_one()
    {
        var run = CliRun.Of("actors", "lookup", "Nobody Atall");
        Assert.Equal(ExitCodes.SomeSkipped, run.ExitCode);
        Assert.Contains("Nobody Atall", run.Error);
    }
}

public class EvalActorsCommandTests
{
    [Fact]
    public void The_team_actor_set_resolves_above_the_targets_of_95_percent_country_and_85_percent_sector()
    {
        var run = CliRun.Of("eval", "actors", "--gold", Parley.Testing.RepositoryPaths.InRepo("eval", "gold", "actors-dev.tsv"));

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var all = run.Output.Split('\n').Single(l => l.StartsWith("all ", StringComparison.Ordinal));
        var figures = all.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(int.Parse(figures[1], System.Globalization.CultureInfo.InvariantCulture) >= 400, all);
        double country = double.Parse(figures[2], System.Globalization.CultureInfo.InvariantCulture);
        double sector = double.Parse(figures[4], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(country >= 95 && sector >= 85, all);
    }

    [Fact]
    public void A_malformed_line_is_named_with_its_file_and_line()
    {
        using var temp = new TempFolder();
        var gold = temp.File("actors.tsv", "# people\nVladimir Putin\t2025-07-22\tRUS\tGOV\nno tabs here\n");
        var run = CliRun.Of("eval", "actors", "--gold", gold);
        Assert.Equal(ExitCodes.SomeSkipped, run.ExitCode);
        Assert.Contains($"{gold}:3:", run.Error);
        Assert.Contains("people", run.Output);
    }
}

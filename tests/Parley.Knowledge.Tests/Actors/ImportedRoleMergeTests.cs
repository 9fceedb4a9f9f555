using System.Globalization;
using Parley.Knowledge.Actors;

namespace Parley.Knowledge.Tests.Actors;

public class ImportedRoleMergeTests
{
    private static readonly EntryOrigin Imported = new("imported-actors.tsv", 7);

    private static DateOnly Day(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    private static ActorRole Role(string code, string? from, string? to) => new()
    {
        Code = code, Country = code[..3], Sectors = [code[3..]], From = from is null ? null : Day(from), To = to is null ? null : Day(to),
    };

    private static string? CodeOn(IReadOnlyList<ActorRole> roles, string date) => roles.FirstOrDefault(r => r.IsValidOn(Day(date)))?.Code;

    // The team knows a president of 2014-2030; the imported source knows the defence minister of 2012-2014.
    private static readonly ActorRole[] Team = [Role("EGYGOV", "2014-06-08", null)];

    [Theory]
    [InlineData("2013-07-03", "EGYMIL")]
    [InlineData("2014-06-08", "EGYGOV")]
    [InlineData("2020-01-01", "EGYGOV")]
    [InlineData("2005-01-01", null)]
    public void A_team_role_wins_on_its_days_and_an_imported_role_answers_on_the_others(string date, string? code)
    {
        var merged = ImportedRoleMerge.Merge(Team, [(Role("EGYMIL", "2012-08-12", "2014-06-10"), Imported)]);
        Assert.Equal(code, CodeOn(merged, date));
    }

    [Fact]
    public void An_imported_role_that_decides_says_which_entry_it_came_from()
    {
        var merged = ImportedRoleMerge.Merge(Team, [(Role("EGYMIL", "2012-08-12", "2014-06-10"), Imported)]);
        var role = merged.First(r => r.IsValidOn(Day("2013-07-03")));
        Assert.Equal(Imported, role.ImportedFrom);
        Assert.Equal(Day("2014-06-08"), role.To);
        Assert.Null(merged.First(r => r.IsValidOn(Day("2020-01-01"))).ImportedFrom);
    }

    [Theory]
    [InlineData("2009-01-01", "AUSGOV")] // before the team's first role: the source's open role holds
    [InlineData("2019-01-01", null)]     // between the team's roles: the open role was only known to about 2015
    [InlineData("2024-01-01", "AUSGOV")] // the team's own role
    public void An_open_imported_role_fills_no_gap_between_the_teams_roles(string date, string? code)
    {
        ActorRole[] team = [Role("AUSLEG", "2012-01-01", "2013-09-18"), Role("AUSGOV", "2022-05-23", null)];
        var merged = ImportedRoleMerge.Merge(team, [(Role("AUSGOV", "2008-01-01", null), Imported)]);
        Assert.Equal(code, CodeOn(merged, date));
    }

    [Theory]
    [InlineData("2000-01-01", "ISRELI")] // a closed imported role in a gap between team roles answers
    [InlineData("2030-01-01", null)]     // past the team's last role: not continued by a role that began before it
    [InlineData("2032-01-01", "ISRLEG")] // an imported role that began after the team's last role is new
    public void After_the_teams_last_role_only_an_imported_role_begun_later_answers(string date, string? code)
    {
        ActorRole[] team = [Role("ISRGOV", "1996-06-18", "1999-07-06"), Role("ISRGOV", "2009-03-31", "2021-06-13")];
        var merged = ImportedRoleMerge.Merge(team,
        [
            (Role("ISRELI", "1999-07-06", "2009-03-31"), Imported),
            (Role("ISRGOV", "2009-03-31", "2031-01-01"), Imported),
            (Role("ISRLEG", "2031-01-01", null), Imported),
        ]);
        Assert.Equal(code, CodeOn(merged, date));
    }

    [Fact]
    public void A_team_role_open_on_both_sides_leaves_no_day_to_an_imported_one()
    {
        var merged = ImportedRoleMerge.Merge([Role("USABUS", null, null)], [(Role("USAGOV", "2017-01-20", "2021-01-20"), Imported)]);
        Assert.Single(merged);
    }
}

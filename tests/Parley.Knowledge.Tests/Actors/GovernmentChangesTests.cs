using System.Globalization;
using Parley.Knowledge.Actors;

namespace Parley.Knowledge.Tests.Actors;

public class GovernmentChangesTests
{
    private static DateOnly Day(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    private static ActorRole Role(string code, string? from, string? to, params string[] offices) => new()
    {
        Code = code, Country = code[..3], Sectors = [code[3..]], Offices = offices,
        From = from is null ? null : Day(from), To = to is null ? null : Day(to),
    };

    private static Person Named(string name, params ActorRole[] roles) => new(name, [], roles, name.Split(' ')[^1], null);

    // The team records Australia's prime ministers from 2013 and a governor-general who is no head of government.
    private static readonly GovernmentChanges Changes = GovernmentChanges.Of(
    [
        Named("Tony Abbott", Role("AUSGOV", "2013-09-18", "2015-09-15", Office.HeadOfGovernment)),
        Named("Malcolm Turnbull", Role("AUSGOV", "2015-09-15", "2018-08-24", Office.HeadOfGovernment)),
        Named("Someone Else", Role("AUSGOV", "2016-01-01", null)),
        Named("Lula", Role("BRAGOV", "2023-01-01", null, Office.HeadOfState, Office.HeadOfGovernment)),
    ]);

    [Theory]
    [InlineData("2011-06-01", "AUSGOV")]
    [InlineData("2013-09-17", "AUSGOV")]
    [InlineData("2013-09-18", null)]
    [InlineData("2020-01-01", null)]
    public void An_open_government_role_ends_when_the_team_records_the_next_head_of_government(string date, string? code)
    {
        var wong = Changes.EndOpenRoles(Named("Penny Wong", Role("AUSGOV", "2010-10-01", null)));
        Assert.Equal(code, wong.RoleOn(Day(date))?.Code);
    }

    [Fact]
    public void A_role_begun_after_the_last_change_the_team_records_stays_open()
    {
        var role = Changes.EndOpenRoles(Named("New Minister", Role("AUSGOV", "2019-01-01", null))).Roles[0];
        Assert.Null(role.To);
    }

    [Fact]
    public void Roles_that_are_not_open_government_roles_are_left_as_they_are()
    {
        var person = Named("Some Rebel", Role("AUSREB", "2010-01-01", null), Role("AUSGOV", "2008-01-01", "2009-01-01"), Role("AUSELI", "2011-01-01", null));
        Assert.Same(person, Changes.EndOpenRoles(person));
    }

    [Fact]
    public void An_imported_person_stays_imported_when_its_roles_are_ended()
    {
        var imported = new Person("Wayne Swan", [], [Role("AUSGOV", "2008-01-01", null)], "Swan", null) { IsImported = true };
        Assert.True(Changes.EndOpenRoles(imported).IsImported);
    }
}

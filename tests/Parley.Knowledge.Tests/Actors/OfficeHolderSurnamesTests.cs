using System.Globalization;
using Parley.Knowledge.Actors;

namespace Parley.Knowledge.Tests.Actors;

public class OfficeHolderSurnamesTests
{
    private static DateOnly Day(string text) => DateOnly.Parse(text, CultureInfo.InvariantCulture);

    private static ActorRole Role(string code, string from, string? to, params string[] offices) => new()
    {
        Code = code, Country = code[..3], Sectors = [code[3..]], Offices = offices, From = Day(from), To = to is null ? null : Day(to),
    };

    private static readonly Person Smith = new("Anna Smith", [], [Role("GBRGOV", "2010-01-01", "2016-01-01", Office.ForeignMinister)], "Smith", null);
    private static readonly Person OtherSmith = new("Ben Smith", [], [Role("AUSGOV", "2014-01-01", "2020-01-01", Office.HeadOfGovernment)], "Smith", null);
    private static readonly Person Minister = new("Carl Smith", [], [Role("CANGOV", "2010-01-01", null)], "Smith", null);
    private static readonly Person Titled = new("Dora Jones", ["Prime Minister Jones"], [Role("NZLGOV", "2001-01-01", "2005-01-01"), Role("NZLELI", "2005-01-01", null)], "Dora Jones", null)
    {
        IsImported = true,
    };
    private static readonly Person Untitled = new("Eve Jones", [], [Role("IRLGOV", "2001-01-01", "2005-01-01")], "Eve Jones", null) { IsImported = true };

    private static readonly OfficeHolderSurnames Surnames = new([Smith, OtherSmith, Minister], [Titled, Untitled]);

    [Theory]
    [InlineData("Smith", "2012-01-01", "Anna Smith")] // one holder of an office: Carl Smith holds none
    [InlineData("Smith", "2015-01-01", null)]         // two holders of offices that day
    [InlineData("Smith", "2018-01-01", "Ben Smith")]
    [InlineData("Smith", "2021-01-01", null)]         // no one in office
    [InlineData("Jones", "2003-01-01", "Dora Jones")] // imported: a titled name says she held an office
    [InlineData("Jones", "2006-01-01", null)]         // a former office-holder is not in office
    public void A_surname_is_the_one_office_holder_who_has_it_on_the_date(string surname, string date, string? name)
    {
        Assert.Equal(name, Surnames.HolderOn(surname, Day(date))?.Name);
    }
}

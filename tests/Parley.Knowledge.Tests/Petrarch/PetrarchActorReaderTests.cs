using Parley.Knowledge.Petrarch;

namespace Parley.Knowledge.Tests.Petrarch;

public class PetrarchActorReaderTests
{
    private const string Sample = "<!-- VALIDATION ACTORS -->\n"
        + "AFGHANISTAN_  [AFG]\n+AFGHAN_\n+KABUL_\n\n"
        + "GOLLUM  # pas 27 Apr 03\n+SMEAGOL\n\t[HOB < 950601]\n\t[HOBGOV 19950601 - 19990815]\n#\t[950601-990815]  commented out\n\t[HOBREB > 990816]\n\n"
        + "JAMES_BYRNES_  ; CountryInfo.txt\n    [USAELI 18970101-450703]\n    [USAGOV 450703-470121]\n\n"
        + "ABDUL_QADIR_\n\t[AFGELI 620101-780427]\n\t[AFGELI]\n"
        + "THE_SHIRE  [FRO/BIL/SAM]\n";

    [Fact]
    public void Actors_keep_their_names_codes_and_date_restrictions()
    {
        using var file = new PetrarchFile(Sample);
        var actors = PetrarchActorReader.Read(file.Path_).Actors;
        Assert.Equal(5, actors.Count);
        Assert.Equal(["AFGHANISTAN", "AFGHAN", "KABUL"], actors[0].Names.Select(n => n.Text));
        Assert.True(actors[0].Primary.EndsWord);
        Assert.Equal("AFG", actors[0].Code);
        var gollum = actors[1];
        Assert.Null(gollum.Code);
        Assert.Equal(3, gollum.Restrictions.Count);
        Assert.Equal(new DateOnly(1995, 6, 1), gollum.Restrictions[0].To);
        Assert.Equal(new DateOnly(1999, 8, 15), gollum.Restrictions[1].To);
        Assert.Equal(new DateOnly(1999, 8, 16), gollum.Restrictions[2].From);
        Assert.Equal(new DateOnly(1897, 1, 1), actors[2].Restrictions[0].From);
        Assert.Equal(new DateOnly(1945, 7, 3), actors[2].Restrictions[0].To);
        Assert.Equal(["FRO", "BIL", "SAM"], PetrarchActor.SplitCodes(actors[4].Code));
    }

    [Theory]
    [InlineData("1995-01-01", "HOB")]
    [InlineData("1995-06-01", "HOB")]
    [InlineData("1995-06-02", "HOBGOV")]
    [InlineData("1999-08-16", "HOBREB")]
    [InlineData(null, null)]
    public void The_code_on_a_date_is_the_first_restriction_that_covers_it(string? date, string? code)
    {
        using var file = new PetrarchFile(Sample);
        var gollum = PetrarchActorReader.Read(file.Path_).Actors[1];
        Assert.Equal(code, gollum.CodeOn(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void An_undated_restriction_is_the_default_when_no_dated_one_applies()
    {
        using var file = new PetrarchFile(Sample);
        var qadir = PetrarchActorReader.Read(file.Path_).Actors[3];
        Assert.Equal("AFGELI", qadir.CodeOn(new DateOnly(2001, 1, 1)));
        Assert.Equal("AFGELI", qadir.CodeOn(null));
    }

    [Theory]
    [InlineData("+AFGHAN\n", 1, "synonym '+' before any actor")]
    [InlineData("\t[AFG]\n", 1, "date restriction before any actor")]
    [InlineData("AFGHANISTAN\n[AFG]\n", 2, "date restriction must be indented with a tab")]
    [InlineData("IRAN [IRN]\nAFGHANISTAN\n", 2, "actor 'AFGHANISTAN' has no code: give '[CODE]' on its line or a date restriction below it")]
    [InlineData("AFGHANISTAN [AFG\n", 1, "'[' without ']'")]
    [InlineData("AFGHANISTAN AFG]\n", 1, "']' without '['")]
    [InlineData("AFGHANISTAN [AFG] X\n", 1, "unexpected 'X' after the code")]
    [InlineData("AFGHANISTAN []\n", 1, "date restriction '[]' has no code before its dates")]
    [InlineData("AFGHANISTAN [AF.G]\n", 1, "code 'AF.G' has '.' in it")]
    [InlineData("[AFG]\n", 1, "date restriction must be indented with a tab")]
    [InlineData("AFGHANISTAN [AFG]\n+AFGHAN [AFG]\n", 2, "synonym 'AFGHAN' has its own code [AFG]: a synonym shares its actor's codes (start a new actor instead)")]
    [InlineData("X\n\t[950601-990815]\n", 2, "date restriction '[950601-990815]' has no code before its dates")]
    [InlineData("X\n\t[AFG 950601-990815\n", 2, "date restriction has '[' without ']'")]
    [InlineData("X\n\t[AFG 950601]\n", 2, "date restriction '950601' is not '<date', '>date' or 'date-date'")]
    [InlineData("X\n\t[AFG <9506]\n", 2, "'9506' is not a date (YYMMDD or YYYYMMDD)")]
    [InlineData("X\n\t[AFG <950631]\n", 2, "'950631' is not a date (YYMMDD or YYYYMMDD)")]
    [InlineData("X\n\t[AFG 20121207-20120802]\n", 2, "date range 20121207-20120802 ends before it starts")]
    [InlineData("X\n\t[AFG] Y\n", 2, "unexpected 'Y' after the date restriction")]
    public void Every_mistake_is_reported_with_its_file_and_line(string text, int line, string message)
    {
        using var file = new PetrarchFile(text);
        var e = Assert.Throws<DictionaryException>(() => PetrarchActorReader.Read(file.Path_));
        Assert.Contains(e.Problems, p => p.Line == line && p.Message == message);
    }

    [Fact]
    public void Names_without_a_code_before_the_next_actor_line_share_its_codes_and_codes_may_stand_on_the_primary_line()
    {
        using var file = new PetrarchFile("IVO_JOSIPOVIC_\nPRESIDENT_JOSIPOVIC_\nJOSIPOVIC_\n\t[HRVGOV >20120219]\n"
            + "B._LYNN_PASCOE_\t[USAGOV 981022-010811] [IGOUNO  >070201]\nJAVIER_DE_CUELLAR_\t[IGOUNO 820101-911231] [ELI]\n");
        var actors = PetrarchActorReader.Read(file.Path_).Actors;
        Assert.Equal(3, actors.Count);
        Assert.Equal(["IVO JOSIPOVIC", "PRESIDENT JOSIPOVIC", "JOSIPOVIC"], actors[0].Names.Select(n => n.Text));
        Assert.Equal(1, actors[0].Line);
        Assert.Equal("HRVGOV", actors[0].CodeOn(new DateOnly(2013, 1, 1)));
        Assert.Null(actors[1].Code);
        Assert.Equal(2, actors[1].Restrictions.Count);
        Assert.Equal("IGOUNO", actors[1].CodeOn(new DateOnly(2008, 1, 1)));
        Assert.Equal("ELI", actors[2].CodeOn(new DateOnly(2008, 1, 1)));
    }

    [Fact]
    public void Read_leniently_a_wrong_restriction_is_left_out_and_the_actor_kept()
    {
        using var file = new PetrarchFile("X [XXX]\n\t[AFG 20121207-20120802]\n\t[AFGGOV >20130101]\n");
        var dictionary = PetrarchActorReader.Read(file.Path_, lenient: true);
        var actor = Assert.Single(dictionary.Actors);
        Assert.Single(actor.Restrictions);
        Assert.Equal(2, Assert.Single(dictionary.Refused).Line);
    }
}

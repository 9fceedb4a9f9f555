using System.Globalization;
using Parley.Knowledge.Loading;

namespace Parley.Knowledge.Tests.Loading;

public class IsoDateTests
{
    [Theory]
    [InlineData("2020-01-01")]
    [InlineData("2020-02-29")]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("2021-02-29")]
    [InlineData("2020-04-31")]
    [InlineData("2020-13-01")]
    [InlineData("2020-00-10")]
    [InlineData("2020-01-00")]
    [InlineData("0000-01-01")]
    [InlineData("2020-1-01")]
    [InlineData("02020-01-01")]
    [InlineData(" 2020-01-01")]
    [InlineData("2020-01-01 ")]
    [InlineData("+2020-01-01")]
    [InlineData("2020/01/01")]
    [InlineData("２０２０-01-01")]
    [InlineData("")]
    public void Dates_are_read_as_the_culture_invariant_exact_parser_reads_them(string text)
    {
        bool expected = DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expectedDate);
        Assert.Equal(expected, IsoDate.TryParse(text, out var date));
        Assert.Equal(expectedDate, date);
    }
}

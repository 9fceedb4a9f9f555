using Parley.Ingest.Formats;

namespace Parley.Ingest.Tests;

public sealed class PublicationDateTests
{
    [Theory]
    [InlineData("2025-07-22", "2025-07-22")]
    [InlineData("2025-07-22T08:30:00Z", "2025-07-22")]
    [InlineData("2025-07-22T23:30:00-05:00", "2025-07-22")]
    [InlineData("2025-07-22T00:30:00+09:00", "2025-07-22")]
    [InlineData("2021-03-02 09:16:52Z", "2021-03-02")]
    [InlineData("  2024-02-29  ", "2024-02-29")]
    [InlineData("Tue, 22 Jul 2025 10:00:00 GMT", "2025-07-22")]
    [InlineData("Tue, 22 Jul 2025 23:59:00 -0700", "2025-07-22")]
    [InlineData("22 Jul 2025 10:00 EST", "2025-07-22")]
    [InlineData("Wed, 02 Oct 02 08:00:00 EST", "2002-10-02")]
    [InlineData("Thursday, 5 September 2024", "2024-09-05")]
    [InlineData("July 22, 2025", "2025-07-22")]
    public void A_date_keeps_the_calendar_day_as_written(string value, string expected)
    {
        Assert.True(PublicationDate.TryParse(value, out var date));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    [InlineData("yesterday")]
    [InlineData("2025-02-30")]
    [InlineData("2025-13-01")]
    [InlineData("2025-07-22garbage")]
    [InlineData("31 Foo 2025")]
    [InlineData("12345")]
    public void A_value_that_is_not_a_date_is_refused(string? value)
    {
        Assert.False(PublicationDate.TryParse(value, out _));
    }
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace Parley.Ingest.Formats;

/// <summary>
/// Reads the publication dates inputs carry: ISO 8601 (<c>2025-07-22</c>, <c>2025-07-22T08:30:00+02:00</c>,
/// <c>2021-03-02 09:16:52Z</c>), RFC 822 as in RSS (<c>Tue, 22 Jul 2025 10:00:00 GMT</c>), and what .NET's
/// invariant culture reads (<c>July 22, 2025</c>). The date is the calendar date as written, in the
/// writer's own time zone: converting to UTC would move a story published late in the evening in
/// New York to the next day.
/// </summary>
internal static partial class PublicationDate
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static bool TryParse(string? value, out DateOnly date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }
        var iso = IsoDate().Match(value);
        if (iso.Success)
        {
            return TryCreate(Number(iso.Groups[1].Value), Number(iso.Groups[2].Value), Number(iso.Groups[3].Value), out date);
        }
        var rfc = Rfc822Date().Match(value);
        if (rfc.Success)
        {
            var month = Array.IndexOf(Months, rfc.Groups[2].Value.ToLowerInvariant()) + 1;
            var year = Number(rfc.Groups[3].Value);
            if (rfc.Groups[3].Value.Length == 2)
            {
                // RFC 822 two-digit years: RFC 2822 section 4.3 reads 00-49 as 20xx.
                year += year < 50 ? 2000 : 1900;
            }
            return month > 0 && TryCreate(year, month, Number(rfc.Groups[1].Value), out date);
        }
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
        {
            date = DateOnly.FromDateTime(parsed.DateTime);
            return true;
        }
        return false;
    }

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static bool TryCreate(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1 or > 9999 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"^\s*([0-9]{4})-([0-9]{2})-([0-9]{2})(?=$|[T\s])", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^\s*(?:[A-Za-z]{3,9},?\s*)?([0-9]{1,2})\s+([A-Za-z]{3})[A-Za-z]*\.?\s+([0-9]{4}|[0-9]{2})(?=$|\s)", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc822Date();
}

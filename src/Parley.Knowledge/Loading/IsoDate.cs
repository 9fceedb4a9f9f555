namespace Parley.Knowledge.Loading;

/// <summary>
/// Reads dates written YYYY-MM-DD: accepts exactly what <c>DateOnly.TryParseExact(text, "yyyy-MM-dd",
/// CultureInfo.InvariantCulture, DateTimeStyles.None, …)</c> accepts (ASCII digits, nothing around the date, a day
/// that exists), without the culture-aware parser, which was a large part of loading the tens of thousands of dated
/// roles in the dictionaries.
/// </summary>
internal static class IsoDate
{
    public static bool TryParse(ReadOnlySpan<char> text, out DateOnly date)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-'
            && Digits(text[..4]) is int year and > 0
            && Digits(text.Slice(5, 2)) is int month and >= 1 and <= 12
            && Digits(text.Slice(8, 2)) is int day && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            date = new DateOnly(year, month, day);
            return true;
        }
        date = default;
        return false;
    }

    /// <summary>The number the ASCII digits spell, or -1 when any character is not one.</summary>
    private static int Digits(ReadOnlySpan<char> text)
    {
        int value = 0;
        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return -1;
            }
            value = (value * 10) + (c - '0');
        }
        return value;
    }
}

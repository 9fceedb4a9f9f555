namespace Parley.Coding.Time;

/// <summary>The small word tables time expressions are built from; lookups take a token's characters without allocating.</summary>
internal static class TimeWords
{
    private static readonly Dictionary<string, int> MonthNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6,
        ["july"] = 7, ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
    };

    // Abbreviations are also ordinary words or names ("Jan", "Mar", "Sat"), so they count only with their
    // period or before a day number (see TimeExpressionFinder).
    private static readonly Dictionary<string, int> MonthAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8,
        ["sep"] = 9, ["sept"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    };

    private static readonly Dictionary<string, DayOfWeek> WeekdayNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday,
        ["thursday"] = DayOfWeek.Thursday, ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday,
        ["sunday"] = DayOfWeek.Sunday,
    };

    private static readonly Dictionary<string, DayOfWeek> WeekdayAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mon"] = DayOfWeek.Monday, ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday, ["wed"] = DayOfWeek.Wednesday,
        ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday, ["fri"] = DayOfWeek.Friday,
        ["sat"] = DayOfWeek.Saturday, ["sun"] = DayOfWeek.Sunday,
    };

    private static readonly Dictionary<string, int> Counts = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
    };

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthNameLookup = MonthNames.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> MonthAbbreviationLookup = MonthAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, DayOfWeek>.AlternateLookup<ReadOnlySpan<char>> WeekdayNameLookup = WeekdayNames.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, DayOfWeek>.AlternateLookup<ReadOnlySpan<char>> WeekdayAbbreviationLookup = WeekdayAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> CountLookup = Counts.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A month written in full ("June"), or abbreviated ("Sept.", "Sep"); <paramref name="abbreviated"/> says which, and whether a period followed.</summary>
    public static bool TryMonth(ReadOnlySpan<char> word, out int month, out bool abbreviated, out bool period)
    {
        period = word.Length > 1 && word[^1] == '.';
        var bare = period ? word[..^1] : word;
        abbreviated = false;
        if (MonthNameLookup.TryGetValue(bare, out month))
        {
            return true;
        }
        abbreviated = true;
        return MonthAbbreviationLookup.TryGetValue(bare, out month);
    }

    /// <summary>A weekday written in full, or abbreviated with its period ("Tues.").</summary>
    public static bool TryWeekday(ReadOnlySpan<char> word, out DayOfWeek day)
    {
        if (WeekdayNameLookup.TryGetValue(word, out day))
        {
            return true;
        }
        return word.Length > 1 && word[^1] == '.' && WeekdayAbbreviationLookup.TryGetValue(word[..^1], out day);
    }

    /// <summary>A small count written as a word or in digits ("a", "two", "3").</summary>
    public static bool TryCount(ReadOnlySpan<char> word, out int count)
    {
        if (CountLookup.TryGetValue(word, out count))
        {
            return true;
        }
        return TryDigits(word, 1, 2, out count) && count > 0;
    }

    /// <summary>A day of the month, 1–31, in digits with an optional ordinal suffix ("3", "21st").</summary>
    public static bool TryDayNumber(ReadOnlySpan<char> word, out int day)
    {
        if (word.Length > 2 && IsOrdinalSuffix(word[^2..]))
        {
            word = word[..^2];
        }
        return TryDigits(word, 1, 2, out day) && day is >= 1 and <= 31;
    }

    /// <summary>An ordinal suffix written as its own token ("21" "st").</summary>
    public static bool IsOrdinalSuffix(ReadOnlySpan<char> word) =>
        word.Equals("st", StringComparison.OrdinalIgnoreCase) || word.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || word.Equals("rd", StringComparison.OrdinalIgnoreCase) || word.Equals("th", StringComparison.OrdinalIgnoreCase);

    /// <summary>A year 1900–2100 written as four digits.</summary>
    public static bool TryYear(ReadOnlySpan<char> word, out int year) =>
        TryDigits(word, 4, 4, out year) && year is >= 1900 and <= 2100;

    /// <summary>An ISO 8601 calendar date, <c>yyyy-MM-dd</c>.</summary>
    public static bool TryIsoDate(ReadOnlySpan<char> word, out DateOnly date)
    {
        date = default;
        if (word.Length != 10 || word[4] != '-' || word[7] != '-')
        {
            return false;
        }
        if (!TryDigits(word[..4], 4, 4, out int year) || !TryDigits(word[5..7], 2, 2, out int month) || !TryDigits(word[8..], 2, 2, out int day))
        {
            return false;
        }
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>The unit a word names, singular or plural ("day", "weeks").</summary>
    public static bool TryUnit(ReadOnlySpan<char> word, out TimeUnit unit)
    {
        if (word.Length > 1 && (word[^1] == 's' || word[^1] == 'S'))
        {
            word = word[..^1];
        }
        unit = TimeUnit.Day;
        if (word.Equals("day", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        unit = TimeUnit.Week;
        if (word.Equals("week", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        unit = TimeUnit.Month;
        if (word.Equals("month", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        unit = TimeUnit.Year;
        return word.Equals("year", StringComparison.OrdinalIgnoreCase);
    }

    public static bool Is(ReadOnlySpan<char> word, string value) => word.Equals(value, StringComparison.OrdinalIgnoreCase);

    private static bool TryDigits(ReadOnlySpan<char> word, int minLength, int maxLength, out int value)
    {
        value = 0;
        if (word.Length < minLength || word.Length > maxLength)
        {
            return false;
        }
        foreach (char c in word)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
            value = (value * 10) + (c - '0');
        }
        return true;
    }
}

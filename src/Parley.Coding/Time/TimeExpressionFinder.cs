using Parley.Text;

namespace Parley.Coding.Time;

/// <summary>
/// Finds the time expressions of a sentence from its token text (and its tags when present): weekdays,
/// relative days and periods, months, dates and years. It works token by token against small word tables,
/// never with a pattern over the whole text. Expressions come back in text order and never overlap; a
/// leading "on", "in" or "during" belongs to the expression ("on Monday").
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class TimeExpressionFinder
{
    /// <summary>The time expressions of <paramref name="sentence"/>, in text order.</summary>
    public static List<TimeExpression> Find(TokenSpan sentence)
    {
        var found = new List<TimeExpression>();
        if (sentence.Doc is null || sentence.Length == 0)
        {
            return found;
        }
        var scan = new Scan(sentence.Doc, sentence.Start, sentence.End);
        int i = sentence.Start;
        while (i < sentence.End)
        {
            if (scan.TryMatch(i, out var match))
            {
                found.Add(scan.ToExpression(match));
                i = match.End;
            }
            else
            {
                i++;
            }
        }
        return found;
    }

    /// <summary>The time expressions of every sentence of <paramref name="doc"/>, in text order.</summary>
    public static List<TimeExpression> Find(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var found = new List<TimeExpression>();
        foreach (var sentence in doc.Sentences)
        {
            found.AddRange(Find(sentence));
        }
        return found;
    }

    private struct Match
    {
        public int Start;
        public int End;
        public TimeExpressionKind Kind;
        public int Year;
        public int Month;
        public int Day;
        public DayOfWeek? Weekday;
        public int Shift;
        public TimeUnit Unit;
        public bool FromAnchor;
    }

    private readonly struct Scan(Document doc, int start, int end)
    {
        private readonly bool _tagged = doc.Has(Annotations.Tags);

        public TimeExpression ToExpression(Match m)
        {
            int startChar = doc.Starts[m.Start];
            int endChar = doc.Ends[m.End - 1];
            return new TimeExpression
            {
                Start = m.Start,
                End = m.End,
                StartChar = startChar,
                EndChar = endChar,
                Text = doc.Text.Substring(startChar, endChar - startChar),
                Kind = m.Kind,
                Year = m.Year,
                Month = m.Month,
                Day = m.Day,
                Weekday = m.Weekday,
                Shift = m.Shift,
                Unit = m.Unit,
                FromAnchor = m.FromAnchor,
            };
        }

        public bool TryMatch(int i, out Match m)
        {
            bool matched = TryShifted(i, out m) || TryAnchoredTheUnit(i, out m) || TryCounted(i, out m) || TryDeictic(i, out m)
                || TryWeekday(i, out m) || TryDayFirstDate(i, out m) || TryMonth(i, out m) || TryIsoDate(i, out m) || TryYear(i, out m);
            if (matched && m.Kind is TimeExpressionKind.Weekday or TimeExpressionKind.Date or TimeExpressionKind.Month or TimeExpressionKind.Year
                && m.Start > start && IsIntroducingPreposition(Word(m.Start - 1)))
            {
                m.Start--;
            }
            return matched;
        }

        private ReadOnlySpan<char> Word(int i) => doc.Text.AsSpan(doc.Starts[i], doc.Ends[i] - doc.Starts[i]);

        private string Xpos(int i) => _tagged ? doc.Strings[doc.Xpos[i]] : string.Empty;

        private string Upos(int i) => _tagged ? doc.Strings[doc.Upos[i]] : string.Empty;

        private bool IsCapitalised(int i) => char.IsUpper(doc.Text[doc.Starts[i]]);

        private static bool IsIntroducingPreposition(ReadOnlySpan<char> w) =>
            TimeWords.Is(w, "on") || TimeWords.Is(w, "in") || TimeWords.Is(w, "during");

        // "last Monday", "next June", "this year", "earlier this month", "the past week".
        private bool TryShifted(int i, out Match m)
        {
            m = default;
            var w = Word(i);
            int first = i;
            int shift;
            bool calendarOnly = false;
            if (TimeWords.Is(w, "last"))
            {
                shift = -1;
            }
            else if (TimeWords.Is(w, "next"))
            {
                shift = 1;
            }
            else if (TimeWords.Is(w, "this"))
            {
                shift = 0;
            }
            else if (TimeWords.Is(w, "past"))
            {
                shift = -1;
                calendarOnly = true;
            }
            else if ((TimeWords.Is(w, "earlier") || TimeWords.Is(w, "later")) && i + 1 < end && TimeWords.Is(Word(i + 1), "this"))
            {
                // "earlier this month" still names this month: the adverb narrows it, it does not move it.
                shift = 0;
                calendarOnly = true;
                i++;
            }
            else
            {
                return false;
            }
            if (i + 1 >= end)
            {
                return false;
            }
            var next = Word(i + 1);
            if (TimeWords.TryUnit(next, out var unit) && unit != TimeUnit.Day && !EndsWithS(next))
            {
                m = new Match { Start = first, End = i + 2, Kind = TimeExpressionKind.Period, Unit = unit, Shift = shift };
                return true;
            }
            if (calendarOnly || !IsCapitalised(i + 1))
            {
                return false;
            }
            if (TimeWords.TryWeekday(next, out var day))
            {
                m = new Match { Start = first, End = i + 2, Kind = TimeExpressionKind.Weekday, Weekday = day, Shift = shift };
                return true;
            }
            if (TimeWords.TryMonth(next, out int month, out bool abbreviated, out _) && !abbreviated)
            {
                m = new Match { Start = first, End = i + 2, Kind = TimeExpressionKind.Month, Month = month, Shift = shift };
                return true;
            }
            return false;
        }

        private static bool EndsWithS(ReadOnlySpan<char> w) => w[^1] is 's' or 'S';

        // "the day before", "the previous day", "the following week": one unit from the previous event.
        private bool TryAnchoredTheUnit(int i, out Match m)
        {
            m = default;
            if (i + 2 >= end || !TimeWords.Is(Word(i), "the"))
            {
                return false;
            }
            var second = Word(i + 1);
            if (TimeWords.TryUnit(second, out var unit) && !EndsWithS(second))
            {
                int direction = Direction(i + 2);
                if (direction != 0)
                {
                    m = new Match { Start = i, End = i + 3, Kind = TimeExpressionKind.Offset, Unit = unit, Shift = direction, FromAnchor = true };
                    return true;
                }
                return false;
            }
            if (TimeWords.TryUnit(Word(i + 2), out unit) && !EndsWithS(Word(i + 2)))
            {
                int direction = TimeWords.Is(second, "previous") || TimeWords.Is(second, "preceding") ? -1
                    : TimeWords.Is(second, "next") || TimeWords.Is(second, "following") ? 1 : 0;
                if (direction != 0)
                {
                    m = new Match { Start = i, End = i + 3, Kind = TimeExpressionKind.Offset, Unit = unit, Shift = direction, FromAnchor = true };
                    return true;
                }
            }
            return false;
        }

        // The direction of "earlier"/"later" at token i; "before"/"after" only when nothing follows them
        // in the clause, because "two days before the summit" counts from the summit, not the previous event.
        private int Direction(int i)
        {
            var w = Word(i);
            if (TimeWords.Is(w, "earlier"))
            {
                return -1;
            }
            if (TimeWords.Is(w, "later"))
            {
                return 1;
            }
            bool standsAlone = i + 1 >= end || !char.IsLetterOrDigit(doc.Text[doc.Starts[i + 1]]);
            if (standsAlone && TimeWords.Is(w, "before"))
            {
                return -1;
            }
            return standsAlone && TimeWords.Is(w, "after") ? 1 : 0;
        }

        // "two days ago", "a day earlier", "three weeks later".
        private bool TryCounted(int i, out Match m)
        {
            m = default;
            if (i + 2 >= end)
            {
                return false;
            }
            if (!TimeWords.TryCount(Word(i), out int count) || !TimeWords.TryUnit(Word(i + 1), out var unit))
            {
                return false;
            }
            if (TimeWords.Is(Word(i + 2), "ago"))
            {
                m = new Match { Start = i, End = i + 3, Kind = TimeExpressionKind.Offset, Unit = unit, Shift = -count };
                return true;
            }
            int direction = Direction(i + 2);
            if (direction == 0)
            {
                return false;
            }
            m = new Match { Start = i, End = i + 3, Kind = TimeExpressionKind.Offset, Unit = unit, Shift = direction * count, FromAnchor = true };
            return true;
        }

        // "yesterday", "today", "tomorrow", "tonight": counted from the article date.
        private bool TryDeictic(int i, out Match m)
        {
            m = default;
            var w = Word(i);
            int shift;
            if (TimeWords.Is(w, "yesterday"))
            {
                shift = -1;
            }
            else if (TimeWords.Is(w, "today") || TimeWords.Is(w, "tonight"))
            {
                shift = 0;
            }
            else if (TimeWords.Is(w, "tomorrow"))
            {
                shift = 1;
            }
            else
            {
                return false;
            }
            m = new Match { Start = i, End = i + 1, Kind = TimeExpressionKind.Offset, Unit = TimeUnit.Day, Shift = shift };
            return true;
        }

        // "Monday", and "Monday, July 21" (the date wins, the weekday stays in the span).
        private bool TryWeekday(int i, out Match m)
        {
            m = default;
            if (!IsCapitalised(i) || !TimeWords.TryWeekday(Word(i), out var day))
            {
                return false;
            }
            int next = i + 1 < end && Word(i + 1) is [','] ? i + 2 : i + 1;
            if (next < end && (TryMonth(next, out var date) || TryDayFirstDate(next, out date)) && date.Kind == TimeExpressionKind.Date)
            {
                date.Start = i;
                m = date;
                return true;
            }
            m = new Match { Start = i, End = i + 1, Kind = TimeExpressionKind.Weekday, Weekday = day };
            return true;
        }

        private bool IsMonthWord(int i, out int month, out bool abbreviated, out bool period)
        {
            month = 0;
            abbreviated = period = false;
            if (!IsCapitalised(i) || !TimeWords.TryMonth(Word(i), out month, out abbreviated, out period))
            {
                return false;
            }
            // "March" and "May" are also verbs ("may" the modal, capitalised at a sentence start).
            string xpos = Xpos(i);
            if (xpos == "MD" || xpos.StartsWith("VB", StringComparison.Ordinal) || Upos(i) is "AUX" or "VERB")
            {
                return false;
            }
            return true;
        }

        // "3 September", "3rd of September 2025".
        private bool TryDayFirstDate(int i, out Match m)
        {
            m = default;
            if (!TimeWords.TryDayNumber(Word(i), out int day))
            {
                return false;
            }
            int j = i + 1;
            if (j < end && TimeWords.Is(Word(j), "of"))
            {
                j++;
            }
            if (j >= end || !IsMonthWord(j, out int month, out _, out _))
            {
                return false;
            }
            m = new Match { Start = i, End = j + 1, Kind = TimeExpressionKind.Date, Month = month, Day = day };
            if (m.End < end && TimeWords.TryYear(Word(m.End), out int year))
            {
                m.Year = year;
                m.End++;
            }
            return true;
        }

        // "June", "mid-June", "early July", "June 2024", "September 3", "Sept. 3, 2025", "July 21st".
        private bool TryMonth(int i, out Match m)
        {
            m = default;
            int first = i;
            var w = Word(i);
            int hyphen = w.IndexOf('-');
            if (hyphen > 0 && IsPartOfMonth(w[..hyphen]) && TimeWords.TryMonth(w[(hyphen + 1)..], out int partMonth, out bool partAbbreviated, out _) && !partAbbreviated
                && char.IsUpper(w[hyphen + 1]))
            {
                // "mid-June" kept as one token.
                m = new Match { Start = i, End = i + 1, Kind = TimeExpressionKind.Month, Month = partMonth };
                TakeYear(ref m);
                return true;
            }
            if (IsPartOfMonth(w) && i + 1 < end)
            {
                int k = i + 1;
                if (Word(k) is ['-'] && k + 1 < end)
                {
                    k++;
                }
                if (IsMonthWord(k, out int month, out bool abbreviated, out _) && !abbreviated)
                {
                    m = new Match { Start = i, End = k + 1, Kind = TimeExpressionKind.Month, Month = month };
                    TakeYear(ref m);
                    return true;
                }
                return false;
            }
            if (!IsMonthWord(i, out int month2, out bool abbreviated2, out bool period2))
            {
                return false;
            }
            int dayAt = i + 1;
            int day = 0;
            bool hasDay = dayAt < end && TimeWords.TryDayNumber(Word(dayAt), out day);
            if (abbreviated2 && !period2 && !hasDay)
            {
                // "Jan", "Mar" and "Dec" alone are names or words more often than months.
                return false;
            }
            if (month2 == 5 && !hasDay && LooksLikeName(i))
            {
                return false;
            }
            m = new Match { Start = first, End = i + 1, Kind = TimeExpressionKind.Month, Month = month2 };
            if (hasDay)
            {
                m.Kind = TimeExpressionKind.Date;
                m.Day = day;
                m.End = dayAt + 1;
                if (m.End < end && TimeWords.IsOrdinalSuffix(Word(m.End)))
                {
                    m.End++;
                }
                int comma = m.End < end && Word(m.End) is [','] ? m.End + 1 : m.End;
                if (comma < end && TimeWords.TryYear(Word(comma), out int year))
                {
                    m.Year = year;
                    m.End = comma + 1;
                }
                return true;
            }
            TakeYear(ref m);
            return true;
        }

        private void TakeYear(ref Match m)
        {
            if (m.End < end && TimeWords.TryYear(Word(m.End), out int year))
            {
                m.Year = year;
                m.End++;
            }
        }

        private static bool IsPartOfMonth(ReadOnlySpan<char> w) =>
            TimeWords.Is(w, "mid") || TimeWords.Is(w, "early") || TimeWords.Is(w, "late") || TimeWords.Is(w, "end");

        // "Theresa May", "Ms. May": a capitalised word before "May" that does not start the sentence.
        private bool LooksLikeName(int i)
        {
            if (i == start)
            {
                return false;
            }
            if (_tagged)
            {
                return Xpos(i - 1) == "NNP";
            }
            var before = Word(i - 1);
            return IsCapitalised(i - 1) && !IsIntroducingPreposition(before) && !IsYearIntroducer(before) && !IsPartOfMonth(before);
        }

        private bool TryIsoDate(int i, out Match m)
        {
            m = default;
            if (!TimeWords.TryIsoDate(Word(i), out var date))
            {
                return false;
            }
            m = new Match { Start = i, End = i + 1, Kind = TimeExpressionKind.Date, Year = date.Year, Month = date.Month, Day = date.Day };
            return true;
        }

        // A four-digit year used as a year: after a preposition ("in 2018") or a determiner, as a modifier
        // ("the 2018 summit"); a bare number elsewhere is more often a count ("2000 troops").
        private bool TryYear(int i, out Match m)
        {
            m = default;
            if (!TimeWords.TryYear(Word(i), out int year))
            {
                return false;
            }
            if (i + 1 < end && Word(i + 1) is ['%'])
            {
                return false;
            }
            bool introduced = i > start && IsYearIntroducer(Word(i - 1));
            if (!introduced)
            {
                return false;
            }
            m = new Match { Start = i, End = i + 1, Kind = TimeExpressionKind.Year, Year = year };
            return true;
        }

        private static bool IsYearIntroducer(ReadOnlySpan<char> w) =>
            TimeWords.Is(w, "in") || TimeWords.Is(w, "since") || TimeWords.Is(w, "during") || TimeWords.Is(w, "until")
            || TimeWords.Is(w, "by") || TimeWords.Is(w, "before") || TimeWords.Is(w, "after") || TimeWords.Is(w, "of")
            || TimeWords.Is(w, "from") || TimeWords.Is(w, "through") || TimeWords.Is(w, "the") || TimeWords.Is(w, "its")
            || TimeWords.Is(w, "their") || TimeWords.Is(w, "his") || TimeWords.Is(w, "her") || TimeWords.Is(w, "a")
            || TimeWords.Is(w, "an") || TimeWords.Is(w, "that") || TimeWords.Is(w, "this") || TimeWords.Is(w, "year")
            || w is ['\'', 's'] || w is ['’', 's'];
    }
}

using System.Globalization;
using Parley.Text;

namespace Parley.Coding.Time;

/// <summary>
/// Turns time expressions into event dates relative to the article date and the tense of the event's
/// clause, and picks the expression that belongs to an event trigger. Under-specified expressions
/// ("on Monday", "in June", "September 3") land on the side of the article date the tense points to:
/// past tense on or before it, future tense on or after it, present or unknown tense at the nearest
/// candidate, the earlier one on a tie (news reports more than it announces).
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class TimeResolver
{
    /// <summary>The precision of a full date.</summary>
    public const string DayPrecision = "day";

    /// <summary>The precision of a month.</summary>
    public const string MonthPrecision = "month";

    /// <summary>The precision of a year.</summary>
    public const string YearPrecision = "year";

    /// <summary>The basis of a date read from a time expression.</summary>
    public const string TextBasis = "text";

    /// <summary>The basis of a date that falls back to the article date.</summary>
    public const string ArticleBasis = "article";

    /// <summary>
    /// The date <paramref name="expression"/> names, with basis <c>text</c> and the expression's text; null when
    /// it cannot be placed (a relative expression with no article date, or a date that does not exist, such as
    /// September 31). <paramref name="anchor"/> is the date of the previously mentioned event, which "a day
    /// earlier" and "the day before" count from; without it they count from the article date.
    /// </summary>
    public static EventDate? Resolve(TimeExpression expression, DateOnly? articleDate, Tense tense, DateOnly? anchor = null)
    {
        ArgumentNullException.ThrowIfNull(expression);
        return expression.Kind switch
        {
            TimeExpressionKind.Year => Year(expression.Year, expression),
            TimeExpressionKind.Date => ResolveDate(expression, articleDate, tense),
            TimeExpressionKind.Month => ResolveMonth(expression, articleDate, tense),
            TimeExpressionKind.Weekday => articleDate is { } article ? ResolveWeekday(expression, article, tense) : null,
            TimeExpressionKind.Offset => ResolveOffset(expression, expression.FromAnchor ? anchor ?? articleDate : articleDate),
            TimeExpressionKind.Period => articleDate is { } day ? ResolvePeriod(expression, day) : null,
            _ => null,
        };
    }

    /// <summary>The fallback when no expression applies: the article date (basis <c>article</c>, precision <c>day</c>), or null when it is unknown.</summary>
    public static EventDate? FromArticle(DateOnly? articleDate) =>
        articleDate is { } day ? new EventDate(Format(day), DayPrecision, ArticleBasis, null) : null;

    /// <summary>
    /// The time expression that belongs to the event whose trigger is token <paramref name="trigger"/>, or null.
    /// In a parsed document: an expression attached to the trigger (obl, obl:tmod, nmod:tmod, advmod, …), or,
    /// for an event noun, one inside its noun phrase ("the 2018 U.S.-Russia summit"); failing that, the
    /// sentence's only expression when it stands in the trigger's own clause as an adjunct (directly or through
    /// obliques, not inside a subject or object). Unparsed: the sentence's only
    /// expression, else the nearest one with no other verb between it and the trigger.
    /// </summary>
    public static TimeExpression? ExpressionFor(Document doc, int trigger)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return ExpressionFor(new DependencyTree(doc), trigger);
    }

    /// <summary>As <see cref="ExpressionFor(Document, int)"/>, reading the document through <paramref name="tree"/>.</summary>
    public static TimeExpression? ExpressionFor(DependencyTree tree, int trigger)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentOutOfRangeException.ThrowIfNegative(trigger);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(trigger, tree.Count);
        var (start, end) = tree.SentenceBounds(trigger);
        var expressions = TimeExpressionFinder.Find(new TokenSpan(tree.Doc, start, end));
        return ExpressionFor(tree, trigger, expressions);
    }

    /// <summary>As <see cref="ExpressionFor(Document, int)"/>, choosing among <paramref name="expressions"/> already found in the trigger's sentence.</summary>
    public static TimeExpression? ExpressionFor(Document doc, int trigger, IReadOnlyList<TimeExpression> expressions)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(expressions);
        return expressions.Count == 0 ? null : ExpressionFor(new DependencyTree(doc), trigger, expressions);
    }

    /// <summary>As <see cref="ExpressionFor(Document, int, IReadOnlyList{TimeExpression})"/>, reading the document through <paramref name="tree"/>.</summary>
    public static TimeExpression? ExpressionFor(DependencyTree tree, int trigger, IReadOnlyList<TimeExpression> expressions)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(expressions);
        if (expressions.Count == 0)
        {
            return null;
        }
        return tree.IsParsed ? FromParse(tree, trigger, expressions) : FromOrder(tree, trigger, expressions);
    }

    /// <summary>
    /// The event date of the event whose trigger is token <paramref name="trigger"/>: its time expression
    /// resolved with its clause's tense, else the article date, else null when the article date is unknown.
    /// </summary>
    public static EventDate? ResolveEvent(Document doc, int trigger, DateOnly? articleDate, DateOnly? anchor = null)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var tree = new DependencyTree(doc);
        var expression = ExpressionFor(tree, trigger);
        if (expression is not null && Resolve(expression, articleDate, ClauseTense.Of(tree, trigger), anchor) is { } date)
        {
            return date;
        }
        return FromArticle(articleDate);
    }

    private static TimeExpression? FromParse(DependencyTree tree, int trigger, IReadOnlyList<TimeExpression> expressions)
    {
        bool triggerIsNoun = tree.Upos(trigger) is "NOUN" or "PROPN";
        TimeExpression? best = null;
        int bestSteps = int.MaxValue;
        foreach (var expression in expressions)
        {
            int steps = StepsToTrigger(tree, tree.HeadOf(expression.Start, expression.End), trigger, triggerIsNoun);
            if (steps < bestSteps || (steps == bestSteps && best is not null && Distance(expression, trigger) < Distance(best, trigger)))
            {
                best = expression;
                bestSteps = steps;
            }
        }
        if (best is not null && bestSteps != int.MaxValue)
        {
            return best;
        }
        if (expressions.Count == 1)
        {
            var only = expressions[0];
            int head = tree.HeadOf(only.Start, only.End);
            if (tree.ClauseOf(head) == tree.ClauseOf(trigger) && IsAdjunctOfClause(tree, head))
            {
                return only;
            }
        }
        return null;
    }

    // How many arcs lead up from an expression's head to the trigger, or int.MaxValue when it does not
    // belong to it. A verb takes only what hangs on it directly (its date is not that of the things its
    // arguments name); an event noun also takes a modifier nested in its phrase, through at most one
    // other nominal ("2018" under "Russia" in a mis-attached "the 2018 U.S.-Russia summit").
    private static int StepsToTrigger(DependencyTree tree, int head, int trigger, bool triggerIsNoun)
    {
        if (tree.Head(head) == trigger)
        {
            return IsTemporalRelation(tree.BaseDep(head)) ? 1 : int.MaxValue;
        }
        if (!triggerIsNoun)
        {
            return int.MaxValue;
        }
        int parent = tree.Head(head);
        if (parent >= 0 && tree.Head(parent) == trigger && !tree.IsClauseHead(parent)
            && tree.BaseDep(parent) is "compound" or "amod" or "nmod" or "flat" or "nummod")
        {
            return 2;
        }
        return int.MaxValue;
    }

    // True when the expression dates its clause rather than a thing the clause is about: it hangs on the
    // clause head directly or through obliques ("took place during the 2018 summit"), not inside a subject or
    // object ("criticized the 2018 summit" is not a criticism in 2018).
    private static bool IsAdjunctOfClause(DependencyTree tree, int head)
    {
        int t = head;
        for (int depth = 0; depth < DependencyTree.MaxDepth && !tree.IsClauseHead(t); depth++)
        {
            if (t != head && tree.BaseDep(t) is not ("obl" or "nmod" or "advmod"))
            {
                return false;
            }
            t = tree.Head(t);
        }
        return true;
    }

    private static bool IsTemporalRelation(ReadOnlySpan<char> dep) =>
        dep is "obl" or "nmod" or "advmod" or "compound" or "amod" or "nummod" or "npadvmod";

    private static TimeExpression? FromOrder(DependencyTree tree, int trigger, IReadOnlyList<TimeExpression> expressions)
    {
        if (expressions.Count == 1)
        {
            return expressions[0];
        }
        bool tagged = tree.Doc.Has(Annotations.Tags);
        TimeExpression? best = null;
        foreach (var expression in expressions)
        {
            int from = Math.Min(trigger, expression.Start);
            int to = Math.Max(trigger, expression.End - 1);
            bool verbBetween = false;
            for (int i = from + 1; i < to && tagged; i++)
            {
                if (i != trigger && (i < expression.Start || i >= expression.End) && tree.Xpos(i).StartsWith("VB", StringComparison.Ordinal))
                {
                    verbBetween = true;
                    break;
                }
            }
            if (!verbBetween && (best is null || Distance(expression, trigger) < Distance(best, trigger)))
            {
                best = expression;
            }
        }
        return best;
    }

    private static int Distance(TimeExpression expression, int token) =>
        token < expression.Start ? expression.Start - token : token >= expression.End ? token - expression.End + 1 : 0;

    private static EventDate Year(int year, TimeExpression expression) =>
        new(year.ToString("D4", CultureInfo.InvariantCulture), YearPrecision, TextBasis, expression.Text);

    private static EventDate Month(int year, int month, TimeExpression expression) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}"), MonthPrecision, TextBasis, expression.Text);

    private static EventDate Day(DateOnly day, TimeExpression expression) => new(Format(day), DayPrecision, TextBasis, expression.Text);

    private static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static EventDate? ResolveDate(TimeExpression e, DateOnly? articleDate, Tense tense)
    {
        if (e.Year != 0)
        {
            return IsValid(e.Year, e.Month, e.Day) ? Day(new DateOnly(e.Year, e.Month, e.Day), e) : null;
        }
        if (articleDate is not { } article)
        {
            return null;
        }
        // The candidates are this date in the article's year and the years either side; the tense picks the side.
        DateOnly? before = null, after = null;
        for (int year = article.Year - 1; year <= article.Year + 1; year++)
        {
            if (!IsValid(year, e.Month, e.Day))
            {
                continue;
            }
            var candidate = new DateOnly(year, e.Month, e.Day);
            if (candidate <= article)
            {
                before = candidate;
            }
            else
            {
                after ??= candidate;
            }
        }
        var chosen = Choose(before, after, article, tense);
        return chosen is { } day ? Day(day, e) : null;
    }

    private static EventDate? ResolveMonth(TimeExpression e, DateOnly? articleDate, Tense tense)
    {
        if (e.Year != 0)
        {
            return Month(e.Year, e.Month, e);
        }
        if (articleDate is not { } article)
        {
            return null;
        }
        int articleMonth = (article.Year * 12) + article.Month - 1;
        // The same month named in the article's own month is that month, whatever the tense; "last June"
        // and "next June" are strictly before and after it.
        int beforeMonth = (article.Year * 12) + e.Month - 1;
        if (beforeMonth > articleMonth || (e.Shift < 0 && beforeMonth == articleMonth))
        {
            beforeMonth -= 12;
        }
        int afterMonth = (article.Year * 12) + e.Month - 1;
        if (afterMonth < articleMonth || (e.Shift > 0 && afterMonth == articleMonth))
        {
            afterMonth += 12;
        }
        int chosen = e.Shift switch
        {
            < 0 => beforeMonth,
            > 0 => afterMonth,
            _ => tense switch
            {
                Tense.Past => beforeMonth,
                Tense.Future => afterMonth,
                _ => articleMonth - beforeMonth <= afterMonth - articleMonth ? beforeMonth : afterMonth,
            },
        };
        return Month(chosen / 12, (chosen % 12) + 1, e);
    }

    private static EventDate ResolveWeekday(TimeExpression e, DateOnly article, Tense tense)
    {
        var weekday = e.Weekday ?? article.DayOfWeek;
        int back = ((int)article.DayOfWeek - (int)weekday + 7) % 7;
        int ahead = ((int)weekday - (int)article.DayOfWeek + 7) % 7;
        // A plain weekday can be the article's own day ("said on Tuesday" in a Tuesday story is that day);
        // "last Tuesday" and "next Tuesday" never are.
        var before = article.AddDays(-(e.Shift < 0 && back == 0 ? 7 : back));
        var after = article.AddDays(e.Shift > 0 && ahead == 0 ? 7 : ahead);
        DateOnly chosen = e.Shift switch
        {
            < 0 => before,
            > 0 => after,
            _ => Choose(before, after, article, tense)!.Value,
        };
        return Day(chosen, e);
    }

    private static EventDate? ResolveOffset(TimeExpression e, DateOnly? reference)
    {
        if (reference is not { } from)
        {
            return null;
        }
        return e.Unit switch
        {
            TimeUnit.Day => Day(from.AddDays(e.Shift), e),
            TimeUnit.Week => Day(from.AddDays(7 * e.Shift), e),
            TimeUnit.Month => Month(from.AddMonths(e.Shift).Year, from.AddMonths(e.Shift).Month, e),
            _ => Year(from.Year + e.Shift, e),
        };
    }

    private static EventDate ResolvePeriod(TimeExpression e, DateOnly article)
    {
        switch (e.Unit)
        {
            case TimeUnit.Week:
            {
                // OUTPUT.md allows no week precision. A day would claim more than "last week" says, so the
                // week is given as the month holding its Thursday (which holds most of the week, the rule ISO
                // 8601 uses to place a week in a year).
                int sinceMonday = ((int)article.DayOfWeek + 6) % 7;
                var thursday = article.AddDays(-sinceMonday + 3 + (7 * e.Shift));
                return Month(thursday.Year, thursday.Month, e);
            }
            case TimeUnit.Month:
            {
                var month = article.AddMonths(e.Shift);
                return Month(month.Year, month.Month, e);
            }
            default:
                return Year(article.Year + e.Shift, e);
        }
    }

    private static DateOnly? Choose(DateOnly? before, DateOnly? after, DateOnly article, Tense tense)
    {
        if (before is null || after is null)
        {
            return before ?? after;
        }
        return tense switch
        {
            Tense.Past => before,
            Tense.Future => after,
            _ => article.DayNumber - before.Value.DayNumber <= after.Value.DayNumber - article.DayNumber ? before : after,
        };
    }

    private static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
}

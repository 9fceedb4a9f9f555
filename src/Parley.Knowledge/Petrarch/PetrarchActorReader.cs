using System.Globalization;

namespace Parley.Knowledge.Petrarch;

/// <summary>
/// Reads a PETRARCH actor dictionary (<c>dictionaries-format.rst</c>, "Actor Dictionary"): records of a primary
/// phrase with an optional <c>[CODE]</c>, <c>+</c> synonym lines, and date restrictions on lines that begin with a
/// tab or blanks (<c>[CODE &lt;date]</c>, <c>[CODE &gt;date]</c>, <c>[CODE date-date]</c>, <c>[CODE]</c>), dates as
/// YYMMDD (years up to 30 are 20YY) or YYYYMMDD. <c>#</c>, <c>;</c> and <c>&lt;!-- --&gt;</c> comments are skipped.
/// </summary>
public static class PetrarchActorReader
{
    /// <summary>Two-digit years up to this one are 20YY, the later ones 19YY.</summary>
    private const int CenturyPivot = 30;

    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <param name="lenient">False: any wrong line makes the read throw. True: wrong lines are left out and listed in <see cref="PetrarchActorDictionary.Refused"/>.</param>
    /// <exception cref="DictionaryException">The file is missing, or (read strictly) any line is wrong; every problem is listed as <c>file:line: what is wrong</c>.</exception>
    public static PetrarchActorDictionary Read(string path, bool lenient = false)
    {
        PetrarchProblems.RequireFile(path);
        var problems = new PetrarchProblems(path, lenient);
        var actors = new List<PetrarchActor>();
        Builder? current = null;
        int lines = 0;

        // A primary line with no code followed by another primary line is one more name of the actor whose codes
        // come later ("IVO_JOSIPOVIC_ / PRESIDENT_JOSIPOVIC_ / JOSIPOVIC_ / <tab>[HRVGOV >20120219]"), as PETRARCH reads it.
        var pending = new List<PetrarchPhrase>();
        int pendingLine = 0;

        void Close()
        {
            if (current is null)
            {
                return;
            }
            if (current.Code is null && current.Restrictions.Count == 0)
            {
                if (pending.Count == 0)
                {
                    pendingLine = current.Line;
                }
                pending.AddRange(current.Names);
            }
            else
            {
                actors.Add(new PetrarchActor { Line = current.Line, Names = current.Names.ToArray(), Code = current.Code, Restrictions = current.Restrictions.ToArray() });
            }
            current = null;
        }

        foreach (var (number, text, _) in PetrarchLines.Read(path, semicolonComments: true))
        {
            lines++;
            string line = text.Trim();
            try
            {
                if (char.IsWhiteSpace(text[0]) && line.StartsWith('['))
                {
                    if (current is null)
                    {
                        throw new PetrarchLineException("date restriction before any actor");
                    }
                    current.Restrictions.Add(ReadRestriction(line, number));
                }
                else if (line[0] == '+')
                {
                    if (current is null)
                    {
                        throw new PetrarchLineException("synonym '+' before any actor");
                    }
                    var (phrase, codes) = ReadPhraseAndCodes(line[1..], number);
                    if (codes.Count > 0)
                    {
                        throw new PetrarchLineException($"synonym '{phrase}' has its own code [{codes[0].Code}]: a synonym shares its actor's codes (start a new actor instead)");
                    }
                    current.Names.Add(phrase);
                }
                else if (line[0] == '[')
                {
                    throw new PetrarchLineException("date restriction must be indented with a tab");
                }
                else
                {
                    Close();
                    var (phrase, codes) = ReadPhraseAndCodes(line, number);
                    current = new Builder(pending.Count > 0 ? pendingLine : number, phrase, null);
                    current.Names.InsertRange(0, pending);
                    pending.Clear();
                    foreach (var code in codes)
                    {
                        // On the primary line: the first undated code is the actor's; dated ones (TABARI allowed them
                        // there) and further undated ones are restrictions.
                        if (code.IsDefault && current.Code is null && current.Restrictions.Count == 0)
                        {
                            current.Code = code.Code;
                        }
                        else
                        {
                            current.Restrictions.Add(code);
                        }
                    }
                }
            }
            catch (PetrarchLineException e)
            {
                problems.Add(number, e.Message);
            }
        }
        Close();
        if (pending.Count > 0)
        {
            problems.Add(pendingLine, $"actor '{pending[0]}' has no code: give '[CODE]' on its line or a date restriction below it");
        }
        return new PetrarchActorDictionary(path, lines, actors, problems.Finish());
    }

    private static (PetrarchPhrase Phrase, List<PetrarchDateRestriction> Codes) ReadPhraseAndCodes(string line, int number)
    {
        var codes = new List<PetrarchDateRestriction>();
        int open = line.IndexOf('[');
        string phraseText = open < 0 ? line : line[..open];
        while (open >= 0)
        {
            int close = line.IndexOf(']', open);
            if (close < 0)
            {
                throw new PetrarchLineException("'[' without ']'");
            }
            codes.Add(ReadRestriction(line[open..(close + 1)], number));
            string rest = line[(close + 1)..].Trim();
            if (rest.Length == 0)
            {
                break;
            }
            if (rest[0] != '[')
            {
                throw new PetrarchLineException($"unexpected '{rest}' after the code");
            }
            open = line.IndexOf('[', close);
        }
        if (phraseText.Contains(']', StringComparison.Ordinal))
        {
            throw new PetrarchLineException("']' without '['");
        }
        var phrase = PetrarchPhrase.Parse(phraseText) ?? throw new PetrarchLineException("line has a code but no phrase");
        return (phrase, codes);
    }

    private static string CheckActorCode(string code)
    {
        if (code.Length == 0)
        {
            throw new PetrarchLineException("code in brackets is empty");
        }
        foreach (char c in code)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '/' or '-' or '+' or '#'))
            {
                throw new PetrarchLineException($"code '{code}' has '{c}' in it");
            }
        }
        return code.ToUpperInvariant();
    }

    private static PetrarchDateRestriction ReadRestriction(string line, int number)
    {
        int close = line.IndexOf(']');
        if (close < 0)
        {
            throw new PetrarchLineException("date restriction has '[' without ']'");
        }
        if (line[(close + 1)..].Trim().Length > 0)
        {
            throw new PetrarchLineException($"unexpected '{line[(close + 1)..].Trim()}' after the date restriction");
        }
        string body = line[1..close].Trim();
        int space = body.IndexOfAny([' ', '\t']);
        string code = space < 0 ? body : body[..space];
        string dates = space < 0 ? "" : body[space..].Replace(" ", "", StringComparison.Ordinal).Replace("\t", "", StringComparison.Ordinal);
        if (code.Length == 0 || code[0] is '<' or '>' || char.IsAsciiDigit(code[0]))
        {
            throw new PetrarchLineException($"date restriction '[{body}]' has no code before its dates");
        }
        code = CheckActorCode(code);
        if (dates.Length == 0)
        {
            return new PetrarchDateRestriction { Line = number, Code = code };
        }
        if (dates[0] == '<')
        {
            return new PetrarchDateRestriction { Line = number, Code = code, To = Date(dates[1..]) };
        }
        if (dates[0] == '>')
        {
            return new PetrarchDateRestriction { Line = number, Code = code, From = Date(dates[1..]) };
        }
        int dash = dates.IndexOf('-');
        if (dash < 0)
        {
            throw new PetrarchLineException($"date restriction '{dates}' is not '<date', '>date' or 'date-date'");
        }
        var from = Date(dates[..dash]);
        var to = Date(dates[(dash + 1)..]);
        if (to < from)
        {
            throw new PetrarchLineException($"date range {dates} ends before it starts");
        }
        return new PetrarchDateRestriction { Line = number, Code = code, From = from, To = to };
    }

    /// <summary>A YYMMDD or YYYYMMDD date.</summary>
    internal static DateOnly Date(string text)
    {
        if (text.Length is 6 or 8 && text.All(char.IsAsciiDigit))
        {
            int year = text.Length == 8 ? int.Parse(text[..4], CultureInfo.InvariantCulture) : int.Parse(text[..2], CultureInfo.InvariantCulture);
            if (text.Length == 6)
            {
                year += year <= CenturyPivot ? 2000 : 1900;
            }
            int at = text.Length - 4;
            int month = int.Parse(text.AsSpan(at, 2), CultureInfo.InvariantCulture);
            int day = int.Parse(text.AsSpan(at + 2, 2), CultureInfo.InvariantCulture);
            if (month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                return new DateOnly(year, month, day);
            }
        }
        throw new PetrarchLineException($"'{text}' is not a date (YYMMDD or YYYYMMDD)");
    }

    private sealed class Builder(int line, PetrarchPhrase primary, string? code)
    {
        public int Line { get; } = line;

        public string? Code { get; set; } = code;

        public List<PetrarchPhrase> Names { get; } = [primary];

        public List<PetrarchDateRestriction> Restrictions { get; } = [];
    }
}

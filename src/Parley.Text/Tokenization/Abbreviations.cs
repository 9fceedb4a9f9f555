using System.Collections.Frozen;

namespace Parley.Text.Tokenization;

/// <summary>
/// The abbreviations whose final period stays with the word, written by us for English news (titles,
/// months, US states, company and reference abbreviations). Patterns such as initials ("J.") and letter
/// sequences ("U.S.", "a.m.", "Ph.D.") are recognised by shape, so they are not listed.
/// </summary>
internal static class Abbreviations
{
    // Titles and ranks come before names, so a capitalised word after them never starts a sentence.
    private static readonly string[] Titles =
    [
        "Mr", "Mrs", "Ms", "Messrs", "Mme", "Mlle", "Dr", "Drs", "Prof", "Profs", "Rev", "Revs", "Hon", "Fr", "Sra", "Srta",
        "Gen", "Lt", "Col", "Maj", "Capt", "Cpt", "Cmdr", "Cdr", "Adm", "Brig", "Sgt", "Cpl", "Pvt", "Pfc", "Lieut", "Comdr",
        "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Pres", "Supt", "Insp", "Det", "Amb", "Atty", "Gens", "Reg", "Sec", "Secy",
        "St", "Ste", "Mt", "Ft", "Pt", "Dir", "Asst", "Assoc", "Dept", "Mgr",
    ];

    // Words that are abbreviations only before a number ("No. 3", "p. 12"); elsewhere they are words ("said no.").
    private static readonly string[] BeforeNumbers =
    [
        "No", "Nos", "no", "nos", "Vol", "vol", "Vols", "p", "pp", "Pp", "ch", "Ch", "Chap", "chap", "fig", "Fig", "figs",
        "Sec", "sec", "para", "Para", "ed", "eds", "op", "ca", "approx", "Approx", "est", "tel", "Tel", "ext", "Ext",
    ];

    // Everything else: company forms, Latin, US states, weekdays. These may end a sentence. Words that are
    // also ordinary capitalised words at a sentence end ("Sun", "Wash", "Art") are left out on purpose.
    private static readonly string[] Others =
    [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Rt", "Rte", "Hwy", "Ave", "Blvd", "Rd",
        "Inc", "Corp", "Co", "Cos", "Ltd", "Bros", "Plc", "plc", "Mfg", "Intl", "Int'l", "Natl", "Assn", "Ass'n", "Univ", "Jr", "Sr", "Esq",
        "etc", "vs", "v", "viz", "cf", "al", "ibid", "resp", "approx", "misc", "dept", "govt", "Govt", "gov't", "Gov't", "yr", "yrs", "hr", "hrs", "min", "mins",
        "sq", "ft", "oz", "lb", "lbs", "kg", "km", "mi", "mph", "inc", "corp", "ltd", "co",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mich",
        "Minn", "Mo", "Mont", "Neb", "Nebr", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wis", "Wisc", "Wyo", "Que", "Ont", "Alta",
        "Mon", "Tue", "Tues", "Thu", "Thur", "Thurs", "Fri",
    ];

    private static readonly FrozenDictionary<string, AbbreviationKind> Table = Build();
    private static readonly FrozenDictionary<string, AbbreviationKind>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Table.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, AbbreviationKind> Build()
    {
        var table = new Dictionary<string, AbbreviationKind>(StringComparer.Ordinal);
        // Later lists do not override earlier ones: a title stays a title.
        foreach (var word in Titles)
        {
            table.TryAdd(word, AbbreviationKind.Title);
            table.TryAdd(word.ToUpperInvariant(), AbbreviationKind.Title);
        }
        foreach (var word in BeforeNumbers)
        {
            table.TryAdd(word, AbbreviationKind.BeforeNumber);
        }
        foreach (var word in Others)
        {
            table.TryAdd(word, AbbreviationKind.Other);
        }
        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>What kind of abbreviation <paramref name="word"/> (written without its final period) is.</summary>
    public static AbbreviationKind Classify(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return AbbreviationKind.None;
        }
        if (Lookup.TryGetValue(word, out var kind))
        {
            return kind;
        }
        if (word.Length == 1)
        {
            // An initial: "George W. Bush". Digits are not initials ("in 2005.").
            return CharKinds.IsLetter(word[0]) ? AbbreviationKind.Title : AbbreviationKind.None;
        }
        return IsLetterSequence(word) ? AbbreviationKind.Other : AbbreviationKind.None;
    }

    /// <summary>
    /// Letters in groups of one or two separated by periods ("U.S", "a.m", "Ph.D", "e.g"): the shape of an
    /// abbreviation whose final period has been taken off.
    /// </summary>
    public static bool IsLetterSequence(ReadOnlySpan<char> word)
    {
        int group = 0;
        int dots = 0;
        foreach (char c in word)
        {
            if (c == '.')
            {
                if (group == 0)
                {
                    return false;
                }
                dots++;
                group = 0;
            }
            else if (CharKinds.IsLetter(c))
            {
                if (++group > 2)
                {
                    return false;
                }
            }
            else
            {
                return false;
            }
        }
        return dots > 0 && group > 0;
    }
}

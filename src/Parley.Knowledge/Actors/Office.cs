namespace Parley.Knowledge.Actors;

/// <summary>
/// The single-holder offices a dated role may name. Each is held by one person at a time in one country (or one
/// organisation), so the dictionaries can be checked for two holders on the same day and a title with no name
/// ("the Armenian prime minister") can be resolved to whoever held it on the story's date.
/// </summary>
public static class Office
{
    public const string HeadOfState = "head of state";
    public const string HeadOfGovernment = "head of government";
    public const string ForeignMinister = "foreign minister";
    public const string DefenceMinister = "defence minister";
    public const string InteriorMinister = "interior minister";
    /// <summary>The chief of an organisation: the UN Secretary-General, the IMF's managing director, a group's leader.</summary>
    public const string Head = "head";

    /// <summary>Every office a role may name.</summary>
    public static readonly IReadOnlyList<string> All = [HeadOfState, HeadOfGovernment, ForeignMinister, DefenceMinister, InteriorMinister, Head];

    /// <summary>The key two roles of the same office share: the office and whose it is (a country, or an organisation's code).</summary>
    public static string KeyOf(ActorRole role, string office) => $"{role.Country ?? role.Code}/{office}";

    /// <summary>
    /// The office an agent noun names when it stands alone as a title ("prime minister" → head of government,
    /// "foreign secretary" → foreign minister); null for nouns that name no single-holder office ("minister").
    /// </summary>
    public static string? ForTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        return Titles.GetValueOrDefault(title.Trim().ToLowerInvariant());
    }

    /// <summary>
    /// The office a title names at word <paramref name="start"/> of <paramref name="words"/> ("President Bush",
    /// "Us Prime Minister …"), trying the longest title first; null when no title begins there.
    /// </summary>
    public static string? ForTitleAt(IReadOnlyList<string> words, int start)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (start < 0 || start >= words.Count || !TitleFirstWords.Contains(words[start]))
        {
            return null;
        }
        for (int length = Math.Min(MaxTitleWords, words.Count - start); length >= 1; length--)
        {
            if (ForTitle(string.Join(' ', words.Skip(start).Take(length))) is { } office)
            {
                return office;
            }
        }
        return null;
    }

    private const int MaxTitleWords = 4;

    private static readonly Dictionary<string, string> Titles = new(StringComparer.Ordinal)
    {
        ["president"] = HeadOfState, ["head of state"] = HeadOfState, ["king"] = HeadOfState, ["queen"] = HeadOfState,
        ["emir"] = HeadOfState, ["sultan"] = HeadOfState, ["monarch"] = HeadOfState, ["emperor"] = HeadOfState,
        ["prime minister"] = HeadOfGovernment, ["premier"] = HeadOfGovernment, ["chancellor"] = HeadOfGovernment,
        ["head of government"] = HeadOfGovernment, ["taoiseach"] = HeadOfGovernment,
        ["foreign minister"] = ForeignMinister, ["foreign secretary"] = ForeignMinister, ["secretary of state"] = ForeignMinister,
        ["top diplomat"] = ForeignMinister, ["external affairs minister"] = ForeignMinister, ["minister of foreign affairs"] = ForeignMinister,
        ["defence minister"] = DefenceMinister, ["defense minister"] = DefenceMinister, ["defence secretary"] = DefenceMinister,
        ["defense secretary"] = DefenceMinister, ["secretary of defense"] = DefenceMinister, ["minister of defence"] = DefenceMinister,
        ["minister of defense"] = DefenceMinister, ["armed forces minister"] = DefenceMinister,
        ["interior minister"] = InteriorMinister, ["home secretary"] = InteriorMinister, ["home minister"] = InteriorMinister,
        ["minister of the interior"] = InteriorMinister, ["minister of interior"] = InteriorMinister,
    };

    /// <summary>The first words of the titles, so that a scan of many names builds a candidate title only where one may begin.</summary>
    private static readonly HashSet<string> TitleFirstWords = new(Titles.Keys.Select(t => t.Split(' ')[0]), StringComparer.OrdinalIgnoreCase);
}

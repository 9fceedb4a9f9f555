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
}

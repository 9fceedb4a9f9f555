namespace Parley.Knowledge.Petrarch;

/// <summary>
/// One record of a PETRARCH actor dictionary: a primary phrase with an optional code, its <c>+</c> synonyms, and
/// tab-indented date restrictions. Which code applies on a date is <see cref="CodeOn"/>.
/// </summary>
public sealed record PetrarchActor
{
    /// <summary>1-based line of the primary phrase.</summary>
    public required int Line { get; init; }

    /// <summary>The primary phrase first, then the synonyms, as written.</summary>
    public required IReadOnlyList<PetrarchPhrase> Names { get; init; }

    /// <summary>The code on the primary line (<c>AFGHANISTAN_ [AFG]</c>), or null.</summary>
    public string? Code { get; init; }

    /// <summary>The dated codes, in file order.</summary>
    public required IReadOnlyList<PetrarchDateRestriction> Restrictions { get; init; }

    /// <summary>The primary phrase.</summary>
    public PetrarchPhrase Primary => Names[0];

    /// <summary>
    /// The code this actor has on <paramref name="date"/>, as PETRARCH picks it: the first dated restriction that
    /// covers the date, else the primary line's code, else the first undated restriction; with no date, the
    /// primary code or the first undated restriction. Null when none applies (the actor is then not coded).
    /// The code may hold several actors separated by <c>/</c> (<see cref="SplitCodes"/>).
    /// </summary>
    public string? CodeOn(DateOnly? date)
    {
        if (date is { } day)
        {
            foreach (var r in Restrictions)
            {
                if (!r.IsDefault && r.Covers(day))
                {
                    return r.Code;
                }
            }
        }
        return Code ?? Restrictions.FirstOrDefault(r => r.IsDefault)?.Code;
    }

    /// <summary>The actor codes of a code string: <c>"FRO/BIL/SAM"</c> gives three; <c>"---"</c> gives none.</summary>
    public static IReadOnlyList<string> SplitCodes(string? code) =>
        code is null ? [] : code.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(c => c != "---").ToArray();
}

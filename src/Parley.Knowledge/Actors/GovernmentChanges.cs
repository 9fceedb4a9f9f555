namespace Parley.Knowledge.Actors;

/// <summary>
/// The days the team's dictionaries record a new head of government taking office, by country (the head of state
/// where the team records no head of government). The imported PETRARCH/Phoenix dictionaries stop about 2015 and
/// leave the last government role of many people open ("AUSGOV 2010-10-01.."): read as open forever it makes Penny
/// Wong a minister through the nine years her party was in opposition. Where the team's own record shows the
/// government changing hands after such a role began, the role is ended on that day, and the person counts from then
/// as a former office-holder unless the team's entry says otherwise. Immutable once built.
/// </summary>
internal sealed class GovernmentChanges
{
    private readonly Dictionary<string, DateOnly[]> _changes;

    private GovernmentChanges(Dictionary<string, DateOnly[]> changes) => _changes = changes;

    /// <summary>The changes the team's people (their own roles, before any imported ones join them) record.</summary>
    public static GovernmentChanges Of(IEnumerable<Person> team)
    {
        var heads = new Dictionary<string, SortedSet<DateOnly>>(StringComparer.Ordinal);
        var states = new Dictionary<string, SortedSet<DateOnly>>(StringComparer.Ordinal);
        foreach (var role in team.SelectMany(p => p.Roles))
        {
            if (role.Country is not { } country || role.From is not { } from || role.ImportedFrom is not null)
            {
                continue;
            }
            var into = role.Offices.Contains(Office.HeadOfGovernment) ? heads : role.Offices.Contains(Office.HeadOfState) ? states : null;
            if (into is not null)
            {
                if (!into.TryGetValue(country, out var days))
                {
                    into[country] = days = [];
                }
                days.Add(from);
            }
        }
        foreach (var (country, days) in states)
        {
            heads.TryAdd(country, days);
        }
        return new GovernmentChanges(heads.ToDictionary(h => h.Key, h => h.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>
    /// <paramref name="person"/> with each open government role (no end, a start, a country; not a former
    /// office-holder's) ended on the first change of that country's government the team records after the role began;
    /// the same person when no role changes.
    /// </summary>
    public Person EndOpenRoles(Person person)
    {
        ActorRole[]? changed = null;
        for (int r = 0; r < person.Roles.Count; r++)
        {
            var role = person.Roles[r];
            if (role is { To: null, From: { } from, Country: { } country } && role.Sectors.Contains("GOV") && !role.Sectors.Contains("ELI")
                && _changes.TryGetValue(country, out var days) && FirstAfter(days, from) is { } end)
            {
                changed ??= [.. person.Roles];
                changed[r] = role with { To = end };
            }
        }
        return changed is null ? person : person.WithRoles(changed);
    }

    private static DateOnly? FirstAfter(DateOnly[] days, DateOnly day)
    {
        int i = Array.BinarySearch(days, day);
        i = i >= 0 ? i + 1 : ~i;
        return i < days.Length ? days[i] : null;
    }
}

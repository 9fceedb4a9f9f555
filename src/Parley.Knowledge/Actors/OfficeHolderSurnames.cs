namespace Parley.Knowledge.Actors;

/// <summary>
/// People who held a single-holder office (<see cref="Office"/>), by the surname a story uses on its own ("Bush",
/// "Abe"), for finding who a bare surname means on a date: the one of them in office then, when only one is. The
/// catalogue's own surname index takes a surname only when one team person has it; this one also answers for names
/// several people share ("Bush" is two presidents and a Cayman premier) and for the imported people, who are matched
/// by their full names only. Immutable once built.
/// </summary>
internal sealed class OfficeHolderSurnames
{
    private readonly Dictionary<string, List<Person>> _bySurname = new(StringComparer.Ordinal);
    private readonly Func<string, bool> _isState;

    /// <param name="isState">
    /// True for a sovereign state's code: the leaders of dependencies ("Bush" is also a premier of the Cayman Islands)
    /// are not the office-holders a bare surname means in international news.
    /// </param>
    public OfficeHolderSurnames(IEnumerable<Person> team, IEnumerable<Person> imported, Func<string, bool>? isState = null)
    {
        _isState = isState ?? (_ => true);
        foreach (var person in team)
        {
            if (!person.Roles.Any(r => r.Offices.Count > 0))
            {
                continue;
            }
            if (!person.Surname.Contains(' ', StringComparison.Ordinal))
            {
                Add(person.Surname, person);
            }
            else if (person.Roles.Any(r => r.Country is { } c && FamilyNameFirst.Contains(c)) && person.Name.StartsWith(person.Surname, StringComparison.Ordinal))
            {
                // "Kim Jong Un", "Lee Hsien Loong": the team writes the whole name as the surname, as "Kim" or "Lee"
                // alone names many; on a date the one of them in office is who a story means by it.
                Add(person.Name[..person.Name.IndexOf(' ', StringComparison.Ordinal)], person);
            }
        }
        foreach (var person in imported)
        {
            // The source gives no offices, but it marks its leaders: by names with their title ("President Bush", "Us
            // President George W. Bush"), and by an undated elite role beside the dated ones (a leader is an elite
            // before and after the terms; its ministers have only their dated roles).
            if (!person.Roles.Any(r => r is { From: null, To: null } && r.Sectors.Contains("ELI")) && !HasTitledName(person))
            {
                continue;
            }
            Add(person.Name[(person.Name.LastIndexOf(' ') + 1)..], person);
            if (ActorCatalog.WithoutMaternalSurname(person) is { } shortName)
            {
                Add(shortName[(shortName.LastIndexOf(' ') + 1)..], person);
            }
        }
    }

    /// <summary>
    /// The one person with surname <paramref name="surname"/> who held a single-holder office on
    /// <paramref name="date"/>; null when none did or when several did ("Lee" in 2010: Singapore's prime minister and
    /// South Korea's president).
    /// </summary>
    public Person? HolderOn(string surname, DateOnly date)
    {
        if (!_bySurname.TryGetValue(NameKey.Of(surname), out var people))
        {
            return null;
        }
        Person? holder = null;
        foreach (var person in people)
        {
            if (InOffice(person, date) && person.RoleOn(date)!.Country is { } country && _isState(country))
            {
                if (holder is not null && holder != person)
                {
                    return null;
                }
                holder = person;
            }
        }
        return holder;
    }

    /// <summary>
    /// True when the person's role on the date is an office: a team role that names one, or, for an imported entry
    /// (one of the source's leaders), a government role.
    /// </summary>
    private static bool InOffice(Person person, DateOnly date) => person.RoleOn(date) is { } role
        && (role.Offices.Count > 0 || ((person.IsImported || role.ImportedFrom is not null) && role.Sectors.Contains("GOV") && !role.Sectors.Contains("ELI")));

    private static bool HasTitledName(Person person)
    {
        string surname = person.Name[(person.Name.LastIndexOf(' ') + 1)..];
        foreach (var name in person.Aliases)
        {
            // Tens of thousands of names are read at load: split only those that end with the surname.
            if (!name.EndsWith(surname, StringComparison.OrdinalIgnoreCase) || name.Length == surname.Length)
            {
                continue;
            }
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2 || !words[^1].Equals(surname, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            for (int w = 0; w < words.Length - 1; w++)
            {
                if (Office.ForTitleAt(words, w) is not null)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Countries whose names are written family name first in English news.</summary>
    private static readonly HashSet<string> FamilyNameFirst = new(StringComparer.Ordinal)
    {
        "CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "VNM", "SGP", "KHM",
    };

    private void Add(string surname, Person person)
    {
        if (surname.Length < 2)
        {
            return;
        }
        var key = NameKey.Of(surname);
        if (!_bySurname.TryGetValue(key, out var people))
        {
            _bySurname[key] = people = [];
        }
        if (!people.Contains(person))
        {
            people.Add(person);
        }
    }
}

using Parley.Knowledge.Loading;

namespace Parley.Knowledge.Actors;

/// <summary>
/// Every named actor the dictionaries know: countries (by name and adjective), seats of power, organisations and
/// people with dated roles. Looks names up as whole strings or as token windows (longest match first), and resolves
/// each candidate's role on a date. A person's bare surname ("Putin") is matched when no other entry uses it.
/// Immutable and safe to share between threads.
/// </summary>
public sealed class ActorCatalog
{
    private readonly NameIndex<Actor> _names;
    private readonly Dictionary<string, Person> _people;
    private readonly Dictionary<string, Organization> _organizations;
    private readonly Dictionary<string, List<ActorCandidate>> _offices = new(StringComparer.Ordinal);
    private readonly OfficeHolderSurnames _officeHolders;

    private ActorCatalog(CountryCatalog countries, IReadOnlyList<Organization> organizations, IReadOnlyList<Person> people,
        ImportedActors? imported = null, Func<string, bool>? reserved = null)
    {
        Countries = countries;
        Organizations = organizations;
        if (imported is not null)
        {
            var changes = GovernmentChanges.Of(people);
            imported = imported with { People = imported.People.Select(changes.EndOpenRoles).ToList() };
            people = JoinImportedRoles(people, imported.People);
        }
        People = people;
        _people = people.ToDictionary(p => NameKey.Of(p.Name), StringComparer.Ordinal);
        _organizations = organizations.ToDictionary(o => NameKey.Of(o.Name), StringComparer.Ordinal);
        _names = new NameIndex<Actor>();
        foreach (var country in countries.All)
        {
            _names.Add(country.Name, country);
            foreach (var name in country.Aliases.Concat(country.Adjectives).Concat(country.Peoples))
            {
                _names.Add(name, country);
            }
            foreach (var name in country.ExactNames)
            {
                _names.AddExact(name, country);
            }
        }
        foreach (var seat in countries.SeatsOfPower)
        {
            _names.Add(seat.Name, seat);
            foreach (var alias in seat.Aliases)
            {
                _names.Add(alias, seat);
            }
        }
        foreach (var organization in organizations)
        {
            foreach (var name in organization.Aliases.Prepend(organization.Name))
            {
                _names.Add(name, organization);
                // "U.N. Human Rights Council" where the entry says "UN Human Rights Council", and the other way.
                if (InitialismSpelling.OtherOf(name) is { } other && !_names.Contains(NameKey.Of(other)))
                {
                    _names.Add(other, organization);
                }
            }
            foreach (var exact in organization.ExactNames)
            {
                _names.AddExact(exact, organization);
            }
        }
        foreach (var person in people)
        {
            _names.Add(person.Name, person);
            foreach (var alias in person.Aliases)
            {
                _names.Add(alias, person);
            }
        }
        foreach (var person in people)
        {
            foreach (var role in person.Roles)
            {
                foreach (var office in role.Offices)
                {
                    var key = Office.KeyOf(role, office);
                    if (!_offices.TryGetValue(key, out var holders))
                    {
                        _offices[key] = holders = [];
                    }
                    holders.Add(new ActorCandidate(person, role));
                }
            }
        }
        // Surnames last, and only where they name one person and nothing else: "Putin" yes, "Lee" or "Jordan" no.
        // A bare surname must be written capitalised as in the dictionary, so that "Drew" the prime minister is not
        // found in "drew", nor "Talon" in "talon".
        foreach (var group in people.GroupBy(p => NameKey.Of(p.Surname)))
        {
            if (group.Count() == 1 && !_names.Contains(group.Key))
            {
                _names.AddExact(group.First().Surname, group.First());
            }
        }
        Imported = imported is null ? [] : AddImported(imported, reserved ?? (_ => false));
        _officeHolders = new OfficeHolderSurnames(people, Imported.OfType<Person>(), code => countries.Get(code) is { IsDependency: false });
    }

    /// <summary>
    /// The team's people, each joined by the dated roles of the imported people whose first name is the team
    /// person's name or one of its aliases (and no other team person's): the team's roles decide on the days they
    /// cover, the imported ones on the others (<see cref="ImportedRoleMerge"/>). A name two team people share joins
    /// neither.
    /// </summary>
    private static IReadOnlyList<Person> JoinImportedRoles(IReadOnlyList<Person> people, IReadOnlyList<Person> imported)
    {
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < people.Count; i++)
        {
            foreach (var key in people[i].Aliases.Prepend(people[i].Name).Select(NameKey.Of).Distinct(StringComparer.Ordinal))
            {
                // -1: the name is two team people's; an imported entry of that name cannot say whose it is.
                byKey[key] = byKey.TryGetValue(key, out int other) && other != i ? -1 : i;
            }
        }
        var joined = new Dictionary<int, List<Person>>();
        foreach (var person in imported)
        {
            if (byKey.TryGetValue(NameKey.Of(person.Name), out int i) && i >= 0)
            {
                if (!joined.TryGetValue(i, out var list))
                {
                    joined[i] = list = [];
                }
                list.Add(person);
            }
        }
        if (joined.Count == 0)
        {
            return people;
        }
        var result = people.ToArray();
        foreach (var (i, sources) in joined)
        {
            result[i] = people[i].WithRoles(ImportedRoleMerge.Merge(people[i].Roles, sources.SelectMany(s => s.Roles.Select(r => (r, s.Origin)))));
        }
        return result;
    }

    /// <summary>
    /// Adds the entries of a compiled PETRARCH/Phoenix dictionary behind the team's: an imported person or body whose
    /// first name is already a team name is left out whole (the team's entry is the same actor, and it wins; a
    /// person's dated roles have already joined the team's entry, <see cref="JoinImportedRoles"/>), and
    /// any other imported name the team uses, that is a place of the gazetteer or an agent noun
    /// (<paramref name="reserved"/>, given the name's key) is not added. All names are checked against the team's before any is added, so
    /// imported entries may share names with each other ("President Bush" for both Bushes; the date decides).
    /// One-word names count only as written, in capitals or capitalised ("Karzai", "KARZAI"), as the source's
    /// upper-case phrases cannot tell a name from an ordinary word.
    /// </summary>
    /// <summary>
    /// The name a story uses for a person of a Spanish-speaking country whom the source lists with both surnames,
    /// paternal then maternal ("Alvaro Uribe Velez" → "Alvaro Uribe", "Vicente Fox Quesada" → "Vicente Fox"): the
    /// name without its last word, when it has three words or more and the word before the last is no particle
    /// ("Cristina Fernandez de Kirchner" keeps its form). Null otherwise.
    /// </summary>
    internal static string? WithoutMaternalSurname(Person person)
    {
        var words = person.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 3 || NameParticles.Contains(words[^2])
            || !person.Roles.Any(r => r.Code.Length >= 3 && SpanishSpeaking.Contains(r.Code[..3])))
        {
            return null;
        }
        return string.Join(' ', words[..^1]);
    }

    private static readonly HashSet<string> NameParticles = new(StringComparer.OrdinalIgnoreCase) { "de", "del", "la", "las", "los", "y", "e", "da", "di", "van", "von" };

    /// <summary>Countries whose people carry two surnames, the maternal one last and often left out in news.</summary>
    private static readonly HashSet<string> SpanishSpeaking = new(StringComparer.Ordinal)
    {
        "ESP", "MEX", "GTM", "HND", "SLV", "NIC", "CRI", "PAN", "CUB", "DOM", "PRI", "COL", "VEN", "ECU", "PER", "BOL",
        "CHL", "ARG", "URY", "PRY", "GNQ",
    };

    private List<Actor> AddImported(ImportedActors imported, Func<string, bool> reserved)
    {
        // Tens of thousands of names: each is folded into its key once (folding is most of the cost of loading them).
        var kept = new List<Actor>();
        var adds = new List<(string Name, string Key, Actor Actor)>(imported.NameCount);
        foreach (var actor in imported.People.Cast<Actor>().Concat(imported.Bodies))
        {
            var firstKey = NameKey.Of(actor.Name);
            if (_names.KnowsKey(firstKey))
            {
                continue;
            }
            int before = adds.Count;
            if (!reserved(firstKey))
            {
                adds.Add((actor.Name, firstKey, actor));
            }
            foreach (var name in actor.Aliases)
            {
                var key = NameKey.Of(name);
                if (!_names.KnowsKey(key) && !reserved(key))
                {
                    adds.Add((name, key, actor));
                }
            }
            if (actor is Person person && WithoutMaternalSurname(person) is { } shortName)
            {
                var key = NameKey.Of(shortName);
                if (!_names.KnowsKey(key) && !reserved(key))
                {
                    adds.Add((shortName, key, actor));
                }
            }
            if (adds.Count > before)
            {
                kept.Add(actor);
            }
        }
        foreach (var (country, names, _) in imported.CountryNames)
        {
            foreach (var name in names)
            {
                var key = NameKey.Of(name);
                // "Israelis" is a people (ISRCVL), which the linker makes of the team's "Israeli"; as another name of
                // the country it would be the state.
                bool plural = key.EndsWith('s') && (_names.KnowsKey(key[..^1]) || (key.EndsWith("es", StringComparison.Ordinal) && _names.KnowsKey(key[..^2])));
                if (!_names.KnowsKey(key) && !reserved(key) && !plural)
                {
                    adds.Add((name, key, country));
                }
            }
        }
        int multiWord = 0, prefixes = 0;
        foreach (var (_, key, _) in adds)
        {
            int tokens = NameKey.TokenCount(key);
            multiWord += tokens > 1 ? 1 : 0;
            prefixes += tokens > 1 ? tokens : 0;
        }
        _names.Reserve(multiWord, prefixes, 3 * (adds.Count - multiWord));
        foreach (var (name, key, actor) in adds)
        {
            if (key.Contains(' ', StringComparison.Ordinal))
            {
                _names.AddKey(key, actor);
            }
            else
            {
                var exact = NameKey.ExactOf(name);
                _names.AddExactKey(exact, key, actor);
                _names.AddExactKey(exact.ToUpperInvariant(), key, actor);
                _names.AddExactKey(char.ToUpperInvariant(exact[0]) + exact[1..].ToLowerInvariant(), key, actor);
            }
        }
        return kept;
    }

    public CountryCatalog Countries { get; }

    public IReadOnlyList<Organization> Organizations { get; }

    /// <summary>The team's people (people.yaml, leaders.yaml).</summary>
    public IReadOnlyList<Person> People { get; }

    /// <summary>The people and bodies of the compiled PETRARCH/Phoenix dictionary that joined the catalogue (those the team's entries did not replace).</summary>
    public IReadOnlyList<Actor> Imported { get; }

    /// <summary>The most key tokens any name has: the widest window <see cref="LongestMatch"/> needs to try.</summary>
    public int MaxTokens => _names.MaxTokens;

    /// <summary>Loads <c>organizations.yaml</c> and <c>people.yaml</c> against already loaded countries and sectors.</summary>
    /// <exception cref="DictionaryException">A file is missing or wrong; every problem is listed.</exception>
    public static ActorCatalog Load(string organizationsPath, string peoplePath, CountryCatalog countries, AgentCatalog agents)
    {
        var log = new ProblemLog();
        var catalog = Load(organizationsPath, peoplePath, countries, agents, log);
        log.ThrowIfAny();
        return catalog;
    }

    internal static ActorCatalog Load(string organizationsPath, string peoplePath, CountryCatalog countries, AgentCatalog? agents, ProblemLog log) =>
        Load(organizationsPath, [peoplePath], countries, agents, log);

    /// <summary>
    /// Loads organisations and the people of several files (people.yaml, leaders.yaml …), all in one format; a person
    /// may be written in only one of them.
    /// </summary>
    /// <param name="imported">
    /// The imported entries, asked for once the team's files are read: so they can be read meanwhile on another thread.
    /// </param>
    internal static ActorCatalog Load(string organizationsPath, IReadOnlyList<string> peoplePaths, CountryCatalog countries, AgentCatalog? agents, ProblemLog log,
        Func<ImportedActors?>? imported = null, Func<string, bool>? reserved = null)
    {
        var orgFile = YamlFile.Load(organizationsPath, log);
        var organizations = orgFile is null ? [] : ParseOrganizations(orgFile, countries, agents, log);
        var people = new List<Person>();
        var seen = new Dictionary<string, EntryOrigin>(StringComparer.Ordinal);
        foreach (var path in peoplePaths)
        {
            var peopleFile = YamlFile.Load(path, log);
            if (peopleFile is not null)
            {
                people.AddRange(ParsePeople(peopleFile, countries, agents, organizations, log, seen));
            }
        }
        return new ActorCatalog(countries, organizations, people, imported?.Invoke(), reserved);
    }

    internal static List<Organization> ParseOrganizations(YamlFile file, CountryCatalog countries, AgentCatalog? agents, ProblemLog log)
    {
        file.CheckTopLevelKeys(log, "organizations");
        var codes = countries.Codes;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var seenCodes = new Dictionary<string, int>(StringComparer.Ordinal);
        return file.ParseEntries("organizations", log, entry =>
        {
            YamlFields.CheckKeys(entry, "name", "aliases", "exact", "code", "roles", "category", "country", "note");
            int line = YamlFields.Line(entry);
            var name = YamlFields.RequiredString(entry, "name");
            var key = NameKey.Of(name);
            if (seen.TryGetValue(key, out int first))
            {
                throw new EntryException(line, $"organisation '{name}' is listed twice (first on line {first})");
            }
            var country = YamlFields.OptionalString(entry, "country");
            if (country is not null && !codes.Contains(country))
            {
                throw new EntryException(line, $"'{name}' has country '{country}', which is not in countries.yaml");
            }
            var code = YamlFields.OptionalString(entry, "code");
            ActorRole Parse(string c, int l) => ActorCodes.ParseOrganization(c, l, codes, agents);
            IReadOnlyList<ActorRole> roles = code is not null
                ? (YamlFields.Get(entry, "roles") is not null
                    ? throw new EntryException(line, $"'{name}' has both 'code' and 'roles'; use one")
                    : [Parse(code, line)])
                : RoleReader.ReadAll(entry, Parse, required: true);
            foreach (var role in roles.Where(r => r.From is null && r.To is null))
            {
                if (seenCodes.TryGetValue(role.Code, out int other))
                {
                    throw new EntryException(line, $"code '{role.Code}' of '{name}' is already used by the organisation on line {other}");
                }
                seenCodes[role.Code] = line;
            }
            seen[key] = line;
            return new Organization(name, YamlFields.Strings(entry, "aliases"), YamlFields.Strings(entry, "exact"), roles,
                YamlFields.OptionalString(entry, "category") ?? "igo", country, YamlFields.OptionalString(entry, "note"))
            {
                Origin = new EntryOrigin(Path.GetFileName(file.Path), line),
            };
        });
    }

    internal static List<Person> ParsePeople(YamlFile file, CountryCatalog countries, AgentCatalog? agents, IReadOnlyList<Organization> organizations, ProblemLog log,
        Dictionary<string, EntryOrigin>? seenInFiles = null)
    {
        file.CheckTopLevelKeys(log, "people");
        var codes = countries.Codes;
        var orgCodes = new Dictionary<string, Organization>(StringComparer.Ordinal);
        foreach (var org in organizations)
        {
            foreach (var role in org.Roles)
            {
                orgCodes.TryAdd(role.Code, org);
            }
        }
        var seen = seenInFiles ?? new Dictionary<string, EntryOrigin>(StringComparer.Ordinal);
        string fileName = Path.GetFileName(file.Path);
        return file.ParseEntries("people", log, entry =>
        {
            YamlFields.CheckKeys(entry, "name", "aliases", "surname", "roles", "note", "source");
            int line = YamlFields.Line(entry);
            var name = YamlFields.RequiredString(entry, "name");
            var key = NameKey.Of(name);
            if (seen.TryGetValue(key, out var first))
            {
                string where = first.File == fileName ? $"line {first.Line}" : first.ToString();
                throw new EntryException(line, $"person '{name}' is listed twice (first on {where}); give all roles in one entry");
            }
            var roles = RoleReader.ReadAll(entry, (c, l) => ActorCodes.ParseStrict(c, l, codes, agents, orgCodes), required: true,
                YamlFields.OptionalString(entry, "source"));
            var origin = new EntryOrigin(fileName, line);
            seen[key] = origin;
            var surname = YamlFields.OptionalString(entry, "surname") ?? name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
            return new Person(name, YamlFields.Strings(entry, "aliases"), roles, surname, YamlFields.OptionalString(entry, "note")) { Origin = origin };
        });
    }

    /// <summary>Actors named exactly by <paramref name="name"/> (any case, accents and leading "the" ignored).</summary>
    public IReadOnlyList<Actor> Find(string name) => _names.Find(name);

    /// <summary>Actors named by tokens <c>[start, start + length)</c>.</summary>
    public IReadOnlyList<Actor> Find(IReadOnlyList<string> tokens, int start, int length) => _names.Find(tokens, start, length);

    /// <summary>
    /// Actors named by <paramref name="name"/>, each with its primary role on <paramref name="date"/>. Actors that held
    /// no role then are kept with a null role, so a linker can still name them; those with a role come first.
    /// </summary>
    public IReadOnlyList<ActorCandidate> FindOn(string name, DateOnly? date) => Candidates(Find(name), date);

    /// <summary>Like <see cref="FindOn(string, DateOnly?)"/> for a token window.</summary>
    public IReadOnlyList<ActorCandidate> FindOn(IReadOnlyList<string> tokens, int start, int length, DateOnly? date) =>
        Candidates(Find(tokens, start, length), date);

    /// <summary>The longest actor name that starts at token <paramref name="start"/> ("Vladimir Putin" before "Vladimir"), or null.</summary>
    public CatalogMatch<Actor>? LongestMatch(IReadOnlyList<string> tokens, int start) => _names.LongestMatch(tokens, start);

    /// <summary>
    /// Who held <paramref name="office"/> of <paramref name="owner"/> (a country's alpha-3, or an organisation's
    /// code for <see cref="Office.Head"/>) on <paramref name="date"/>, with that role; null when the dictionaries do
    /// not know. With no date, the holder whose term has no end.
    /// </summary>
    public ActorCandidate? HolderOf(string owner, string office, DateOnly? date)
    {
        if (!_offices.TryGetValue($"{owner}/{office}", out var holders))
        {
            return null;
        }
        return date is { } day ? holders.FirstOrDefault(h => h.Role!.IsValidOn(day)) : holders.FirstOrDefault(h => h.Role!.IsOpen);
    }

    /// <summary>
    /// The person a bare surname ("Bush") names on <paramref name="date"/>: of the people with that surname who held a
    /// single-holder office of a state (the team's, and the imported source's leaders), the one in office then; null
    /// when none was or several were.
    /// </summary>
    public Person? OfficeHolderBySurname(string surname, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(surname);
        return _officeHolders.HolderOn(surname, date);
    }

    /// <summary>The person with this canonical name, or null.</summary>
    public Person? GetPerson(string name) => _people.GetValueOrDefault(NameKey.Of(name));

    /// <summary>The organisation with this canonical name, or null.</summary>
    public Organization? GetOrganization(string name) => _organizations.GetValueOrDefault(NameKey.Of(name));

    private static List<ActorCandidate> Candidates(IReadOnlyList<Actor> actors, DateOnly? date) =>
        actors.Select(a => new ActorCandidate(a, a.RoleOn(date))).OrderBy(c => c.Role is null ? 1 : 0).ToList();
}

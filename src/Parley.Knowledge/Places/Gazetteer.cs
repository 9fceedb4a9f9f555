using Parley.Knowledge.Actors;
using Parley.Knowledge.Loading;

namespace Parley.Knowledge.Places;

/// <summary>
/// Place names to coordinates: the countries and capitals of <c>countries.yaml</c>, the cities of
/// <c>gazetteer.yaml</c>, and optionally a full GeoNames dump (<see cref="WithPlaces"/>). Names match case- and
/// accent-insensitively, aliases included. An ambiguous name gives the country first, then capitals, then the most
/// populous place. Immutable and safe to share between threads.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Comparison<Place> Rank = (a, b) =>
    {
        int byKind = a.Kind.CompareTo(b.Kind);
        return byKind != 0 ? byKind : b.Population.CompareTo(a.Population);
    };

    private readonly NameIndex<Place> _names;

    private Gazetteer(CountryCatalog countries, IReadOnlyList<Place> places)
    {
        Countries = countries;
        Places = places;
        _names = new NameIndex<Place>();
        foreach (var place in places)
        {
            _names.Add(place.Name, place);
            foreach (var alias in place.Aliases)
            {
                _names.Add(alias, place);
            }
        }
    }

    public CountryCatalog Countries { get; }

    /// <summary>Every place, in load order.</summary>
    public IReadOnlyList<Place> Places { get; }

    /// <summary>The most key tokens any place name has.</summary>
    public int MaxTokens => _names.MaxTokens;

    /// <summary>Loads <c>gazetteer.yaml</c> and adds the countries and capitals of <paramref name="countries"/>.</summary>
    /// <exception cref="DictionaryException">The file is missing or wrong; every problem is listed.</exception>
    public static Gazetteer Load(string path, CountryCatalog countries)
    {
        var log = new ProblemLog();
        var gazetteer = Load(path, countries, log);
        log.ThrowIfAny();
        return gazetteer;
    }

    /// <summary>A gazetteer of the countries and capitals alone (no city file).</summary>
    public static Gazetteer FromCountries(CountryCatalog countries)
    {
        ArgumentNullException.ThrowIfNull(countries);
        return new Gazetteer(countries, CountryPlaces(countries).ToList());
    }

    internal static Gazetteer Load(string path, CountryCatalog countries, ProblemLog log)
    {
        var places = CountryPlaces(countries).ToList();
        var file = YamlFile.Load(path, log);
        if (file is not null)
        {
            places.AddRange(Parse(file, countries, places, log));
        }
        return new Gazetteer(countries, places);
    }

    internal static List<Place> Parse(YamlFile file, CountryCatalog countries, IReadOnlyList<Place> existing, ProblemLog log)
    {
        file.CheckTopLevelKeys(log, "places");
        var seen = new Dictionary<(string, string?, string?), int>();
        foreach (var place in existing)
        {
            seen[(NameKey.Of(place.Name), place.Country, null)] = 0;
        }
        return file.ParseEntries("places", log, entry =>
        {
            YamlFields.CheckKeys(entry, "name", "country", "at", "population", "aliases", "kind", "admin1");
            int line = YamlFields.Line(entry);
            var name = YamlFields.RequiredString(entry, "name");
            var country = YamlFields.OptionalString(entry, "country");
            if (country is not null && !countries.Contains(country))
            {
                throw new EntryException(line, $"place '{name}' has country '{country}', which is not in countries.yaml");
            }
            var at = YamlFields.OptionalPoint(entry, "at") ?? throw new EntryException(line, $"place '{name}' has no 'at: [latitude, longitude]'");
            var kindText = YamlFields.OptionalString(entry, "kind") ?? "city";
            if (!Enum.TryParse<PlaceKind>(kindText, ignoreCase: true, out var kind) || kind is PlaceKind.Country or PlaceKind.Capital)
            {
                throw new EntryException(line, $"place kind '{kindText}' must be 'city' or 'site' (countries and capitals come from countries.yaml)");
            }
            var admin1 = YamlFields.OptionalString(entry, "admin1");
            var key = (NameKey.Of(name), country, admin1);
            if (seen.TryGetValue(key, out int first))
            {
                throw new EntryException(line, first == 0
                    ? $"place '{name}' ({country}) is already a country or capital in countries.yaml"
                    : $"place '{name}' ({country}) is listed twice (first on line {first}); give 'admin1' to tell them apart");
            }
            seen[key] = line;
            return new Place
            {
                Name = name,
                Country = country,
                Location = at,
                Kind = kind,
                Population = YamlFields.OptionalLong(entry, "population", 0) ?? 0,
                Aliases = YamlFields.Strings(entry, "aliases"),
                Admin1 = admin1,
            };
        });
    }

    /// <summary>
    /// A gazetteer with <paramref name="more"/> places added (a GeoNames dump). A place that repeats one already
    /// present (same name and country, within 30 km) is skipped, so the hand-written entries keep precedence.
    /// </summary>
    public Gazetteer WithPlaces(IEnumerable<Place> more)
    {
        ArgumentNullException.ThrowIfNull(more);
        var places = Places.ToList();
        foreach (var place in more)
        {
            bool repeat = _names.Find(place.Name).Any(p => p.Country == place.Country && p.Kind != PlaceKind.Country
                && p.Location.DistanceKm(place.Location) < 30);
            if (!repeat)
            {
                places.Add(place);
            }
        }
        return new Gazetteer(Countries, places);
    }

    /// <summary>True when a place has the name whose key (<see cref="NameKey.Of(string)"/>) is <paramref name="foldedKey"/>.</summary>
    internal bool HasKey(string foldedKey) => _names.KnowsKey(foldedKey);

    /// <summary>Places with this name or alias, best first (country, capital, then by population).</summary>
    public IReadOnlyList<Place> Find(string name)
    {
        var found = _names.Find(name).ToArray();
        Array.Sort(found, Rank);
        return found;
    }

    /// <summary>Places named by tokens <c>[start, start + length)</c>, best first.</summary>
    public IReadOnlyList<Place> Find(IReadOnlyList<string> tokens, int start, int length)
    {
        var found = _names.Find(tokens, start, length).ToArray();
        Array.Sort(found, Rank);
        return found;
    }

    /// <summary>Places with this name in one country ("Helsinki, Finland"), best first.</summary>
    public IReadOnlyList<Place> Find(string name, string countryAlpha3) => Find(name).Where(p => p.Country == countryAlpha3).ToList();

    /// <summary>The best place for a name, or null when there is none.</summary>
    public Place? Resolve(string name) => Find(name).FirstOrDefault();

    /// <summary>The longest place name starting at token <paramref name="start"/>, its places best first; or null.</summary>
    public CatalogMatch<Place>? LongestMatch(IReadOnlyList<string> tokens, int start)
    {
        var match = _names.LongestMatch(tokens, start);
        if (match is null)
        {
            return null;
        }
        var ranked = match.Entries.ToArray();
        Array.Sort(ranked, Rank);
        return match with { Entries = ranked };
    }

    private static IEnumerable<Place> CountryPlaces(CountryCatalog countries)
    {
        foreach (var country in countries.All)
        {
            if (country.Centroid is { } centroid)
            {
                yield return new Place
                {
                    Name = country.Name,
                    Country = country.Alpha3,
                    Location = centroid,
                    Kind = PlaceKind.Country,
                    Aliases = [.. country.Aliases, .. country.ExactNames.Where(n => n.Length > 3)],
                };
            }
            if (country.Capital is { } capital && country.CapitalLocation is { } at)
            {
                // The capital's other spellings ("Kiev") are written once, on its seat-of-power entry.
                var seats = country.SeatsOfPower.Where(s => NameKey.Of(s.Name) == NameKey.Of(capital)).SelectMany(s => s.Aliases);
                yield return new Place
                {
                    Name = capital,
                    Country = country.Alpha3,
                    Location = at,
                    // A territory's capital is a small town for ranking: "Hamilton" should find Ontario's before Bermuda's.
                    Kind = country.IsDependency ? PlaceKind.City : PlaceKind.Capital,
                    Aliases = seats.ToList(),
                };
            }
        }
    }
}

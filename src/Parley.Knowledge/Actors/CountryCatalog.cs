using Parley.Knowledge.Loading;
using YamlDotNet.RepresentationModel;

namespace Parley.Knowledge.Actors;

/// <summary>
/// The countries of <c>countries.yaml</c> with their codes, names and adjectives, and the seats of power that stand
/// for them. Immutable and safe to share between threads.
/// </summary>
public sealed class CountryCatalog
{
    private readonly Dictionary<string, Country> _byAlpha3;
    private readonly Dictionary<string, Country> _byAlpha2;
    private readonly NameIndex<Country> _names;

    private CountryCatalog(List<Country> countries, IReadOnlyList<SeatOfPower> seats)
    {
        All = countries;
        SeatsOfPower = seats;
        _byAlpha3 = countries.ToDictionary(c => c.Alpha3, StringComparer.Ordinal);
        _byAlpha2 = countries.ToDictionary(c => c.Alpha2, StringComparer.Ordinal);
        _names = new NameIndex<Country>();
        foreach (var country in countries)
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
    }

    /// <summary>All countries in file order.</summary>
    public IReadOnlyList<Country> All { get; }

    /// <summary>All seats of power and capital metonyms, in file order.</summary>
    public IReadOnlyList<SeatOfPower> SeatsOfPower { get; }

    /// <summary>Loads <c>countries.yaml</c>, checking seat-of-power codes against <paramref name="agents"/>' sectors.</summary>
    /// <exception cref="DictionaryException">The file is missing or wrong; every problem is listed.</exception>
    public static CountryCatalog Load(string path, AgentCatalog agents)
    {
        var log = new ProblemLog();
        var catalog = Load(path, agents, log);
        log.ThrowIfAny();
        return catalog!;
    }

    internal static CountryCatalog? Load(string path, AgentCatalog? agents, ProblemLog log)
    {
        var file = YamlFile.Load(path, log);
        return file is null ? null : Parse(file, agents, log);
    }

    internal static CountryCatalog Parse(YamlFile file, AgentCatalog? agents, ProblemLog log)
    {
        file.CheckTopLevelKeys(log, "countries", "seats_of_power");
        var countries = new List<Country>();
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new Dictionary<string, (string Code, int Line)>(StringComparer.Ordinal);
        foreach (var entry in file.Entries("countries", log))
        {
            try
            {
                var country = ParseCountry(entry);
                int line = YamlFields.Line(entry);
                country.Origin = new EntryOrigin(System.IO.Path.GetFileName(file.Path), line);
                foreach (var code in new[] { country.Alpha3, "iso2:" + country.Alpha2 })
                {
                    if (codes.TryGetValue(code, out int first))
                    {
                        throw new EntryException(line, $"country code '{code.Replace("iso2:", "", StringComparison.Ordinal)}' is used twice (first on line {first})");
                    }
                    codes[code] = line;
                }
                // The same name for two countries would make "Congo" mean either; adjectives may be shared ("Congolese").
                foreach (var name in country.Aliases.Prepend(country.Name))
                {
                    var key = NameKey.Of(name);
                    if (names.TryGetValue(key, out var owner) && owner.Code != country.Alpha3)
                    {
                        throw new EntryException(line, $"name '{name}' of {country.Alpha3} is already a name of {owner.Code} (line {owner.Line})");
                    }
                    names[key] = (country.Alpha3, line);
                }
                countries.Add(country);
            }
            catch (EntryException e)
            {
                log.Add(file.Path, e.Line, e.Message);
            }
        }
        var known = new CountryCodes(countries.Select(c => c.Alpha3));
        var byCode = countries.ToDictionary(c => c.Alpha3, StringComparer.Ordinal);
        var seatNames = new Dictionary<string, int>(StringComparer.Ordinal);
        var seats = file.ParseEntries("seats_of_power", log, entry =>
        {
            YamlFields.CheckKeys(entry, "name", "aliases", "code");
            int line = YamlFields.Line(entry);
            var name = YamlFields.RequiredString(entry, "name");
            var role = ActorCodes.ParseStrict(YamlFields.RequiredString(entry, "code"), line, known, agents, null);
            foreach (var key in YamlFields.Strings(entry, "aliases").Prepend(name).Select(NameKey.Of).Distinct())
            {
                if (seatNames.TryGetValue(key, out int first))
                {
                    throw new EntryException(line, $"seat of power '{key}' is listed twice (first on line {first})");
                }
                seatNames[key] = line;
            }
            return new SeatOfPower(name, YamlFields.Strings(entry, "aliases"), role, role.Country!) { Origin = new EntryOrigin(System.IO.Path.GetFileName(file.Path), line) };
        });
        foreach (var group in seats.GroupBy(s => s.Country))
        {
            byCode[group.Key].SeatsOfPower = group.ToList();
        }
        return new CountryCatalog(countries, seats);
    }

    private static Country ParseCountry(YamlMappingNode entry)
    {
        YamlFields.CheckKeys(entry, "code", "iso2", "name", "aliases", "adjectives", "peoples", "exact", "capital", "capital_at", "centroid", "iso", "dependency");
        int line = YamlFields.Line(entry);
        var alpha3 = YamlFields.RequiredString(entry, "code");
        if (!ActorCodes.IsSegment(alpha3))
        {
            throw new EntryException(line, $"country code '{alpha3}' must be three capital letters (ISO 3166-1 alpha-3)");
        }
        var alpha2 = YamlFields.RequiredString(entry, "iso2");
        if (alpha2.Length != 2 || !alpha2.All(c => c is >= 'A' and <= 'Z'))
        {
            throw new EntryException(line, $"iso2 '{alpha2}' of {alpha3} must be two capital letters (ISO 3166-1 alpha-2)");
        }
        var capital = YamlFields.OptionalString(entry, "capital");
        var capitalAt = YamlFields.OptionalPoint(entry, "capital_at");
        if (capital is not null && capitalAt is null)
        {
            throw new EntryException(line, $"{alpha3} names capital '{capital}' but gives no 'capital_at' coordinates");
        }
        return new Country(
            alpha3,
            alpha2,
            YamlFields.RequiredString(entry, "name"),
            YamlFields.Strings(entry, "aliases"),
            YamlFields.Strings(entry, "adjectives"),
            YamlFields.Strings(entry, "exact"),
            capital,
            capitalAt,
            YamlFields.OptionalPoint(entry, "centroid"),
            YamlFields.OptionalBool(entry, "iso", true),
            YamlFields.OptionalBool(entry, "dependency", false))
        {
            Peoples = YamlFields.Strings(entry, "peoples"),
        };
    }

    /// <summary>The country with this alpha-3 code, or null.</summary>
    public Country? Get(string alpha3) => _byAlpha3.GetValueOrDefault(alpha3);

    /// <summary>The country with this alpha-2 code (as GeoNames writes them), or null.</summary>
    public Country? GetByAlpha2(string alpha2) => _byAlpha2.GetValueOrDefault(alpha2);

    /// <summary>Maps an ISO 3166-1 alpha-2 code to alpha-3; null when unknown.</summary>
    public string? Alpha3Of(string alpha2) => GetByAlpha2(alpha2)?.Alpha3;

    public bool Contains(string alpha3) => _byAlpha3.ContainsKey(alpha3);

    /// <summary>Countries named by a name, variant or adjective ("Russia", "Russian", "U.S.", "American").</summary>
    public IReadOnlyList<Country> Find(string name) => _names.Find(name);

    internal CountryCodes Codes => new(_byAlpha3.Keys);
}

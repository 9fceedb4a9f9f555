using System.Globalization;
using Parley.Knowledge.Actors;

namespace Parley.Knowledge.Places;

/// <summary>
/// Reads GeoNames dumps (<c>cities1000.txt</c>, <c>cities15000.txt</c>, <c>allCountries.txt</c>): UTF-8, one place a
/// line, 19 tab-separated columns — geonameid, name, asciiname, alternatenames, latitude, longitude, feature class,
/// feature code, country code (alpha-2), cc2, admin1–4, population, elevation, dem, timezone, modification date.
/// Country codes become alpha-3 through the <see cref="CountryCatalog"/>.
/// </summary>
public static class GeoNamesReader
{
    private const int ColumnCount = 19;

    /// <summary>
    /// The places of the dump at <paramref name="path"/>, read lazily. A malformed line is passed to
    /// <paramref name="onProblem"/> and skipped; without a handler it throws a <see cref="DictionaryException"/>.
    /// </summary>
    public static IEnumerable<Place> Read(string path, CountryCatalog countries, Action<DictionaryProblem>? onProblem = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(countries);
        return ReadFile(path, countries, onProblem);
    }

    /// <summary>Like <see cref="Read(string, CountryCatalog, Action{DictionaryProblem}?)"/> over an open reader; <paramref name="path"/> names it in problems.</summary>
    public static IEnumerable<Place> Read(TextReader reader, string path, CountryCatalog countries, Action<DictionaryProblem>? onProblem = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(countries);
        return ReadLines(reader, path, countries, onProblem);
    }

    private static IEnumerable<Place> ReadFile(string path, CountryCatalog countries, Action<DictionaryProblem>? onProblem)
    {
        if (!File.Exists(path))
        {
            throw new DictionaryException(new DictionaryProblem(path, 0, "file not found"));
        }
        using var reader = new StreamReader(path);
        foreach (var place in ReadLines(reader, path, countries, onProblem))
        {
            yield return place;
        }
    }

    private static IEnumerable<Place> ReadLines(TextReader reader, string path, CountryCatalog countries, Action<DictionaryProblem>? onProblem)
    {
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var place = Parse(line, countries, out string? problem);
            if (place is not null)
            {
                yield return place;
                continue;
            }
            var report = new DictionaryProblem(path, lineNumber, problem!);
            if (onProblem is null)
            {
                throw new DictionaryException(report);
            }
            onProblem(report);
        }
    }

    private static Place? Parse(string line, CountryCatalog countries, out string? problem)
    {
        var columns = line.Split('\t');
        if (columns.Length != ColumnCount)
        {
            problem = $"expected {ColumnCount} tab-separated columns, found {columns.Length}";
            return null;
        }
        if (!long.TryParse(columns[0], NumberStyles.None, CultureInfo.InvariantCulture, out long id))
        {
            problem = $"geonameid '{columns[0]}' is not a number";
            return null;
        }
        if (columns[1].Length == 0)
        {
            problem = "the name column is empty";
            return null;
        }
        // Written as "in range" rather than "not out of range" so that NaN (which .NET parses from "NaN") is refused too.
        if (!double.TryParse(columns[4], NumberStyles.Float, CultureInfo.InvariantCulture, out double lat) || !(lat is >= -90 and <= 90))
        {
            problem = $"latitude '{columns[4]}' is not a number in [-90, 90]";
            return null;
        }
        if (!double.TryParse(columns[5], NumberStyles.Float, CultureInfo.InvariantCulture, out double lon) || !(lon is >= -180 and <= 180))
        {
            problem = $"longitude '{columns[5]}' is not a number in [-180, 180]";
            return null;
        }
        long population = 0;
        if (columns[14].Length > 0 && !long.TryParse(columns[14], NumberStyles.None, CultureInfo.InvariantCulture, out population))
        {
            problem = $"population '{columns[14]}' is not a whole number";
            return null;
        }
        string? country = null;
        if (columns[8].Length > 0)
        {
            country = countries.Alpha3Of(columns[8]);
            if (country is null)
            {
                problem = $"country code '{columns[8]}' is not an alpha-2 code in countries.yaml";
                return null;
            }
        }
        problem = null;
        var name = columns[1];
        return new Place
        {
            Name = name,
            Country = country,
            Location = new GeoPoint(lat, lon),
            Kind = columns[7] is "PPLC" ? PlaceKind.Capital : columns[6] == "P" ? PlaceKind.City : PlaceKind.Site,
            Population = population,
            Aliases = Aliases(name, columns[2], columns[3]),
            GeoNameId = id,
            Admin1 = columns[10].Length > 0 ? columns[10] : null,
        };
    }

    private static List<string> Aliases(string name, string asciiName, string alternates)
    {
        var aliases = new List<string>();
        if (asciiName.Length > 0 && asciiName != name)
        {
            aliases.Add(asciiName);
        }
        foreach (var alternate in alternates.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (IsUsefulAlternate(alternate) && alternate != name && !aliases.Contains(alternate))
            {
                aliases.Add(alternate);
            }
        }
        return aliases;
    }

    // Alternate names include airport and postal codes ("HEL") and names in every script; only Latin-script names
    // can match English news text, and all-capital short codes would match acronyms that are not places.
    private static bool IsUsefulAlternate(string alternate)
    {
        if (alternate.Length < 2 || alternate.Length > 60 || alternate.Contains("http", StringComparison.Ordinal))
        {
            return false;
        }
        bool anyLower = false;
        foreach (char c in alternate)
        {
            if (char.IsDigit(c) || (char.IsLetter(c) && c > '\u024F'))
            {
                return false;
            }
            anyLower |= char.IsLower(c);
        }
        return anyLower;
    }
}

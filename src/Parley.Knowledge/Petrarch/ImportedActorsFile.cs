using System.Globalization;
using System.Text;
using Parley.Knowledge.Actors;
using Parley.Knowledge.Loading;

namespace Parley.Knowledge.Petrarch;

/// <summary>
/// Parley's compiled form of PETRARCH actor dictionaries (<c>dictionaries/imported-actors.tsv</c>, made by
/// <c>parley dictionaries import --actors</c>): one actor per line, tab-separated — its kind (<c>person</c>, a named
/// actor with dated roles; <c>body</c>, an organisation or group; <c>country</c>, more names of a country), its
/// names separated by <c>" | "</c> (the first is shown), its roles separated by <c>" ; "</c>, and the source line.
/// A role is <c>CODE</c> or <c>CODE FROM..TO</c> with ISO dates, either side may be empty; FROM is the first day,
/// TO the first day it no longer holds, as in people.yaml. Dated roles come first in source order and the
/// undated default last, so the first role valid on a date is the one PETRARCH would give. A line-per-entry text
/// file rather than YAML because it holds tens of thousands of entries and must load in a fraction of a second.
/// Writing the same dictionaries again gives the same bytes.
/// </summary>
public static class ImportedActorsFile
{
    /// <summary>The compiled file's name in a dictionaries folder; <see cref="KnowledgeBase.Load"/> reads it when present.</summary>
    public const string FileName = "imported-actors.tsv";

    /// <summary>
    /// Compiles <paramref name="sources"/> (each read by <see cref="PetrarchActorReader"/>, with its sha256) into the
    /// compiled form. <paramref name="isCountry"/> says which bare three-letter codes are countries, so that an
    /// entry coded only with one becomes more names of that country. Codes that list several actors
    /// (<c>A/B</c>), the null code <c>---</c> and codes that are not capital letters in groups of three are left
    /// out and listed in the summary; an entry left with no role is left out.
    /// </summary>
    public static ImportSummary Write(IReadOnlyList<(PetrarchActorDictionary Dictionary, string Sha256)> sources, Func<string, bool> isCountry, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(isCountry);
        ArgumentNullException.ThrowIfNull(output);
        var w = new StringBuilder();
        w.Append("# PETRARCH/Phoenix actor dictionaries compiled by 'parley dictionaries import --actors' (see imported-actors.manifest.json\n");
        w.Append("# for the command). Do not edit: edit the sources and run the command again, or write the fact in people.yaml,\n");
        w.Append("# leaders.yaml or organizations.yaml, which win over this file wherever a name is in both.\n");
        w.Append("# Sources: PETRARCH2/Phoenix dictionaries, MIT licence, Open Event Data Alliance (see NOTICE).\n");
        foreach (var (dictionary, sha) in sources)
        {
            w.Append("# source: ").Append(Path.GetFileName(dictionary.Path)).Append(" sha256 ").Append(sha).Append('\n');
        }
        w.Append("#\n# kind<TAB>names (' | ')<TAB>roles (' ; ', CODE or CODE FROM..TO, TO = first day no longer held)<TAB>source:line\n");
        var refused = new List<string>();
        int entries = 0, names = 0, roles = 0;
        foreach (var (dictionary, _) in sources)
        {
            string sourceName = Path.GetFileName(dictionary.Path);
            foreach (var actor in dictionary.Actors)
            {
                var dated = new List<string>();
                string? fallback = null;
                bool anyDated = false;
                void Take(string code, DateOnly? from, DateOnly? to, int line)
                {
                    if (code == "---")
                    {
                        return;
                    }
                    if (code.Contains('/', StringComparison.Ordinal) || ActorCodes.Segments(code).Count == 0)
                    {
                        refused.Add($"{sourceName}:{line}: code '{code}' is not one actor's code (capital letters in groups of three)");
                        return;
                    }
                    if (from is null && to is null)
                    {
                        fallback ??= code;
                        return;
                    }
                    anyDated = true;
                    // PETRARCH's limits are inclusive; Parley's 'to' is the first day the role no longer holds.
                    dated.Add($"{code} {Date(from)}..{Date(to?.AddDays(1))}");
                }
                if (actor.Code is not null)
                {
                    Take(actor.Code, null, null, actor.Line);
                }
                foreach (var r in actor.Restrictions)
                {
                    Take(r.Code, r.From, r.To, r.Line);
                }
                var allRoles = fallback is null ? dated : [.. dated, fallback];
                if (allRoles.Count == 0)
                {
                    refused.Add($"{sourceName}:{actor.Line}: '{actor.Primary.Text}' has no code Parley can use");
                    continue;
                }
                var shown = new List<string>();
                var keys = new HashSet<string>(StringComparer.Ordinal);
                foreach (var phrase in actor.Names)
                {
                    string name = DisplayName(phrase);
                    if (NameKey.Of(name).Length > 0 && keys.Add(NameKey.Of(name)))
                    {
                        shown.Add(name);
                    }
                }
                if (shown.Count == 0)
                {
                    refused.Add($"{sourceName}:{actor.Line}: '{actor.Primary.Text}' has no name Parley can match");
                    continue;
                }
                string kind = anyDated ? "person" : allRoles is [var only] && only.Length == 3 && isCountry(only) ? "country" : "body";
                w.Append(kind).Append('\t').Append(string.Join(" | ", shown)).Append('\t').Append(string.Join(" ; ", allRoles)).Append('\t')
                    .Append(sourceName).Append(':').Append(actor.Line.ToString(CultureInfo.InvariantCulture)).Append('\n');
                entries++;
                names += shown.Count;
                roles += allRoles.Count;
            }
            refused.AddRange(dictionary.Refused.Select(p => $"{sourceName}:{p.Line}: {p.Message}"));
        }
        output.Write(w.ToString());
        return new ImportSummary { Entries = entries, Names = names, Roles = roles, Refused = refused };
    }

    /// <summary>
    /// A PETRARCH phrase as a name to show and match: words in title case ("GEORGE_W._BUSH" → "George W. Bush"),
    /// a one-word name of up to five letters kept in capitals as the acronym it usually is ("IAEA", "UNHCR").
    /// </summary>
    internal static string DisplayName(PetrarchPhrase phrase)
    {
        if (phrase.Words is [var single] && single.Length <= 5 && single.Count(char.IsLetter) >= 2)
        {
            return single;
        }
        return string.Join(' ', phrase.Words.Select(TitleCase));
    }

    private static string TitleCase(string word)
    {
        var chars = word.ToLowerInvariant().ToCharArray();
        bool start = true;
        for (int i = 0; i < chars.Length; i++)
        {
            if (char.IsLetter(chars[i]))
            {
                if (start)
                {
                    chars[i] = char.ToUpperInvariant(chars[i]);
                }
                start = false;
            }
            else
            {
                // After a hyphen or a full stop a new part starts ("Al-Qaida", "W."); not after an apostrophe ("Men's").
                start = chars[i] is '-' or '.';
            }
        }
        return new string(chars);
    }

    private static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>Loads a compiled file (the people, bodies and country names it holds) against the team's countries and sectors.</summary>
    internal static ImportedActors? Load(string path, CountryCatalog countries, AgentCatalog? agents, ProblemLog log)
    {
        if (!File.Exists(path))
        {
            log.Add(path, 0, "file not found");
            return null;
        }
        string fileName = Path.GetFileName(path);
        var codes = new RoleCodes(countries.Codes, agents);
        var people = new List<Person>();
        var bodies = new List<Organization>();
        var countryNames = new List<(Country, IReadOnlyList<string>, EntryOrigin)>();
        var roles = new List<ActorRole>();
        int number = 0;
        // Tens of thousands of lines: fields and roles are read as spans of the line, and each distinct code is read once.
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            number++;
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var rest = line.AsSpan();
            int fieldCount = rest.Count('\t') + 1;
            if (fieldCount != 4)
            {
                log.Add(path, number, $"expected 4 tab-separated fields (kind, names, roles, source), found {fieldCount}");
                continue;
            }
            var kind = NextField(ref rest);
            var namesField = NextField(ref rest);
            var rolesField = NextField(ref rest);
            string source = rest.ToString();
            var names = SplitTrimmed(namesField, " | ");
            if (names.Length == 0)
            {
                log.Add(path, number, "no name");
                continue;
            }
            var origin = new EntryOrigin(fileName, number);
            try
            {
                roles.Clear();
                foreach (var range in rolesField.Split(" ; "))
                {
                    var role = rolesField[range].Trim();
                    if (role.Length > 0)
                    {
                        roles.Add(ParseRole(role, source, codes, number));
                    }
                }
                if (roles.Count == 0)
                {
                    throw new EntryException(number, "no role");
                }
                var parsed = roles.ToArray();
                switch (kind)
                {
                    case "person":
                        people.Add(new Person(names[0], names[1..], parsed, names[0], null) { Origin = origin, IsImported = true });
                        break;
                    case "body":
                        string category = parsed[0].Code.StartsWith("NGO", StringComparison.Ordinal) ? "ngo"
                            : parsed[0].Code.StartsWith("MNC", StringComparison.Ordinal) ? "company"
                            : parsed[0].Code.StartsWith("IGO", StringComparison.Ordinal) ? "igo" : "group";
                        bodies.Add(new Organization(names[0], names[1..], [], parsed, category, parsed[0].Country, null) { Origin = origin, IsImported = true });
                        break;
                    case "country":
                        if (countries.Get(parsed[0].Code) is { } country)
                        {
                            countryNames.Add((country, names, origin));
                        }
                        break;
                    default:
                        throw new EntryException(number, $"kind '{kind}' is not person, body or country");
                }
            }
            catch (EntryException e)
            {
                log.Add(path, e.Line, e.Message);
            }
        }
        return new ImportedActors(people, bodies, countryNames);
    }

    /// <summary>As <c>text.ToString().Split(separator, RemoveEmptyEntries | TrimEntries)</c>, without the copy of the whole field.</summary>
    private static string[] SplitTrimmed(ReadOnlySpan<char> text, string separator)
    {
        int count = 0;
        foreach (var range in text.Split(separator))
        {
            count += text[range].Trim().IsEmpty ? 0 : 1;
        }
        var parts = new string[count];
        int i = 0;
        foreach (var range in text.Split(separator))
        {
            var part = text[range].Trim();
            if (!part.IsEmpty)
            {
                parts[i++] = part.ToString();
            }
        }
        return parts;
    }

    /// <summary>The text up to the next tab, leaving <paramref name="rest"/> after it.</summary>
    private static ReadOnlySpan<char> NextField(ref ReadOnlySpan<char> rest)
    {
        int tab = rest.IndexOf('\t');
        var field = rest[..tab];
        rest = rest[(tab + 1)..];
        return field;
    }

    /// <summary>
    /// A compiled role: the code's first segment is its country when it is one of countries.yaml (for a company,
    /// <c>MNC</c> or an <c>NGO</c>, that then its home country); the segments that
    /// are sectors of sectors.yaml are its sectors; other segments (a group's own tag, an old country code) stay in
    /// the code only.
    /// </summary>
    private static ActorRole ParseRole(ReadOnlySpan<char> text, string source, RoleCodes codes, int line)
    {
        int space = text.IndexOf(' ');
        var (code, country, sectors) = codes.Read(space < 0 ? text : text[..space], line);
        DateOnly? from = null, to = null;
        if (space >= 0)
        {
            var dates = text[(space + 1)..];
            int dots = dates.IndexOf("..", StringComparison.Ordinal);
            if (dots < 0)
            {
                throw new EntryException(line, $"role '{text}' must give its dates as FROM..TO");
            }
            from = ParseDate(dates[..dots], line);
            to = ParseDate(dates[(dots + 2)..], line);
            if (from is { } f && to is { } t && t <= f)
            {
                throw new EntryException(line, $"role '{text}' ends before it starts");
            }
        }
        return new ActorRole { Code = code, Country = country, Sectors = sectors, From = from, To = to, Source = source };
    }

    private static DateOnly? ParseDate(ReadOnlySpan<char> text, int line)
    {
        if (text.Length == 0)
        {
            return null;
        }
        return IsoDate.TryParse(text, out var date) ? date : throw new EntryException(line, $"'{text}' is not a date (YYYY-MM-DD)");
    }

    private const string Business = "BUS";

    /// <summary>What each distinct role code means (its country and sectors), read once per code: a file repeats a few thousand codes tens of thousands of times.</summary>
    private sealed class RoleCodes(CountryCodes countries, AgentCatalog? agents)
    {
        private readonly Dictionary<string, (string Code, string? Country, string[] Sectors)> _read = new(StringComparer.Ordinal);

        public (string Code, string? Country, string[] Sectors) Read(ReadOnlySpan<char> codeText, int line)
        {
            var lookup = _read.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(codeText, out var known))
            {
                return known;
            }
            string code = codeText.ToString();
            var segments = ActorCodes.Segments(code);
            if (segments.Count == 0)
            {
                throw new EntryException(line, $"role code '{code}' must be capital letters in groups of three");
            }
            // CAMEO's MNCUSA is a company based in the United States: its country is its home's, as for the team's companies.
            // So is NGOUSA, a non-governmental body of the United States (the American Civil Liberties Union): a country's
            // own NGO is of its country, as the team's are (B'Tselem ISR); NGO alone or with a region (NGOAFR) has none.
            string? country = countries.Contains(segments[0]) ? segments[0]
                : segments is ["MNC" or "NGO", var home, ..] && countries.Contains(home) ? home : null;
            var sectors = segments.Skip(country == segments[0] ? 1 : 0).Where(s => s != country && (agents?.IsSector(s) ?? true)).ToArray();
            if (segments[0] == "MNC" && country is not null && !sectors.Contains(Business) && (agents?.IsSector(Business) ?? true))
            {
                // A company with a home country is that country's business, as the team's companies are (RUSBUSGZP):
                // the sector PLOVER and CAMEO give business actors, beside the MNC the code keeps.
                sectors = [.. sectors, Business];
            }
            return _read[code] = (code, country, sectors);
        }
    }
}

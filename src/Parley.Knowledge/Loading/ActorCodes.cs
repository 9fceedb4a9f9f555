using Parley.Knowledge.Actors;

namespace Parley.Knowledge.Loading;

/// <summary>
/// Reads CAMEO-style actor codes: three-letter segments, the first a country (alpha-3) or an international sector
/// (<c>IGO</c>, <c>NGO</c>, <c>IMG</c>, <c>MNC</c>), the rest sectors or, for named bodies, a tag of their own.
/// </summary>
internal static class ActorCodes
{
    public static bool IsSegment(string code) => code.Length == 3 && code.All(c => c is >= 'A' and <= 'Z');

    public static IReadOnlyList<string> Segments(string code)
    {
        if (code.Length == 0 || code.Length % 3 != 0 || !code.All(c => c is >= 'A' and <= 'Z'))
        {
            return [];
        }
        return Enumerable.Range(0, code.Length / 3).Select(i => code.Substring(i * 3, 3)).ToList();
    }

    /// <summary>
    /// A role code of a country, seat of power or person: a country followed by known sectors, or the code of a
    /// known organisation followed by known sectors (a UN official: <c>IGOUNO</c>).
    /// </summary>
    public static ActorRole ParseStrict(string code, int line, CountryCodes countries, AgentCatalog? agents, IReadOnlyDictionary<string, Organization>? organizations)
    {
        var segments = Segments(code);
        if (segments.Count == 0)
        {
            throw new EntryException(line, $"actor code '{code}' must be capital letters in groups of three (e.g. USAGOV)");
        }
        if (organizations is not null)
        {
            // The longest organisation code the role code begins with.
            var org = organizations.Keys.Where(k => code.StartsWith(k, StringComparison.Ordinal) && (code.Length - k.Length) % 3 == 0)
                .OrderByDescending(k => k.Length).FirstOrDefault();
            if (org is not null && (countries.Contains(segments[0]) is false || org.Length > 3))
            {
                // The organisation's own role with that code (the Taliban's AFGGOVTAL is GOV, its AFGREBTAL is REB).
                var orgRole = organizations[org].Roles.FirstOrDefault(r => r.Code == org) ?? organizations[org].Roles[0];
                var extra = Segments(code[org.Length..]);
                CheckSectors(extra, code, line, agents);
                return new ActorRole { Code = code, Country = orgRole.Country, Sectors = [.. orgRole.Sectors, .. extra] };
            }
        }
        if (!countries.Contains(segments[0]))
        {
            throw new EntryException(line, $"actor code '{code}' starts with '{segments[0]}', which is neither a country in countries.yaml nor a known organisation code");
        }
        var sectors = segments.Skip(1).ToList();
        CheckSectors(sectors, code, line, agents);
        return new ActorRole { Code = code, Country = segments[0], Sectors = sectors };
    }

    /// <summary>
    /// The code of a named body: a country or international sector first, then sectors and the body's own tags
    /// (<c>IGOWSTNAT</c>, <c>LBNREBHEZ</c>). Segments that are sectors are kept as its sectors.
    /// </summary>
    public static ActorRole ParseOrganization(string code, int line, CountryCodes countries, AgentCatalog? agents)
    {
        var segments = Segments(code);
        if (segments.Count == 0)
        {
            throw new EntryException(line, $"actor code '{code}' must be capital letters in groups of three (e.g. IGOUNO)");
        }
        bool international = agents?.Sector(segments[0]) is { IsInternational: true };
        if (!international && !countries.Contains(segments[0]))
        {
            throw new EntryException(line, $"organisation code '{code}' must start with a country in countries.yaml or an international sector (IGO, NGO, IMG, MNC), not '{segments[0]}'");
        }
        var sectors = segments.Skip(international ? 0 : 1).Where(s => agents?.IsSector(s) ?? false).ToList();
        return new ActorRole { Code = code, Country = international ? null : segments[0], Sectors = sectors };
    }

    private static void CheckSectors(IReadOnlyList<string> sectors, string code, int line, AgentCatalog? agents)
    {
        if (agents is null)
        {
            return;
        }
        foreach (var sector in sectors.Where(s => !agents.IsSector(s)))
        {
            throw new EntryException(line, $"actor code '{code}' has '{sector}', which is not a sector in sectors.yaml");
        }
    }
}

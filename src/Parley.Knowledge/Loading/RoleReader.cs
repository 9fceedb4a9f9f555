using Parley.Knowledge.Actors;
using YamlDotNet.RepresentationModel;

namespace Parley.Knowledge.Loading;

/// <summary>Reads the dated roles of people and organisations and checks their dates.</summary>
internal static class RoleReader
{
    public static ActorRole Read(YamlNode node, Func<string, int, ActorRole> parseCode, string? defaultSource = null)
    {
        if (node is not YamlMappingNode map)
        {
            throw new EntryException(YamlFields.Line(node), "each role must be a mapping such as {code: USAGOV, title: President, from: 2025-01-20}");
        }
        YamlFields.CheckKeys(map, "code", "title", "from", "to", "office", "source");
        int line = YamlFields.Line(map);
        var role = parseCode(YamlFields.RequiredString(map, "code"), line);
        var from = YamlFields.OptionalDate(map, "from");
        var to = YamlFields.OptionalDate(map, "to");
        if (from is not null && to is not null && to.Value <= from.Value)
        {
            throw new EntryException(line, $"role {role.Code} ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}); 'to' is the first day after the role");
        }
        var offices = YamlFields.Strings(map, "office");
        foreach (var office in offices.Where(o => !Office.All.Contains(o, StringComparer.Ordinal)))
        {
            throw new EntryException(line, $"office '{office}' is not one of: {string.Join(", ", Office.All)}");
        }
        return role with
        {
            Title = YamlFields.OptionalString(map, "title"), From = from, To = to, Offices = offices,
            Source = YamlFields.OptionalString(map, "source") ?? defaultSource,
        };
    }

    public static IReadOnlyList<ActorRole> ReadAll(YamlMappingNode entry, Func<string, int, ActorRole> parseCode, bool required, string? defaultSource = null)
    {
        var items = YamlFields.Items(entry, "roles");
        if (items.Count == 0 && required)
        {
            throw new EntryException(YamlFields.Line(entry), "'roles' is missing: list at least one {code, from, to}");
        }
        return items.Select(item => Read(item, parseCode, defaultSource)).ToList();
    }
}

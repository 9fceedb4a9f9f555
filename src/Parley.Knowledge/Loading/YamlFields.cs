using System.Globalization;
using YamlDotNet.RepresentationModel;

namespace Parley.Knowledge.Loading;

/// <summary>Typed reads of the fields of one dictionary entry; a wrong field raises an <see cref="EntryException"/> with its line.</summary>
internal static class YamlFields
{
    public static int Line(YamlNode node) => (int)node.Start.Line;

    public static YamlNode? Get(YamlMappingNode map, string key)
    {
        foreach (var (k, v) in map.Children)
        {
            if (k is YamlScalarNode s && s.Value == key)
            {
                return v;
            }
        }
        return null;
    }

    /// <summary>Rejects keys an entry does not know, so a typo ("form:" for "from:") is an error, not a silently ignored field.</summary>
    public static void CheckKeys(YamlMappingNode map, params string[] allowed)
    {
        foreach (var (k, _) in map.Children)
        {
            var key = (k as YamlScalarNode)?.Value ?? "";
            if (!allowed.Contains(key, StringComparer.Ordinal))
            {
                throw new EntryException(Line(k), $"unknown field '{key}' (this entry takes {string.Join(", ", allowed)})");
            }
        }
    }

    public static string RequiredString(YamlMappingNode map, string key)
    {
        var value = OptionalString(map, key);
        return string.IsNullOrWhiteSpace(value) ? throw new EntryException(Line(map), $"'{key}' is missing") : value;
    }

    public static string? OptionalString(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        return node switch
        {
            null => null,
            YamlScalarNode s => string.IsNullOrWhiteSpace(s.Value) ? null : s.Value.Trim(),
            _ => throw new EntryException(Line(node), $"'{key}' must be a single value"),
        };
    }

    /// <summary>A list of strings; a single scalar counts as a list of one.</summary>
    public static IReadOnlyList<string> Strings(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode s:
                return string.IsNullOrWhiteSpace(s.Value) ? [] : [s.Value.Trim()];
            case YamlSequenceNode list:
                var result = new List<string>(list.Children.Count);
                foreach (var item in list)
                {
                    if (item is not YamlScalarNode itemScalar || string.IsNullOrWhiteSpace(itemScalar.Value))
                    {
                        throw new EntryException(Line(item), $"'{key}' must be a list of words or names");
                    }
                    result.Add(itemScalar.Value.Trim());
                }
                return result;
            default:
                throw new EntryException(Line(node), $"'{key}' must be a list of words or names");
        }
    }

    /// <summary>As <see cref="Strings"/>, with the line of each item, for messages about one item of a list.</summary>
    public static IReadOnlyList<(string Value, int Line)> LocatedStrings(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        switch (node)
        {
            case null:
                return [];
            case YamlScalarNode s:
                return string.IsNullOrWhiteSpace(s.Value) ? [] : [(s.Value.Trim(), Line(s))];
            case YamlSequenceNode list:
                var result = new List<(string, int)>(list.Children.Count);
                foreach (var item in list)
                {
                    if (item is not YamlScalarNode itemScalar || string.IsNullOrWhiteSpace(itemScalar.Value))
                    {
                        throw new EntryException(Line(item), $"'{key}' must be a list of words");
                    }
                    result.Add((itemScalar.Value.Trim(), Line(item)));
                }
                return result;
            default:
                throw new EntryException(Line(node), $"'{key}' must be a list of words");
        }
    }

    public static double? OptionalDouble(YamlMappingNode map, string key, double min, double max)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return null;
        }
        if (node is not YamlScalarNode s || !double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            throw new EntryException(Line(node), $"'{key}' must be a number");
        }
        if (value < min || value > max || double.IsNaN(value))
        {
            throw new EntryException(Line(node), $"'{key}' is {s.Value}, out of range [{min.ToString(CultureInfo.InvariantCulture)}, {max.ToString(CultureInfo.InvariantCulture)}]");
        }
        return value;
    }

    public static double RequiredDouble(YamlMappingNode map, string key, double min, double max) =>
        OptionalDouble(map, key, min, max) ?? throw new EntryException(Line(map), $"'{key}' is missing");

    public static long? OptionalLong(YamlMappingNode map, string key, long min)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return null;
        }
        if (node is not YamlScalarNode s || !long.TryParse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out long value) || value < min)
        {
            throw new EntryException(Line(node), $"'{key}' must be a whole number of at least {min}");
        }
        return value;
    }

    public static bool OptionalBool(YamlMappingNode map, string key, bool fallback)
    {
        var node = Get(map, key);
        return node switch
        {
            null => fallback,
            YamlScalarNode { Value: "true" or "yes" } => true,
            YamlScalarNode { Value: "false" or "no" } => false,
            _ => throw new EntryException(Line(node), $"'{key}' must be true or false"),
        };
    }

    /// <summary>A calendar date written <c>yyyy-mm-dd</c>.</summary>
    public static DateOnly? OptionalDate(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return null;
        }
        if (node is not YamlScalarNode s
            || !IsoDate.TryParse(s.Value, out var date))
        {
            throw new EntryException(Line(node), $"'{key}' must be a date written yyyy-mm-dd, not '{(node as YamlScalarNode)?.Value}'");
        }
        return date;
    }

    /// <summary>The mapping under <paramref name="key"/>, or null.</summary>
    public static YamlMappingNode? OptionalMap(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        return node switch
        {
            null => null,
            YamlMappingNode m => m,
            _ => throw new EntryException(Line(node), $"'{key}' must be a mapping of fields"),
        };
    }

    /// <summary>The list under <paramref name="key"/> (each item is given as its node), or none.</summary>
    public static IReadOnlyList<YamlNode> Items(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        return node switch
        {
            null => [],
            YamlSequenceNode list => list.Children.ToList(),
            _ => throw new EntryException(Line(node), $"'{key}' must be a list"),
        };
    }

    /// <summary>A position written <c>[latitude, longitude]</c> in decimal degrees, range-checked.</summary>
    public static Places.GeoPoint? OptionalPoint(YamlMappingNode map, string key)
    {
        var node = Get(map, key);
        if (node is null)
        {
            return null;
        }
        if (node is not YamlSequenceNode { Children.Count: 2 } pair
            || pair[0] is not YamlScalarNode latNode || pair[1] is not YamlScalarNode lonNode
            || !double.TryParse(latNode.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double lat)
            || !double.TryParse(lonNode.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double lon))
        {
            throw new EntryException(Line(node), $"'{key}' must be [latitude, longitude] in decimal degrees");
        }
        if (lat is < -90 or > 90 || double.IsNaN(lat))
        {
            throw new EntryException(Line(node), $"latitude {latNode.Value} in '{key}' is out of range [-90, 90]");
        }
        if (lon is < -180 or > 180 || double.IsNaN(lon))
        {
            throw new EntryException(Line(node), $"longitude {lonNode.Value} in '{key}' is out of range [-180, 180]");
        }
        return new Places.GeoPoint(lat, lon);
    }
}

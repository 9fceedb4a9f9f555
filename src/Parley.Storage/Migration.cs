using System.Globalization;
using System.Text.RegularExpressions;

namespace Parley.Storage;

/// <summary>One numbered schema change: an embedded script <c>NNNN_name.sql</c>.</summary>
internal sealed partial record Migration(int Version, string Name, string Sql)
{
    /// <summary>
    /// The scripts embedded under <paramref name="resourcePrefix"/>, in order, checked to be numbered 1, 2, 3, …
    /// without gaps (a missing number would leave databases that skipped a change).
    /// </summary>
    public static IReadOnlyList<Migration> LoadEmbedded(string resourcePrefix)
    {
        var assembly = typeof(Migration).Assembly;
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(resourcePrefix, StringComparison.Ordinal))
            {
                continue;
            }
            var fileName = resource[resourcePrefix.Length..];
            var match = FileName().Match(fileName);
            if (!match.Success)
            {
                throw new InvalidOperationException($"Embedded migration '{fileName}' is not named NNNN_name.sql.");
            }
            using var stream = assembly.GetManifestResourceStream(resource)
                ?? throw new InvalidOperationException($"Embedded migration '{fileName}' cannot be read.");
            using var reader = new StreamReader(stream);
            migrations.Add(new Migration(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), match.Groups[2].Value, reader.ReadToEnd()));
        }
        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException($"Embedded migrations must be numbered 1, 2, 3, … without gaps; found {migrations[i].Version} at position {i + 1}.");
            }
        }
        if (migrations.Count == 0)
        {
            throw new InvalidOperationException($"No embedded migrations start with {resourcePrefix}; the build did not embed them.");
        }
        return migrations;
    }

    [GeneratedRegex(@"^(\d{4})_(\w+)\.sql$")]
    private static partial Regex FileName();
}

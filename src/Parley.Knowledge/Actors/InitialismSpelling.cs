namespace Parley.Knowledge.Actors;

/// <summary>
/// The other way news writes a body's name when it starts from an initialism: "UN Human Rights Council" and "U.N. Human
/// Rights Council", "US Army" and "U.S. Army". Wire services write the dotted form, most others the plain one, and a
/// dictionary entry lists one of them; the catalogue indexes both.
/// </summary>
public static class InitialismSpelling
{
    private static readonly Dictionary<string, string> Other = new(StringComparer.Ordinal)
    {
        ["UN"] = "U.N.", ["U.N."] = "UN", ["US"] = "U.S.", ["U.S."] = "US", ["UK"] = "U.K.", ["U.K."] = "UK", ["EU"] = "E.U.", ["E.U."] = "EU",
    };

    /// <summary>
    /// The name with each initialism written the other way, or null when it has none. A name of one word has no other
    /// spelling here: "US" alone is a country only in capitals, and its dotted form is listed where it belongs.
    /// </summary>
    public static string? OtherOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2)
        {
            return null;
        }
        bool changed = false;
        for (int i = 0; i < words.Length; i++)
        {
            if (Other.TryGetValue(words[i], out var other))
            {
                words[i] = other;
                changed = true;
            }
        }
        return changed ? string.Join(' ', words) : null;
    }
}

namespace Parley.Knowledge.Loading;

/// <summary>Regular English plurals of the last word of a noun phrase, so that dictionaries list singulars only.</summary>
internal static class EnglishPlural
{
    private static readonly HashSet<string> Uncounted = new(StringComparer.OrdinalIgnoreCase)
    {
        "police", "media", "military", "personnel", "staff", "press", "clergy", "intelligence", "junta",
        "leadership", "opposition", "public", "security", "cabinet", "government", "administration", "judiciary",
        "legislature", "parliament", "congress", "senate", "army", "navy", "coast guard", "people", "troops",
    };

    public static IEnumerable<string> Of(string phrase)
    {
        int space = phrase.LastIndexOf(' ');
        var head = phrase[..(space + 1)];
        var word = phrase[(space + 1)..];
        if (word.Length < 3 || Uncounted.Contains(word) || Uncounted.Contains(phrase) || !word.All(char.IsLetter))
        {
            // Mass nouns and words that are already plural still get the regular form for the countable ones
            // ("governments", "armies"), which cannot collide with anything else.
            if (word is "government" or "army" or "navy" or "parliament" or "cabinet" or "administration" or "legislature" or "junta" or "congress" or "senate")
            {
                yield return head + Regular(word);
            }
            yield break;
        }
        if (word.EndsWith("person", StringComparison.OrdinalIgnoreCase))
        {
            yield return head + word[..^"person".Length] + "people";
            yield return head + word + "s";
            yield break;
        }
        if (word.EndsWith("man", StringComparison.OrdinalIgnoreCase) && !word.Equals("human", StringComparison.OrdinalIgnoreCase)
            && !word.EndsWith("german", StringComparison.OrdinalIgnoreCase))
        {
            yield return head + word[..^3] + "men";
            yield break;
        }
        if (word.Equals("child", StringComparison.OrdinalIgnoreCase))
        {
            yield return head + "children";
            yield break;
        }
        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal))
        {
            yield break;
        }
        yield return head + Regular(word);
    }

    private static string Regular(string word)
    {
        if (word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith('x') || word.EndsWith('z')
            || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal))
        {
            return word + "es";
        }
        if (word.EndsWith('y') && word.Length > 1 && !"aeiou".Contains(word[^2]))
        {
            return word[..^1] + "ies";
        }
        return word + "s";
    }
}

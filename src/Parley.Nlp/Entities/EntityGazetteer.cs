using System.Text;
using Parley.Text;

namespace Parley.Nlp.Entities;

/// <summary>
/// Phrases by category ("COUNTRY", "CITY", "ORG", "TITLE", …) that the recogniser uses as features: each token
/// learns whether it begins or continues the longest phrase matched there (case-insensitively). The lists
/// are written by the team (<see cref="Default"/>); a trained model carries its own copy. Immutable.
/// </summary>
public sealed class EntityGazetteer
{
    private const int Prefix = -1;
    private readonly Dictionary<ulong, int> _phrases = []; // phrase (or phrase prefix) hash → category, or Prefix
    private readonly string[] _categories;
    private readonly (string Phrase, string Category)[] _entries;

    /// <summary>Builds a gazetteer of (phrase, category) entries; phrase tokens are separated by spaces.</summary>
    public EntityGazetteer(IEnumerable<(string Phrase, string Category)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _entries = [.. entries];
        var categories = new List<string>();
        foreach (var (phrase, category) in _entries)
        {
            int id = categories.IndexOf(category);
            if (id < 0)
            {
                id = categories.Count;
                categories.Add(category);
            }
            var tokens = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (tokens.Length == 0)
            {
                throw new ArgumentException($"Empty phrase in category '{category}'.", nameof(entries));
            }
            MaxTokens = Math.Max(MaxTokens, tokens.Length);
            ulong hash = TextHash.Offset;
            for (int t = 0; t < tokens.Length; t++)
            {
                hash = TextHash.Separate(Continue(hash, tokens[t]));
                if (t < tokens.Length - 1)
                {
                    // Marks a proper prefix, so matching can stop as soon as no phrase goes on this way.
                    _phrases.TryAdd(hash, Prefix);
                }
            }
            // The first category listed wins, so the file's order settles ambiguous names.
            if (!_phrases.TryGetValue(hash, out int existing) || existing == Prefix)
            {
                _phrases[hash] = id;
            }
        }
        _categories = [.. categories];
    }

    /// <summary>The team-written lists (countries, cities, regions, organisations, people, given names, titles, demonyms).</summary>
    public static EntityGazetteer Default { get; } = Parse(EntityGazetteerFacts.Text);

    /// <summary>The categories, in order of first appearance; a match code refers to them.</summary>
    public IReadOnlyList<string> Categories => _categories;

    /// <summary>The entries as given.</summary>
    public IReadOnlyList<(string Phrase, string Category)> Entries => _entries;

    /// <summary>The longest phrase, in tokens.</summary>
    public int MaxTokens { get; }

    /// <summary>
    /// Writes one code per token of <c>doc[start..end)</c> into <paramref name="codes"/>: 0 outside any phrase,
    /// <c>2 × category + 1</c> on a phrase's first token and <c>2 × category + 2</c> on the rest. Matches are
    /// longest-first from left to right and do not cross <paramref name="end"/>.
    /// </summary>
    public void Match(Document doc, int start, int end, Span<int> codes)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var starts = doc.Starts;
        var ends = doc.Ends;
        var text = doc.Text.AsSpan();
        int i = start;
        while (i < end)
        {
            int bestLength = 0;
            int bestCategory = 0;
            ulong hash = TextHash.Offset;
            for (int j = i; j < end && j - i < MaxTokens; j++)
            {
                hash = TextHash.Separate(Continue(hash, text[starts[j]..ends[j]]));
                if (!_phrases.TryGetValue(hash, out int category))
                {
                    break;
                }
                if (category != Prefix)
                {
                    bestLength = j - i + 1;
                    bestCategory = category;
                }
            }
            if (bestLength == 0)
            {
                codes[i - start] = 0;
                i++;
                continue;
            }
            for (int k = 0; k < bestLength; k++)
            {
                codes[i - start + k] = 2 * bestCategory + (k == 0 ? 1 : 2);
            }
            i += bestLength;
        }
    }

    /// <summary>Reads the "[CATEGORY]" then one-phrase-per-line layout; <paramref name="name"/> names the source in errors.</summary>
    public static EntityGazetteer Parse(string text, string name = "gazetteer")
    {
        ArgumentNullException.ThrowIfNull(text);
        var entries = new List<(string, string)>();
        string? category = null;
        int lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            if (line[0] == '[')
            {
                if (line[^1] != ']' || line.Length < 3)
                {
                    throw new FormatException($"{name}:{lineNumber}: a category header reads [NAME], found '{line}'");
                }
                category = line[1..^1];
                continue;
            }
            if (category is null)
            {
                throw new FormatException($"{name}:{lineNumber}: phrase '{line}' comes before any [CATEGORY] header");
            }
            entries.Add((line, category));
        }
        return new EntityGazetteer(entries);
    }

    internal void Write(BinaryWriter writer)
    {
        writer.Write(_entries.Length);
        foreach (var (phrase, category) in _entries)
        {
            writer.Write(phrase);
            writer.Write(category);
        }
    }

    internal static EntityGazetteer Read(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        if (count < 0 || count > 10_000_000)
        {
            throw new InvalidDataException($"Bad gazetteer size {count}.");
        }
        var entries = new (string, string)[count];
        for (int i = 0; i < count; i++)
        {
            entries[i] = (reader.ReadString(), reader.ReadString());
        }
        return new EntityGazetteer(entries);
    }

    private static ulong Continue(ulong hash, ReadOnlySpan<char> token)
    {
        foreach (char c in token)
        {
            hash = TextHash.Step(hash, char.ToLowerInvariant(c));
        }
        return hash;
    }

    /// <summary>The entries in the text layout <see cref="Parse"/> reads.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        string? category = null;
        foreach (var (phrase, entryCategory) in _entries)
        {
            if (entryCategory != category)
            {
                category = entryCategory;
                text.Append('[').Append(category).Append("]\n");
            }
            text.Append(phrase).Append('\n');
        }
        return text.ToString();
    }
}

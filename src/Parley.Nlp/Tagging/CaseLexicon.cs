using System.Buffers;

namespace Parley.Nlp.Tagging;

/// <summary>
/// How words are usually written inside a sentence, learned from running text: for each lower-cased word, whether
/// it is mostly written lower case ("expels", "meeting") or capitalised (a name: "Kremlin", "Minsk", "NATO").
/// The tagger uses it to read headlines: in a sentence written in Title Case or all capitals, capitals say nothing
/// about names, so each capitalised word that is not usually a name is tagged as if written lower case
/// ("Russia Expels 20 British Diplomats" is tagged as "Russia expels 20 British diplomats").
/// Immutable and safe to share between threads.
/// </summary>
public sealed class CaseLexicon
{
    private const byte Lower = 1;
    private const byte Capitalised = 2;

    private readonly Dictionary<string, byte> _case;
    private readonly Dictionary<string, byte>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private CaseLexicon(Dictionary<string, byte> cases)
    {
        _case = cases;
        _lookup = _case.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>A lexicon that knows no word: nothing is ever rewritten.</summary>
    public static CaseLexicon Empty { get; } = new(new Dictionary<string, byte>(StringComparer.Ordinal));

    /// <summary>The number of words it knows.</summary>
    public int Count => _case.Count;

    /// <summary>True when it knows no word, and so never rewrites one.</summary>
    public bool IsEmpty => _case.Count == 0;

    /// <summary>
    /// Learns from sentences of running text: only words after the first of their sentence count (the first is
    /// capitalised whatever it is), and sentences that are themselves in Title Case or capitals are skipped.
    /// A word seen fewer than <paramref name="minCount"/> times there is left out.
    /// </summary>
    public static CaseLexicon Learn(IEnumerable<IReadOnlyList<string>> sentences, int minCount = 2)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var counts = new Dictionary<string, (int Lower, int Capitalised)>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            var detector = new TitleCaseDetector();
            foreach (var form in sentence)
            {
                detector.Add(form);
            }
            if (detector.IsHeadline)
            {
                continue;
            }
            for (int k = 1; k < sentence.Count; k++)
            {
                var form = sentence[k];
                if (form.Length == 0 || !char.IsLetter(form[0]))
                {
                    continue;
                }
                var key = form.ToLowerInvariant();
                var (lower, capitalised) = counts.GetValueOrDefault(key);
                counts[key] = char.IsUpper(form[0]) ? (lower, capitalised + 1) : (lower + 1, capitalised);
            }
        }
        var cases = new Dictionary<string, byte>(StringComparer.Ordinal);
        foreach (var (word, (lower, capitalised)) in counts)
        {
            if (lower + capitalised >= minCount)
            {
                cases[word] = capitalised > lower ? Capitalised : Lower;
            }
        }
        return new CaseLexicon(cases);
    }

    /// <summary>
    /// True when <paramref name="word"/> (any case) is known and mostly written lower case inside a sentence, or is an
    /// inflection of such a word that running text happened not to show: headlines put verbs in the present ("Expels",
    /// "Detains") where stories have the past ("expelled", "detained").
    /// </summary>
    public bool IsUsuallyLower(ReadOnlySpan<char> word)
    {
        if (word.Length > 60)
        {
            return false;
        }
        Span<char> form = stackalloc char[word.Length];
        word.ToLowerInvariant(form);
        if (IsLower(form))
        {
            return true;
        }
        // A present-tense -s form whose stem is known with another ending.
        if (form.Length < 4 || form[^1] != 's' || form[^2] == 's')
        {
            return false;
        }
        ReadOnlySpan<char> stem = form[..^1];
        ReadOnlySpan<char> bare = stem[^1] == 'e' ? stem[..^1] : stem;
        return IsLower(stem) || IsLower(stem, "ed") || IsLower(stem, "d") || IsLower(stem, "ing") || IsLower(bare) || IsLower(bare, "ing")
            || IsLower(stem, stem[^1..], "ed");
    }

    private bool IsLower(ReadOnlySpan<char> form) => _lookup.TryGetValue(form, out byte value) && value == Lower;

    /// <summary>Whether the stem with the ending(s) appended is a known lower-case word ("expel" + "l" + "ed").</summary>
    private bool IsLower(ReadOnlySpan<char> stem, ReadOnlySpan<char> ending, ReadOnlySpan<char> more = default)
    {
        Span<char> word = stackalloc char[stem.Length + ending.Length + more.Length];
        stem.CopyTo(word);
        ending.CopyTo(word[stem.Length..]);
        more.CopyTo(word[(stem.Length + ending.Length)..]);
        return IsLower(word);
    }

    /// <summary>
    /// How a word of a headline is to be read: its lower-case form, written into <paramref name="buffer"/> (at least
    /// as long as the form), when it is capitalised (or in capitals) and usually written lower case; otherwise
    /// <paramref name="form"/> itself. A word the lexicon does not know keeps its capital: most are names.
    /// </summary>
    public ReadOnlySpan<char> HeadlineForm(ReadOnlySpan<char> form, Span<char> buffer)
    {
        if (form.Length == 0 || !char.IsUpper(form[0]) || IsEmpty)
        {
            return form;
        }
        bool allCapitals = true;
        bool innerCapital = false;
        for (int k = 1; k < form.Length; k++)
        {
            if (char.IsLower(form[k]))
            {
                allCapitals = false;
            }
            else if (char.IsUpper(form[k]))
            {
                innerCapital = true;
            }
        }
        if ((innerCapital && !allCapitals) || !IsUsuallyLower(form))
        {
            return form;
        }
        form.ToLowerInvariant(buffer);
        return buffer[..form.Length];
    }

    /// <summary>Writes the lexicon (words in ordinal order, so the same lexicon gives the same bytes).</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(_case.Count);
        foreach (var (word, value) in _case.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write(value);
        }
    }

    /// <summary>Reads a lexicon <see cref="Write"/> wrote.</summary>
    public static CaseLexicon Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int count = reader.ReadInt32();
        if (count < 0 || count > 10_000_000)
        {
            throw new InvalidDataException($"Bad case lexicon size {count}.");
        }
        var cases = new Dictionary<string, byte>(count, StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            string word = reader.ReadString();
            byte value = reader.ReadByte();
            if (value is not (Lower or Capitalised))
            {
                throw new InvalidDataException($"Bad case {value} for '{word}' in the case lexicon.");
            }
            cases[word] = value;
        }
        return new CaseLexicon(cases);
    }
}

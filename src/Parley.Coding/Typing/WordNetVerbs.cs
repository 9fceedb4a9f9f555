using System.Globalization;

namespace Parley.Coding.Typing;

/// <summary>
/// What WordNet 3.0 says about a verb lemma that helps type an event it has never been seen with: the lexicographer
/// file of each sense ("verb.contact", "verb.social"), the synsets and their hypernyms a few levels up. Read from
/// <c>index.verb</c> and <c>data.verb</c> at training time only: the event model folds what it learns from these
/// into a weight row per lemma, so WordNet itself is neither shipped nor read when coding.
/// </summary>
public sealed class WordNetVerbs
{
    /// <summary>How many senses of a lemma count (WordNet orders them by frequency).</summary>
    private const int Senses = 3;

    /// <summary>How many hypernym levels above each sense count.</summary>
    private const int Levels = 3;

    private static readonly string[] LexicographerFiles =
    [
        "body", "change", "cognition", "communication", "competition", "consumption", "contact", "creation",
        "emotion", "motion", "perception", "possession", "social", "stative", "weather",
    ];

    private readonly Dictionary<string, string[]> _senses;
    private readonly Dictionary<string, (int File, string[] Hypernyms)> _synsets;

    private WordNetVerbs(Dictionary<string, string[]> senses, Dictionary<string, (int, string[])> synsets)
    {
        _senses = senses;
        _synsets = synsets;
    }

    /// <summary>Every lemma WordNet lists as a verb, lower case, words joined with '_'.</summary>
    public IEnumerable<string> Lemmas => _senses.Keys;

    /// <summary>Reads <c>index.verb</c> and <c>data.verb</c> in <paramref name="directory"/>.</summary>
    /// <exception cref="FileNotFoundException">Either file is missing.</exception>
    /// <exception cref="InvalidDataException">A line is not in WordNet's format (the message names file and line).</exception>
    public static WordNetVerbs Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var senses = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var index = Path.Combine(directory, "index.verb");
        int number = 0;
        foreach (var line in File.ReadLines(index))
        {
            number++;
            if (line.StartsWith(' ') || line.Length == 0)
            {
                continue; // the licence header
            }
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // lemma pos synset_cnt p_cnt [ptr_symbol...] sense_cnt tagsense_cnt synset_offset...
            if (fields.Length < 4 || !int.TryParse(fields[2], CultureInfo.InvariantCulture, out int count) || !int.TryParse(fields[3], CultureInfo.InvariantCulture, out int pointers)
                || fields.Length < 6 + pointers + count)
            {
                throw new InvalidDataException($"{index}:{number}: not an index.verb line");
            }
            senses[fields[0]] = fields[^count..];
        }
        var synsets = new Dictionary<string, (int, string[])>(StringComparer.Ordinal);
        var data = Path.Combine(directory, "data.verb");
        number = 0;
        foreach (var line in File.ReadLines(data))
        {
            number++;
            if (line.StartsWith(' ') || line.Length == 0)
            {
                continue;
            }
            var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            // offset lex_filenum ss_type w_cnt(hex) [word lex_id]... p_cnt [ptr offset pos source/target]...
            if (fields.Length < 5 || !int.TryParse(fields[1], CultureInfo.InvariantCulture, out int file)
                || !int.TryParse(fields[3], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int words)
                || fields.Length < 5 + 2 * words || !int.TryParse(fields[4 + 2 * words], CultureInfo.InvariantCulture, out int pointers))
            {
                throw new InvalidDataException($"{data}:{number}: not a data.verb line");
            }
            var hypernyms = new List<string>();
            for (int p = 0, at = 5 + 2 * words; p < pointers && at + 3 < fields.Length; p++, at += 4)
            {
                if (fields[at] is "@" or "@i" && fields[at + 2] == "v")
                {
                    hypernyms.Add(fields[at + 1]);
                }
            }
            synsets[fields[0]] = (file, [.. hypernyms]);
        }
        return new WordNetVerbs(senses, synsets);
    }

    /// <summary>
    /// The features of <paramref name="lemma"/>: for each of its first senses its lexicographer file and synset, and
    /// the hypernyms above it; for the first sense alone its lexicographer file again (the commonest sense says most).
    /// Empty for a lemma WordNet does not list as a verb.
    /// </summary>
    public IReadOnlyList<string> FeaturesOf(string lemma)
    {
        ArgumentNullException.ThrowIfNull(lemma);
        if (!_senses.TryGetValue(lemma.ToLowerInvariant().Replace(' ', '_'), out var offsets))
        {
            return [];
        }
        var features = new List<string>();
        for (int s = 0; s < Math.Min(Senses, offsets.Length); s++)
        {
            if (!_synsets.TryGetValue(offsets[s], out var synset))
            {
                continue;
            }
            string file = FileName(synset.File);
            if (s == 0)
            {
                features.Add("first:" + file);
            }
            AddOnce(features, "file:" + file);
            AddOnce(features, "syn:" + offsets[s]);
            var level = synset.Hypernyms;
            for (int depth = 0; depth < Levels && level.Length > 0; depth++)
            {
                var next = new List<string>();
                foreach (var hypernym in level)
                {
                    AddOnce(features, "hyp:" + hypernym);
                    if (_synsets.TryGetValue(hypernym, out var up))
                    {
                        next.AddRange(up.Hypernyms);
                    }
                }
                level = [.. next];
            }
        }
        return features;
    }

    private static string FileName(int number) => number >= 29 && number - 29 < LexicographerFiles.Length ? LexicographerFiles[number - 29] : "other";

    private static void AddOnce(List<string> into, string feature)
    {
        if (!into.Contains(feature))
        {
            into.Add(feature);
        }
    }
}

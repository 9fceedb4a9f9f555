namespace Parley.Ingest;

/// <summary>
/// Finds texts that are nearly the same: the same wire story re-posted with a changed headline, a
/// correction or another footer. Similarity is the Jaccard resemblance of the texts' sets of
/// overlapping three-word shingles (case and punctuation ignored): the share of shingles they have in
/// common. It is estimated with MinHash (64 hash functions: two texts agree on a function's minimum
/// with probability equal to their resemblance), and candidates are found with locality-sensitive
/// hashing (16 bands of 4 minima: texts that agree on a whole band are compared), so a new text is
/// compared with few earlier ones however many there are. About 256 bytes per text are kept. Results
/// are the same on every run and machine. Not thread-safe.
/// </summary>
public sealed class NearDuplicateDetector
{
    /// <summary>Words per shingle.</summary>
    public const int ShingleSize = 3;

    private const int Hashes = 64;
    private const int Bands = 16;
    private const int Rows = Hashes / Bands;

    private static readonly ulong[] Seeds = MakeSeeds();

    private readonly List<(string Id, uint[] Signature)> _entries = [];
    private readonly Dictionary<(int Band, ulong Key), List<int>> _bands = [];

    /// <param name="threshold">The estimated resemblance (0 to 1) from which two texts are near duplicates; 0.8 by default.</param>
    public NearDuplicateDetector(double threshold = 0.8)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(threshold, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1.0);
        Threshold = threshold;
    }

    /// <summary>The estimated resemblance from which two texts are near duplicates.</summary>
    public double Threshold { get; }

    /// <summary>How many texts have been remembered.</summary>
    public int Count => _entries.Count;

    /// <summary>
    /// Returns the id of the earlier text most like <paramref name="text"/> when their estimated
    /// resemblance reaches <see cref="Threshold"/>, else null; either way remembers the text under
    /// <paramref name="id"/> for later calls. A text without words is never a near duplicate.
    /// </summary>
    public string? FindOrAdd(string id, string text)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        var shingles = Shingles(text);
        if (shingles.Count == 0)
        {
            return null;
        }
        var signature = Signature(shingles);

        string? match = null;
        var best = Threshold;
        var compared = new HashSet<int>();
        for (var band = 0; band < Bands; band++)
        {
            if (!_bands.TryGetValue((band, BandKey(signature, band)), out var candidates))
            {
                continue;
            }
            foreach (var index in candidates)
            {
                if (!compared.Add(index))
                {
                    continue;
                }
                var estimate = Estimate(signature, _entries[index].Signature);
                if (estimate >= best)
                {
                    best = estimate;
                    match = _entries[index].Id;
                }
            }
        }

        var added = _entries.Count;
        _entries.Add((id, signature));
        for (var band = 0; band < Bands; band++)
        {
            var key = (band, BandKey(signature, band));
            if (!_bands.TryGetValue(key, out var list))
            {
                _bands[key] = list = [];
            }
            list.Add(added);
        }
        return match;
    }

    /// <summary>The exact resemblance of two texts: shared shingles over all their shingles (1 for identical word sequences).</summary>
    public static double Resemblance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var first = Shingles(a);
        var second = Shingles(b);
        if (first.Count == 0 && second.Count == 0)
        {
            return 1.0;
        }
        var shared = first.Count(second.Contains);
        return (double)shared / (first.Count + second.Count - shared);
    }

    private static double Estimate(uint[] a, uint[] b)
    {
        var same = 0;
        for (var i = 0; i < Hashes; i++)
        {
            if (a[i] == b[i])
            {
                same++;
            }
        }
        return (double)same / Hashes;
    }

    private static uint[] Signature(HashSet<ulong> shingles)
    {
        var signature = new uint[Hashes];
        Array.Fill(signature, uint.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var i = 0; i < Hashes; i++)
            {
                var value = (uint)Mix(shingle ^ Seeds[i]);
                if (value < signature[i])
                {
                    signature[i] = value;
                }
            }
        }
        return signature;
    }

    private static ulong BandKey(uint[] signature, int band)
    {
        var key = 0xCBF29CE484222325UL;
        for (var row = 0; row < Rows; row++)
        {
            key = (key ^ signature[band * Rows + row]) * 0x100000001B3UL;
        }
        return key;
    }

    /// <summary>Hashes of the overlapping word triples (the whole word sequence when there are fewer words).</summary>
    private static HashSet<ulong> Shingles(string text)
    {
        var words = WordHashes(text);
        var shingles = new HashSet<ulong>();
        if (words.Count == 0)
        {
            return shingles;
        }
        var count = Math.Max(1, words.Count - ShingleSize + 1);
        for (var i = 0; i < count; i++)
        {
            var hash = 0UL;
            for (var j = i; j < Math.Min(words.Count, i + ShingleSize); j++)
            {
                hash = Mix(hash ^ words[j]);
            }
            shingles.Add(hash);
        }
        return shingles;
    }

    /// <summary>FNV-1a hashes of the lower-cased words (runs of letters and digits), in order.</summary>
    private static List<ulong> WordHashes(string text)
    {
        var hashes = new List<ulong>();
        var hash = 0xCBF29CE484222325UL;
        var inWord = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ char.ToLowerInvariant(c)) * 0x100000001B3UL;
                inWord = true;
            }
            else if (inWord)
            {
                hashes.Add(hash);
                hash = 0xCBF29CE484222325UL;
                inWord = false;
            }
        }
        if (inWord)
        {
            hashes.Add(hash);
        }
        return hashes;
    }

    private static ulong[] MakeSeeds()
    {
        // Fixed seeds, so signatures (and so results) never change between runs.
        var seeds = new ulong[Hashes];
        var state = 0x9E3779B97F4A7C15UL;
        for (var i = 0; i < Hashes; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(state);
        }
        return seeds;
    }

    // SplitMix64's finaliser: every input bit flips about half the output bits, which MinHash needs
    // from each of its hash functions.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

using System.Numerics;

namespace Parley.Ingest;

/// <summary>
/// Finds texts that are nearly the same (the same wire story re-posted with a changed headline, a
/// correction or a different footer) with SimHash: each text gets a 64-bit fingerprint built from
/// hashes of its overlapping three-word shingles, so texts that share most shingles differ in few
/// bits. Two texts are near duplicates when their fingerprints differ in at most
/// <see cref="MaxDistance"/> bits. Lookup splits the fingerprint into <c>MaxDistance + 1</c> bands:
/// by the pigeonhole principle two fingerprints that close agree exactly on at least one band, so only
/// texts sharing a band are compared. Not thread-safe; fingerprints are stable across runs and machines.
/// </summary>
public sealed class NearDuplicateDetector
{
    /// <summary>Words per shingle.</summary>
    public const int ShingleSize = 3;

    private readonly List<(string Id, ulong Fingerprint)> _entries = [];
    private readonly Dictionary<(int Band, ulong Key), List<int>> _bands = [];
    private readonly int _bandCount;
    private readonly int _bandBits;

    /// <param name="maxDistance">The most bits two fingerprints may differ in and still be near duplicates, 0 to 7; 3 by default.</param>
    public NearDuplicateDetector(int maxDistance = 3)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxDistance);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(maxDistance, 7);
        MaxDistance = maxDistance;
        _bandCount = maxDistance + 1;
        _bandBits = 64 / _bandCount;
    }

    /// <summary>The most bits two fingerprints may differ in and still be near duplicates.</summary>
    public int MaxDistance { get; }

    /// <summary>How many texts have been added.</summary>
    public int Count => _entries.Count;

    /// <summary>
    /// Returns the id of an earlier text nearly the same as <paramref name="text"/>, or null when there
    /// is none; either way remembers <paramref name="text"/> under <paramref name="id"/> for later calls.
    /// </summary>
    public string? FindOrAdd(string id, string text)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(text);
        var fingerprint = Fingerprint(text);
        string? match = null;
        var bestDistance = int.MaxValue;
        for (var band = 0; band < _bandCount && bestDistance > 0; band++)
        {
            if (!_bands.TryGetValue((band, BandKey(fingerprint, band)), out var candidates))
            {
                continue;
            }
            foreach (var index in candidates)
            {
                var distance = Distance(fingerprint, _entries[index].Fingerprint);
                if (distance <= MaxDistance && distance < bestDistance)
                {
                    bestDistance = distance;
                    match = _entries[index].Id;
                }
            }
        }

        var added = _entries.Count;
        _entries.Add((id, fingerprint));
        for (var band = 0; band < _bandCount; band++)
        {
            var key = (band, BandKey(fingerprint, band));
            if (!_bands.TryGetValue(key, out var list))
            {
                _bands[key] = list = [];
            }
            list.Add(added);
        }
        return match;
    }

    /// <summary>The SimHash fingerprint of a text: case and punctuation are ignored, only the sequence of words counts.</summary>
    public static ulong Fingerprint(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = WordHashes(text);
        if (words.Count == 0)
        {
            return 0;
        }
        Span<int> weights = stackalloc int[64];
        var shingles = Math.Max(1, words.Count - ShingleSize + 1);
        for (var i = 0; i < shingles; i++)
        {
            ulong hash = 0;
            for (var j = i; j < Math.Min(words.Count, i + ShingleSize); j++)
            {
                hash = (hash * 0x100000001B3UL) ^ words[j];
            }
            hash = Mix(hash);
            for (var bit = 0; bit < 64; bit++)
            {
                weights[bit] += ((hash >> bit) & 1) != 0 ? 1 : -1;
            }
        }
        ulong fingerprint = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (weights[bit] > 0)
            {
                fingerprint |= 1UL << bit;
            }
        }
        return fingerprint;
    }

    /// <summary>The number of bits in which two fingerprints differ.</summary>
    public static int Distance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);

    private ulong BandKey(ulong fingerprint, int band)
    {
        // The last band takes the bits left over when 64 does not divide evenly.
        var shift = band * _bandBits;
        var bits = band == _bandCount - 1 ? 64 - shift : _bandBits;
        var mask = bits == 64 ? ulong.MaxValue : (1UL << bits) - 1;
        return (fingerprint >> shift) & mask;
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

    // SplitMix64's finaliser: FNV products of a few words leave low bits poorly mixed, and SimHash needs
    // every bit of a shingle hash to be a fair coin.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

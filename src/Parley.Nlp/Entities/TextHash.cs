namespace Parley.Nlp.Entities;

/// <summary>
/// The string hashes the recogniser's features and gazetteer are built from. Stable across runs and
/// platforms (feature ids are stored in model files): FNV-1a over UTF-16 code units, then a murmur mix.
/// </summary>
internal static class TextHash
{
    public const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    public static ulong Step(ulong hash, char c)
    {
        unchecked
        {
            return (hash ^ c) * Prime;
        }
    }

    public static ulong Lower(ReadOnlySpan<char> text)
    {
        ulong hash = Offset;
        foreach (char c in text)
        {
            hash = Step(hash, char.ToLowerInvariant(c));
        }
        return hash;
    }

    /// <summary>Ends a token within a phrase hash, so "a b" differs from "ab".</summary>
    public static ulong Separate(ulong hash) => Step(hash, '\u0001');

    /// <summary>The same final mix as <see cref="Learning.FeatureHash.End"/>, so the low bits index a table.</summary>
    public static ulong Mix(ulong hash) => Learning.FeatureHash.End(hash);

    public static ulong Feature(int template, ulong a)
    {
        unchecked
        {
            return Mix(a + (ulong)template * Golden);
        }
    }

    public static ulong Feature(int template, ulong a, ulong b)
    {
        unchecked
        {
            return Mix(ulong.RotateLeft(a, 21) ^ (b + (ulong)template * Golden));
        }
    }

    public static ulong Feature(int template, ulong a, ulong b, ulong c)
    {
        unchecked
        {
            return Mix(ulong.RotateLeft(a, 42) ^ ulong.RotateLeft(b, 21) ^ (c + (ulong)template * Golden));
        }
    }
}

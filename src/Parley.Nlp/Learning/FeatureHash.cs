namespace Parley.Nlp.Learning;

/// <summary>
/// Builds 64-bit feature ids by hashing a template number with its values (FNV-1a, then a final mix), so
/// a feature such as <c>"i-1 tag+i word"</c> costs no string. Hashes are stable across runs and platforms:
/// they are stored in model files.
/// </summary>
public static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Starts a feature of template <paramref name="template"/>.</summary>
    public static ulong Begin(int template) => Add(Offset, template);

    public static ulong Add(ulong hash, int value)
    {
        unchecked
        {
            uint v = (uint)value;
            for (int i = 0; i < 4; i++)
            {
                hash = (hash ^ (v & 0xFF)) * Prime;
                v >>= 8;
            }
            return hash;
        }
    }

    public static ulong Add(ulong hash, ulong value)
    {
        unchecked
        {
            for (int i = 0; i < 8; i++)
            {
                hash = (hash ^ (value & 0xFF)) * Prime;
                value >>= 8;
            }
            return hash;
        }
    }

    /// <summary>Adds a string value (with a separator, so "ab"+"c" differs from "a"+"bc").</summary>
    public static ulong Add(ulong hash, ReadOnlySpan<char> value)
    {
        unchecked
        {
            foreach (char c in value)
            {
                hash = (hash ^ (byte)c) * Prime;
                hash = (hash ^ (byte)(c >> 8)) * Prime;
            }
            return (hash ^ 0xFF) * Prime;
        }
    }

    /// <summary>Finishes a feature; mixes the bits so the low bits are usable as a table index.</summary>
    public static ulong End(ulong hash)
    {
        unchecked
        {
            hash ^= hash >> 33;
            hash *= 0xff51afd7ed558ccdUL;
            hash ^= hash >> 33;
            hash *= 0xc4ceb9fe1a85ec53UL;
            hash ^= hash >> 33;
            return hash;
        }
    }

    public static ulong Of(int template, ReadOnlySpan<char> a) => End(Add(Begin(template), a));

    public static ulong Of(int template, ReadOnlySpan<char> a, ReadOnlySpan<char> b) => End(Add(Add(Begin(template), a), b));

    public static ulong Of(int template, int a) => End(Add(Begin(template), a));

    public static ulong Of(int template, int a, int b) => End(Add(Add(Begin(template), a), b));

    public static ulong Of(int template, int a, int b, int c) => End(Add(Add(Add(Begin(template), a), b), c));
}

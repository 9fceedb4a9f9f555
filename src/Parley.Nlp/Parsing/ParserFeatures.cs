using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Parley.Nlp.Parsing;

/// <summary>
/// The parser's feature templates, in the style of Zhang and Nivre (2011) adapted to arc-hybrid positions:
/// S0–S2 are the stack top and the two items below it, N0–N2 the first three buffer tokens; L1/L2 and R1/R2
/// a token's leftmost and rightmost two dependents; w a word, p a tag, l a relation, d a distance, v a valency,
/// s a set of dependent relations. Each template's values are packed into integers and mixed into a 64-bit id
/// (<see cref="Key"/>), so extraction never builds a string and never allocates.
/// <para>
/// Codes for values: word 0 = no token, 1 = the root, otherwise a hash of the normalised form; tag and
/// relation 0 = none, 1 = the root, otherwise the code + 2 (tags) or relation index + 2 (relations).
/// </para>
/// </summary>
public static class ParserFeatures
{
    /// <summary>Enough room for every transition or label template.</summary>
    public const int MaxFeatures = 128;

    /// <summary>Mixes a template number and its packed values into a feature id (SplitMix64's finaliser, applied twice).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Key(int template, ulong words, ulong small) =>
        Mix(words ^ Mix(small ^ ((ulong)template << 56)));

    /// <summary>Packs up to three 16-bit values and one byte (tags, relations, distances, directions) for <see cref="Key"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Pack(uint a, uint b = 0, uint c = 0, uint d = 0) =>
        (a & 0xFFFF) | ((ulong)(b & 0xFFFF) << 16) | ((ulong)(c & 0xFFFF) << 32) | ((ulong)(d & 0xFF) << 48);

    /// <summary>Packs two word codes for <see cref="Key"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Words(uint a, uint b = 0) => a | ((ulong)b << 32);

    /// <summary>
    /// The values of consecutive templates, numbered from the one given to <see cref="Hash"/>: the words go straight
    /// into the feature span and are hashed there together with the small values, eight at a time where the
    /// processor can, which gives exactly the ids of <see cref="Key"/>.
    /// </summary>
    private ref struct TemplateValues(Span<ulong> features, Span<ulong> small)
    {
        private readonly Span<ulong> _words = features;
        private readonly Span<ulong> _small = small;
        private int _count;

        public void Add(ulong words, ulong small)
        {
            _words[_count] = words;
            _small[_count++] = small;
        }

        /// <summary>Turns the values into feature ids and returns how many there are.</summary>
        public readonly int Hash(int firstTemplate)
        {
            var words = _words[.._count];
            var small = _small[.._count];
            int i = 0;
            if (Vector512.IsHardwareAccelerated)
            {
                var lanes = Vector512.Create(0UL, 1, 2, 3, 4, 5, 6, 7);
                for (; i + 8 <= words.Length; i += 8)
                {
                    var templates = (lanes + Vector512.Create((ulong)(firstTemplate + i))) << 56;
                    var inner = Mix(Vector512.Create((ReadOnlySpan<ulong>)small[i..]) ^ templates);
                    Mix(Vector512.Create((ReadOnlySpan<ulong>)words[i..]) ^ inner).CopyTo(words[i..]);
                }
            }
            for (; i < words.Length; i++)
            {
                words[i] = Key(firstTemplate + i, words[i], small[i]);
            }
            return _count;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<ulong> Mix(Vector512<ulong> x)
    {
        x ^= Vector512.ShiftRightLogical(x, 30);
        x *= 0xbf58476d1ce4e5b9UL;
        x ^= Vector512.ShiftRightLogical(x, 27);
        x *= 0x94d049bb133111ebUL;
        x ^= Vector512.ShiftRightLogical(x, 31);
        return x;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Mix(ulong x)
    {
        unchecked
        {
            x ^= x >> 30;
            x *= 0xbf58476d1ce4e5b9UL;
            x ^= x >> 27;
            x *= 0x94d049bb133111ebUL;
            x ^= x >> 31;
            return x;
        }
    }

    /// <summary>
    /// A hash of every feature the templates produce along a fixed parse of a made-up sentence. Model files store it,
    /// so a model trained with other templates is refused at load instead of parsing badly.
    /// </summary>
    public static ulong Fingerprint()
    {
        var config = new ParserConfiguration(16);
        config.Reset(7);
        for (int i = 0; i < config.Length; i++)
        {
            config.Words[i] = (uint)(7919 * i + 2);
            config.Tags[i] = i + 1;
        }
        Span<ulong> features = stackalloc ulong[MaxFeatures];
        ulong hash = 0;
        for (int step = 0; !config.IsTerminal; step++)
        {
            hash = Fold(hash, features[..Extract(config, features)]);
            // Cycle through the moves so that every kind of arc, and so every template, gets exercised.
            var move = Transition.Shift;
            for (int k = 0; k < 3; k++)
            {
                move = (Transition)((step + k) % 3);
                if (config.IsLegal(move))
                {
                    break;
                }
            }
            if (move != Transition.Shift)
            {
                hash = Fold(hash, features[..ExtractLabel(config, config.HeadOf(move), config.Stack(0), features)]);
            }
            config.Apply(move, step % 5);
        }
        return hash;
    }

    private static ulong Fold(ulong hash, ReadOnlySpan<ulong> features)
    {
        hash = Mix(hash ^ (ulong)features.Length);
        foreach (ulong feature in features)
        {
            hash = Mix(hash ^ feature);
        }
        return hash;
    }

    /// <summary>The code of the word of <paramref name="index"/> (0 none, 1 root).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint WordCode(ParserConfiguration config, int index) =>
        index < 0 ? 0u : index == config.Root ? 1u : config.Words[index];

    /// <summary>The code of the tag of <paramref name="index"/> (0 none, 1 root).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint TagCode(ParserConfiguration config, int index) =>
        index < 0 ? 0u : index == config.Root ? 1u : (uint)config.Tags[index] + 2;

    /// <summary>The code of the relation of <paramref name="index"/> to its head (0 none).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint LabelCode(ParserConfiguration config, int index) => (uint)(config.LabelOf(index) + 1);

    /// <summary>A distance bucketed as 1, 2, 3, 4, 5–9, 10+ (0 when a token is missing).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint Distance(int a, int b)
    {
        if (a < 0 || b < 0)
        {
            return 0;
        }
        int d = Math.Abs(a - b);
        return d < 5 ? (uint)d : d < 10 ? 5u : 6u;
    }

    /// <summary>Writes the transition features of <paramref name="config"/> into <paramref name="features"/> and returns how many.</summary>
    public static int Extract(ParserConfiguration config, Span<ulong> features)
    {
        ArgumentNullException.ThrowIfNull(config);
        int s0 = config.Stack(0), s1 = config.Stack(1), s2 = config.Stack(2);
        int n0 = config.Buffer(0), n1 = config.Buffer(1), n2 = config.Buffer(2);
        // The root is at the stack bottom, conceptually left of every token: distances to it are not informative.
        int s0t = s0 == config.Root ? -1 : s0;
        int s1t = s1 == config.Root ? -1 : s1;

        uint s0w = WordCode(config, s0), s0p = TagCode(config, s0);
        uint s1w = WordCode(config, s1), s1p = TagCode(config, s1);
        uint s2w = WordCode(config, s2), s2p = TagCode(config, s2);
        uint n0w = WordCode(config, n0), n0p = TagCode(config, n0);
        uint n1w = WordCode(config, n1), n1p = TagCode(config, n1);
        uint n2w = WordCode(config, n2), n2p = TagCode(config, n2);

        int s0l1 = config.LeftChild(s0t, 0), s0l2 = config.LeftChild(s0t, 1);
        int s0r1 = config.RightChild(s0t, 0), s0r2 = config.RightChild(s0t, 1);
        int s1l1 = config.LeftChild(s1t, 0), s1r1 = config.RightChild(s1t, 0), s1r2 = config.RightChild(s1t, 1);
        int n0l1 = config.LeftChild(n0, 0), n0l2 = config.LeftChild(n0, 1);

        uint s0l1w = WordCode(config, s0l1), s0l1p = TagCode(config, s0l1), s0l1l = LabelCode(config, s0l1);
        uint s0l2p = TagCode(config, s0l2), s0l2l = LabelCode(config, s0l2);
        uint s0r1w = WordCode(config, s0r1), s0r1p = TagCode(config, s0r1), s0r1l = LabelCode(config, s0r1);
        uint s0r2p = TagCode(config, s0r2), s0r2l = LabelCode(config, s0r2);
        uint s1l1p = TagCode(config, s1l1), s1l1l = LabelCode(config, s1l1);
        uint s1r1w = WordCode(config, s1r1), s1r1p = TagCode(config, s1r1), s1r1l = LabelCode(config, s1r1);
        uint s1r2l = LabelCode(config, s1r2);
        uint n0l1w = WordCode(config, n0l1), n0l1p = TagCode(config, n0l1), n0l1l = LabelCode(config, n0l1);
        uint n0l2p = TagCode(config, n0l2), n0l2l = LabelCode(config, n0l2);

        uint d0 = Distance(s0t, n0);
        uint d1 = Distance(s1t, s0t);
        uint s0vl = (uint)Math.Min(config.LeftValency(s0t), 7), s0vr = (uint)Math.Min(config.RightValency(s0t), 7);
        uint s1vr = (uint)Math.Min(config.RightValency(s1t), 7);
        uint n0vl = (uint)Math.Min(config.LeftValency(n0), 7);

        var f = new TemplateValues(features, stackalloc ulong[MaxFeatures]);
        // Single words.
        f.Add(Words(s0w), Pack(s0p));
        f.Add(Words(s0w), 0);
        f.Add(0, Pack(s0p));
        f.Add(Words(n0w), Pack(n0p));
        f.Add(Words(n0w), 0);
        f.Add(0, Pack(n0p));
        f.Add(Words(n1w), Pack(n1p));
        f.Add(Words(n1w), 0);
        f.Add(0, Pack(n1p));
        f.Add(Words(n2w), Pack(n2p));
        f.Add(Words(n2w), 0);
        f.Add(0, Pack(n2p));
        f.Add(Words(s1w), Pack(s1p));
        f.Add(Words(s1w), 0);
        f.Add(0, Pack(s1p));
        f.Add(Words(s2w), Pack(s2p));
        f.Add(0, Pack(s2p));
        // Pairs: S0 with N0 decides Left; S1 with S0 decides Right.
        f.Add(Words(s0w, n0w), Pack(s0p, n0p));
        f.Add(Words(s0w, n0w), Pack(s0p));
        f.Add(Words(s0w, n0w), Pack(0, n0p));
        f.Add(Words(s0w), Pack(s0p, n0p));
        f.Add(Words(0, n0w), Pack(s0p, n0p));
        f.Add(Words(s0w, n0w), 0);
        f.Add(0, Pack(s0p, n0p));
        f.Add(0, Pack(n0p, n1p));
        f.Add(Words(n0w, n1w), 0);
        f.Add(Words(n0w), Pack(n1p));
        f.Add(Words(n1w), Pack(n0p));
        f.Add(Words(s0w), Pack(n0p, n1p));
        f.Add(Words(s1w, s0w), Pack(s1p, s0p));
        f.Add(Words(s1w, s0w), 0);
        f.Add(Words(s1w), Pack(s1p, s0p));
        f.Add(Words(0, s0w), Pack(s1p, s0p));
        f.Add(0, Pack(s1p, s0p));
        f.Add(Words(s1w, n0w), Pack(s1p, n0p));
        f.Add(0, Pack(s1p, n0p));
        f.Add(Words(s0w, n0w), s1w);
        f.Add(Words(s1w), Pack(s0p, n0p));
        f.Add(Words(s0w, n0w), Pack(n0l1p, s0r1p));
        f.Add(Words(s1w, s0w), Pack(s1r1p, s0l1p));
        f.Add(Words(s2w, s0w), Pack(s1p));
        // Tag trigrams.
        f.Add(0, Pack(n0p, n1p, n2p));
        f.Add(0, Pack(s0p, n0p, n1p));
        f.Add(0, Pack(s1p, s0p, n0p));
        f.Add(0, Pack(s2p, s1p, s0p));
        f.Add(0, Pack(s0p, s0l1p, n0p));
        f.Add(0, Pack(s0p, s0r1p, n0p));
        f.Add(0, Pack(s0p, n0p, n0l1p));
        f.Add(0, Pack(s1p, s1r1p, s0p));
        f.Add(0, Pack(s1p, s0p, s0l1p));
        f.Add(0, Pack(s1p, s0p, s0r1p));
        f.Add(0, Pack(s1p, s1l1p, s0p));
        // Distance.
        f.Add(Words(s0w), Pack(d0));
        f.Add(0, Pack(s0p, d0));
        f.Add(Words(n0w), Pack(d0));
        f.Add(0, Pack(n0p, d0));
        f.Add(Words(s0w, n0w), Pack(d0));
        f.Add(0, Pack(s0p, n0p, d0));
        f.Add(0, Pack(s1p, s0p, d1));
        f.Add(Words(s1w, s0w), Pack(d1));
        // Valency.
        f.Add(Words(s0w), Pack(s0vr));
        f.Add(0, Pack(s0p, s0vr));
        f.Add(Words(s0w), Pack(s0vl));
        f.Add(0, Pack(s0p, s0vl));
        f.Add(Words(n0w), Pack(n0vl));
        f.Add(0, Pack(n0p, n0vl));
        f.Add(0, Pack(s1p, s1vr));
        f.Add(Words(s1w), Pack(s1vr));
        // Dependents.
        f.Add(Words(s0l1w), 0);
        f.Add(0, Pack(s0l1p));
        f.Add(0, Pack(s0l1l));
        f.Add(Words(s0r1w), 0);
        f.Add(0, Pack(s0r1p));
        f.Add(0, Pack(s0r1l));
        f.Add(Words(n0l1w), 0);
        f.Add(0, Pack(n0l1p));
        f.Add(0, Pack(n0l1l));
        f.Add(Words(s1r1w), 0);
        f.Add(0, Pack(s1r1p));
        f.Add(0, Pack(s1r1l));
        f.Add(0, Pack(s1l1l));
        f.Add(Words(s0w, s0r1w), Pack(s0r1l));
        f.Add(Words(n0w, n0l1w), Pack(n0l1l));
        f.Add(Words(s0w, s0l1w), Pack(s0l1l));
        // Second dependents.
        f.Add(0, Pack(s0l2p));
        f.Add(0, Pack(s0l2l));
        f.Add(0, Pack(s0r2p));
        f.Add(0, Pack(s0r2l));
        f.Add(0, Pack(n0l2p));
        f.Add(0, Pack(n0l2l));
        f.Add(0, Pack(s0p, s0l1p, s0l2p));
        f.Add(0, Pack(s0p, s0r1p, s0r2p));
        f.Add(0, Pack(n0p, n0l1p, n0l2p));
        f.Add(0, Pack(s1p, s1r1l, s1r2l));
        // Label sets.
        f.Add(config.RightLabelSet(s0t), s0w);
        f.Add(config.RightLabelSet(s0t), Pack(s0p));
        f.Add(config.LeftLabelSet(s0t), s0w);
        f.Add(config.LeftLabelSet(s0t), Pack(s0p));
        f.Add(config.LeftLabelSet(n0), n0w);
        f.Add(config.LeftLabelSet(n0), Pack(n0p));
        f.Add(config.RightLabelSet(s1t), Pack(s1p));
        return f.Hash(firstTemplate: 1);
    }

    /// <summary>
    /// Writes the features for choosing the relation of the arc <paramref name="head"/> → <paramref name="dependent"/>
    /// (about to be built from <paramref name="config"/>) into <paramref name="features"/> and returns how many.
    /// </summary>
    public static int ExtractLabel(ParserConfiguration config, int head, int dependent, Span<ulong> features)
    {
        ArgumentNullException.ThrowIfNull(config);
        int root = config.Root;
        int h = head == root ? -1 : head;
        uint dir = head == root ? 3u : dependent < head ? 1u : 2u;
        uint dist = h < 0 ? 7u : Distance(h, dependent);
        uint dw = WordCode(config, dependent), dp = TagCode(config, dependent);
        uint hw = WordCode(config, head), hp = TagCode(config, head);
        int dl1 = config.LeftChild(dependent, 0), dr1 = config.RightChild(dependent, 0);
        uint dl1l = LabelCode(config, dl1), dr1l = LabelCode(config, dr1);
        uint dl1p = TagCode(config, dl1), dr1p = TagCode(config, dr1);
        uint dl1w = WordCode(config, dl1);
        uint prevP = TagCode(config, dependent - 1);
        uint nextP = TagCode(config, dependent + 1 < config.Length ? dependent + 1 : -1);
        uint hPrevP = h < 0 ? 0 : TagCode(config, h - 1);
        uint hNextP = h < 0 ? 0 : TagCode(config, h + 1 < config.Length ? h + 1 : -1);
        // The relations the head already has on the dependent's side keep a second subject or object unlikely.
        ulong sideLabels = dependent < head ? config.LeftLabelSet(h) : config.RightLabelSet(h);
        int hl1 = config.LeftChild(h, 0);
        uint hl1l = LabelCode(config, hl1);
        uint dvl = (uint)Math.Min(config.LeftValency(dependent), 7), dvr = (uint)Math.Min(config.RightValency(dependent), 7);

        var f = new TemplateValues(features, stackalloc ulong[MaxFeatures]);
        f.Add(0, Pack(dir));
        f.Add(Words(dw), Pack(dp, dir));
        f.Add(Words(dw), Pack(dir));
        f.Add(0, Pack(dp, dir));
        f.Add(Words(hw), Pack(hp, dir));
        f.Add(Words(hw), Pack(dir));
        f.Add(0, Pack(hp, dir));
        f.Add(0, Pack(hp, dp, dir));
        f.Add(0, Pack(hp, dp, dir, dist));
        f.Add(Words(hw), Pack(hp, dp, dir));
        f.Add(Words(dw), Pack(hp, dp, dir));
        f.Add(Words(hw, dw), Pack(dir));
        f.Add(Words(hw, dw), Pack(hp, dp, dir));
        f.Add(0, Pack(dp, dl1l, dr1l, dir));
        f.Add(0, Pack(hp, dp, dl1l, dir));
        f.Add(0, Pack(hp, dp, dr1l, dir));
        f.Add(0, Pack(dp, dl1p, dir));
        f.Add(0, Pack(dp, dr1p, dir));
        f.Add(Words(dw, dl1w), Pack(dir));
        f.Add(Words(dl1w), Pack(dp, dir));
        f.Add(0, Pack(prevP, dp, hp, dir));
        f.Add(0, Pack(dp, nextP, hp, dir));
        f.Add(0, Pack(hPrevP, hp, dp, dir));
        f.Add(0, Pack(hp, hNextP, dp, dir));
        f.Add(sideLabels, Pack(hp, dp, dir));
        f.Add(0, Pack(hp, dp, hl1l, dir));
        f.Add(0, Pack(dp, dvl, dvr, dir));
        f.Add(Words(dw), Pack(dvl, dvr, dir));
        return f.Hash(firstTemplate: 201);
    }
}

using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Parley.Nlp.Learning;

/// <summary>
/// The frozen weights of an averaged perceptron: a feature id → weights table (open addressing, linear probing).
/// Immutable and safe to share between threads. Stored as float16 on disk, which halves the file and costs no
/// accuracy we can measure.
/// <para>
/// Scoring is bound by cache misses (the parser's move model alone is tens of megabytes), so the table is laid
/// out for them. A model of at most three classes whose weights need no more than float16's 11 significant bits
/// (every model read from a file) keeps them in the slot beside the key: one cache line per feature. Any other
/// model keeps, per feature, only its non-zero weights as (class, weight) pairs, since most tagger and label rows
/// have a handful of non-zero weights out of 50–100 classes, unless the row has many (the bias, common suffixes),
/// which it keeps whole. Either way <see cref="Score"/> adds, for each class, the same weights in the same
/// (feature) order as a dense sum would, so the scores are bit for bit those of the dense row-major form
/// (skipped +0 weights change nothing: a sum that starts at +0 never becomes -0).
/// </para>
/// </summary>
public sealed class PerceptronModel
{
    // Key 0 = empty (feature id 0 is remapped, see Key). Value: in the packed layout, the weights (see Pack);
    // otherwise the first entry of the feature's non-zero weights (low half) and their count (high half), or for a
    // row kept whole, its offset in Dense (low half) and -1 (high half).
    // The slot, entry and whole-row arrays are pinned and read from a 64-byte boundary (see Aligned), so no slot and
    // no whole row straddles two cache lines more than it must: a GC array only starts on an 8-byte boundary.
    private readonly ulong[] _slotData;
    private readonly int _slotStart;
    // The addresses of the slots, entries and whole rows (pinned: they never move), for prefetching.
    private readonly nint _slotAddress;
    private readonly nint _entryAddress;
    private readonly nint _denseAddress;
    private readonly int _slotCount;
    private readonly int _mask;
    private readonly bool _packed;
    private readonly Entry[] _entryData;
    private readonly int _entryStart;
    private readonly int _entryCount;
    private readonly float[] _denseData;
    private readonly int _denseStart;
    private readonly int _denseLength;
    // Floats from one whole row to the next: the classes rounded up to whole 16-float vectors when the sums fit in registers.
    private readonly int _denseStride;
    // The row (position in the constructor's arrays) of each slot, -1 when empty: only Write and Mean read it,
    // so a model written back out is the same file.
    private readonly int[] _rowOfSlot;

    public PerceptronModel(int classes, ulong[] features, float[] weights)
    {
        ArgumentNullException.ThrowIfNull(features);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 2);
        if (weights.Length != features.Length * classes)
        {
            throw new ArgumentException($"Expected {features.Length * classes} weights for {features.Length} features × {classes} classes, got {weights.Length}.", nameof(weights));
        }
        Classes = classes;
        Features = features.Length;
        int size = 16;
        while (size < features.Length * 2)
        {
            size <<= 1;
        }
        _mask = size - 1;
        _slotCount = size;
        (_slotData, _slotStart, _slotAddress) = Aligned<ulong>(2 * size);
        var slots = Slots;
        _rowOfSlot = new int[size];
        _rowOfSlot.AsSpan().Fill(-1);
        _packed = classes <= PackedClasses && AllPack(weights);
        int denseFrom = DenseFrom(classes);
        int nonZero = 0, denseRows = 0;
        if (!_packed)
        {
            for (int row = 0; row < features.Length; row++)
            {
                int count = NonZero(weights.AsSpan(row * classes, classes));
                if (count >= denseFrom)
                {
                    denseRows++;
                }
                else
                {
                    nonZero += count;
                }
            }
        }
        _entryCount = nonZero;
        (_entryData, _entryStart, _entryAddress) = Aligned<Entry>(nonZero);
        var entries = _entryData.AsSpan(_entryStart, nonZero);
        _denseStride = classes <= RegisterClasses ? Blocks(classes) * Vector512<float>.Count : classes;
        _denseLength = denseRows * _denseStride;
        (_denseData, _denseStart, _denseAddress) = Aligned<float>(_denseLength);
        var dense = _denseData.AsSpan(_denseStart, _denseLength);
        int next = 0, nextDense = 0;
        for (int row = 0; row < features.Length; row++)
        {
            ulong key = Key(features[row]);
            int slot = (int)(key & (ulong)_mask);
            while (slots[slot].Key != 0)
            {
                if (slots[slot].Key == key)
                {
                    throw new ArgumentException($"Feature {features[row]} appears twice.", nameof(features));
                }
                slot = (slot + 1) & _mask;
            }
            var rowWeights = weights.AsSpan(row * classes, classes);
            if (_packed)
            {
                slots[slot] = new Slot(key, Pack(rowWeights));
            }
            else if (NonZero(rowWeights) >= denseFrom)
            {
                rowWeights.CopyTo(dense[nextDense..]);
                slots[slot] = new Slot(key, (uint)nextDense | ((ulong)uint.MaxValue << 32));
                nextDense += _denseStride;
            }
            else
            {
                int first = next;
                for (int c = 0; c < classes; c++)
                {
                    if (!IsPositiveZero(rowWeights[c]))
                    {
                        entries[next++] = new Entry(c, rowWeights[c]);
                    }
                }
                slots[slot] = new Slot(key, (uint)first | ((ulong)(uint)(next - first) << 32));
            }
            _rowOfSlot[slot] = row;
        }
    }

    public int Classes { get; }

    /// <summary>The number of features with weights.</summary>
    public int Features { get; }

    /// <summary>Writes the summed weights of <paramref name="features"/> into <paramref name="scores"/> (cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var output = scores[..Classes];
        if (features.Length > MaxBatch)
        {
            output.Clear();
            foreach (ulong feature in features)
            {
                int slot = SlotOf(feature);
                if (slot >= 0)
                {
                    AddTo(output, Slots[slot]);
                }
            }
            return;
        }
        // First ask for every feature's home slot, then read them. Memory is slow to answer (hundreds of
        // nanoseconds for a line from DRAM here) and a load holds back every instruction after it until it is
        // answered, so loads alone overlap only the misses of a few dozen features; prefetches overlap them all.
        // The next line too: a probe that runs past the home slot's line would otherwise wait a second time.
        Span<int> at = stackalloc int[features.Length];
        for (int i = 0; i < features.Length; i++)
        {
            at[i] = (int)(Key(features[i]) & (ulong)_mask);
            Prefetch(_slotAddress + at[i] * SlotSize);
            Prefetch(_slotAddress + ((at[i] + SlotsPerLine) & _mask) * SlotSize);
        }
        Span<Slot> home = stackalloc Slot[features.Length];
        var slots = Slots;
        for (int i = 0; i < features.Length; i++)
        {
            home[i] = slots[at[i]];
        }
        if (_packed)
        {
            ScorePacked(features, home, output);
            return;
        }
        Resolve(features, home);
        if (Classes <= RegisterClasses && Vector512.IsHardwareAccelerated)
        {
            SumInRegisters(home, output);
        }
        else
        {
            SumInMemory(home, output);
        }
    }

    private const int SlotsPerLine = 4;

    private static readonly int SlotSize = Unsafe.SizeOf<Slot>();

    /// <summary>Asks the processor to start loading the cache line at <paramref name="address"/>: only a hint, it never faults.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static unsafe void Prefetch(nint address)
    {
        if (Sse.IsSupported)
        {
            Sse.Prefetch0((void*)address);
        }
    }

    // Features per call scored with the batched lookups (larger calls take the simple path, without stack space).
    private const int MaxBatch = 512;

    // The most classes whose weights fit in a slot beside the key (see Pack).
    private const int PackedClasses = 3;

    private void ScorePacked(ReadOnlySpan<ulong> features, ReadOnlySpan<Slot> home, Span<float> output)
    {
        float s0 = 0f, s1 = 0f, s2 = 0f;
        for (int i = 0; i < features.Length; i++)
        {
            ulong key = Key(features[i]);
            var slot = home[i];
            if (slot.Key != key)
            {
                if (slot.Key == 0)
                {
                    continue;
                }
                int found = Probe(key, ((int)(key & (ulong)_mask) + 1) & _mask);
                if (found < 0)
                {
                    continue;
                }
                slot = Slots[found];
            }
            s0 += Unpack(slot.Value, 0);
            s1 += Unpack(slot.Value, 1);
            s2 += Unpack(slot.Value, 2);
        }
        output[0] = s0;
        output[1] = s1;
        if (output.Length > 2)
        {
            output[2] = s2;
        }
    }

    /// <summary>Replaces each home slot by the feature's own slot (empty when it has no weights), and asks for its weights.</summary>
    private void Resolve(ReadOnlySpan<ulong> features, Span<Slot> home)
    {
        for (int i = 0; i < features.Length; i++)
        {
            ulong key = Key(features[i]);
            ref var slot = ref home[i];
            if (slot.Key != key)
            {
                int found = slot.Key == 0 ? -1 : Probe(key, ((int)(key & (ulong)_mask) + 1) & _mask);
                slot = found < 0 ? default : Slots[found];
            }
            if (slot.Count > 0)
            {
                Prefetch(_entryAddress + slot.Start * EntrySize);
            }
            else if (slot.IsDense)
            {
                for (int line = 0; line < _denseStride * sizeof(float); line += 64)
                {
                    Prefetch(_denseAddress + slot.Start * sizeof(float) + line);
                }
            }
        }
    }

    private static readonly int EntrySize = Unsafe.SizeOf<Entry>();

    // The most classes whose sums are kept in vector registers while the rows are added (eight 16-float vectors).
    private const int RegisterClasses = 128;

    private static int Blocks(int classes) => (classes + Vector512<float>.Count - 1) / Vector512<float>.Count;

    /// <summary>
    /// Adds the rows of the resolved slots (empty ones count for nothing) with the sums in up to eight vector registers,
    /// a sparse row being spread into a zeroed row first: each class still gets its weights in feature order.
    /// </summary>
    private void SumInRegisters(ReadOnlySpan<Slot> resolved, Span<float> output)
    {
        int blocks = Blocks(Classes);
        int width = blocks * Vector512<float>.Count;
        Span<float> spread = stackalloc float[width];
        var entries = Entries;
        var dense = Dense;
        Vector512<float> a0 = default, a1 = default, a2 = default, a3 = default, a4 = default, a5 = default, a6 = default, a7 = default;
        foreach (var slot in resolved)
        {
            scoped ReadOnlySpan<float> row;
            if (slot.IsDense)
            {
                row = dense.Slice(slot.Start, width);
            }
            else if (slot.Count > 0)
            {
                spread.Clear();
                foreach (var entry in entries.Slice(slot.Start, slot.Count))
                {
                    spread[entry.Class] = entry.Weight;
                }
                row = spread;
            }
            else
            {
                continue;
            }
            a0 += Vector512.Create(row);
            if (blocks > 1)
            {
                a1 += Vector512.Create(row[16..]);
                if (blocks > 2)
                {
                    a2 += Vector512.Create(row[32..]);
                    if (blocks > 3)
                    {
                        a3 += Vector512.Create(row[48..]);
                        if (blocks > 4)
                        {
                            a4 += Vector512.Create(row[64..]);
                            if (blocks > 5)
                            {
                                a5 += Vector512.Create(row[80..]);
                                if (blocks > 6)
                                {
                                    a6 += Vector512.Create(row[96..]);
                                    if (blocks > 7)
                                    {
                                        a7 += Vector512.Create(row[112..]);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        a0.CopyTo(spread);
        if (blocks > 1)
        {
            a1.CopyTo(spread[16..]);
        }
        if (blocks > 2)
        {
            a2.CopyTo(spread[32..]);
        }
        if (blocks > 3)
        {
            a3.CopyTo(spread[48..]);
        }
        if (blocks > 4)
        {
            a4.CopyTo(spread[64..]);
        }
        if (blocks > 5)
        {
            a5.CopyTo(spread[80..]);
        }
        if (blocks > 6)
        {
            a6.CopyTo(spread[96..]);
        }
        if (blocks > 7)
        {
            a7.CopyTo(spread[112..]);
        }
        spread[..output.Length].CopyTo(output);
    }

    private void SumInMemory(ReadOnlySpan<Slot> resolved, Span<float> output)
    {
        var entries = Entries;
        output.Clear();
        foreach (var slot in resolved)
        {
            if (slot.IsDense)
            {
                AddDense(output, Dense.Slice(slot.Start, output.Length));
                continue;
            }
            foreach (var entry in entries.Slice(slot.Start, slot.Count))
            {
                output[entry.Class] += entry.Weight;
            }
        }
    }

    /// <summary>The class with the highest score for <paramref name="features"/> (ties go to the lower class).</summary>
    public int Predict(ReadOnlySpan<ulong> features, Span<float> scratch)
    {
        Score(features, scratch);
        return ArgMax(scratch[..Classes]);
    }

    private void AddTo(Span<float> sum, in Slot slot)
    {
        if (_packed)
        {
            for (int c = 0; c < sum.Length; c++)
            {
                sum[c] += Unpack(slot.Value, c);
            }
            return;
        }
        if (slot.IsDense)
        {
            AddDense(sum, Dense.Slice(slot.Start, sum.Length));
            return;
        }
        foreach (var entry in Entries.Slice(slot.Start, slot.Count))
        {
            sum[entry.Class] += entry.Weight;
        }
    }

    private static void AddDense(Span<float> sum, ReadOnlySpan<float> row)
    {
        int c = 0;
        if (Vector.IsHardwareAccelerated)
        {
            for (; c <= row.Length - Vector<float>.Count; c += Vector<float>.Count)
            {
                (new Vector<float>(sum[c..]) + new Vector<float>(row[c..])).CopyTo(sum[c..]);
            }
        }
        for (; c < row.Length; c++)
        {
            sum[c] += row[c];
        }
    }

    // Rows with at least one non-zero weight per eight classes are kept whole: adding them one class at a time
    // (each add waiting on the last one to the same class) then costs more than a vector add per eight classes.
    private static int DenseFrom(int classes) => Math.Max(2, classes / 8);

    private static int NonZero(ReadOnlySpan<float> row)
    {
        int count = 0;
        foreach (float w in row)
        {
            if (!IsPositiveZero(w))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>Writes the weights of the feature in <paramref name="slot"/>, zeros included, into <paramref name="row"/>.</summary>
    private void CopyRow(int slot, Span<float> row)
    {
        row.Clear();
        AddTo(row, Slots[slot]);
    }

    public static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }
        return best;
    }

    /// <summary>
    /// A model whose weights are the mean of <paramref name="models"/>' (a feature missing from one counts as 0 there),
    /// dropping features whose largest mean weight is below <paramref name="pruneBelow"/> in magnitude. Combining
    /// perceptrons trained in different orders (seeds) is a cheap ensemble: one model, scored at the same speed.
    /// </summary>
    public static PerceptronModel Mean(IReadOnlyList<PerceptronModel> models, float pruneBelow = 0f)
    {
        ArgumentNullException.ThrowIfNull(models);
        if (models.Count == 0)
        {
            throw new ArgumentException("No models to combine.", nameof(models));
        }
        int classes = models[0].Classes;
        if (models.Any(m => m.Classes != classes))
        {
            throw new ArgumentException("The models have different numbers of classes.", nameof(models));
        }
        var rows = new Dictionary<ulong, int>();
        var sums = new List<float>();
        var weightsOfSlot = new float[classes];
        foreach (var model in models)
        {
            var slots = model.Slots;
            for (int s = 0; s < slots.Length; s++)
            {
                ulong key = slots[s].Key;
                if (key == 0)
                {
                    continue;
                }
                if (!rows.TryGetValue(key, out int row))
                {
                    row = rows.Count;
                    rows.Add(key, row);
                    sums.AddRange(new float[classes]);
                }
                model.CopyRow(s, weightsOfSlot);
                for (int c = 0; c < classes; c++)
                {
                    sums[row * classes + c] += weightsOfSlot[c];
                }
            }
        }
        var keys = new List<ulong>(rows.Count);
        var weights = new List<float>(rows.Count * classes);
        var mean = new float[classes];
        foreach (var (key, row) in rows)
        {
            float largest = 0f;
            for (int c = 0; c < classes; c++)
            {
                mean[c] = sums[row * classes + c] / models.Count;
                largest = Math.Max(largest, Math.Abs(mean[c]));
            }
            if (largest > pruneBelow && largest > 0f)
            {
                keys.Add(Unkey(key));
                weights.AddRange(mean);
            }
        }
        return new PerceptronModel(classes, [.. keys], [.. weights]);
    }

    /// <summary>Writes the model (feature count, class count, features, float16 weights).</summary>
    public void Write(BinaryWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Classes);
        writer.Write(Features);
        var slotOfRow = new int[Features];
        var slots = Slots;
        for (int s = 0; s < slots.Length; s++)
        {
            if (slots[s].Key != 0)
            {
                writer.Write(Unkey(slots[s].Key));
                writer.Write(_rowOfSlot[s]);
                slotOfRow[_rowOfSlot[s]] = s;
            }
        }
        var row = new float[Classes];
        foreach (int slot in slotOfRow)
        {
            CopyRow(slot, row);
            foreach (float w in row)
            {
                writer.Write((Half)w);
            }
        }
    }

    /// <summary>Reads a model written by <see cref="Write"/>.</summary>
    public static PerceptronModel Read(BinaryReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        int classes = reader.ReadInt32();
        int count = reader.ReadInt32();
        if (classes < 2 || count < 0)
        {
            throw new InvalidDataException($"Bad perceptron header: {classes} classes, {count} features.");
        }
        var features = new ulong[count];
        // Read in blocks, as the weights are: two BinaryReader calls per feature made reading the parser's
        // millions of features a good part of its load.
        const int BlockFeatures = 8 * 1024;
        const int FeatureBytes = sizeof(ulong) + sizeof(int);
        var block = new byte[BlockFeatures * FeatureBytes];
        for (int done = 0; done < count;)
        {
            int n = Math.Min(BlockFeatures, count - done);
            var bytes = block.AsSpan(0, n * FeatureBytes);
            reader.BaseStream.ReadExactly(bytes);
            for (int k = 0; k < n; k++)
            {
                var record = bytes.Slice(k * FeatureBytes, FeatureBytes);
                ulong feature = BinaryPrimitives.ReadUInt64LittleEndian(record);
                int row = BinaryPrimitives.ReadInt32LittleEndian(record[sizeof(ulong)..]);
                if ((uint)row >= (uint)count)
                {
                    throw new InvalidDataException($"Bad perceptron row {row} of {count}.");
                }
                features[row] = feature;
            }
            done += n;
        }
        var weights = new float[count * classes];
        ReadHalves(reader, weights);
        return new PerceptronModel(classes, features, weights);
    }

    /// <summary>
    /// Fills <paramref name="weights"/> from the little-endian float16 values that follow in the stream. They are
    /// read in 64 KB blocks: one <see cref="BinaryReader.ReadHalf"/> call per weight made loading the parser's
    /// tens of millions of weights take most of a second. Each is widened through <see cref="HalfToSingle"/>: a table
    /// lookup took a third of the time of converting a <see cref="Half"/> (25 million values: 30 ms, not 75-90 ms).
    /// </summary>
    private static void ReadHalves(BinaryReader reader, float[] weights)
    {
        const int BlockHalves = 32 * 1024;
        var block = new byte[BlockHalves * sizeof(ushort)];
        var table = HalfToSingle.Value;
        for (int done = 0; done < weights.Length;)
        {
            int halves = Math.Min(BlockHalves, weights.Length - done);
            var bytes = block.AsSpan(0, halves * sizeof(ushort));
            reader.BaseStream.ReadExactly(bytes);
            var target = weights.AsSpan(done, halves);
            if (BitConverter.IsLittleEndian)
            {
                // The file's order is the machine's: read the block as halves in place, with no per-weight slicing.
                var values = MemoryMarshal.Cast<byte, ushort>(bytes);
                for (int k = 0; k < target.Length; k++)
                {
                    target[k] = table[values[k]];
                }
            }
            else
            {
                for (int k = 0; k < halves; k++)
                {
                    target[k] = table[BinaryPrimitives.ReadUInt16LittleEndian(bytes[(2 * k)..])];
                }
            }
            done += halves;
        }
    }

    /// <summary>Every float16 bit pattern's value as a float (256 KB), made the first time a model is read.</summary>
    private static readonly Lazy<float[]> HalfToSingle = new(() =>
    {
        var table = new float[ushort.MaxValue + 1];
        for (int bits = 0; bits <= ushort.MaxValue; bits++)
        {
            table[bits] = (float)BitConverter.UInt16BitsToHalf((ushort)bits);
        }
        return table;
    });

    /// <summary>The slot of <paramref name="feature"/>, or -1 when it has no weights.</summary>
    private int SlotOf(ulong feature)
    {
        ulong key = Key(feature);
        return Probe(key, (int)(key & (ulong)_mask));
    }

    /// <summary>The slot holding <paramref name="key"/>, searching from <paramref name="slot"/>, or -1.</summary>
    private int Probe(ulong key, int slot)
    {
        var slots = Slots;
        while (true)
        {
            ulong found = slots[slot].Key;
            if (found == key)
            {
                return slot;
            }
            if (found == 0)
            {
                return -1;
            }
            slot = (slot + 1) & _mask;
        }
    }

    private Span<Slot> Slots => MemoryMarshal.Cast<ulong, Slot>(_slotData.AsSpan(_slotStart, 2 * _slotCount));

    private ReadOnlySpan<float> Dense => _denseData.AsSpan(_denseStart, _denseLength);

    private ReadOnlySpan<Entry> Entries => _entryData.AsSpan(_entryStart, _entryCount);

    /// <summary>A pinned array with <paramref name="length"/> elements from index Start, which is on a 64-byte boundary at Address.</summary>
    private static (T[] Array, int Start, nint Address) Aligned<T>(int length)
        where T : unmanaged
    {
        const int Line = 64;
        int size = Unsafe.SizeOf<T>();
        var array = GC.AllocateArray<T>(length + Line / size, pinned: true);
        // Pinned arrays never move, so the address stays what it is now.
        var handle = GCHandle.Alloc(array, GCHandleType.Pinned);
        long address = handle.AddrOfPinnedObject();
        handle.Free();
        int start = (int)((Line - address % Line) % Line / size);
        return (array, start, (nint)(address + (long)start * size));
    }

    private readonly record struct Slot(ulong Key, ulong Value)
    {
        public int Start => (int)Value;

        public int Count => (int)(Value >> 32);

        public bool IsDense => Count < 0;
    }

    private readonly record struct Entry(int Class, float Weight);

    // Slot value 0 marks an empty slot, so feature id 0 is stored as a value no real hash is likely to take.
    private const ulong ZeroKey = 0x9E3779B97F4A7C15UL;

    private static ulong Key(ulong feature) => feature == 0 ? ZeroKey : feature;

    private static ulong Unkey(ulong key) => key == ZeroKey ? 0 : key;

    private static bool IsPositiveZero(float weight) => BitConverter.SingleToUInt32Bits(weight) == 0;

    // A packed weight keeps a float's sign, exponent and top 10 mantissa bits: every float16 value, exactly.
    private const int PackedBits = 19;
    private const int DroppedBits = 32 - PackedBits;

    private static bool Packs(float weight) => (BitConverter.SingleToUInt32Bits(weight) & ((1u << DroppedBits) - 1)) == 0;

    /// <summary>
    /// True when every weight <see cref="Packs"/>: the bits it drops are zero in all of them together. One pass over
    /// the bits, not a call per weight: the parser's move model has millions, and checking them was a noticeable
    /// part of loading it.
    /// </summary>
    private static bool AllPack(float[] weights)
    {
        uint dropped = 0;
        foreach (uint bits in MemoryMarshal.Cast<float, uint>(weights.AsSpan()))
        {
            dropped |= bits;
        }
        return (dropped & ((1u << DroppedBits) - 1)) == 0;
    }

    /// <summary>The weights of <paramref name="row"/> (at most three, each one that <see cref="Packs"/>) in one value.</summary>
    private static ulong Pack(ReadOnlySpan<float> row)
    {
        ulong value = 0;
        for (int c = 0; c < row.Length; c++)
        {
            value |= (ulong)(BitConverter.SingleToUInt32Bits(row[c]) >> DroppedBits) << (PackedBits * c);
        }
        return value;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static float Unpack(ulong value, int c) => BitConverter.UInt32BitsToSingle((uint)(value >> (PackedBits * c)) << DroppedBits);
}

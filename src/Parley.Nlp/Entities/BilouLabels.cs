using Parley.Nlp.Learning;
using Parley.Text;

namespace Parley.Nlp.Entities;

/// <summary>
/// The BILOU classes of a set of entity types as dense indices: 0 is <c>O</c>, then <c>B, I, L, U</c> for each
/// type in turn. Knows which label may follow which, so decoding can only produce well-formed entities.
/// </summary>
internal sealed class BilouLabels
{
    public const int Outside = 0;
    private const int B = 0;
    private const int I = 1;
    private const int L = 2;
    private const int U = 3;

    private readonly bool[] _allowed; // (Count + 1) × Count: row Count is the sentence start

    public BilouLabels(IReadOnlyList<string> types)
    {
        Types = [.. types];
        var names = new List<string> { BilouScheme.Outside };
        foreach (var type in Types)
        {
            names.AddRange([$"B-{type}", $"I-{type}", $"L-{type}", $"U-{type}"]);
        }
        Set = new LabelSet(names);
        Count = names.Count;
        _allowed = new bool[(Count + 1) * Count];
        for (int previous = 0; previous <= Count; previous++)
        {
            for (int label = 0; label < Count; label++)
            {
                _allowed[previous * Count + label] = Follows(previous == Count ? Outside : previous, label);
            }
        }
    }

    public string[] Types { get; }

    public LabelSet Set { get; }

    /// <summary>The number of labels.</summary>
    public int Count { get; }

    /// <summary>The row of the transition table used before the first token.</summary>
    public int Start => Count;

    public bool Allowed(int previous, int label) => _allowed[previous * Count + label];

    /// <summary>True when a sentence may end after <paramref name="label"/> (no entity left open).</summary>
    public static bool CanEnd(int label) => label == Outside || Part(label) is L or U;

    /// <summary>The labels of <paramref name="length"/> tokens from <paramref name="offset"/> carrying <paramref name="entities"/>; entities of other types or outside the range are ignored.</summary>
    public void Encode(IEnumerable<EntitySpan> entities, int offset, int length, Span<int> labels)
    {
        labels[..length].Clear();
        foreach (var entity in entities)
        {
            int type = Array.IndexOf(Types, entity.Label);
            int start = entity.Start - offset;
            int end = entity.End - offset;
            if (type < 0 || start < 0 || end > length || start >= end)
            {
                continue;
            }
            int first = 1 + 4 * type;
            if (end - start == 1)
            {
                labels[start] = first + U;
                continue;
            }
            labels[start] = first + B;
            for (int i = start + 1; i < end - 1; i++)
            {
                labels[i] = first + I;
            }
            labels[end - 1] = first + L;
        }
    }

    /// <summary>Adds the entities of a well-formed label sequence, shifting token indices by <paramref name="offset"/>.</summary>
    public void Decode(ReadOnlySpan<int> labels, int offset, ICollection<EntitySpan> output)
    {
        int start = -1;
        for (int i = 0; i < labels.Length; i++)
        {
            int label = labels[i];
            if (label == Outside)
            {
                start = -1;
                continue;
            }
            switch (Part(label))
            {
                case B:
                    start = i;
                    break;
                case U:
                    output.Add(new EntitySpan(offset + i, offset + i + 1, Types[TypeOf(label)]));
                    start = -1;
                    break;
                case L when start >= 0:
                    output.Add(new EntitySpan(offset + start, offset + i + 1, Types[TypeOf(label)]));
                    start = -1;
                    break;
            }
        }
    }

    private static int Part(int label) => (label - 1) % 4;

    private static int TypeOf(int label) => (label - 1) / 4;

    private static bool Follows(int previous, int label)
    {
        bool open = previous != Outside && Part(previous) is B or I;
        if (!open)
        {
            return label == Outside || Part(label) is B or U;
        }
        return label != Outside && Part(label) is I or L && TypeOf(label) == TypeOf(previous);
    }
}

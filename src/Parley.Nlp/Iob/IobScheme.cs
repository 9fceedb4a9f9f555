using Parley.Text;

namespace Parley.Nlp.Iob;

/// <summary>
/// Converts between entity spans and IOB2 labels. Decoding follows conlleval: an <c>I-X</c> that does not
/// continue an entity of type X (after <c>O</c>, at the start, or after another type) starts one, so
/// IOB1 files (wikigold) and ill-formed predictions decode without loss.
/// </summary>
public static class IobScheme
{
    /// <summary>The label <c>O</c>: outside any entity.</summary>
    public const string Outside = "O";

    /// <summary>The IOB2 labels of <paramref name="length"/> tokens carrying <paramref name="entities"/> (which must not overlap).</summary>
    public static string[] Encode(IReadOnlyList<EntitySpan> entities, int length) =>
        Encode(entities, length, static (entity, i) => (i == entity.Start ? "B-" : "I-") + entity.Label);

    /// <summary>
    /// Labels each token of each entity with <paramref name="labelOf"/>(entity, token index) and every other
    /// token <see cref="Outside"/>; shared by the IOB2 and BILOU schemes, which differ only in the label.
    /// </summary>
    internal static string[] Encode(IReadOnlyList<EntitySpan> entities, int length, Func<EntitySpan, int, string> labelOf)
    {
        ArgumentNullException.ThrowIfNull(entities);
        var labels = new string[length];
        Array.Fill(labels, Outside);
        foreach (var entity in entities)
        {
            if (entity.Start < 0 || entity.End > length || entity.Start >= entity.End)
            {
                throw new ArgumentException($"Entity [{entity.Start}, {entity.End}) is empty or outside {length} tokens.", nameof(entities));
            }
            for (int i = entity.Start; i < entity.End; i++)
            {
                if (!ReferenceEquals(labels[i], Outside))
                {
                    throw new ArgumentException($"Entities overlap at token {i}.", nameof(entities));
                }
                labels[i] = labelOf(entity, i);
            }
        }
        return labels;
    }

    /// <summary>The entity spans of a label sequence, in order. Labels other than <c>O</c>, <c>B-X</c> and <c>I-X</c> count as <c>O</c>.</summary>
    public static List<EntitySpan> Decode(IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var spans = new List<EntitySpan>();
        int start = -1;
        string? type = null;
        for (int i = 0; i < labels.Count; i++)
        {
            var (prefix, labelType) = Split(labels[i]);
            bool continues = prefix == 'I' && type is not null && labelType == type;
            if (continues)
            {
                continue;
            }
            if (type is not null)
            {
                spans.Add(new EntitySpan(start, i, type));
                type = null;
            }
            if (prefix is 'B' or 'I')
            {
                start = i;
                type = labelType;
            }
        }
        if (type is not null)
        {
            spans.Add(new EntitySpan(start, labels.Count, type));
        }
        return spans;
    }

    /// <summary>True for <c>O</c>, <c>B-X</c> and <c>I-X</c> with a non-empty type.</summary>
    public static bool IsValid(string label) =>
        label == Outside || (label.Length > 2 && (label[0] == 'B' || label[0] == 'I') && label[1] == '-');

    private static (char Prefix, string? Type) Split(string label) =>
        IsValid(label) && label != Outside ? (label[0], label[2..]) : ('O', null);
}

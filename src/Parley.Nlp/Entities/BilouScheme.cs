using Parley.Nlp.Iob;
using Parley.Text;

namespace Parley.Nlp.Entities;

/// <summary>
/// Converts between entity spans and BILOU labels: <c>B-X</c> begins, <c>I-X</c> is inside, <c>L-X</c> is the
/// last token of a multi-token entity, <c>U-X</c> is a one-token entity, <c>O</c> is outside. BILOU lets a
/// first-order model see where an entity ends, which IOB hides. Decoding is lenient: a label that
/// cannot continue the open entity starts a new one, so no predicted token is lost.
/// </summary>
public static class BilouScheme
{
    /// <summary>The label <c>O</c>: outside any entity.</summary>
    public const string Outside = "O";

    /// <summary>The BILOU labels of <paramref name="length"/> tokens carrying <paramref name="entities"/> (which must not overlap).</summary>
    public static string[] Encode(IReadOnlyList<EntitySpan> entities, int length) =>
        IobScheme.Encode(entities, length, static (entity, i) =>
        {
            char prefix = entity.End - entity.Start == 1 ? 'U' : i == entity.Start ? 'B' : i == entity.End - 1 ? 'L' : 'I';
            return $"{prefix}-{entity.Label}";
        });

    /// <summary>The entity spans of a BILOU label sequence, in order; unknown labels count as <c>O</c>.</summary>
    public static List<EntitySpan> Decode(IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var spans = new List<EntitySpan>();
        int start = -1;
        string? open = null;
        for (int i = 0; i < labels.Count; i++)
        {
            string label = labels[i];
            char prefix = label.Length > 2 && label[1] == '-' ? label[0] : 'O';
            string? type = prefix is 'B' or 'I' or 'L' or 'U' ? label[2..] : null;
            bool continues = open is not null && type == open && prefix is 'I' or 'L';
            if (!continues && open is not null)
            {
                spans.Add(new EntitySpan(start, i, open));
                open = null;
            }
            if (type is null)
            {
                continue;
            }
            if (!continues)
            {
                start = i;
                open = type;
            }
            if (prefix is 'L' or 'U')
            {
                spans.Add(new EntitySpan(start, i + 1, open!));
                open = null;
            }
        }
        if (open is not null)
        {
            spans.Add(new EntitySpan(start, labels.Count, open));
        }
        return spans;
    }
}

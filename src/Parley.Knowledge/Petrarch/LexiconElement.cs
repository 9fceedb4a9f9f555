namespace Parley.Knowledge.Petrarch;

/// <summary>A pattern element with its words resolved to ids: what the matcher compares tokens with.</summary>
public sealed class LexiconElement
{
    internal LexiconElement(PetrarchElementKind kind, LexiconTerm[] terms, int preposition, bool joined, string text)
    {
        Kind = kind;
        Terms = terms;
        Preposition = preposition;
        Joined = joined;
        Text = text;
    }

    public PetrarchElementKind Kind { get; }

    /// <summary>The noun phrase's terms, head last (empty for "(TO)" and for markers).</summary>
    public LexiconTerm[] Terms { get; }

    /// <summary>The preposition's word id for a <see cref="PetrarchElementKind.Preposition"/> element; -1 otherwise.</summary>
    public int Preposition { get; }

    /// <summary>True when nothing may stand between this element and the item before it (see <see cref="PetrarchPatternElement.Joined"/>).</summary>
    public bool Joined { get; }

    /// <summary>The element as written, lower case ("{financial aid}").</summary>
    public string Text { get; }

    public override string ToString() => Text;
}

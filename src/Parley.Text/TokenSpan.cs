namespace Parley.Text;

/// <summary>A view of tokens <c>[Start, End)</c> of a <see cref="Document"/> (a sentence, an entity, a phrase); it copies nothing.</summary>
public readonly struct TokenSpan(Document doc, int start, int end) : IEquatable<TokenSpan>
{
    public Document Doc { get; } = doc;
    /// <summary>Index of the first token.</summary>
    public int Start { get; } = start;
    /// <summary>Index one past the last token.</summary>
    public int End { get; } = end;
    public int Length => End - Start;
    public Token this[int i] => new(Doc, Start + i);
    /// <summary>UTF-16 offset of the span's first character.</summary>
    public int StartChar => Length == 0 ? 0 : Doc.Starts[Start];
    /// <summary>UTF-16 offset one past the span's last character.</summary>
    public int EndChar => Length == 0 ? 0 : Doc.Ends[End - 1];
    /// <summary>The span's text as it stands in the original, spaces included (allocates).</summary>
    public string Text => Length == 0 ? string.Empty : Doc.Text.Substring(StartChar, EndChar - StartChar);

    public Enumerator GetEnumerator() => new(this);

    public bool Equals(TokenSpan other) => ReferenceEquals(Doc, other.Doc) && Start == other.Start && End == other.End;
    public override bool Equals(object? obj) => obj is TokenSpan other && Equals(other);
    public override int GetHashCode() => HashCode.Combine(Doc, Start, End);
    public static bool operator ==(TokenSpan left, TokenSpan right) => left.Equals(right);
    public static bool operator !=(TokenSpan left, TokenSpan right) => !left.Equals(right);
    public override string ToString() => Text;

    public struct Enumerator(TokenSpan span)
    {
        private int _i = span.Start - 1;
        public readonly Token Current => new(span.Doc, _i);
        public bool MoveNext() => ++_i < span.End;
    }
}

namespace Parley.Text;

/// <summary>A view of token <see cref="Index"/> of a <see cref="Document"/>; it copies nothing.</summary>
public readonly struct Token(Document doc, int index) : IEquatable<Token>
{
    public Document Doc { get; } = doc;
    public int Index { get; } = index;

    /// <summary>UTF-16 offset of the first character in <see cref="Document.Text"/>.</summary>
    public int Start => Doc.Starts[Index];
    /// <summary>UTF-16 offset one past the last character in <see cref="Document.Text"/>.</summary>
    public int End => Doc.Ends[Index];
    /// <summary>The token's characters, without allocating.</summary>
    public ReadOnlySpan<char> Span => Doc.Text.AsSpan(Start, End - Start);
    /// <summary>The token's text (allocates).</summary>
    public string Text => Doc.Text.Substring(Start, End - Start);
    /// <summary>True when whitespace follows the token in the original text.</summary>
    public bool SpaceAfter => End < Doc.Text.Length && char.IsWhiteSpace(Doc.Text[End]);
    public string Upos => Doc.Strings[Doc.Upos[Index]];
    public string Xpos => Doc.Strings[Doc.Xpos[Index]];
    public string Lemma => Doc.Strings[Doc.Lemmas[Index]];
    /// <summary>Index of the head token, or -1 for the root (and when not parsed).</summary>
    public int Head => Doc.Heads[Index];
    public string Dep => Doc.Strings[Doc.Deps[Index]];
    public bool IsSentenceStart => Doc.IsSentenceStart(Index);

    public bool Equals(Token other) => ReferenceEquals(Doc, other.Doc) && Index == other.Index;
    public override bool Equals(object? obj) => obj is Token other && Equals(other);
    public override int GetHashCode() => HashCode.Combine(Doc, Index);
    public static bool operator ==(Token left, Token right) => left.Equals(right);
    public static bool operator !=(Token left, Token right) => !left.Equals(right);
    public override string ToString() => Text;
}

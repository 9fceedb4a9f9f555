namespace Parley.Text;

/// <summary>The layers of annotation a <see cref="Document"/> can carry. Pipes declare which they need and which they fill.</summary>
[Flags]
public enum Annotations
{
    None = 0,
    /// <summary>Token boundaries (<see cref="Document.Starts"/>, <see cref="Document.Ends"/>).</summary>
    Tokens = 1 << 0,
    /// <summary>Sentence boundaries (<see cref="Document.SentenceStarts"/>).</summary>
    Sentences = 1 << 1,
    /// <summary>Universal and language-specific part-of-speech tags.</summary>
    Tags = 1 << 2,
    /// <summary>Lemmas.</summary>
    Lemmas = 1 << 3,
    /// <summary>Dependency heads and relations.</summary>
    Dependencies = 1 << 4,
    /// <summary>Named-entity spans.</summary>
    Entities = 1 << 5,
}

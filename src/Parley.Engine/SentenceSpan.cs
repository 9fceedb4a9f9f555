namespace Parley.Engine;

/// <summary>One sentence of an article: its 0-based index (as in <see cref="Coding.EventRecord.SentenceIndex"/>) and its UTF-16 offsets into the article text.</summary>
public sealed record SentenceSpan(int Index, int Start, int End);

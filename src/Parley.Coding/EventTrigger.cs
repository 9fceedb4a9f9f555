namespace Parley.Coding;

/// <summary>The words that express the event, at UTF-16 offsets into the article text.</summary>
public sealed record EventTrigger(string Text, int Start, int End);

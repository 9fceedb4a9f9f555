namespace Parley.Coding.Petrarch;

/// <summary>What the PETRARCH coder made of one sentence: its events, or the discard that stopped it.</summary>
internal sealed record PetrarchSentence(int Index, List<PetrarchEvent> Events, string? Discard, bool StoryDiscard, List<string> Notes);

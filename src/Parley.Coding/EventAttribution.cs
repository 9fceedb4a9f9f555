namespace Parley.Coding;

/// <summary>Whose word the event rests on: the speaker or outlet, and its actor code when known.</summary>
public sealed record EventAttribution(string Text, string? Code, int Start, int End);

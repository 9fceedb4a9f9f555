namespace Parley.Coding;

/// <summary>The PLOVER reading of the event: type, mode and contexts.</summary>
public sealed record PloverEvent(string Event, string? Mode, IReadOnlyList<string> Context);

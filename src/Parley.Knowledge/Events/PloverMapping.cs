namespace Parley.Knowledge.Events;

/// <summary>
/// The PLOVER reading of a CAMEO code: one of PLOVER's sixteen event types, an optional mode and the contexts.
/// </summary>
/// <param name="Cameo">The CAMEO code the mapping was written for (it may be an ancestor of the code asked about).</param>
public sealed record PloverMapping(string Cameo, string Event, string? Mode, IReadOnlyList<string> Contexts);

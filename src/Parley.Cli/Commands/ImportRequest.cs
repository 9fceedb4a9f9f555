namespace Parley.Cli.Commands;

/// <summary>What <c>parley dictionaries import</c> is asked to compile: a verb dictionary, actor dictionaries, agent dictionaries (paths as given).</summary>
public sealed record ImportRequest(string? Verbs, IReadOnlyList<string> Actors, IReadOnlyList<string> Agents);

namespace Parley.Coding.Evaluation;

/// <summary>What was read from one JSON Lines evaluation file: the items of the good lines and a problem for each bad one.</summary>
/// <typeparam name="T">The item a good line holds.</typeparam>
/// <param name="Path">The file, as it was given to the reader.</param>
/// <param name="Items">The items, in file order.</param>
/// <param name="Problems">One per skipped line, in file order; empty when every line was read.</param>
public sealed record EvaluationFile<T>(string Path, IReadOnlyList<T> Items, IReadOnlyList<LineProblem> Problems);

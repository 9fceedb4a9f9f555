namespace Parley.Nlp.Evaluation;

/// <summary>A half-open range <c>[Start, End)</c> of positions in a <see cref="Segmentation"/>'s non-whitespace characters.</summary>
public readonly record struct CharacterSpan(int Start, int End);

namespace Parley.Text;

/// <summary>A named entity: tokens <c>[Start, End)</c> of a document with a label such as PER, ORG or LOC.</summary>
/// <param name="Start">Index of the first token.</param>
/// <param name="End">Index one past the last token.</param>
/// <param name="Label">The entity type.</param>
public readonly record struct EntitySpan(int Start, int End, string Label);

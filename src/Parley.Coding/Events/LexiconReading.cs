namespace Parley.Coding.Events;

/// <summary>What the field's verb dictionary says of one verb (<see cref="LexiconReader"/>).</summary>
/// <param name="Code">The CAMEO code of the verb's event from its subject, or null when the dictionary says it is no event (<c>---</c>).</param>
/// <param name="Specific">True when a pattern naming the verb's object or phrase decided, false for the verb's own block code.</param>
/// <param name="Rule">The dictionary line that decided ("cameo-verbs#L719").</param>
internal readonly record struct LexiconReading(string? Code, bool Specific, string Rule);

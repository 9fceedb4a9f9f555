namespace Parley.Coding.Petrarch;

/// <summary>One event the PETRARCH coder found, with what decided it.</summary>
/// <param name="Source">Who did it.</param>
/// <param name="Target">To whom.</param>
/// <param name="Code">The event code as the dictionary has it (CAMEO in CAMEO.2.0; the validation set's own codes otherwise).</param>
/// <param name="Predicate">The verb token.</param>
/// <param name="Match">The verb entry and pattern.</param>
/// <param name="Why">How the code and the actors were found, for <c>--show-errors</c>.</param>
internal sealed record PetrarchEvent(CodedActor Source, CodedActor Target, string Code, int Predicate, VerbMatch Match, string Why);

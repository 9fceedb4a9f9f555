namespace Parley.Knowledge.Petrarch;

/// <summary>A line of a PETRARCH dictionary is wrong; the reader turns it into a <see cref="DictionaryProblem"/> on that line.</summary>
internal sealed class PetrarchLineException(string message) : Exception(message);

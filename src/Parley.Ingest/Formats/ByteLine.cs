namespace Parley.Ingest.Formats;

/// <summary>One line read by <see cref="ByteLineReader"/>.</summary>
/// <param name="Number">The 1-based line number.</param>
/// <param name="Bytes">The line without its LF; empty when <paramref name="TooLong"/>. Valid only until the next read.</param>
/// <param name="Length">The line's full length in bytes, even when it was too long to keep.</param>
/// <param name="TooLong">The line was longer than the reader's limit, and its bytes were skipped, not kept.</param>
/// <param name="EndsWithNewline">False for a last line that the input ends in the middle of.</param>
internal readonly record struct ByteLine(int Number, ReadOnlyMemory<byte> Bytes, long Length, bool TooLong, bool EndsWithNewline);

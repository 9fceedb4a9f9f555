namespace Parley.Ingest;

/// <summary>What was wrong with an input.</summary>
public enum IngestProblemKind
{
    /// <summary>The path is missing, is a dangling link, cannot be opened, or the URL could not be fetched.</summary>
    Unreadable,
    /// <summary>The bytes are not text (NUL bytes, or mostly control bytes and invalid UTF-8).</summary>
    Binary,
    /// <summary>There is no text: an empty or blank file, a wire story with only its date line, a feed with no items.</summary>
    Empty,
    /// <summary>The input ends part-way: a JSON line cut before its object closes, a cut gzip, XML or HTML file.</summary>
    Truncated,
    /// <summary>The input or record is larger than <see cref="IngestOptions.MaxArticleBytes"/> (or <see cref="IngestOptions.MaxDownloadBytes"/>).</summary>
    Oversize,
    /// <summary>The input does not follow its format: invalid JSON, a JSON value that is not an object, a record without text, XML that is not well-formed or not a feed.</summary>
    Malformed,
    /// <summary>One field of a record could not be used (a bad date, a number where a string belongs); the record was kept without it.</summary>
    InvalidField,
    /// <summary>The text was read, but some bytes were not valid UTF-8 and were replaced by U+FFFD.</summary>
    InvalidEncoding,
    /// <summary>An article with an id already read in this run; it was skipped.</summary>
    Duplicate,
    /// <summary>An article whose text is nearly the same as one read earlier in this run; it was kept.</summary>
    NearDuplicate,
}

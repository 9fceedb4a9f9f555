namespace Parley.Ingest;

/// <summary>The input formats Parley reads (docs/OUTPUT.md, "Inputs").</summary>
public enum InputFormat
{
    /// <summary>Text: a dated wire story when the first line is <c>date YYYY-MM-DD [ref]</c>, else plain text (the whole text is the body).</summary>
    Text,
    /// <summary>JSON Lines: one object per line.</summary>
    JsonLines,
    /// <summary>An HTML page: the main text is extracted and boilerplate dropped.</summary>
    Html,
    /// <summary>An RSS 2.0, RSS 1.0 (RDF) or Atom feed: one article per item.</summary>
    Feed,
}

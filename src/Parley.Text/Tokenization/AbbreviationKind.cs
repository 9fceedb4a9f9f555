namespace Parley.Text.Tokenization;

/// <summary>How an abbreviation's period relates to sentence ends.</summary>
internal enum AbbreviationKind
{
    /// <summary>Not an abbreviation: a final period is punctuation.</summary>
    None,
    /// <summary>A title or initial written before a name ("Mr.", "Gen.", "J."): it never ends a sentence.</summary>
    Title,
    /// <summary>A word that is an abbreviation only before a number ("No. 5", "p. 12").</summary>
    BeforeNumber,
    /// <summary>Anything else ("Inc.", "etc.", "U.S.", "Jan."): it ends a sentence when a clear sentence start follows.</summary>
    Other,
}

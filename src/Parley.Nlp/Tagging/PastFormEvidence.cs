namespace Parley.Nlp.Tagging;

/// <summary>How a word is known to be an irregular past form of a verb (<see cref="IIrregularPastForms"/>).</summary>
public enum PastFormEvidence
{
    /// <summary>Not known as one.</summary>
    None,

    /// <summary>A lexicon lists it ("froze" → "freeze" in WordNet's verb exceptions).</summary>
    Listed,

    /// <summary>
    /// It follows a pattern many irregular verbs share ("spoke", "broke" → "-eak"). Patterns fire on words that are
    /// no verb too ("crew" → "craw"), so this alone does not make a word a verb.
    /// </summary>
    Patterned,
}

namespace Parley.Nlp.Tagging;

/// <summary>
/// Knows the irregular past forms of English verbs ("froze", "overran", "shot", "fled"): the verbs news reports
/// events with, and ones the web text a tagger learns from seldom shows, so that it reads them from their spelling
/// as a name, a noun or a preposition (see <see cref="PerceptronTagger.WithPastForms"/>).
/// </summary>
public interface IIrregularPastForms
{
    /// <summary>
    /// What is known of <paramref name="form"/> (any case) as the simple past or past participle of a verb not made with
    /// "-ed". Unless <see cref="PastFormEvidence.None"/>, the verb's lemma (lower case) is written to the start of
    /// <paramref name="lemma"/>, <paramref name="length"/> characters; a form longer than <see cref="MaxFormLength"/> is
    /// not read. Allocates nothing.
    /// </summary>
    PastFormEvidence ReadPast(ReadOnlySpan<char> form, Span<char> lemma, out int length);

    /// <summary>
    /// Whether <paramref name="form"/> (any case) reads as a present form of a verb the lexicon knows: the verb itself
    /// or its "-s" form ("Threaten", "Bombs", but not "Militants" or "Training"). A lexicon that knows no verbs says yes.
    /// </summary>
    bool IsPresentForm(ReadOnlySpan<char> form) => true;

    /// <summary>The longest form <see cref="ReadPast"/> reads.</summary>
    const int MaxFormLength = 32;

    /// <summary>The room <see cref="ReadPast"/> needs for a lemma.</summary>
    const int MaxLemmaLength = MaxFormLength + 64;
}

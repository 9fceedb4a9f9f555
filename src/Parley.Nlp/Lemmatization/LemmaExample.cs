namespace Parley.Nlp.Lemmatization;

/// <summary>A word with its Penn tag and lemma, to learn from: a corpus token or a lexicon entry.</summary>
public sealed record LemmaExample(string Form, string Xpos, string Lemma);

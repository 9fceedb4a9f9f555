namespace Parley.Nlp.Evaluation;

/// <summary>
/// A syntactic word of a <see cref="Segmentation"/>. A word inside a multiword token ("do" of "don't") has
/// the span of the whole token and <see cref="IsMultiword"/> set, as in the CoNLL 2018 evaluation.
/// </summary>
/// <param name="Span">The characters of the word, or of its multiword token.</param>
/// <param name="Form">The word as written (for a word inside a multiword token, as the treebank or tokenizer gives it).</param>
/// <param name="IsMultiword">True when the word is part of a multiword token.</param>
/// <param name="Sentence">The index of the sentence the word belongs to.</param>
/// <param name="Index">The word's index within its sentence (0-based).</param>
public readonly record struct SegmentedWord(CharacterSpan Span, string Form, bool IsMultiword, int Sentence, int Index);

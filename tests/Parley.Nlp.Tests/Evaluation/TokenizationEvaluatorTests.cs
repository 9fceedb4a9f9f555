using Parley.Nlp.Conllu;
using Parley.Nlp.Evaluation;
using Parley.Text;
using Parley.Text.Tokenization;

namespace Parley.Nlp.Tests.Evaluation;

public class TokenizationEvaluatorTests
{
    // Two sentences, one paragraph; "don't" is a multiword token of "do" + "n't".
    private const string Gold = """
        # newdoc id = d1
        # newpar id = p1
        # text = I don't know.
        1	I	I	PRON	PRP	_	3	nsubj	_	_
        2-3	don't	_	_	_	_	_	_	_	_
        2	do	do	AUX	VBP	_	4	aux	_	_
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	know	know	VERB	VB	_	0	root	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	4	punct	_	_

        # text = He left.
        1	He	he	PRON	PRP	_	2	nsubj	_	_
        2	left	leave	VERB	VBD	_	0	root	_	SpaceAfter=No
        3	.	.	PUNCT	.	_	2	punct	_	_

        # newpar id = p2
        # text = Bye
        1	Bye	bye	INTJ	UH	_	0	root	_	_

        """;

    private static List<ConlluSentence> Read(string conllu) => [.. ConlluReader.Read(new StringReader(conllu.Replace("        ", "", StringComparison.Ordinal)), "gold")];

    private static readonly TokenizationEvaluator Evaluator = new(new Tokenizer(), new SentenceSplitter());

    [Fact]
    public void The_raw_text_joins_sentences_with_spaces_and_paragraphs_with_a_blank_line()
    {
        Assert.Equal("I don't know. He left.\n\nBye", GoldText.Build(Read(Gold)));
    }

    [Fact]
    public void The_gold_segmentation_counts_a_multiword_token_once_and_its_words_separately()
    {
        var gold = Segmentation.FromConllu(Read(Gold));
        Assert.Equal("Idon'tknow.Heleft.Bye", gold.Characters);
        Assert.Equal(8, gold.Tokens.Count);
        Assert.Equal(9, gold.Words.Count);
        Assert.Equal([new CharacterSpan(0, 11), new CharacterSpan(11, 18), new CharacterSpan(18, 21)], gold.Sentences);
        Assert.True(gold.Words[1].IsMultiword);
        Assert.Equal(gold.Words[1].Span, gold.Words[2].Span);
    }

    [Fact]
    public void A_perfect_segmentation_scores_one_everywhere()
    {
        var scores = Evaluator.Evaluate(Read(Gold));
        Assert.Equal(new F1Score(8, 8, 8), scores.Tokens);
        Assert.Equal(new F1Score(9, 9, 9), scores.Words);
        Assert.Equal(new F1Score(3, 3, 3), scores.Sentences);
        Assert.Equal(1.0, scores.Tokens.F1);
        Assert.Equal(1.0, scores.Words.F1);
        Assert.Equal(1.0, scores.Sentences.F1);
    }

    [Fact]
    public void A_missed_sentence_boundary_and_a_wrong_token_split_give_the_hand_computed_scores()
    {
        var gold = Segmentation.FromConllu(Read(Gold));
        // The system writes "don't" as one plain token, "left." as one token, and misses the break after "know.".
        var doc = new Document("I don't know. He left.\n\nBye");
        foreach (var (start, end) in new[] { (0, 1), (2, 7), (8, 12), (12, 13), (14, 16), (17, 22), (24, 27) })
        {
            doc.AddToken(start, end);
        }
        doc.StartSentence(0);
        doc.StartSentence(6);
        var scores = TokenizationEvaluator.Score(gold, Segmentation.FromDocument(doc));

        // Tokens: gold 8, system 7; correct: I, don't, know, ., He, Bye = 6.
        Assert.Equal(new F1Score(8, 7, 6), scores.Tokens);
        Assert.Equal(6.0 / 7, scores.Tokens.Precision, 12);
        Assert.Equal(6.0 / 8, scores.Tokens.Recall, 12);
        Assert.Equal(2.0 * 6 / 15, scores.Tokens.F1, 12);
        // Words: gold 9, system 7; "do"/"n't" align with nothing in the single token "don't" (forms differ): I, know, ., He, Bye = 5.
        Assert.Equal(new F1Score(9, 7, 5), scores.Words);
        // Sentences: gold [0,11) [11,18) [18,21); system [0,18) [18,21): only "Bye" matches.
        Assert.Equal(new F1Score(3, 2, 1), scores.Sentences);
        Assert.Equal(0.5, scores.Sentences.Precision, 12);
        Assert.Equal(1.0 / 3, scores.Sentences.Recall, 12);
        Assert.Equal(0.4, scores.Sentences.F1, 12);
    }

    [Fact]
    public void Words_inside_a_multiword_token_align_by_their_forms()
    {
        var gold = Segmentation.FromConllu(Read(Gold));
        var doc = new Document("I don't know. He left.\n\nBye");
        var continuations = new List<int>();
        new Tokenizer().Process(doc, continuations);
        new SentenceSplitter().Process(doc);
        var alignment = WordAlignment.Align(gold, Segmentation.FromDocument(doc, continuations));
        Assert.Equal(9, alignment.Pairs.Count);
        Assert.Contains((2, 2), alignment.Pairs);
    }

    [Fact]
    public void Segmentations_of_different_texts_are_refused()
    {
        var gold = Segmentation.FromConllu(Read(Gold));
        var doc = new Tokenizer().Tokenize("Something else entirely.");
        var error = Assert.Throws<ArgumentException>(() => TokenizationEvaluator.Score(gold, Segmentation.FromDocument(doc)));
        Assert.Contains("differ at non-whitespace character", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Scores_of_nothing_are_zero_not_a_division_by_zero()
    {
        var empty = new F1Score(0, 0, 0);
        Assert.Equal(0, empty.Precision);
        Assert.Equal(0, empty.Recall);
        Assert.Equal(0, empty.F1);
    }
}

using Parley.Nlp.Conllu;
using Parley.Nlp.Evaluation;
using Parley.Text;

namespace Parley.Nlp.Tests.Evaluation;

public class UdEvaluatorTests
{
    private const string Gold = """
        1	Talks	talk	NOUN	NNS	_	3	nsubj:pass	_	_
        2	were	be	AUX	VBD	_	3	aux:pass	_	_
        3	held	hold	VERB	VBN	_	0	root	_	_
        4	.	.	PUNCT	.	_	3	punct	_	_

        """;

    private static ConlluSentence Sentence() => ConlluReader.Read(new StringReader(Gold), "gold").Single();

    private static Document System(string[] upos, string[] xpos, string[] lemmas, int[]? heads = null, string[]? deps = null)
    {
        var doc = UdEvaluator.TokenDocument(Sentence());
        for (int i = 0; i < doc.Count; i++)
        {
            doc.Upos[i] = doc.Strings.Add(upos[i]);
            doc.Xpos[i] = doc.Strings.Add(xpos[i]);
            doc.Lemmas[i] = doc.Strings.Add(lemmas[i]);
            if (heads is not null)
            {
                doc.Heads[i] = heads[i];
                doc.Deps[i] = doc.Strings.Add(deps![i]);
            }
        }
        doc.Mark(Annotations.Tags | Annotations.Lemmas | (heads is null ? Annotations.None : Annotations.Dependencies));
        return doc;
    }

    [Fact]
    public void Tags_and_lemmas_are_scored_as_accuracy_over_words()
    {
        var evaluator = new UdEvaluator();

        evaluator.Add(Sentence(), System(["NOUN", "AUX", "VERB", "PUNCT"], ["NNS", "VBD", "VBD", "."], ["talk", "be", "held", "."]));

        var scores = evaluator.Scores;
        Assert.Equal(4, scores.Words);
        Assert.Equal(1.0, scores.Upos);
        Assert.Equal(0.75, scores.Xpos);
        Assert.Equal(0.75, scores.Lemmas);
    }

    [Fact]
    public void Attachment_is_not_scored_when_the_system_has_no_parse()
    {
        var evaluator = new UdEvaluator();

        evaluator.Add(Sentence(), System(["NOUN", "AUX", "VERB", "PUNCT"], ["NNS", "VBD", "VBN", "."], ["talk", "be", "hold", "."]));

        Assert.Null(evaluator.Scores.Uas);
        Assert.Null(evaluator.Scores.Las);
    }

    [Fact]
    public void Labelled_attachment_compares_only_the_universal_part_of_the_relation()
    {
        var evaluator = new UdEvaluator();
        // Heads are document indices, -1 the root; "nsubj" for gold "nsubj:pass" counts, "obj" for "punct" does not.
        var system = System(
            ["NOUN", "AUX", "VERB", "PUNCT"], ["NNS", "VBD", "VBN", "."], ["talk", "be", "hold", "."],
            heads: [2, 2, -1, 1], deps: ["nsubj", "aux:pass", "root", "punct"]);

        evaluator.Add(Sentence(), system);

        Assert.Equal(0.75, evaluator.Scores.Uas);
        Assert.Equal(0.75, evaluator.Scores.Las);
    }

    [Fact]
    public void A_right_head_with_a_wrong_relation_counts_for_uas_only()
    {
        var evaluator = new UdEvaluator();
        var system = System(
            ["NOUN", "AUX", "VERB", "PUNCT"], ["NNS", "VBD", "VBN", "."], ["talk", "be", "hold", "."],
            heads: [2, 2, -1, 2], deps: ["obj", "aux", "root", "punct"]);

        evaluator.Add(Sentence(), system);

        Assert.Equal(1.0, evaluator.Scores.Uas);
        Assert.Equal(0.75, evaluator.Scores.Las);
    }

    private const string PastGold = """
        1	Police	police	NOUN	NNS	_	2	nsubj	_	_
        2	detained	detain	VERB	VBD	_	0	root	_	_
        3	journalists	journalist	NOUN	NNS	_	2	obj	_	_
        4	who	who	PRON	WP	_	5	nsubj	_	_
        5	protested	protest	VERB	VBD	_	3	acl:relcl	_	_
        6	.	.	PUNCT	.	_	2	punct	_	_

        """;

    [Fact]
    public void A_simple_past_verb_tagged_as_a_participle_and_a_past_root_lost_are_counted()
    {
        var gold = ConlluReader.Read(new StringReader(PastGold), "gold").Single();
        var doc = UdEvaluator.TokenDocument(gold);
        string[] xpos = ["NNS", "VBN", "NNS", "WP", "VBD", "."];
        // "detained" read as a participle modifying "Police", the way the web-text parser reads it; "journalists" the root.
        int[] heads = [2, 0, -1, 4, 2, 2];
        for (int i = 0; i < doc.Count; i++)
        {
            doc.Upos[i] = doc.Strings.Add(gold.Words[i].Upos);
            doc.Xpos[i] = doc.Strings.Add(xpos[i]);
            doc.Lemmas[i] = doc.Strings.Add(gold.Words[i].Lemma);
            doc.Heads[i] = heads[i];
            doc.Deps[i] = doc.Strings.Add("dep");
        }
        doc.Mark(Annotations.Tags | Annotations.Lemmas | Annotations.Dependencies);
        var evaluator = new UdEvaluator();

        evaluator.Add(gold, doc);

        Assert.Equal(new Proportion(1, 2), evaluator.Scores.PastAsParticiple);
        Assert.Equal(new Proportion(1, 1), evaluator.Scores.PastRootsLost);
    }

    [Fact]
    public void Past_tense_roots_are_not_counted_without_a_parse()
    {
        var evaluator = new UdEvaluator();

        evaluator.Add(Sentence(), System(["NOUN", "AUX", "VERB", "PUNCT"], ["NNS", "VBD", "VBN", "."], ["talk", "be", "hold", "."]));

        Assert.Equal(new Proportion(0, 1), evaluator.Scores.PastAsParticiple);
        Assert.Null(evaluator.Scores.PastRootsLost);
    }

    [Fact]
    public void A_document_with_fewer_tokens_than_gold_words_is_refused()
    {
        var doc = new Document("Talks were");
        doc.AddToken(0, 5);

        Assert.Throws<ArgumentException>(() => new UdEvaluator().Add(Sentence(), doc));
    }

    [Theory]
    [InlineData("nsubj:pass", "nsubj")]
    [InlineData("root", "root")]
    [InlineData("obl:tmod", "obl")]
    public void The_universal_relation_is_the_part_before_the_colon(string relation, string expected)
        => Assert.Equal(expected, UdEvaluator.UniversalRelation(relation).ToString());

    [Theory]
    [InlineData("../shared/data/ud/en_ewt-ud-dev.conllu", "ewt-dev")]
    [InlineData("en_pud-ud-test.conllu", "pud-test")]
    public void Data_sets_are_named_after_their_file(string path, string expected)
        => Assert.Equal(expected, UdEvaluator.DataSetName(path));

    [Fact]
    public void Token_documents_have_the_gold_words_and_nothing_else()
    {
        var doc = UdEvaluator.TokenDocument(Sentence());

        Assert.Equal(["Talks", "were", "held", "."], Enumerable.Range(0, doc.Count).Select(i => doc[i].Text));
        Assert.True(doc.Has(Annotations.Tokens | Annotations.Sentences));
        Assert.False(doc.Has(Annotations.Tags));
    }

    [Fact]
    public void On_system_tokenisation_only_aligned_words_score_and_metrics_become_f1()
    {
        // The system glued "were held" into one token: three system words against four gold words.
        var gold = Sentence();
        var doc = new Document("Talks wereheld .");
        doc.AddToken(0, 5);
        doc.AddToken(6, 14);
        doc.AddToken(15, 16);
        doc.StartSentence(0);
        string[] upos = ["NOUN", "VERB", "PUNCT"];
        int[] heads = [1, -1, 1];
        for (int i = 0; i < 3; i++)
        {
            doc.Upos[i] = doc.Strings.Add(upos[i]);
            doc.Heads[i] = heads[i];
            doc.Deps[i] = doc.Strings.Add(i == 1 ? "root" : "punct");
        }
        doc.Mark(Annotations.Tokens | Annotations.Sentences | Annotations.Tags | Annotations.Dependencies);
        var alignment = WordAlignment.Align(Segmentation.FromConllu([gold]), Segmentation.FromDocument(doc));
        var evaluator = new UdEvaluator();

        evaluator.AddAligned([gold], doc, alignment);

        var scores = evaluator.Scores;
        Assert.Equal(4, scores.Words);
        Assert.Equal(3, scores.SystemWords);
        // "Talks" and "." align and have the right UPOS: F1 = 2·2 / (4 + 3).
        Assert.Equal(4.0 / 7, scores.Upos!.Value, 6);
        // Their gold head "held" has no aligned system word, so no head is right.
        Assert.Equal(0.0, scores.Uas!.Value, 6);
    }
}

using Parley.Nlp.Conllu;
using Parley.Text;

namespace Parley.Nlp.Tests.Conllu;

public class ConlluRoundTripTests
{
    private const string Sample = """
        # sent_id = s1
        # text = Peskov didn't comment.
        1	Peskov	Peskov	PROPN	NNP	_	4	nsubj	_	_
        2-3	didn't	_	_	_	_	_	_	_	_
        2	did	do	AUX	VBD	_	4	aux	_	_
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	comment	comment	VERB	VB	_	0	root	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	4	punct	_	_

        """;

    [Fact]
    public void The_reader_keeps_words_multiword_tokens_and_comments()
    {
        var sentence = Assert.Single(ConlluReader.Read(new StringReader(Sample), "sample.conllu"));
        Assert.Equal("s1", sentence.SentId);
        Assert.Equal("Peskov didn't comment.", sentence.Text);
        Assert.Equal(5, sentence.Words.Count);
        Assert.Equal(["Peskov", "didn't", "comment", "."], sentence.SurfaceTokens().Select(t => t.Form));
        Assert.False(sentence.Words[3].SpaceAfter);
    }

    [Fact]
    public void A_malformed_line_is_reported_with_file_and_line()
    {
        var bad = "# text = x\n1\tx\tx\tX\n\n";
        var error = Assert.Throws<ConlluFormatException>(() => ConlluReader.Read(new StringReader(bad), "bad.conllu").ToList());
        Assert.Equal("bad.conllu", error.Path);
        Assert.Equal(2, error.Line);
        Assert.StartsWith("bad.conllu:2:", error.Message);
    }

    [Fact]
    public void Gold_documents_hold_heads_as_document_indices_and_roots_as_minus_one()
    {
        var sentence = ConlluReader.Read(new StringReader(Sample), "sample.conllu").Single();
        var doc = GoldDocuments.FromSentence(sentence);
        Assert.Equal(5, doc.Count);
        Assert.Equal(3, doc[0].Head);
        Assert.Equal(-1, doc[3].Head);
        Assert.Equal("nsubj", doc[0].Dep);
        Assert.Equal("n't", doc[2].Text);
    }

    [Fact]
    public void Written_documents_read_back_with_the_same_annotations_and_offsets()
    {
        var sentence = ConlluReader.Read(new StringReader(Sample), "sample.conllu").Single();
        var doc = GoldDocuments.FromSentence(sentence);
        doc.Entities.Add(new EntitySpan(0, 1, "PER"));
        doc.Mark(Annotations.Entities);

        var output = new StringWriter();
        ConlluWriter.Write(output, doc, "d1");
        var back = ConlluReader.Read(new StringReader(output.ToString()), "written.conllu").Single();

        Assert.Equal("d1-1", back.SentId);
        Assert.Equal(sentence.Words.Select(w => (w.Form, w.Lemma, w.Upos, w.Xpos, w.Head, w.Deprel)),
                     back.Words.Select(w => (w.Form, w.Lemma, w.Upos, w.Xpos, w.Head, w.Deprel)));
        Assert.Contains("TokenRange=0:6", back.Words[0].Misc);
        Assert.Contains("NER=B-PER", back.Words[0].Misc);
        Assert.Contains("NER=O", back.Words[1].Misc);
    }

    [Fact]
    public void Unannotated_columns_are_written_as_underscores()
    {
        var doc = new Document("Hello world");
        doc.AddToken(0, 5);
        doc.AddToken(6, 11);
        var output = new StringWriter();
        ConlluWriter.Write(output, doc, "d");
        var lines = output.ToString().Split('\n');
        Assert.Equal("1\tHello\t_\t_\t_\t_\t_\t_\t_\tTokenRange=0:5", lines[3]);
    }
}

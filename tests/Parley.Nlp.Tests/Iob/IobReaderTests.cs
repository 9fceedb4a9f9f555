using Parley.Nlp.Iob;
using Parley.Text;

namespace Parley.Nlp.Tests.Iob;

public class IobReaderTests
{
    private const string Uner = """
        # newdoc id = d1
        # sent_id = d1-0001
        # text = Tampa Bay is in Florida
        1	Tampa	B-LOC	-	-
        2	Bay	I-LOC	-	-
        3	is	O	-	-
        4	in	O	-	-
        5	Florida	B-LOC	-	-

        # sent_id = d1-0002
        1	Ask	O	-	-
        2	Bob	B-PER	-	-

        # newdoc id = d2
        # sent_id = d2-0001
        1	IBM	B-ORG	-	-
        """;

    private static List<IobSentence> Read(string text, string name = "test.iob2") =>
        [.. IobReader.Read(new StringReader(text), name)];

    [Fact]
    public void Universal_ner_columns_give_tokens_labels_and_comments()
    {
        var sentences = Read(Uner);
        Assert.Equal(3, sentences.Count);
        Assert.Equal(["Tampa", "Bay", "is", "in", "Florida"], sentences[0].Tokens);
        Assert.Equal(["B-LOC", "I-LOC", "O", "O", "B-LOC"], sentences[0].Labels);
        Assert.Equal("d1-0001", sentences[0].SentId);
        Assert.True(sentences[0].NewDocument);
        Assert.False(sentences[1].NewDocument);
        Assert.True(sentences[2].NewDocument);
        Assert.Equal(1, sentences[0].LineNumber);
    }

    [Fact]
    public void A_sentence_becomes_a_gold_token_document_with_its_entities()
    {
        var doc = Read(Uner)[0].ToDocument();
        Assert.Equal("Tampa Bay is in Florida", doc.Text);
        Assert.Equal(5, doc.Count);
        Assert.Equal([new EntitySpan(0, 2, "LOC"), new EntitySpan(4, 5, "LOC")], doc.Entities);
        Assert.True(doc.Has(Annotations.Tokens | Annotations.Sentences | Annotations.Entities));
        Assert.Equal("Tampa Bay", new TokenSpan(doc, 0, 2).Text);
    }

    [Fact]
    public void Conll_style_iob1_with_docstart_lines_reads_and_decodes()
    {
        const string wikigold = """
            -DOCSTART- O

            The I-ORG
            Mad I-ORG
            Capsule I-ORG
            met O
            Ann I-PER
            Lee I-PER
            Bo B-PER
            . O

            # O
            Japanese I-MISC
            """;
        var sentences = Read(wikigold);
        Assert.Equal(2, sentences.Count);
        Assert.True(sentences[0].NewDocument);
        Assert.Equal(["#", "Japanese"], sentences[1].Tokens);
        var doc = sentences[0].ToDocument();
        Assert.Equal([new EntitySpan(0, 3, "ORG"), new EntitySpan(4, 6, "PER"), new EntitySpan(6, 7, "PER")], doc.Entities);
    }

    [Fact]
    public void Entity_types_outside_the_kept_set_are_dropped()
    {
        var sentence = Read("Japanese I-MISC\nSony I-ORG\n")[0];
        var doc = sentence.ToDocument(keepTypes: new HashSet<string> { "ORG" });
        Assert.Equal([new EntitySpan(1, 2, "ORG")], doc.Entities);
    }

    [Theory]
    [InlineData("1\tTampa\tX-LOC\t-\t-", 1, "label 'X-LOC'")]
    [InlineData("1\tTampa\tB-LOC\n3\tBay\tI-LOC", 2, "token id '3' is not the next integer (2)")]
    [InlineData("# text = x\n1\tTampa", 2, "expected at least 3 tab-separated fields")]
    [InlineData("Tampa B-LOC\nBay", 2, "expected a token and a label")]
    [InlineData("Tampa B-LOC\n-DOCSTART- O", 2, "-DOCSTART- inside a sentence")]
    public void Malformed_lines_are_reported_as_file_and_line(string text, int line, string reason)
    {
        var error = Assert.Throws<IobFormatException>(() => Read(text, "bad.iob2"));
        Assert.Equal("bad.iob2", error.Path);
        Assert.Equal(line, error.Line);
        Assert.StartsWith($"bad.iob2:{line}: ", error.Message);
        Assert.Contains(reason, error.Message);
    }

    [Fact]
    public void A_file_is_read_into_one_document_per_newdoc()
    {
        var path = Path.Combine(Path.GetTempPath(), $"parley-iob-{Guid.NewGuid():N}.iob2");
        try
        {
            File.WriteAllText(path, Uner);
            var docs = IobReader.ReadDocuments(path);
            Assert.Equal(2, docs.Count);
            Assert.Equal([0, 5], docs[0].SentenceStarts);
            Assert.Equal([new EntitySpan(0, 2, "LOC"), new EntitySpan(4, 5, "LOC"), new EntitySpan(6, 7, "PER")], docs[0].Entities);
            Assert.Equal("Bob", docs[0][6].Text);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

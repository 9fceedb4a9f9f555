using Parley.Nlp.Conllu;
using Parley.Nlp.Tagging;
using Parley.Text;

namespace Parley.Nlp.Tests.Tagging;

public class JackknifeTaggingTests
{
    private static readonly TaggerTrainingOptions Options = new() { Epochs = 2, DictionaryMinCount = 1 };

    [Fact]
    public void Each_sentence_is_tagged_by_a_tagger_trained_on_the_other_folds_only()
    {
        var corpus = TaggerCorpus.Sentences();
        var tags = JackknifeTagging.Tag(corpus, corpus, folds: 2, Options);

        // Fold 0 holds sentences 0, 2 and 4; its tagger learned from sentences 1 and 3 alone.
        var foldTagger = TaggerTrainer.Train([corpus[1], corpus[3]], corpus, Options).Tagger;
        var expected = GoldDocuments.FromSentence(corpus[2]);
        foldTagger.Process(expected);

        var docs = Documents(corpus);
        docs.ForEach(WipeTags);
        tags.Apply(docs);
        Assert.Equal(corpus.Count, tags.Count);
        Assert.Equal(Tags(expected), Tags(docs[2]));
        Assert.All(docs, doc => Assert.DoesNotContain(Tags(doc), t => t.Upos.Length == 0));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(0)]
    public void Fewer_than_two_folds_is_refused(int folds)
    {
        var corpus = TaggerCorpus.Sentences();
        Assert.Throws<ArgumentOutOfRangeException>(() => JackknifeTagging.Tag(corpus, corpus, folds, Options));
    }

    [Fact]
    public void Tags_written_to_a_scratch_file_read_back_under_the_same_key_only()
    {
        var tags = new JackknifeTags([[("DET", "DT"), ("NOUN", "NN")], [], [("VERB", "VBD")]]);
        string path = Path.Combine(Path.GetTempPath(), $"parley-jackknife-{Guid.NewGuid():N}.tags");
        try
        {
            tags.Write(path, "sha folds=5");
            var read = JackknifeTags.TryRead(path, "sha folds=5");
            Assert.NotNull(read);
            Assert.Equal(3, read.Count);
            Assert.Null(JackknifeTags.TryRead(path, "sha folds=4"));

            // A file cut short (a run killed while writing by hand, a full disk) is made again, not half-used.
            var lines = File.ReadAllLines(path);
            File.WriteAllLines(path, lines[..^2]);
            Assert.Null(JackknifeTags.TryRead(path, "sha folds=5"));
            File.WriteAllText(path, "not a tag file\n");
            Assert.Null(JackknifeTags.TryRead(path, "sha folds=5"));
            Assert.Null(JackknifeTags.TryRead(path + ".missing", "sha folds=5"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Tags_put_on_documents_replace_only_the_tags()
    {
        var corpus = TaggerCorpus.Sentences();
        var docs = Documents(corpus);
        var tags = new JackknifeTags([.. corpus.Select(s => s.Words.Select(_ => ("X", "FW")).ToArray())]);
        tags.Apply(docs);
        Assert.All(Tags(docs[0]), t => Assert.Equal(("X", "FW"), t));
        Assert.Equal(2, docs[0].Heads[1]);
        Assert.Equal("nsubj", docs[0].Strings[docs[0].Deps[1]]);
    }

    [Fact]
    public void Tags_made_for_other_sentences_are_refused()
    {
        var docs = Documents(TaggerCorpus.Sentences());
        Assert.Throws<ArgumentException>(() => new JackknifeTags([[("DET", "DT")]]).Apply(docs));
        var wrongLength = new JackknifeTags([.. docs.Select(d => new (string, string)[d.Count + 1])]);
        Assert.Throws<ArgumentException>(() => wrongLength.Apply(docs));
    }

    private static List<Document> Documents(IEnumerable<ConlluSentence> sentences) => [.. sentences.Select(s => GoldDocuments.FromSentence(s))];

    private static void WipeTags(Document doc)
    {
        for (int i = 0; i < doc.Count; i++)
        {
            doc.Upos[i] = doc.Strings.Add(string.Empty);
            doc.Xpos[i] = doc.Strings.Add(string.Empty);
        }
    }

    private static List<(string Upos, string Xpos)> Tags(Document doc)
        => [.. Enumerable.Range(0, doc.Count).Select(i => (doc.Strings[doc.Upos[i]], doc.Strings[doc.Xpos[i]]))];
}

using Parley.Nlp.Evaluation;
using Parley.Nlp.Learning;
using Parley.Nlp.Tagging;
using Parley.Text;

namespace Parley.Nlp.Tests.Tagging;

public sealed class PerceptronTaggerTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "parley-tagger-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static Document Tokens(params string[] words)
    {
        var doc = new Document(string.Join(' ', words));
        int offset = 0;
        foreach (var word in words)
        {
            doc.AddToken(offset, offset + word.Length);
            offset += word.Length + 1;
        }
        doc.StartSentence(0);
        doc.Mark(Annotations.Tokens | Annotations.Sentences);
        return doc;
    }

    [Fact]
    public void Words_in_the_tag_dictionary_take_its_tag_without_scoring()
    {
        // The weights alone would call every token a noun.
        var model = new PerceptronModel(2, [TaggerFeatures.Bias], [1f, 0f]);
        var labels = new LabelSet(["NOUN|NN", "DET|DT"]);
        var tagger = new PerceptronTagger(model, labels, new TagDictionary([new("the", 1)]), AmbiguityClasses.Empty);
        var doc = Tokens("the", "cat");

        tagger.Process(doc);

        Assert.Equal(["DET", "NOUN"], [doc[0].Upos, doc[1].Upos]);
        Assert.Equal(["DT", "NN"], [doc[0].Xpos, doc[1].Xpos]);
        Assert.True(doc.Has(Annotations.Tags));
    }

    [Fact]
    public void The_tag_dictionary_keeps_frequent_unambiguous_words_only()
    {
        var occurrences = Enumerable.Repeat(("the", 1), 30)
            .Concat(Enumerable.Repeat(("run", 2), 15)).Concat(Enumerable.Repeat(("run", 3), 15))
            .Concat(Enumerable.Repeat(("zebra", 0), 3));

        var dictionary = TagDictionary.Learn(occurrences, minCount: 20, minShare: 0.97);

        Assert.True(dictionary.TryGet("the", out int label));
        Assert.Equal(1, label);
        Assert.False(dictionary.TryGet("run", out _));
        Assert.False(dictionary.TryGet("zebra", out _));
    }

    [Fact]
    public void A_tagger_trained_on_a_small_corpus_tags_it_and_survives_saving_and_loading()
    {
        var corpus = TaggerCorpus.Sentences();
        var options = new TaggerTrainingOptions { Epochs = 8, DictionaryMinCount = 1000, PruneBelow = 0f, ClassFolds = 2 };
        var lines = new List<string>();

        var result = TaggerTrainer.Train(corpus, corpus, options, lines.Add);
        result.Tagger.Save(_folder);
        var loaded = PerceptronTagger.Load(_folder);

        Assert.Equal(8, lines.Count);
        Assert.Equal(1.0, result.Best.DevUpos);
        foreach (var sentence in corpus)
        {
            var doc = UdEvaluator.TokenDocument(sentence);
            loaded.Process(doc);
            Assert.Equal(sentence.Words.Select(w => w.Xpos), Enumerable.Range(0, doc.Count).Select(i => doc[i].Xpos));
            Assert.Equal(sentence.Words.Select(w => w.Upos), Enumerable.Range(0, doc.Count).Select(i => doc[i].Upos));
        }
    }

    [Fact]
    public void A_two_pass_tagger_trained_on_a_small_corpus_tags_it_and_survives_saving_and_loading()
    {
        var corpus = TaggerCorpus.Sentences();
        var options = new TaggerTrainingOptions { Epochs = 8, DictionaryMinCount = 1000, PruneBelow = 0f, ClassFolds = 2, SecondPassFolds = 2, Models = 2 };
        var lines = new List<string>();

        var result = TaggerTrainer.Train(corpus, corpus, options, lines.Add);
        result.Tagger.Save(_folder);
        var loaded = PerceptronTagger.Load(_folder);

        Assert.True(loaded.HasSecondPass);
        Assert.Equal(8, result.FirstPassEpochs.Count);
        Assert.Equal(8, result.Epochs.Count);
        Assert.Equal(result.Tagger.Features, loaded.Features);
        foreach (var sentence in corpus)
        {
            var doc = UdEvaluator.TokenDocument(sentence);
            loaded.Process(doc);
            Assert.Equal(sentence.Words.Select(w => w.Xpos), Enumerable.Range(0, doc.Count).Select(i => doc[i].Xpos));
        }
    }

    // A one-pass tagger that scores every word a plural noun, "detained" a participle (a little above the simple
    // past), "attack" (lower case) a present-tense verb, and "." punctuation.
    private static PerceptronTagger Handmade(CaseLexicon cases)
    {
        var labels = new LabelSet(["NOUN|NNS", "VERB|VBN", "VERB|VBD", "PUNCT|.", "NOUN|NN", "VERB|VBP"]);
        ulong[] features = [TaggerFeatures.Bias, TaggerFeatures.Of(TaggerTemplate.Form, "detained"), TaggerFeatures.Of(TaggerTemplate.Form, "."), TaggerFeatures.Of(TaggerTemplate.Form, "attack")];
        float[] weights =
        [
            1, 0, 0, 0, 0, 0,
            0, 3, 2, 0, 0, 0,
            0, 0, 0, 5, 0, 0,
            0, 0, 0, 0, 0, 4,
        ];
        return new PerceptronTagger(new PerceptronModel(labels.Count, features, weights), labels, TagDictionary.Empty, AmbiguityClasses.Empty, null, cases);
    }

    private static string[] Xpos(PerceptronTagger tagger, params string[] words)
    {
        var doc = Tokens(words);
        tagger.Process(doc);
        return [.. Enumerable.Range(0, doc.Count).Select(i => doc[i].Xpos)];
    }

    [Fact]
    public void A_sentence_with_a_full_stop_and_no_finite_verb_reads_the_participle_after_its_subject_as_the_simple_past()
        => Assert.Equal(["NNS", "VBD", "NNS", "."], Xpos(Handmade(CaseLexicon.Empty), "Police", "detained", "journalists", "."));

    [Fact]
    public void Without_a_full_stop_or_a_subject_before_it_a_participle_stays_a_participle()
    {
        var tagger = Handmade(CaseLexicon.Empty);

        Assert.Equal(["NNS", "VBN", "NNS"], Xpos(tagger, "police", "detained", "journalists"));
        Assert.Equal(["VBN", "NNS", "."], Xpos(tagger, "detained", "journalists", "."));
    }

    [Fact]
    public void A_tagger_with_a_case_lexicon_reads_a_headline_lower_case_and_survives_saving_in_format_version_3()
    {
        var cases = CaseLexicon.Learn([["They", "attack", "at", "dawn", "."], ["An", "attack", "came", "."], ["We", "met", "Gunmen", "."], ["They", "met", "Gunmen", "."]]);
        Handmade(cases).Save(_folder);
        var loaded = PerceptronTagger.Load(_folder);

        Assert.Equal(3, loaded.FileFormatVersion);
        Assert.Equal(cases.Count, loaded.Cases.Count);
        // "Attack" in a headline is read as "attack"; in an ordinary sentence its capital is kept.
        Assert.Equal(["NNS", "VBP", "NNS", "NNS"], Xpos(loaded, "Gunmen", "Attack", "Hotel", "Somalia"));
        Assert.Equal(["NNS", "NNS", "NNS", "NNS"], Xpos(Handmade(CaseLexicon.Empty), "Gunmen", "Attack", "Hotel", "Somalia"));
    }

    [Fact]
    public void A_one_pass_tagger_is_saved_in_format_version_1_which_older_readers_load()
    {
        var model = new PerceptronModel(2, [TaggerFeatures.Bias], [1f, 0f]);
        var tagger = new PerceptronTagger(model, new LabelSet(["NOUN|NN", "DET|DT"]), TagDictionary.Empty, AmbiguityClasses.Empty);

        tagger.Save(_folder);
        using (var reader = ModelFile.Open(Path.Combine(_folder, ModelFile.WeightsName), PerceptronTagger.Kind, 1))
        {
        }
        var loaded = PerceptronTagger.Load(_folder);

        Assert.False(loaded.HasSecondPass);
        Assert.Equal(1, tagger.FileFormatVersion);
    }

    [Fact]
    public void Training_twice_with_the_same_seed_gives_the_same_scores()
    {
        var corpus = TaggerCorpus.Sentences();
        var options = new TaggerTrainingOptions { Epochs = 3, Seed = 7, DictionaryMinCount = 1000, ClassFolds = 2 };

        var first = TaggerTrainer.Train(corpus, corpus, options);
        var second = TaggerTrainer.Train(corpus, corpus, options);

        Assert.Equal(first.Epochs, second.Epochs);
    }

    [Fact]
    public void Tagging_an_empty_document_does_nothing()
    {
        var model = new PerceptronModel(2, [TaggerFeatures.Bias], [1f, 0f]);
        var tagger = new PerceptronTagger(model, new LabelSet(["NOUN|NN", "DET|DT"]), TagDictionary.Empty, AmbiguityClasses.Empty);

        tagger.Process(new Document(string.Empty));
    }

    [Fact]
    public void Labels_must_join_a_universal_and_a_penn_tag()
    {
        Assert.Equal(("AUX", "VBZ"), PerceptronTagger.SplitLabel("AUX|VBZ"));
        Assert.Throws<ArgumentException>(() => PerceptronTagger.SplitLabel("NN"));
    }

    [Fact]
    public void Loading_from_a_folder_without_a_model_names_the_missing_file()
    {
        var error = Assert.Throws<ModelFormatException>(() => PerceptronTagger.Load(_folder));

        Assert.Equal(Path.Combine(_folder, ModelFile.WeightsName), error.Path);
        Assert.Contains(_folder, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loading_a_model_of_another_kind_names_the_file_and_both_kinds()
    {
        var path = Path.Combine(_folder, ModelFile.WeightsName);
        using (var writer = ModelFile.Create(path, "parser", 1))
        {
            writer.Write(0);
        }

        var error = Assert.Throws<ModelFormatException>(() => PerceptronTagger.Load(_folder));

        Assert.Equal(path, error.Path);
        Assert.Contains("'parser'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'tagger'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Loading_a_truncated_tagger_model_says_so()
    {
        var path = Path.Combine(_folder, ModelFile.WeightsName);
        using (var writer = ModelFile.Create(path, PerceptronTagger.Kind, PerceptronTagger.FormatVersion))
        {
            writer.Write(5);
        }

        var error = Assert.Throws<ModelFormatException>(() => PerceptronTagger.Load(_folder));

        Assert.Equal(path, error.Path);
    }
}

using Parley.Nlp.Learning;
using Parley.Nlp.Lemmatization;
using Parley.Text;

namespace Parley.Nlp.Tests.Lemmatization;

public sealed class LemmatizerTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "parley-lemmatizer-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    // Regular words teach the suffix rules; the irregular ones must become exceptions.
    private static readonly LemmaExample[] Corpus =
    [
        new("walked", "VBD", "walk"), new("talked", "VBD", "talk"), new("jumped", "VBD", "jump"), new("played", "VBD", "play"),
        new("walked", "VBN", "walk"), new("opened", "VBN", "open"), new("passed", "VBN", "pass"),
        new("walking", "VBG", "walk"), new("talking", "VBG", "talk"), new("jumping", "VBG", "jump"), new("playing", "VBG", "play"),
        new("walks", "VBZ", "walk"), new("talks", "VBZ", "talk"), new("plays", "VBZ", "play"),
        new("dogs", "NNS", "dog"), new("cats", "NNS", "cat"), new("houses", "NNS", "house"), new("talks", "NNS", "talk"),
        new("met", "VBD", "meet"), new("held", "VBD", "hold"), new("told", "VBD", "tell"), new("was", "VBD", "be"),
        new("children", "NNS", "child"), new("n't", "RB", "not"), new("'s", "POS", "'s"), new("'s", "VBZ", "be"),
        new("The", "DT", "the"), new("the", "DT", "the"), new("London", "NNP", "London"), new("Talks", "NNP", "Talks"),
        new("Americans", "NNPS", "American"), new("Germans", "NNPS", "German"),
        new("I", "PRP", "I"), new("American", "JJ", "American"),
    ];

    private static Lemmatizer Train(params LemmaExample[] lexicon) => LemmatizerTrainer.Train(Corpus, lexicon, new LemmatizerTrainingOptions { MinSupport = 2 });

    [Theory]
    [InlineData("met", "VBD", "meet")]
    [InlineData("held", "VBD", "hold")]
    [InlineData("told", "VBD", "tell")]
    [InlineData("children", "NNS", "child")]
    [InlineData("was", "VBD", "be")]
    [InlineData("Was", "VBD", "be")]
    [InlineData("n't", "RB", "not")]
    [InlineData("'s", "POS", "'s")]
    [InlineData("'s", "VBZ", "be")]
    [InlineData("The", "DT", "the")]
    [InlineData("I", "PRP", "I")]
    [InlineData("American", "JJ", "American")]
    public void Irregular_and_special_words_come_from_the_exception_table(string form, string xpos, string lemma)
        => Assert.Equal(lemma, Train().Lemmatize(form, xpos));

    [Theory]
    [InlineData("kicked", "VBD", "kick")]
    [InlineData("kicked", "VBN", "kick")]
    [InlineData("kicking", "VBG", "kick")]
    [InlineData("kicks", "VBZ", "kick")]
    [InlineData("birds", "NNS", "bird")]
    [InlineData("Kicking", "VBG", "kick")]
    public void Unknown_regular_words_follow_the_learned_suffix_rules(string form, string xpos, string lemma)
        => Assert.Equal(lemma, Train().Lemmatize(form, xpos));

    [Theory]
    [InlineData("Paris", "NNP", "Paris")]
    [InlineData("Talks", "NNP", "Talks")]
    [InlineData("Italians", "NNPS", "Italian")]
    public void Proper_nouns_keep_their_case(string form, string xpos, string lemma)
        => Assert.Equal(lemma, Train().Lemmatize(form, xpos));

    [Fact]
    public void Lexicon_entries_cover_irregular_words_the_corpus_lacks()
    {
        var lemmatizer = Train(new LemmaExample("fought", "VBD", "fight"), new LemmaExample("kicked", "VBD", "kicked"));

        Assert.Equal("fight", lemmatizer.Lemmatize("fought", "VBD"));
        Assert.Equal("walk", lemmatizer.Lemmatize("walked", "VBD"));
    }

    [Theory]
    [InlineData("blamed", "VBD", "blame")]
    [InlineData("hoping", "VBG", "hope")]
    [InlineData("planned", "VBD", "plan")]
    [InlineData("bombed", "VBD", "bomb")]
    [InlineData("visited", "VBD", "visit")]
    [InlineData("walked", "VBD", "walk")]
    [InlineData("blamed", "JJ", "blamed")]
    public void A_verb_lemma_that_is_no_known_verb_gives_way_to_a_regular_reading_that_is(string form, string xpos, string lemma)
    {
        // The corpus teaches "-ed" and "-ing" stripped, which makes "blamed" "blam" and "hoping" "hop"; "visit" is no
        // known verb here, and no other reading is either, so the rule's lemma stands.
        var verbs = new[] { "blame", "hope", "plan", "bomb" };
        var lemmatizer = LemmatizerTrainer.Train(Corpus, [], new LemmatizerTrainingOptions { MinSupport = 2 }, verbs);
        lemmatizer.Save(_folder);

        Assert.Equal(lemma, lemmatizer.Lemmatize(form, xpos));
        Assert.Equal(lemma, Lemmatizer.Load(_folder).Lemmatize(form, xpos));
        Assert.Equal("blam", Train().Lemmatize("blamed", "VBD"));
    }

    [Fact]
    public void Corpus_evidence_wins_over_the_lexicon()
    {
        var lemmatizer = Train(new LemmaExample("met", "VBD", "mete"));

        Assert.Equal("meet", lemmatizer.Lemmatize("met", "VBD"));
    }

    [Fact]
    public void A_rule_is_the_rewrite_between_form_and_lemma()
    {
        Assert.Equal(new LemmaRule(3, "y"), LemmaRule.Between("studies", "study"));
        Assert.Equal(LemmaRule.Identity, LemmaRule.Between("cat", "cat"));
        Assert.Equal(new LemmaRule(4, "go"), LemmaRule.Between("went", "go"));
    }

    [Fact]
    public void Processing_a_tagged_document_fills_the_lemmas()
    {
        var doc = new Document("The children met");
        string[] tags = ["DT", "NNS", "VBD"];
        int offset = 0;
        foreach (var (word, tag) in new[] { "The", "children", "met" }.Zip(tags))
        {
            int i = doc.AddToken(offset, offset + word.Length);
            doc.Xpos[i] = doc.Strings.Add(tag);
            offset += word.Length + 1;
        }
        doc.Mark(Annotations.Tokens | Annotations.Sentences | Annotations.Tags);

        Train().Process(doc);

        Assert.Equal(["the", "child", "meet"], [doc[0].Lemma, doc[1].Lemma, doc[2].Lemma]);
        Assert.True(doc.Has(Annotations.Lemmas));
    }

    [Fact]
    public void A_saved_lemmatizer_loads_back_with_the_same_behaviour()
    {
        var lemmatizer = Train();
        lemmatizer.Save(_folder);

        var loaded = Lemmatizer.Load(_folder);

        foreach (var example in Corpus.Append(new LemmaExample("kicking", "VBG", "kick")))
        {
            Assert.Equal(lemmatizer.Lemmatize(example.Form, example.Xpos), loaded.Lemmatize(example.Form, example.Xpos));
        }
        Assert.Equal(lemmatizer.Exceptions, loaded.Exceptions);
    }

    [Fact]
    public void Loading_from_a_folder_without_a_model_names_the_missing_file()
    {
        var error = Assert.Throws<ModelFormatException>(() => Lemmatizer.Load(_folder));

        Assert.Equal(Path.Combine(_folder, ModelFile.WeightsName), error.Path);
    }

    [Fact]
    public void Loading_a_tagger_model_as_a_lemmatizer_names_the_file_and_both_kinds()
    {
        var path = Path.Combine(_folder, ModelFile.WeightsName);
        using (var writer = ModelFile.Create(path, "tagger", 1))
        {
            writer.Write(0);
        }

        var error = Assert.Throws<ModelFormatException>(() => Lemmatizer.Load(_folder));

        Assert.Equal(path, error.Path);
        Assert.Contains("'tagger'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'lemmatizer'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WordNet_lists_become_examples_with_the_tags_their_forms_can_have()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllLines(Path.Combine(_folder, "verb.exc"), ["fought fight", "lying lie", "attorneys_general attorney_general"]);
        File.WriteAllLines(Path.Combine(_folder, "adj.exc"), ["better good well", "best good"]);

        var examples = WordNetExceptions.Read(_folder);

        Assert.Contains(new LemmaExample("fought", "VBD", "fight"), examples);
        Assert.Contains(new LemmaExample("fought", "VBN", "fight"), examples);
        Assert.Contains(new LemmaExample("lying", "VBG", "lie"), examples);
        Assert.Contains(new LemmaExample("better", "JJR", "good"), examples);
        Assert.Contains(new LemmaExample("best", "JJS", "good"), examples);
        Assert.DoesNotContain(examples, e => e.Form.Contains('_', StringComparison.Ordinal));
    }
}

using Parley.Nlp.Learning;
using Parley.Nlp.Parsing;
using Parley.Text;

namespace Parley.Nlp.Tests.Parsing;

public class DependencyParserTests
{
    private static DependencyParser TrainTiny(out ParserTrainer trainer)
    {
        var train = TreeBank.Projective.Select(TreeBank.Build).ToList();
        trainer = new ParserTrainer(new ParserTrainingOptions { Epochs = 8, Seed = 3, Models = 1 });
        return trainer.Train(train, [.. TreeBank.Projective.Select(TreeBank.Build)]);
    }

    private static Document Unparsed((string Form, string Tag, int Head, string Label)[] words)
    {
        var doc = TreeBank.Build(words);
        doc.Heads.Fill(-1);
        doc.Deps.Clear();
        return doc;
    }

    [Fact]
    public void A_parser_trained_on_a_few_sentences_parses_them_back()
    {
        var parser = TrainTiny(out var trainer);
        Assert.Equal(8, trainer.Epochs.Count);
        Assert.Equal(100.0, trainer.Dev!.Las);
        foreach (var words in TreeBank.Projective)
        {
            var doc = Unparsed(words);
            parser.Process(doc);
            Assert.True(doc.Has(Annotations.Dependencies));
            Assert.Equal(words.Select(w => w.Head), doc.Heads.ToArray());
            Assert.Equal(words.Select(w => w.Label), Enumerable.Range(0, doc.Count).Select(i => doc[i].Dep));
        }
    }

    [Fact]
    public void Training_twice_with_the_same_seed_gives_the_same_scores()
    {
        TrainTiny(out var first);
        TrainTiny(out var second);
        Assert.Equal(first.Epochs, second.Epochs);
    }

    [Fact]
    public void Two_models_with_different_seeds_combine_into_one_parser()
    {
        var train = TreeBank.Projective.Select(TreeBank.Build).ToList();
        var trainer = new ParserTrainer(new ParserTrainingOptions { Epochs = 4, Seed = 3, Models = 2 });
        var parser = trainer.Train(train, [.. TreeBank.Projective.Select(TreeBank.Build)]);
        Assert.Equal(8, trainer.Epochs.Count);
        Assert.Equal([1, 1, 1, 1, 2, 2, 2, 2], trainer.Epochs.Select(e => e.Model));
        Assert.Equal(2, trainer.BestEpochs.Count);
        var doc = Unparsed(TreeBank.SheSawHim);
        parser.Process(doc);
        Assert.Equal(TreeBank.SheSawHim.Select(w => w.Head), doc.Heads.ToArray());
    }

    [Theory]
    [InlineData(int.MaxValue, 0f)]
    [InlineData(0, 1e9f)]
    public void Pruning_keeps_the_dev_score_unless_that_leaves_more_move_features_than_the_cap(int cap, float expectedLevel)
    {
        // Pruning below 1e9 drops every feature, which costs dev LAS: it is chosen only when nothing else fits the cap.
        var train = TreeBank.Projective.Select(TreeBank.Build).ToList();
        var trainer = new ParserTrainer(new ParserTrainingOptions { Epochs = 2, Seed = 3, Models = 1, PruneLevels = [0f, 1e9f], PruneTolerance = 0, MaxMoveFeatures = cap });
        var parser = trainer.Train(train, [.. TreeBank.Projective.Select(TreeBank.Build)]);
        Assert.Equal(expectedLevel, trainer.PruneLevel);
        Assert.True(parser.FeatureCounts.Moves <= cap);
    }

    [Fact]
    public void A_saved_parser_loads_and_parses_the_same()
    {
        var parser = TrainTiny(out _);
        var dir = Directory.CreateTempSubdirectory("parley-parser-");
        try
        {
            parser.Save(dir.FullName);
            var loaded = DependencyParser.Load(dir.FullName);
            Assert.Equal(parser.Relations.Labels, loaded.Relations.Labels);
            var a = Unparsed(TreeBank.TalksWereHeld);
            var b = Unparsed(TreeBank.TalksWereHeld);
            parser.Process(a);
            loaded.Process(b);
            Assert.Equal(a.Heads.ToArray(), b.Heads.ToArray());
            Assert.Equal(Enumerable.Range(0, a.Count).Select(i => a[i].Dep), Enumerable.Range(0, b.Count).Select(i => b[i].Dep));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Every_sentence_of_a_document_gets_one_tree_with_one_root()
    {
        var parser = TrainTiny(out _);
        var words = TreeBank.SheSawHim.Concat(TreeBank.TheOldManSleeps).Concat(TreeBank.NonProjective).ToArray();
        var doc = new Document(string.Join(' ', words.Select(w => w.Form)));
        int offset = 0;
        foreach (var (form, tag, _, _) in words)
        {
            int i = doc.AddToken(offset, offset + form.Length);
            offset += form.Length + 1;
            doc.Upos[i] = doc.Strings.Add(tag);
            doc.Xpos[i] = doc.Strings.Add(tag == "NN" ? "" : tag); // a token without XPOS falls back to UPOS
        }
        doc.StartSentence(0);
        doc.StartSentence(TreeBank.SheSawHim.Length);
        doc.StartSentence(TreeBank.SheSawHim.Length + TreeBank.TheOldManSleeps.Length);
        doc.Mark(Annotations.Tokens | Annotations.Sentences | Annotations.Tags);
        parser.Process(doc);
        foreach (var sentence in doc.Sentences)
        {
            int roots = 0;
            foreach (var token in sentence)
            {
                if (token.Head < 0)
                {
                    roots++;
                    Assert.Equal(DependencyParser.RootLabel, token.Dep);
                }
                else
                {
                    Assert.InRange(token.Head, sentence.Start, sentence.End - 1);
                    Assert.NotEqual(DependencyParser.RootLabel, token.Dep);
                }
            }
            Assert.Equal(1, roots);
        }
    }

    [Fact]
    public void The_parser_declares_what_it_needs_and_fills()
    {
        var parser = TrainTiny(out _);
        Assert.Equal(Annotations.Tokens | Annotations.Sentences | Annotations.Tags, parser.Requires);
        Assert.Equal(Annotations.Dependencies, parser.Assigns);
    }

    [Fact]
    public void Loading_from_a_folder_without_a_model_names_the_missing_file()
    {
        var dir = Path.Combine(Path.GetTempPath(), "parley-no-parser-" + Guid.NewGuid().ToString("N"));
        var e = Assert.Throws<ModelFormatException>(() => DependencyParser.Load(dir));
        Assert.Contains(Path.Combine(dir, ModelFile.WeightsName), e.Message);
    }

    [Fact]
    public void Loading_another_kind_of_model_names_the_file_and_the_kinds()
    {
        var dir = Directory.CreateTempSubdirectory("parley-parser-");
        try
        {
            var path = Path.Combine(dir.FullName, ModelFile.WeightsName);
            using (var writer = ModelFile.Create(path, "tagger", 1))
            {
                writer.Write(0);
            }
            var e = Assert.Throws<ModelFormatException>(() => DependencyParser.Load(dir.FullName));
            Assert.Contains(path, e.Message);
            Assert.Contains("'tagger'", e.Message);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_model_trained_with_other_feature_templates_is_refused_with_its_path()
    {
        var parser = TrainTiny(out _);
        var dir = Directory.CreateTempSubdirectory("parley-parser-");
        try
        {
            var path = parser.Save(dir.FullName);
            var bytes = File.ReadAllBytes(path);
            // The fingerprint follows the header: magic (4), version (4), kind ("parser", 1 + 6).
            bytes[4 + 4 + 7] ^= 0xFF;
            File.WriteAllBytes(path, bytes);
            var e = Assert.Throws<ModelFormatException>(() => DependencyParser.Load(dir.FullName));
            Assert.Contains(path, e.Message);
            Assert.Contains("feature templates", e.Message);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void Loading_a_truncated_model_names_the_file()
    {
        var parser = TrainTiny(out _);
        var dir = Directory.CreateTempSubdirectory("parley-parser-");
        try
        {
            var path = parser.Save(dir.FullName);
            var bytes = File.ReadAllBytes(path);
            File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
            var e = Assert.Throws<ModelFormatException>(() => DependencyParser.Load(dir.FullName));
            Assert.Contains(path, e.Message);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}

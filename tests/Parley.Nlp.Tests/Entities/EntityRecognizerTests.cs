using Parley.Nlp.Entities;
using Parley.Nlp.Iob;
using Parley.Nlp.Learning;
using Parley.Text;

namespace Parley.Nlp.Tests.Entities;

public class EntityRecognizerTests
{
    // Tiny gold data: enough for the perceptron to memorise, which is all a round trip needs.
    private const string Training = """
        Anna B-PER
        Berg I-PER
        visited O
        Oslo B-LOC
        . O

        Acme B-ORG
        Corp I-ORG
        hired O
        Anna B-PER
        . O

        Karl B-PER
        moved O
        to O
        Lima B-LOC
        with O
        Acme B-ORG
        Corp I-ORG
        . O

        the O
        dog O
        slept O
        . O
        """;

    private static List<Document> Docs() =>
        [.. IobReader.Read(new StringReader(Training), "tiny").Select(s => s.ToDocument())];

    private static EntityRecognizer Train() =>
        EntityRecognizerTrainer.Train(Docs(), Docs(), new EntityTrainingOptions { Epochs = 8, MinFeatureCount = 1, WordDropout = 0 }).Recognizer;

    [Fact]
    public void A_recogniser_trained_on_tiny_data_finds_its_entities_again()
    {
        var recognizer = Train();
        foreach (var doc in Docs())
        {
            var found = new List<EntitySpan>();
            recognizer.Recognize(doc, found);
            Assert.Equal(doc.Entities, found);
        }
    }

    [Fact]
    public void Training_reports_every_epoch_and_keeps_the_best()
    {
        var lines = new List<string>();
        var result = EntityRecognizerTrainer.Train(Docs(), Docs(), new EntityTrainingOptions { Epochs = 4, MinFeatureCount = 1 }, lines.Add);
        Assert.Equal(4, result.Epochs.Count);
        Assert.Equal(4, lines.Count(l => l.StartsWith("epoch", StringComparison.Ordinal)));
        Assert.Equal(result.Epochs.Max(e => e.Dev.F1), result.Best.Dev.F1);
    }

    [Fact]
    public void Training_twice_with_one_seed_gives_the_same_model()
    {
        var options = new EntityTrainingOptions { Epochs = 3, MinFeatureCount = 1, Seed = 7, WordDropout = 0.3 };
        var a = EntityRecognizerTrainer.Train(Docs(), Docs(), options);
        var b = EntityRecognizerTrainer.Train(Docs(), Docs(), options);
        Assert.Equal(a.Epochs.Select(e => e.SentenceErrors), b.Epochs.Select(e => e.SentenceErrors));
        Assert.Equal(a.Recognizer.Features, b.Recognizer.Features);
    }

    [Fact]
    public void Process_replaces_the_entities_of_the_document()
    {
        var recognizer = Train();
        var doc = Docs()[0];
        doc.Entities.Add(new EntitySpan(2, 3, "ORG"));
        recognizer.Process(doc);
        Assert.Equal([new EntitySpan(0, 2, "PER"), new EntitySpan(3, 4, "LOC")], doc.Entities);
    }

    [Fact]
    public void A_saved_recogniser_loads_and_predicts_the_same()
    {
        var recognizer = Train();
        var dir = Path.Combine(Path.GetTempPath(), $"parley-ner-{Guid.NewGuid():N}");
        try
        {
            recognizer.Save(dir);
            var loaded = EntityRecognizer.Load(dir);
            Assert.Equal(recognizer.Types, loaded.Types);
            Assert.Equal(recognizer.Gazetteer.Entries.Count, loaded.Gazetteer.Entries.Count);
            foreach (var doc in Docs())
            {
                var expected = new List<EntitySpan>();
                var actual = new List<EntitySpan>();
                recognizer.Recognize(doc, expected);
                loaded.Recognize(doc, actual);
                Assert.Equal(expected, actual);
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Loading_from_a_folder_without_a_model_names_the_missing_file()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"parley-none-{Guid.NewGuid():N}");
        var error = Assert.Throws<ModelFormatException>(() => EntityRecognizer.Load(dir));
        Assert.Contains(Path.Combine(dir, ModelFile.WeightsName), error.Message);
    }

    [Fact]
    public void Loading_another_kind_of_model_names_the_file_and_the_kind()
    {
        var dir = Path.Combine(Path.GetTempPath(), $"parley-tagger-{Guid.NewGuid():N}");
        try
        {
            using (var writer = ModelFile.Create(Path.Combine(dir, ModelFile.WeightsName), "tagger", 1))
            {
                writer.Write(0);
            }
            var error = Assert.Throws<ModelFormatException>(() => EntityRecognizer.Load(dir));
            Assert.Contains(Path.Combine(dir, ModelFile.WeightsName), error.Message);
            Assert.Contains("tagger", error.Message);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void A_truncated_model_is_reported_as_damaged_with_its_path()
    {
        var recognizer = Train();
        var dir = Path.Combine(Path.GetTempPath(), $"parley-cut-{Guid.NewGuid():N}");
        try
        {
            recognizer.Save(dir);
            var path = Path.Combine(dir, ModelFile.WeightsName);
            var bytes = File.ReadAllBytes(path);
            File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
            var error = Assert.Throws<ModelFormatException>(() => EntityRecognizer.Load(dir));
            Assert.Contains(path, error.Message);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void The_recogniser_needs_tokens_and_sentences_before_it_in_a_pipeline()
    {
        var recognizer = Train();
        Assert.Equal(Annotations.Tokens | Annotations.Sentences, recognizer.Requires);
        Assert.Equal(Annotations.Entities, recognizer.Assigns);
        Assert.Throws<PipelineException>(() => new Pipeline(recognizer));
    }
}

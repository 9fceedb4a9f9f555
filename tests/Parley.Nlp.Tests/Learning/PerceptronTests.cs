using Parley.Nlp.Learning;

namespace Parley.Nlp.Tests.Learning;

public class PerceptronTests
{
    // Class = which of three marker features is present; a noise feature is shared by all.
    private static (ulong[] Features, int Class)[] Examples() =>
    [
        ([FeatureHash.Of(1, "a"), FeatureHash.Of(2, "noise")], 0),
        ([FeatureHash.Of(1, "b"), FeatureHash.Of(2, "noise")], 1),
        ([FeatureHash.Of(1, "c"), FeatureHash.Of(2, "noise")], 2),
    ];

    private static PerceptronModel Train()
    {
        var trainer = new PerceptronTrainer(classes: 3);
        var scores = new float[3];
        for (int epoch = 0; epoch < 5; epoch++)
        {
            foreach (var (features, truth) in Examples())
            {
                trainer.Score(features, scores);
                int guess = PerceptronModel.ArgMax(scores);
                trainer.Update(features, truth, guess);
                trainer.Tick();
            }
        }
        return trainer.Average();
    }

    [Fact]
    public void A_trained_model_separates_separable_classes()
    {
        var model = Train();
        var scratch = new float[3];
        foreach (var (features, truth) in Examples())
        {
            Assert.Equal(truth, model.Predict(features, scratch));
        }
    }

    [Fact]
    public void A_model_reads_back_what_it_wrote()
    {
        var model = Train();
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            model.Write(writer);
        }
        stream.Position = 0;
        using var reader = new BinaryReader(stream);
        var copy = PerceptronModel.Read(reader);
        var a = new float[3];
        var b = new float[3];
        foreach (var (features, _) in Examples())
        {
            model.Score(features, a);
            copy.Score(features, b);
            for (int c = 0; c < 3; c++)
            {
                Assert.Equal((float)(Half)a[c], b[c], 2);
            }
        }
        Assert.Equal(model.Features, copy.Features);
    }

    [Fact]
    public void Unknown_features_score_zero()
    {
        var model = Train();
        var scores = new float[3];
        model.Score([FeatureHash.Of(9, "never seen")], scores);
        Assert.All(scores, s => Assert.Equal(0f, s));
    }

    [Fact]
    public void Feature_hashes_differ_by_template_and_by_split_point()
    {
        Assert.NotEqual(FeatureHash.Of(1, "word"), FeatureHash.Of(2, "word"));
        Assert.NotEqual(FeatureHash.Of(1, "ab", "c"), FeatureHash.Of(1, "a", "bc"));
        Assert.Equal(FeatureHash.Of(1, "word"), FeatureHash.Of(1, "word"));
    }

    [Fact]
    public void A_model_file_of_another_kind_is_refused_with_its_path()
    {
        var path = Path.Combine(Path.GetTempPath(), $"parley-{Guid.NewGuid():N}.bin");
        try
        {
            using (var writer = ModelFile.Create(path, "tagger", 1))
            {
                writer.Write(0);
            }
            var error = Assert.Throws<ModelFormatException>(() => ModelFile.Open(path, "parser", 1).Dispose());
            Assert.Contains(path, error.Message);
            Assert.Contains("tagger", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

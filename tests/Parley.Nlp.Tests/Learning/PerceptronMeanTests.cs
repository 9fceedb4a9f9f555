using Parley.Nlp.Learning;

namespace Parley.Nlp.Tests.Learning;

public class PerceptronMeanTests
{
    private static readonly ulong A = FeatureHash.Of(1, "a");
    private static readonly ulong B = FeatureHash.Of(1, "b");
    private static readonly ulong C = FeatureHash.Of(1, "c");

    [Fact]
    public void The_mean_of_two_models_averages_their_weights_and_counts_missing_features_as_zero()
    {
        var first = new PerceptronModel(2, [A, B], [1f, 2f, 3f, 4f]);
        var second = new PerceptronModel(2, [B, C], [5f, 6f, 7f, 8f]);
        var mean = PerceptronModel.Mean([first, second]);
        Assert.Equal(3, mean.Features);
        var scores = new float[2];
        mean.Score([A], scores);
        Assert.Equal([0.5f, 1f], scores);
        mean.Score([B], scores);
        Assert.Equal([4f, 5f], scores);
        mean.Score([C], scores);
        Assert.Equal([3.5f, 4f], scores);
    }

    [Fact]
    public void The_mean_drops_features_whose_weights_are_all_small()
    {
        var first = new PerceptronModel(2, [A, B], [0.1f, -0.2f, 3f, 4f]);
        var mean = PerceptronModel.Mean([first], pruneBelow: 0.5f);
        Assert.Equal(1, mean.Features);
        var scores = new float[2];
        mean.Score([A], scores);
        Assert.Equal([0f, 0f], scores);
    }

    [Fact]
    public void Models_with_different_numbers_of_classes_cannot_be_combined()
    {
        var two = new PerceptronModel(2, [A], [1f, 2f]);
        var three = new PerceptronModel(3, [A], [1f, 2f, 3f]);
        Assert.Throws<ArgumentException>(() => PerceptronModel.Mean([two, three]));
    }
}

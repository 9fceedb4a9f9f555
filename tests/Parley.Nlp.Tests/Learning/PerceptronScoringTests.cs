using Parley.Nlp.Learning;

namespace Parley.Nlp.Tests.Learning;

/// <summary>
/// The model's table layouts (float16 weights beside the key, or non-zero weights only) must score exactly as the
/// plain dense sum does, bit for bit: a parse or tagging must not change with the layout.
/// </summary>
public class PerceptronScoringTests
{
    [Fact]
    public void Every_finite_float16_weight_scores_exactly_as_its_float_value()
    {
        var halves = Enumerable.Range(0, 1 << 16)
            .Select(bits => BitConverter.UInt16BitsToHalf((ushort)bits))
            .Where(Half.IsFinite)
            .ToArray();
        var weights = halves.Select(h => (float)h).ToArray();
        var features = Enumerable.Range(1, weights.Length / 3).Select(i => (ulong)i * 0x9E3779B97F4A7C15UL).ToArray();
        var model = new PerceptronModel(3, features, weights[..(features.Length * 3)]);
        var scores = new float[3];
        for (int row = 0; row < features.Length; row++)
        {
            model.Score([features[row]], scores);
            for (int c = 0; c < 3; c++)
            {
                // A single weight added to +0 keeps its bits, except -0, which the sum turns into +0.
                float expected = 0f + weights[row * 3 + c];
                Assert.Equal(BitConverter.SingleToUInt32Bits(expected), BitConverter.SingleToUInt32Bits(scores[c]));
            }
        }
    }

    [Theory]
    [InlineData(3, true, 101)]
    [InlineData(3, false, 101)]
    [InlineData(2, true, 30)]
    [InlineData(4, true, 30)]
    [InlineData(51, true, 28)]
    [InlineData(102, false, 40)]
    [InlineData(13, true, 600)]
    public void Scores_are_the_dense_sums_in_feature_order_bit_for_bit(int classes, bool float16, int perCall)
    {
        var random = new Random(classes * 1000 + perCall);
        int count = 3000;
        var features = new ulong[count];
        var weights = new float[count * classes];
        for (int row = 0; row < count; row++)
        {
            features[row] = (ulong)random.NextInt64();
            for (int c = 0; c < classes; c++)
            {
                // Mostly zeros, as in the tagger and label models; some tiny, some -0.
                double pick = random.NextDouble();
                float w = pick < 0.7 ? 0f
                    : pick < 0.72 ? -0f
                    : pick < 0.75 ? (float)(random.NextDouble() * 1e-6)
                    : (float)(random.NextDouble() * 20 - 10);
                weights[row * classes + c] = float16 ? (float)(Half)w : w;
            }
        }
        var model = new PerceptronModel(classes, features, weights);
        var rowOf = features.Select((f, row) => (f, row)).ToDictionary(p => p.f, p => p.row);
        var scores = new float[classes];
        var dense = new float[classes];
        for (int call = 0; call < 50; call++)
        {
            // Present features, repeated ones and absent ones, in any order.
            var asked = Enumerable.Range(0, perCall)
                .Select(_ => random.NextDouble() < 0.3 ? (ulong)random.NextInt64() : features[random.Next(count)])
                .ToArray();
            model.Score(asked, scores);
            Array.Clear(dense);
            foreach (ulong feature in asked)
            {
                if (rowOf.TryGetValue(feature, out int row))
                {
                    for (int c = 0; c < classes; c++)
                    {
                        dense[c] += weights[row * classes + c];
                    }
                }
            }
            Assert.Equal(dense.Select(BitConverter.SingleToUInt32Bits), scores.Select(BitConverter.SingleToUInt32Bits));
        }
    }

    [Theory]
    [InlineData(3)]
    [InlineData(51)]
    public void A_model_read_from_its_file_writes_the_same_file_again(int classes)
    {
        var random = new Random(classes);
        var features = Enumerable.Range(0, 500).Select(_ => (ulong)random.NextInt64()).ToArray();
        var weights = Enumerable.Range(0, 500 * classes)
            .Select(_ => random.NextDouble() < 0.6 ? 0f : (float)(random.NextDouble() * 4 - 2))
            .ToArray();
        byte[] first = Write(new PerceptronModel(classes, features, weights));
        using var reader = new BinaryReader(new MemoryStream(first));
        byte[] second = Write(PerceptronModel.Read(reader));
        Assert.Equal(first, second);
    }

    private static byte[] Write(PerceptronModel model)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            model.Write(writer);
        }
        return stream.ToArray();
    }
}

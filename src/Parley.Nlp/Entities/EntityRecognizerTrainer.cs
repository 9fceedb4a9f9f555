using Parley.Nlp.Evaluation;
using Parley.Nlp.Learning;
using Parley.Text;

namespace Parley.Nlp.Entities;

/// <summary>
/// Trains an <see cref="EntityRecognizer"/> as a structured averaged perceptron (Collins 2002): each sentence is
/// decoded with Viterbi under the current weights, and where the best sequence differs from the gold one the
/// token features and label transitions move towards gold. Features are extracted once; each epoch visits the
/// sentences in a seeded shuffled order, then the averaged weights are scored on the development data and
/// the best epoch is kept. Single-threaded and deterministic.
/// </summary>
public static class EntityRecognizerTrainer
{
    /// <summary>Trains on the entities of <paramref name="train"/>, choosing the epoch by exact-match F1 on <paramref name="dev"/>.</summary>
    /// <param name="train">Gold-token documents with sentences and <see cref="Document.Entities"/>.</param>
    /// <param name="dev">Documents to choose the epoch with (never the test data).</param>
    /// <param name="options">Training settings.</param>
    /// <param name="progress">Receives one line per epoch.</param>
    public static EntityTrainingResult Train(IReadOnlyList<Document> train, IReadOnlyList<Document> dev, EntityTrainingOptions options, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(dev);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Epochs, 1);
        if (train.Count == 0)
        {
            throw new ArgumentException("No training documents.", nameof(train));
        }
        var labels = new BilouLabels(options.Types);
        var data = TrainingSet.Build(train, labels, new EntityFeatures(options.Gazetteer), options.MinFeatureCount);
        progress?.Invoke($"{data.Sentences} sentences, {data.Tokens} tokens, {data.DistinctFeatures} features seen at least {options.MinFeatureCount} times");

        int count = labels.Count;
        var trainer = new PerceptronTrainer(count, initialRows: 1 << 18);
        var transitions = new AveragedTable((count + 1) * count);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, data.Sentences).ToArray();
        var emissions = new float[data.LongestSentence * count];
        var back = new int[data.LongestSentence * count];
        var guess = new int[data.LongestSentence];
        var dropped = new bool[data.LongestSentence];
        var epochs = new List<EntityEpoch>();
        EntityRecognizer? best = null;
        int bestEpoch = 0;

        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            int errors = 0;
            foreach (int s in order)
            {
                int first = data.SentenceStarts[s];
                int n = data.SentenceStarts[s + 1] - first;
                for (int i = 0; i < n; i++)
                {
                    dropped[i] = options.WordDropout > 0 && random.NextDouble() < options.WordDropout;
                    var row = emissions.AsSpan(i * count, count);
                    trainer.Score(data.FeaturesOf(first + i, dropped[i]), row);
                    if (options.Margin > 0)
                    {
                        for (int y = 0; y < count; y++)
                        {
                            row[y] += options.Margin;
                        }
                        row[data.Labels[first + i]] -= options.Margin;
                    }
                }
                BilouViterbi.Decode(labels, emissions.AsSpan(0, n * count), transitions.Current, back, guess.AsSpan(0, n));
                var gold = data.Labels.AsSpan(first, n);
                if (!gold.SequenceEqual(guess.AsSpan(0, n)))
                {
                    errors++;
                    for (int i = 0; i < n; i++)
                    {
                        trainer.Update(data.FeaturesOf(first + i, dropped[i]), gold[i], guess[i]);
                        int goldFrom = i == 0 ? labels.Start : gold[i - 1];
                        int guessFrom = i == 0 ? labels.Start : guess[i - 1];
                        if (goldFrom != guessFrom || gold[i] != guess[i])
                        {
                            transitions.Nudge(goldFrom * count + gold[i], 1f, trainer.Instances);
                            transitions.Nudge(guessFrom * count + guess[i], -1f, trainer.Instances);
                        }
                    }
                }
                trainer.Tick();
            }
            var recognizer = new EntityRecognizer(labels, options.Gazetteer, trainer.Average(options.PruneBelow), transitions.Average(trainer.Instances));
            var evaluator = Evaluate(recognizer, dev);
            var result = new EntityEpoch(epoch, errors, evaluator.Overall, new Dictionary<string, NerScore>(evaluator.ByType));
            epochs.Add(result);
            progress?.Invoke($"epoch {epoch,2}: {errors} of {data.Sentences} training sentences wrong; dev P {result.Dev.Precision:F2} R {result.Dev.Recall:F2} F1 {result.Dev.F1:F2}");
            if (best is null || result.Dev.F1 > epochs[bestEpoch - 1].Dev.F1)
            {
                best = recognizer;
                bestEpoch = epoch;
            }
        }
        var (tuned, bias, tunedScore) = TuneOutsideBias(best!, dev, epochs[bestEpoch - 1].Dev.F1, progress);
        return new EntityTrainingResult(tuned, bestEpoch, epochs) { OutsideBias = bias, TunedDev = tunedScore };
    }

    // Offsets of the "outside" score tried on the development data, in units of averaged perceptron weight.
    private static readonly float[] OutsideBiases = [0f, 0.25f, 0.5f, 0.75f, 1f, 1.5f, 2f, 3f];

    private static (EntityRecognizer Recognizer, float Bias, NerEvaluator Score) TuneOutsideBias(EntityRecognizer recognizer, IReadOnlyList<Document> dev, double unbiasedF1, Action<string>? progress)
    {
        var best = (recognizer, 0f, Evaluate(recognizer, dev));
        foreach (float bias in OutsideBiases.Skip(1))
        {
            var candidate = recognizer.WithOutsideBias(bias);
            var score = Evaluate(candidate, dev);
            progress?.Invoke($"outside bias {bias:F2}: dev P {score.Overall.Precision:F2} R {score.Overall.Recall:F2} F1 {score.Overall.F1:F2}");
            if (score.Overall.F1 > best.Item3.Overall.F1)
            {
                best = (candidate, bias, score);
            }
        }
        progress?.Invoke($"kept outside bias {best.Item2:F2}: dev F1 {best.Item3.Overall.F1:F2} (without: {unbiasedF1:F2})");
        return best;
    }

    /// <summary>Scores <paramref name="recognizer"/> on gold-token documents by exact span match (only the types it knows count).</summary>
    public static NerEvaluator Evaluate(EntityRecognizer recognizer, IEnumerable<Document> gold)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(gold);
        var evaluator = new NerEvaluator();
        var predicted = new List<EntitySpan>();
        foreach (var doc in gold)
        {
            predicted.Clear();
            recognizer.Recognize(doc, predicted);
            evaluator.Add(doc.Entities, predicted);
        }
        return evaluator;
    }

    /// <summary>Every training token's kept features and gold label, flattened.</summary>
    private sealed class TrainingSet
    {
        private ulong[] _features = [];
        private int[] _tokenStarts = [];

        public int Sentences { get; private set; }
        public int Tokens { get; private set; }
        public int DistinctFeatures { get; private set; }
        public int LongestSentence { get; private set; }
        public int[] SentenceStarts { get; private set; } = [];
        public int[] Labels { get; private set; } = [];

        private byte[] _lexical = [];

        /// <summary>A token's features; without its word-identity ones when <paramref name="dropWords"/>.</summary>
        public ReadOnlySpan<ulong> FeaturesOf(int token, bool dropWords = false)
        {
            int start = _tokenStarts[token] + (dropWords ? _lexical[token] : 0);
            return _features.AsSpan(start, _tokenStarts[token + 1] - start);
        }

        public static TrainingSet Build(IReadOnlyList<Document> docs, BilouLabels labels, EntityFeatures extractor, int minCount)
        {
            var all = new List<ulong>();
            var gold = new List<int>();
            var sentenceStarts = new List<int> { 0 };
            var infos = new TokenInfo[64];
            var buffer = new ulong[64 * EntityFeatures.PerToken];
            var labelBuffer = new int[64];
            int longest = 0;
            var counts = new Dictionary<ulong, (int, int, int)>();
            foreach (var doc in docs)
            {
                var context = new int[doc.Count];
                var gazetteerCodes = new int[doc.Count];
                extractor.DocumentContext(doc, context, gazetteerCodes, counts);
                foreach (var sentence in doc.Sentences)
                {
                    int n = sentence.Length;
                    if (n == 0)
                    {
                        continue;
                    }
                    if (n + 2 * EntityFeatures.Padding > infos.Length)
                    {
                        int size = 2 * (n + 2 * EntityFeatures.Padding);
                        infos = new TokenInfo[size];
                        buffer = new ulong[size * EntityFeatures.PerToken];
                        labelBuffer = new int[size];
                    }
                    extractor.Extract(doc, sentence.Start, sentence.End, context, gazetteerCodes, buffer, infos);
                    all.AddRange(buffer.AsSpan(0, n * EntityFeatures.PerToken));
                    labels.Encode(doc.Entities, sentence.Start, n, labelBuffer);
                    gold.AddRange(labelBuffer.AsSpan(0, n));
                    sentenceStarts.Add(gold.Count);
                    longest = Math.Max(longest, n);
                }
            }

            var frequencies = new Dictionary<ulong, int>();
            foreach (ulong feature in all)
            {
                frequencies[feature] = frequencies.GetValueOrDefault(feature) + 1;
            }
            var kept = new List<ulong>(all.Count);
            var tokenStarts = new int[gold.Count + 1];
            var lexical = new byte[gold.Count];
            for (int t = 0; t < gold.Count; t++)
            {
                tokenStarts[t] = kept.Count;
                int first = t * EntityFeatures.PerToken;
                // Word-identity features go first, so word dropout can skip them as a prefix.
                foreach (int slot in EntityFeatures.WordSlots)
                {
                    if (frequencies[all[first + slot]] >= minCount)
                    {
                        kept.Add(all[first + slot]);
                        lexical[t]++;
                    }
                }
                for (int k = 0; k < EntityFeatures.PerToken; k++)
                {
                    if (!EntityFeatures.WordSlots.Contains(k) && frequencies[all[first + k]] >= minCount)
                    {
                        kept.Add(all[first + k]);
                    }
                }
            }
            tokenStarts[gold.Count] = kept.Count;
            return new TrainingSet
            {
                _features = [.. kept],
                _tokenStarts = tokenStarts,
                _lexical = lexical,
                Sentences = sentenceStarts.Count - 1,
                Tokens = gold.Count,
                DistinctFeatures = frequencies.Count(c => c.Value >= minCount),
                LongestSentence = longest,
                SentenceStarts = [.. sentenceStarts],
                Labels = [.. gold],
            };
        }
    }

    /// <summary>A small weight table averaged lazily, on the same clock as the perceptron (for the label transitions).</summary>
    private sealed class AveragedTable(int size)
    {
        private readonly double[] _totals = new double[size];
        private readonly int[] _stamps = new int[size];

        public float[] Current { get; } = new float[size];

        public void Nudge(int i, float delta, int clock)
        {
            _totals[i] += (double)(clock - _stamps[i]) * Current[i];
            _stamps[i] = clock;
            Current[i] += delta;
        }

        public float[] Average(int clock)
        {
            var average = new float[Current.Length];
            for (int i = 0; i < average.Length; i++)
            {
                average[i] = (float)((_totals[i] + (double)(clock - _stamps[i]) * Current[i]) / Math.Max(1, clock));
            }
            return average;
        }
    }
}

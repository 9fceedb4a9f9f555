using Parley.Nlp.Conllu;
using Parley.Nlp.Evaluation;
using Parley.Nlp.Learning;
using Parley.Text;

namespace Parley.Nlp.Tagging;

/// <summary>
/// Trains a <see cref="PerceptronTagger"/> on CoNLL-U sentences: seeded shuffled epochs, the previous tags
/// taken from the tagger's own guesses (as at run time), and the epoch with the best development UPOS kept.
/// Single-threaded and deterministic for a given seed.
/// </summary>
public static class TaggerTrainer
{
    /// <param name="train">Sentences to learn from.</param>
    /// <param name="dev">Sentences to choose the epoch on (never learned from).</param>
    /// <param name="options">Epochs, seed, dictionary thresholds, pruning.</param>
    /// <param name="progress">Receives one line per epoch; may be null.</param>
    public static TaggerTrainingResult Train(
        IReadOnlyList<ConlluSentence> train,
        IReadOnlyList<ConlluSentence> dev,
        TaggerTrainingOptions options,
        Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(dev);
        ArgumentNullException.ThrowIfNull(options);
        if (train.Count == 0)
        {
            throw new ArgumentException("There are no training sentences.", nameof(train));
        }

        // Labels in order of first appearance, so the model does not depend on hash order.
        var labelList = new List<string>();
        var labelIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var gold = new int[train.Count][];
        for (int s = 0; s < train.Count; s++)
        {
            var words = train[s].Words;
            gold[s] = new int[words.Count];
            for (int k = 0; k < words.Count; k++)
            {
                var label = PerceptronTagger.JoinLabel(words[k].Upos, words[k].Xpos);
                if (!labelIndex.TryGetValue(label, out int index))
                {
                    index = labelList.Count;
                    labelIndex.Add(label, index);
                    labelList.Add(label);
                }
                gold[s][k] = index;
            }
        }
        var labels = new LabelSet(labelList);
        var dictionary = TagDictionary.Learn(
            train.SelectMany((sentence, s) => sentence.Words.Select((w, k) => (w.Form, gold[s][k]))),
            options.DictionaryMinCount,
            options.DictionaryMinShare);

        var classes = LearnClasses(train, gold, options.ClassMinShare, fold: -1, options.ClassFolds);
        // The classes seen while training come from the other folds only (jackknifing): a training word
        // always "knows" its own tag, and the tagger would learn to trust classes more than they deserve.
        var foldClasses = Enumerable.Range(0, options.ClassFolds).Select(f => LearnClasses(train, gold, options.ClassMinShare, f, options.ClassFolds)).ToArray();

        // Token values do not change between epochs: compute them once.
        var values = new TokenValues[train.Count][];
        for (int s = 0; s < train.Count; s++)
        {
            var words = train[s].Words;
            values[s] = new TokenValues[words.Count + 2 * TaggerFeatures.Padding];
            for (int k = 0; k < words.Count; k++)
            {
                values[s][TaggerFeatures.Padding + k] = TokenValues.Compute(words[k].Form, k == 0, foldClasses[s % options.ClassFolds].Of(words[k].Form));
            }
            TaggerFeatures.Pad(values[s], words.Count);
        }

        var devDocs = dev.Select(s => UdEvaluator.TokenDocument(s)).ToList();
        var trainer = new PerceptronTrainer(labels.Count);
        var random = new Random(options.Seed);
        var order = Enumerable.Range(0, train.Count).ToArray();
        var features = new ulong[TaggerFeatures.Count];
        var scores = new float[labels.Count];
        var epochs = new List<TaggerEpoch>();
        TaggerEpoch? best = null;
        PerceptronTagger? bestTagger = null;

        for (int epoch = 1; epoch <= options.Epochs; epoch++)
        {
            random.Shuffle(order);
            long correct = 0;
            long total = 0;
            foreach (int s in order)
            {
                var words = train[s].Words;
                int previous = TaggerFeatures.NoTag;
                int secondPrevious = TaggerFeatures.NoTag;
                for (int k = 0; k < words.Count; k++)
                {
                    int truth = gold[s][k];
                    if (!dictionary.TryGet(words[k].Form, out int guess))
                    {
                        int n = TaggerFeatures.Extract(values[s], k, previous, secondPrevious, features);
                        trainer.Score(features.AsSpan(0, n), scores);
                        guess = PerceptronModel.ArgMax(scores);
                        trainer.Update(features.AsSpan(0, n), truth, guess);
                        trainer.Tick();
                    }
                    correct += guess == truth ? 1 : 0;
                    total++;
                    secondPrevious = previous;
                    previous = guess;
                }
            }

            var tagger = new PerceptronTagger(trainer.Average(options.PruneBelow), labels, dictionary, classes);
            var (upos, xpos) = Score(tagger, dev, devDocs);
            var result = new TaggerEpoch(epoch, (double)correct / total, upos, xpos, tagger.Features);
            epochs.Add(result);
            progress?.Invoke($"epoch {epoch,2}: train {result.TrainAccuracy:P2}  dev UPOS {upos:P2}  XPOS {xpos:P2}  ({tagger.Features:N0} features)");
            if (best is null || upos > best.DevUpos || (upos == best.DevUpos && xpos > best.DevXpos))
            {
                best = result;
                bestTagger = tagger;
            }
        }
        return new TaggerTrainingResult(bestTagger!, epochs, best!);
    }

    /// <summary>The ambiguity classes of the training words, leaving out sentences of <paramref name="fold"/> (none when -1).</summary>
    private static AmbiguityClasses LearnClasses(IReadOnlyList<ConlluSentence> train, int[][] gold, double minShare, int fold, int folds)
    {
        var counts = new Dictionary<string, Dictionary<int, int>>(StringComparer.Ordinal);
        for (int s = 0; s < train.Count; s++)
        {
            if (s % folds == fold)
            {
                continue;
            }
            var words = train[s].Words;
            for (int k = 0; k < words.Count; k++)
            {
                if (!counts.TryGetValue(words[k].Form, out var byLabel))
                {
                    counts[words[k].Form] = byLabel = [];
                }
                byLabel[gold[s][k]] = byLabel.GetValueOrDefault(gold[s][k]) + 1;
            }
        }
        return new AmbiguityClasses(counts.Select(kv => new KeyValuePair<string, ulong>(kv.Key, AmbiguityClasses.ClassOf(kv.Value, minShare))));
    }

    /// <summary>UPOS and XPOS accuracy of <paramref name="tagger"/> over the words of <paramref name="sentences"/>, on gold tokens.</summary>
    public static (double Upos, double Xpos) Score(PerceptronTagger tagger, IReadOnlyList<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        return Score(tagger, sentences, sentences.Select(s => UdEvaluator.TokenDocument(s)).ToList());
    }

    private static (double Upos, double Xpos) Score(PerceptronTagger tagger, IReadOnlyList<ConlluSentence> sentences, List<Document> docs)
    {
        ArgumentNullException.ThrowIfNull(tagger);
        long upos = 0;
        long xpos = 0;
        long total = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            var doc = docs[s];
            tagger.Process(doc);
            var words = sentences[s].Words;
            for (int k = 0; k < words.Count; k++)
            {
                upos += doc.Strings[doc.Upos[k]] == words[k].Upos ? 1 : 0;
                xpos += doc.Strings[doc.Xpos[k]] == words[k].Xpos ? 1 : 0;
                total++;
            }
        }
        return total == 0 ? (0, 0) : ((double)upos / total, (double)xpos / total);
    }
}

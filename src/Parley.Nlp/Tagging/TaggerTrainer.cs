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
    /// <param name="cases">
    /// How words are usually written, kept in the tagger for reading headlines; null for none. The training sentences
    /// are learned from as written: reading EWT's few Title Case lines (name lists, e-mail headers) through it was
    /// tried and cost dev UPOS (95.07 against 95.13).
    /// </param>
    public static TaggerTrainingResult Train(
        IReadOnlyList<ConlluSentence> train,
        IReadOnlyList<ConlluSentence> dev,
        TaggerTrainingOptions options,
        Action<string>? progress = null,
        CaseLexicon? cases = null)
    {
        cases ??= CaseLexicon.Empty;
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
        var fixedLabels = new int[train.Count][];
        for (int s = 0; s < train.Count; s++)
        {
            var forms = train[s].Words.Select(w => w.Form).ToList();
            values[s] = new TokenValues[forms.Count + 2 * TaggerFeatures.Padding];
            fixedLabels[s] = new int[forms.Count];
            for (int k = 0; k < forms.Count; k++)
            {
                values[s][TaggerFeatures.Padding + k] = TokenValues.Compute(forms[k], k == 0, foldClasses[s % options.ClassFolds].Of(forms[k]));
                fixedLabels[s][k] = dictionary.TryGet(forms[k], out int label) ? label : -1;
            }
            TaggerFeatures.Pad(values[s], forms.Count);
        }

        var devDocs = dev.Select(s => UdEvaluator.TokenDocument(s)).ToList();
        var all = Enumerable.Range(0, train.Count).ToArray();

        // Trains options.Models models of one pass with different seeds, each keeping its epoch with the best dev
        // UPOS, and combines them into their mean. Returns the combined pass, its dev score and the first model's epochs.
        (PerceptronTagger Tagger, TaggerEpoch Best, List<TaggerEpoch> Epochs) TrainBest(int[][]? guesses, PerceptronModel? firstPass, string name)
        {
            var models = new List<PerceptronModel>();
            var firstEpochs = new List<TaggerEpoch>();
            TaggerEpoch? best = null;
            PerceptronTagger? bestTagger = null;
            for (int m = 0; m < options.Models; m++)
            {
                TaggerEpoch? modelBest = null;
                PerceptronModel? modelBestWeights = null;
                TrainPass(all, gold, values, fixedLabels, guesses, labels.Count, options.Epochs, options.Seed + 1000 * m, (epoch, accuracy, trainer) =>
                {
                    var weights = trainer.Average(options.PruneBelow);
                    var tagger = firstPass is null
                        ? new PerceptronTagger(weights, labels, dictionary, classes, null, cases)
                        : new PerceptronTagger(firstPass, labels, dictionary, classes, weights, cases);
                    var (upos, xpos) = Score(tagger, dev, devDocs);
                    var result = new TaggerEpoch(epoch, accuracy, upos, xpos, tagger.Features);
                    progress?.Invoke($"{name}{(options.Models > 1 ? $" model {m + 1}" : "")} epoch {epoch,2}: train {result.TrainAccuracy:P2}  dev UPOS {upos:P2}  XPOS {xpos:P2}  ({tagger.Features:N0} features)");
                    if (m == 0)
                    {
                        firstEpochs.Add(result);
                    }
                    if (modelBest is null || upos > modelBest.DevUpos || (upos == modelBest.DevUpos && xpos > modelBest.DevXpos))
                    {
                        modelBest = result;
                        modelBestWeights = weights;
                        if (m == 0)
                        {
                            best = result;
                            bestTagger = tagger;
                        }
                    }
                });
                models.Add(modelBestWeights!);
            }
            if (options.Models == 1)
            {
                return (bestTagger!, best!, firstEpochs);
            }
            var mean = PerceptronModel.Mean(models, options.PruneBelow);
            var combined = firstPass is null
                ? new PerceptronTagger(mean, labels, dictionary, classes, null, cases)
                : new PerceptronTagger(firstPass, labels, dictionary, classes, mean, cases);
            var (meanUpos, meanXpos) = Score(combined, dev, devDocs);
            progress?.Invoke($"{name} mean of {options.Models} models: dev UPOS {meanUpos:P2}  XPOS {meanXpos:P2}  ({combined.Features:N0} features)");
            return (combined, new TaggerEpoch(0, 0, meanUpos, meanXpos, combined.Features), firstEpochs);
        }

        var first = TrainBest(guesses: null, firstPass: null, "first pass");
        if (options.SecondPassFolds < 2)
        {
            return new TaggerTrainingResult(first.Tagger, first.Epochs, first.Best);
        }

        // The second pass learns from first-pass guesses made by models that never saw the sentence (jackknifing),
        // so it learns how far to trust them from errors like those it will meet at run time.
        int folds = options.SecondPassFolds;
        var guesses = new int[train.Count][];
        var featureBuffer = new ulong[TaggerFeatures.RefinedCount];
        var scoreBuffer = new float[labels.Count];
        for (int fold = 0; fold < folds; fold++)
        {
            var rest = all.Where(s => s % folds != fold).ToArray();
            PerceptronTrainer? last = null;
            TrainPass(rest, gold, values, fixedLabels, guesses: null, labels.Count, options.Epochs, options.Seed + fold + 1, (_, _, trainer) => last = trainer);
            var model = last!.Average(options.PruneBelow);
            long right = 0;
            long total = 0;
            foreach (int s in all.Where(s => s % folds == fold))
            {
                guesses[s] = new int[gold[s].Length];
                PerceptronTagger.Decode(model, values[s], fixedLabels[s], [], guesses[s], featureBuffer, scoreBuffer);
                for (int k = 0; k < gold[s].Length; k++)
                {
                    right += guesses[s][k] == gold[s][k] ? 1 : 0;
                    total++;
                }
            }
            progress?.Invoke($"fold {fold + 1}/{folds}: first-pass accuracy on the held-out sentences {(double)right / total:P2}");
        }
        var second = TrainBest(guesses, first.Tagger.FirstPass, "second pass");
        return new TaggerTrainingResult(second.Tagger, second.Epochs, second.Best) { FirstPassEpochs = first.Epochs, FirstPassBest = first.Best };
    }

    /// <summary>
    /// Trains one pass over <paramref name="sentences"/> for <paramref name="epochs"/> shuffled epochs, the previous tags
    /// taken from the pass's own guesses (as at run time); with <paramref name="guesses"/>, a second pass that also sees
    /// those first-pass labels. <paramref name="endOfEpoch"/> gets the epoch, its training accuracy and the trainer.
    /// </summary>
    private static void TrainPass(int[] sentences, int[][] gold, TokenValues[][] values, int[][] fixedLabels, int[][]? guesses,
        int labelCount, int epochs, int seed, Action<int, double, PerceptronTrainer> endOfEpoch)
    {
        var trainer = new PerceptronTrainer(labelCount);
        var random = new Random(seed);
        var order = sentences.ToArray();
        var features = new ulong[TaggerFeatures.RefinedCount];
        var scores = new float[labelCount];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            random.Shuffle(order);
            long correct = 0;
            long total = 0;
            foreach (int s in order)
            {
                var truths = gold[s];
                int previous = TaggerFeatures.NoTag;
                int secondPrevious = TaggerFeatures.NoTag;
                for (int k = 0; k < truths.Length; k++)
                {
                    int truth = truths[k];
                    int guess = fixedLabels[s][k];
                    if (guess < 0)
                    {
                        int n = guesses is null
                            ? TaggerFeatures.Extract(values[s], k, previous, secondPrevious, features)
                            : TaggerFeatures.ExtractRefined(values[s], guesses[s], k, previous, secondPrevious, features);
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
            endOfEpoch(epoch, (double)correct / total, trainer);
        }
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

using Parley.Nlp.Learning;
using Parley.Text;

namespace Parley.Nlp.Parsing;

/// <summary>
/// Trains a <see cref="DependencyParser"/> with the arc-hybrid dynamic oracle and exploration (Goldberg and
/// Nivre 2012, 2013). At each step the move model predicts; when its move is not optimal (its
/// <see cref="ArcHybridOracle"/> cost is above the lowest cost of a legal move), it is updated towards the best
/// scoring optimal move. From <see cref="ParserTrainingOptions.ExploreFromEpoch"/> on it then follows its own
/// wrong move with <see cref="ParserTrainingOptions.ExplorationProbability"/>, so it learns to recover from the
/// states its mistakes lead to. The label model is updated at every arc whose head is right.
/// <para>
/// Non-projective training trees (2.3% of the sentences of EWT train) are projectivised by lifting their shortest
/// crossing arcs to the head's head (<see cref="Projectivity.Projectivize"/>), keeping the relation; the oracle
/// then works on the lifted tree, for which it is exact. Dev scores compare with the original trees.
/// </para>
/// Seeded: the same data and options give the same model. Single-threaded.
/// </summary>
public sealed class ParserTrainer(ParserTrainingOptions options)
{
    private readonly ParserTrainingOptions _options = options ?? throw new ArgumentNullException(nameof(options));
    private readonly List<ParserEpoch> _epochs = [];

    /// <summary>The dev scores of every epoch of every model of the last <see cref="Train"/>.</summary>
    public IReadOnlyList<ParserEpoch> Epochs => _epochs;

    /// <summary>For each model (1-based epoch), the epoch whose weights went into the parser <see cref="Train"/> returned.</summary>
    public IReadOnlyList<int> BestEpochs => _bestEpochs;

    /// <summary>The dev scores of the parser <see cref="Train"/> returned (combined and pruned).</summary>
    public AttachmentScores? Dev { get; private set; }

    private readonly List<int> _bestEpochs = [];

    /// <summary>
    /// Trains <see cref="ParserTrainingOptions.Models"/> models on the gold trees of <paramref name="train"/> (tags as
    /// they stand in the documents: gold, or a tagger's), each with its own seed, keeps each one's epoch with the best
    /// LAS on <paramref name="dev"/>, and returns the parser whose weights are their mean.
    /// </summary>
    /// <param name="progress">Told one line per epoch.</param>
    public DependencyParser Train(IReadOnlyList<Document> train, IReadOnlyList<Document> dev, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(dev);
        if (train.Count == 0)
        {
            throw new ArgumentException("No training documents.", nameof(train));
        }
        var tags = CollectTags(train);
        var relations = CollectRelations(train);
        int TagCode(string upos, string xpos) => DependencyParser.TagCode(tags, upos, xpos);
        int Relation(string label) => Math.Max(0, relations.IndexOf(label));
        var trainSentences = train.SelectMany(d => ParserSentence.From(d, TagCode, Relation)).Where(s => s.Length > 0).ToArray();
        var devSentences = dev.SelectMany(d => ParserSentence.From(d, TagCode, Relation)).Where(s => s.Length > 0).ToArray();
        var config = new ParserConfiguration(128);
        var universal = relations.Labels.Select(l => AttachmentScores.Universal(l).ToString()).ToArray();

        _epochs.Clear();
        _bestEpochs.Clear();
        var bestMoves = new List<PerceptronModel>();
        var bestLabels = new List<PerceptronModel>();
        for (int model = 1; model <= Math.Max(1, _options.Models); model++)
        {
            var (moves, labels, bestEpoch) = TrainOne(model, trainSentences, devSentences, tags, relations, universal, config, progress);
            bestMoves.Add(moves);
            bestLabels.Add(labels);
            _bestEpochs.Add(bestEpoch);
        }
        // Prune as hard as the dev score allows: the file shrinks and scoring touches less memory. A level that
        // keeps more move features than the cap is never shipped while a level that fits is there.
        DependencyParser? chosen = null;
        bool chosenFits = false;
        double unprunedLas = double.NaN;
        foreach (float level in _options.PruneLevels.Order())
        {
            var parser = new DependencyParser(tags, relations, PerceptronModel.Mean(bestMoves, level), PerceptronModel.Mean(bestLabels, level));
            var score = Score(parser, devSentences, config, relations, universal);
            bool fits = parser.FeatureCounts.Moves <= _options.MaxMoveFeatures;
            progress?.Invoke($"mean of {bestMoves.Count} model(s), pruned below {level}: dev {score}  features {parser.FeatureCounts.Moves:N0} + {parser.FeatureCounts.Labels:N0}{(fits ? "" : "  (over the cap)")}");
            if (double.IsNaN(unprunedLas))
            {
                unprunedLas = score.Las;
            }
            bool withinTolerance = score.Las >= unprunedLas - _options.PruneTolerance;
            if (chosen is null || (fits && (withinTolerance || !chosenFits)) || (!fits && !chosenFits))
            {
                chosen = parser;
                chosenFits = fits;
                Dev = score;
                PruneLevel = level;
            }
        }
        return chosen!;
    }

    /// <summary>The pruning threshold of the parser <see cref="Train"/> returned.</summary>
    public float PruneLevel { get; private set; }

    private (PerceptronModel Moves, PerceptronModel Labels, int Epoch) TrainOne(
        int model, ParserSentence[] trainSentences, ParserSentence[] devSentences, LabelSet tags, LabelSet relations, string[] universal, ParserConfiguration config, Action<string>? progress)
    {
        var moves = new PerceptronTrainer(3, 1 << 20);
        var labels = new PerceptronTrainer(relations.Count, 1 << 16);
        var random = new Random(_options.Seed + model - 1);
        var order = Enumerable.Range(0, trainSentences.Length).ToArray();
        var features = new ulong[ParserFeatures.MaxFeatures];
        var scores = new float[Math.Max(3, relations.Count)];
        int rootLabel = relations.IndexOf(DependencyParser.RootLabel);
        (PerceptronModel Moves, PerceptronModel Labels, int Epoch)? best = null;
        double bestLas = double.NegativeInfinity;
        for (int epoch = 1; epoch <= _options.Epochs; epoch++)
        {
            random.Shuffle(order);
            bool explore = epoch >= _options.ExploreFromEpoch;
            long decisions = 0, errors = 0;
            foreach (int s in order)
            {
                var sentence = trainSentences[s];
                Load(config, sentence);
                var gold = sentence.GoldHeads;
                while (!config.IsTerminal)
                {
                    int count = ParserFeatures.Extract(config, features);
                    var active = features.AsSpan(0, count);
                    moves.Score(active, scores);
                    var predicted = DependencyParser.BestLegal(config, scores);
                    var (optimal, bestOptimal) = Optimal(config, gold, scores);
                    decisions++;
                    var move = predicted;
                    if ((optimal & (1 << (int)predicted)) == 0)
                    {
                        errors++;
                        moves.Update(active, (int)bestOptimal, (int)predicted);
                        if (!explore || random.NextDouble() >= _options.ExplorationProbability)
                        {
                            move = bestOptimal;
                        }
                    }
                    moves.Tick();
                    int label = -1;
                    if (move != Transition.Shift)
                    {
                        int head = config.HeadOf(move);
                        int dependent = config.Stack(0);
                        label = TrainLabel(labels, config, head, dependent, head == gold[dependent] ? sentence.GoldLabels[dependent] : -1, rootLabel, features, scores);
                    }
                    config.Apply(move, label);
                }
            }
            var averaged = (Moves: moves.Average(), Labels: labels.Average());
            var parser = new DependencyParser(tags, relations, averaged.Moves, averaged.Labels);
            var score = Score(parser, devSentences, config, relations, universal);
            _epochs.Add(new ParserEpoch(model, epoch, score, decisions == 0 ? 0 : (double)errors / decisions));
            progress?.Invoke($"model {model} epoch {epoch,2}: dev {score}  train move errors {100.0 * errors / Math.Max(1, decisions):F2}%  features {parser.FeatureCounts.Moves:N0} + {parser.FeatureCounts.Labels:N0}");
            if (score.Las > bestLas)
            {
                bestLas = score.Las;
                best = (averaged.Moves, averaged.Labels, epoch);
            }
        }
        return best!.Value;
    }

    /// <summary>Predicts a relation and, when the gold one is known (<paramref name="gold"/> ≥ 0), learns from it; returns the relation to build.</summary>
    private static int TrainLabel(PerceptronTrainer labels, ParserConfiguration config, int head, int dependent, int gold, int rootLabel, ulong[] features, float[] scores)
    {
        if (head == config.Root && rootLabel >= 0)
        {
            return rootLabel;
        }
        int count = ParserFeatures.ExtractLabel(config, head, dependent, features);
        var active = features.AsSpan(0, count);
        labels.Score(active, scores);
        int predicted = DependencyParser.BestLabel(scores.AsSpan(0, labels.Classes), rootLabel);
        if (gold < 0)
        {
            return predicted;
        }
        labels.Update(active, gold, predicted);
        labels.Tick();
        return gold;
    }

    /// <summary>The legal moves of lowest cost (as a bit set), and the highest scoring of them.</summary>
    private static (int Set, Transition Best) Optimal(ParserConfiguration config, int[] gold, ReadOnlySpan<float> scores)
    {
        Span<int> costs = [int.MaxValue, int.MaxValue, int.MaxValue];
        int lowest = int.MaxValue;
        for (int m = 0; m < 3; m++)
        {
            if (config.IsLegal((Transition)m))
            {
                costs[m] = ArcHybridOracle.Cost(config, (Transition)m, gold);
                lowest = Math.Min(lowest, costs[m]);
            }
        }
        int set = 0;
        var best = Transition.Shift;
        float bestScore = float.NegativeInfinity;
        for (int m = 0; m < 3; m++)
        {
            if (costs[m] == lowest)
            {
                if (set == 0 || scores[m] > bestScore)
                {
                    best = (Transition)m;
                    bestScore = scores[m];
                }
                set |= 1 << m;
            }
        }
        return (set, best);
    }

    private static void Load(ParserConfiguration config, ParserSentence sentence)
    {
        config.Reset(sentence.Length);
        sentence.Words.CopyTo(config.Words);
        sentence.Tags.CopyTo(config.Tags);
    }

    private static AttachmentScores Score(DependencyParser parser, ParserSentence[] sentences, ParserConfiguration config, LabelSet relations, string[] universal)
    {
        var features = new ulong[ParserFeatures.MaxFeatures];
        var scores = new float[Math.Max(3, relations.Count)];
        int words = 0, heads = 0, labelled = 0, full = 0;
        foreach (var sentence in sentences)
        {
            Load(config, sentence);
            parser.Parse(config, features, scores);
            for (int i = 0; i < sentence.Length; i++)
            {
                words++;
                if (config.Heads[i] != sentence.OriginalHeads[i])
                {
                    continue;
                }
                heads++;
                int predicted = config.Labels[i], gold = sentence.GoldLabels[i];
                if (predicted == gold)
                {
                    full++;
                    labelled++;
                }
                else if (universal[predicted] == universal[gold])
                {
                    labelled++;
                }
            }
        }
        return new AttachmentScores(words, heads, labelled, full);
    }

    private static LabelSet CollectTags(IEnumerable<Document> documents)
    {
        var tags = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var doc in documents)
        {
            for (int i = 0; i < doc.Count; i++)
            {
                AddNonEmpty(tags, doc.Strings[doc.Xpos[i]]);
                AddNonEmpty(tags, doc.Strings[doc.Upos[i]]);
            }
        }
        return new LabelSet(tags);
    }

    private static LabelSet CollectRelations(IEnumerable<Document> documents)
    {
        var relations = new SortedSet<string>(StringComparer.Ordinal) { DependencyParser.RootLabel };
        foreach (var doc in documents)
        {
            for (int i = 0; i < doc.Count; i++)
            {
                AddNonEmpty(relations, doc.Strings[doc.Deps[i]]);
            }
        }
        if (relations.Count < 2)
        {
            relations.Add("dep");
        }
        return new LabelSet(relations);
    }

    private static void AddNonEmpty(SortedSet<string> set, string value)
    {
        if (value.Length > 0)
        {
            set.Add(value);
        }
    }
}

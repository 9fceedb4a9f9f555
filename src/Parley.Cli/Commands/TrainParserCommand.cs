using System.CommandLine;
using System.Diagnostics;
using Parley.Nlp.Conllu;
using Parley.Nlp.Learning;
using Parley.Nlp.Parsing;
using Parley.Nlp.Tagging;
using Parley.Text;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley train parser</c>: trains the dependency parser on CoNLL-U data and writes <c>model.bin</c> and
/// <c>manifest.json</c> into the output folder, keeping the epoch with the best dev LAS.
/// </summary>
public static class TrainParserCommand
{
    private const string Licence = "CC BY-SA 4.0 (UD English EWT)";

    public static Command Create()
    {
        var defaults = new ParserTrainingOptions();
        var train = new Option<string>("--train") { Description = "CoNLL-U file to learn from (UD English EWT train).", Required = true };
        var dev = new Option<string>("--dev") { Description = "CoNLL-U file to pick the best epoch on (EWT dev).", Required = true };
        var output = new Option<string>("--out") { Description = "Model folder to write (models/parser).", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => defaults.Epochs };
        var seed = new Option<int>("--seed") { Description = "Seed for shuffling and exploration.", DefaultValueFactory = _ => defaults.Seed };
        var models = new Option<int>("--models") { Description = "Models trained with seeds seed, seed+1, …; the parser's weights are their mean.", DefaultValueFactory = _ => defaults.Models };
        var test = new Option<string[]>("--test")
        {
            Description = "Held-out CoNLL-U files scored once after training and recorded in the manifest (never used to choose anything).",
            AllowMultipleArgumentsPerToken = true,
        };

        var tagger = new Option<string?>("--tagger")
        {
            Description = "Tagger model folder (models/tagger): the dev and test sets are also scored with its tags, as users will see them.",
        };
        var predictedTags = new Option<bool>("--train-on-predicted-tags")
        {
            Description = "Train and choose the epoch on the --tagger's tags instead of the gold tags (the tagger saw the training data, so its tags there are better than elsewhere).",
        };
        var jackknifeFolds = new Option<int>("--jackknife-folds")
        {
            Description = "Train on tags a tagger gives text it has not seen: the training sentences are dealt into this many folds, each tagged by a tagger trained on the others (the shipped tagger's settings). Dev is tagged by --tagger. 0: no jackknifing.",
        };
        var goldCopy = new Option<bool>("--add-gold-tagged-copy")
        {
            Description = "With --jackknife-folds, also train on the training trees with their gold tags.",
        };
        var scratch = new Option<string?>("--jackknife-scratch-file")
        {
            Description = "File that keeps the jackknifed tags between runs (made when missing or stale); never commit it, it is derived from the training data.",
        };

        var command = new Command("parser", "Train the dependency parser (arc-hybrid, dynamic oracle, averaged perceptron).");
        command.Options.Add(train);
        command.Options.Add(dev);
        command.Options.Add(output);
        command.Options.Add(epochs);
        command.Options.Add(seed);
        command.Options.Add(models);
        command.Options.Add(test);
        command.Options.Add(tagger);
        command.Options.Add(predictedTags);
        command.Options.Add(jackknifeFolds);
        command.Options.Add(goldCopy);
        command.Options.Add(scratch);
        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var options = defaults with { Epochs = parseResult.GetValue(epochs), Seed = parseResult.GetValue(seed), Models = parseResult.GetValue(models) };
            if (options.Epochs < 1 || options.Models < 1)
            {
                stderr.WriteLine("parley: --epochs and --models must be at least 1.");
                return ExitCodes.UsageError;
            }
            string trainPath = parseResult.GetValue(train)!;
            string devPath = parseResult.GetValue(dev)!;
            string outDir = parseResult.GetValue(output)!;
            string[] testPaths = parseResult.GetValue(test) ?? [];
            string? taggerDir = parseResult.GetValue(tagger);
            bool trainOnPredicted = parseResult.GetValue(predictedTags);
            int folds = parseResult.GetValue(jackknifeFolds);
            bool addGoldCopy = parseResult.GetValue(goldCopy);
            string? scratchPath = parseResult.GetValue(scratch);
            if ((trainOnPredicted || folds > 0) && taggerDir is null)
            {
                stderr.WriteLine("parley: --train-on-predicted-tags and --jackknife-folds need --tagger.");
                return ExitCodes.UsageError;
            }
            if (folds == 1 || folds < 0 || (folds > 0 && trainOnPredicted))
            {
                stderr.WriteLine("parley: --jackknife-folds must be 0 or at least 2, and cannot go with --train-on-predicted-tags.");
                return ExitCodes.UsageError;
            }
            if ((addGoldCopy || scratchPath is not null) && folds == 0)
            {
                stderr.WriteLine("parley: --add-gold-tagged-copy and --jackknife-scratch-file go with --jackknife-folds.");
                return ExitCodes.UsageError;
            }
            try
            {
                var taggerModel = taggerDir is null ? null : PerceptronTagger.Load(taggerDir);
                var trainSentences = ReadSentences(trainPath);
                var devSentences = ReadSentences(devPath);
                var trainDocs = ToDocuments(trainSentences);
                var devDocs = ToDocuments(devSentences);
                string tagSource = "gold UPOS and XPOS";
                if (trainOnPredicted)
                {
                    // Only the tags change: the gold heads and relations stay, and are what the parser learns.
                    trainDocs.ForEach(taggerModel!.Process);
                    tagSource = "UPOS and XPOS predicted by the tagger (trained on the same data; no jackknifing)";
                }
                if (folds > 0)
                {
                    var tags = JackknifeTags(trainPath, trainSentences, devSentences, folds, scratchPath, stdout);
                    tags.Apply(trainDocs);
                    tagSource = $"UPOS and XPOS jackknifed in {folds} folds (each fold tagged by a tagger trained on the others with {JackknifeTaggerSettings})";
                    if (addGoldCopy)
                    {
                        trainDocs.AddRange(ToDocuments(trainSentences));
                        tagSource += ", plus a second copy of every tree with its gold tags";
                    }
                }
                string devTagSource = "gold UPOS and XPOS";
                if (trainOnPredicted || folds > 0)
                {
                    // The epoch is chosen with the tags users get: the shipped tagger's, which never learned from dev.
                    devDocs.ForEach(taggerModel!.Process);
                    devTagSource = $"UPOS and XPOS predicted by the tagger in {taggerDir}";
                }
                stdout.WriteLine($"Training the parser on {trainDocs.Count:N0} sentences ({trainDocs.Sum(d => d.Count):N0} words), {tagSource}; {options.Models} model(s) of {options.Epochs} epochs, seed {options.Seed}.");
                var clock = Stopwatch.StartNew();
                var trainer = new ParserTrainer(options);
                var parser = trainer.Train(trainDocs, devDocs, stdout.WriteLine);
                stdout.WriteLine($"Best epochs {string.Join(", ", trainer.BestEpochs)}: dev {trainer.Dev} ({clock.Elapsed.TotalSeconds:F0} s).");

                var scores = new Dictionary<string, IReadOnlyDictionary<string, double>>();
                // Gold-tag scores under the data set's name; scores with the tagger's tags under "<name> predicted-tags".
                foreach (var path in testPaths.Prepend(devPath))
                {
                    var gold = ParserEvaluation.Evaluate(parser, Read(path));
                    scores[DataSetName(path)] = Percentages(gold);
                    stdout.WriteLine($"{DataSetName(path)}, gold tags: {gold}");
                    if (taggerModel is not null)
                    {
                        var predicted = ParserEvaluation.Evaluate(parser, Read(path), taggerModel);
                        scores[DataSetName(path) + " predicted-tags"] = Percentages(predicted);
                        stdout.WriteLine($"{DataSetName(path)}, predicted tags: {predicted}");
                    }
                }

                var weights = parser.Save(outDir);
                long bytes = new FileInfo(weights).Length;
                new ModelManifest
                {
                    Name = "parser",
                    Kind = DependencyParser.Kind,
                    FormatVersion = DependencyParser.FormatVersion,
                    Command = "parley " + string.Join(' ', parseResult.Tokens.Select(t => t.Value)),
                    Data = [ModelManifest.Describe(trainPath, Licence), ModelManifest.Describe(devPath, Licence)],
                    Seed = options.Seed,
                    Parameters = new Dictionary<string, object?>
                    {
                        ["transition_system"] = "arc-hybrid, greedy, single root",
                        ["oracle"] = "dynamic, exploration",
                        ["tags"] = tagSource,
                        ["dev_tags"] = devTagSource,
                        ["epochs"] = options.Epochs,
                        ["models"] = options.Models,
                        ["best_epochs"] = trainer.BestEpochs,
                        ["explore_from_epoch"] = options.ExploreFromEpoch,
                        ["exploration_probability"] = options.ExplorationProbability,
                        ["prune_levels_tried"] = options.PruneLevels,
                        ["prune_tolerance_las"] = options.PruneTolerance,
                        ["pruned_below"] = trainer.PruneLevel,
                        ["max_move_features"] = options.MaxMoveFeatures,
                        ["relations"] = parser.Relations.Count,
                        ["move_features"] = parser.FeatureCounts.Moves,
                        ["label_features"] = parser.FeatureCounts.Labels,
                        ["dev_by_epoch"] = trainer.Epochs.Select(e => new { e.Model, e.Epoch, uas = Math.Round(e.Dev.Uas, 2), las = Math.Round(e.Dev.Las, 2), las_full = Math.Round(e.Dev.LasFull, 2) }).ToList(),
                    },
                    Scores = scores,
                    WeightsBytes = bytes,
                    Created = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                }.Write(outDir);
                stdout.WriteLine($"Wrote {weights} ({bytes / 1024.0 / 1024.0:F1} MB) and {ModelManifest.FileName}.");
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ConlluFormatException or ModelFormatException)
            {
                stderr.WriteLine($"parley: {e.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    /// <summary>"en_ewt-ud-dev.conllu" → "ewt-dev", the names manifests use.</summary>
    internal static string DataSetName(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        if (name.StartsWith("en_", StringComparison.Ordinal))
        {
            name = name[3..];
        }
        return name.Replace("-ud-", "-", StringComparison.Ordinal);
    }

    private static Dictionary<string, double> Percentages(AttachmentScores score) => new()
    {
        ["uas"] = Math.Round(score.Uas, 2),
        ["las"] = Math.Round(score.Las, 2),
        ["las_full"] = Math.Round(score.LasFull, 2),
    };

    // The settings models/tagger was trained with (its manifest's command), so the jackknifed tags make the same
    // kind of mistakes as the shipped tagger.
    private static readonly TaggerTrainingOptions JackknifeTaggerOptions = new() { Epochs = 10, Seed = 1, SecondPassFolds = 4 };
    private const string JackknifeTaggerSettings = "10 epochs, seed 1, 4 second-pass folds";

    /// <summary>The jackknifed tags of the training sentences, from the scratch file when it holds them for this data.</summary>
    private static JackknifeTags JackknifeTags(string trainPath, List<ConlluSentence> train, List<ConlluSentence> dev, int folds, string? scratchPath, TextWriter stdout)
    {
        string key = $"{ModelManifest.Describe(trainPath, Licence).Sha256} folds={folds} {JackknifeTaggerSettings}";
        if (scratchPath is not null && Nlp.Tagging.JackknifeTags.TryRead(scratchPath, key) is { } cached && cached.Count == train.Count)
        {
            stdout.WriteLine($"Jackknifed tags read from {scratchPath}.");
            return cached;
        }
        var clock = Stopwatch.StartNew();
        var tags = JackknifeTagging.Tag(train, dev, folds, JackknifeTaggerOptions, stdout.WriteLine);
        stdout.WriteLine($"Jackknifed tags made in {clock.Elapsed.TotalSeconds:F0} s.");
        if (scratchPath is not null)
        {
            tags.Write(scratchPath, key);
        }
        return tags;
    }

    private static List<ConlluSentence> ReadSentences(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such file.", path);
        }
        return [.. ConlluReader.ReadFile(path)];
    }

    private static List<Document> ToDocuments(IEnumerable<ConlluSentence> sentences) => [.. sentences.Select(s => GoldDocuments.FromSentence(s))];

    private static List<Document> Read(string path) => ToDocuments(ReadSentences(path));
}

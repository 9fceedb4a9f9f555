using System.CommandLine;
using System.Diagnostics;
using Parley.Nlp.Conllu;
using Parley.Nlp.Learning;
using Parley.Nlp.Parsing;
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
        var test = new Option<string[]>("--test")
        {
            Description = "Held-out CoNLL-U files scored once after training and recorded in the manifest (never used to choose anything).",
            AllowMultipleArgumentsPerToken = true,
        };

        var command = new Command("parser", "Train the dependency parser (arc-hybrid, dynamic oracle, averaged perceptron).");
        command.Options.Add(train);
        command.Options.Add(dev);
        command.Options.Add(output);
        command.Options.Add(epochs);
        command.Options.Add(seed);
        command.Options.Add(test);
        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var options = defaults with { Epochs = parseResult.GetValue(epochs), Seed = parseResult.GetValue(seed) };
            if (options.Epochs < 1)
            {
                stderr.WriteLine("parley: --epochs must be at least 1.");
                return ExitCodes.UsageError;
            }
            string trainPath = parseResult.GetValue(train)!;
            string devPath = parseResult.GetValue(dev)!;
            string outDir = parseResult.GetValue(output)!;
            string[] testPaths = parseResult.GetValue(test) ?? [];
            try
            {
                var trainDocs = Read(trainPath);
                var devDocs = Read(devPath);
                var testSets = testPaths.Select(p => (Path: p, Documents: Read(p))).ToList();
                stdout.WriteLine($"Training the parser on {trainDocs.Count:N0} sentences ({trainDocs.Sum(d => d.Count):N0} words), {options.Epochs} epochs, seed {options.Seed}.");
                var clock = Stopwatch.StartNew();
                var trainer = new ParserTrainer(options);
                var parser = trainer.Train(trainDocs, devDocs, stdout.WriteLine);
                var bestDev = trainer.Epochs[trainer.BestEpoch - 1].Dev;
                stdout.WriteLine($"Best epoch {trainer.BestEpoch}: dev {bestDev} ({clock.Elapsed.TotalSeconds:F0} s).");

                var scores = new Dictionary<string, IReadOnlyDictionary<string, double>>
                {
                    [DataSetName(devPath)] = Percentages(bestDev),
                };
                foreach (var (path, documents) in testSets)
                {
                    var score = ParserEvaluation.Evaluate(parser, documents);
                    scores[DataSetName(path)] = Percentages(score);
                    stdout.WriteLine($"{DataSetName(path)}: {score}");
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
                        ["tags"] = "gold (training file's XPOS)",
                        ["epochs"] = options.Epochs,
                        ["best_epoch"] = trainer.BestEpoch,
                        ["explore_from_epoch"] = options.ExploreFromEpoch,
                        ["exploration_probability"] = options.ExplorationProbability,
                        ["prune_moves"] = options.PruneMoves,
                        ["prune_labels"] = options.PruneLabels,
                        ["relations"] = parser.Relations.Count,
                        ["move_features"] = parser.FeatureCounts.Moves,
                        ["label_features"] = parser.FeatureCounts.Labels,
                        ["dev_by_epoch"] = trainer.Epochs.Select(e => new { e.Epoch, uas = Math.Round(e.Dev.Uas, 2), las = Math.Round(e.Dev.Las, 2), las_full = Math.Round(e.Dev.LasFull, 2) }).ToList(),
                    },
                    Scores = scores,
                    WeightsBytes = bytes,
                    Created = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                }.Write(outDir);
                stdout.WriteLine($"Wrote {weights} ({bytes / 1024.0 / 1024.0:F1} MB) and {ModelManifest.FileName}.");
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ConlluFormatException)
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

    private static List<Document> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such file.", path);
        }
        return [.. ConlluReader.ReadFile(path).Select(s => GoldDocuments.FromSentence(s))];
    }
}

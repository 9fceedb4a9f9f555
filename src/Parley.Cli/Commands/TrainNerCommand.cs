using System.CommandLine;
using System.Globalization;
using Parley.Nlp.Entities;
using Parley.Nlp.Evaluation;
using Parley.Nlp.Iob;
using Parley.Nlp.Learning;
using Parley.Text;

namespace Parley.Cli.Commands;

/// <summary><c>parley train ner</c>: trains the named-entity recogniser on IOB files and writes <c>model.bin</c> and <c>manifest.json</c>.</summary>
public static class TrainNerCommand
{
    public static Command Create()
    {
        var train = new Option<string[]>("--train") { Description = "IOB training file (Universal NER or CoNLL layout); repeat for more.", Required = true };
        var dev = new Option<string>("--dev") { Description = "IOB development file: picks the best epoch.", Required = true };
        var test = new Option<string[]>("--test") { Description = "IOB test file scored once after training and recorded in the manifest (never used to choose anything); repeatable." };
        var output = new Option<string>("--out") { Description = "Model folder to write (model.bin, manifest.json).", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Training epochs.", DefaultValueFactory = _ => new EntityTrainingOptions().Epochs };
        var seed = new Option<int>("--seed") { Description = "Seed for the order of training sentences.", DefaultValueFactory = _ => new EntityTrainingOptions().Seed };
        var minCount = new Option<int>("--min-count") { Description = "Drop features seen fewer times in training.", DefaultValueFactory = _ => new EntityTrainingOptions().MinFeatureCount };
        var margin = new Option<float>("--margin") { Description = "Cost of a wrong label while training (0: plain perceptron).", DefaultValueFactory = _ => new EntityTrainingOptions().Margin };
        var dropout = new Option<double>("--word-dropout") { Description = "Chance of hiding a training token's own word features.", DefaultValueFactory = _ => new EntityTrainingOptions().WordDropout };
        var prune = new Option<float>("--prune") { Description = "Drop features whose averaged weights all stay below this in magnitude.", DefaultValueFactory = _ => new EntityTrainingOptions().PruneBelow };

        var command = new Command("ner", "Train the named-entity recogniser (PER, ORG, LOC).") { train, dev, test, output, epochs, seed, minCount, prune, margin, dropout };
        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var options = new EntityTrainingOptions
            {
                Epochs = parseResult.GetValue(epochs),
                Seed = parseResult.GetValue(seed),
                MinFeatureCount = parseResult.GetValue(minCount),
                PruneBelow = parseResult.GetValue(prune),
                Margin = parseResult.GetValue(margin),
                WordDropout = parseResult.GetValue(dropout),
            };
            if (options.Epochs < 1)
            {
                stderr.WriteLine("parley: --epochs must be at least 1.");
                return ExitCodes.UsageError;
            }
            var trainFiles = parseResult.GetValue(train) ?? [];
            var devFile = parseResult.GetRequiredValue(dev);
            var testFiles = parseResult.GetValue(test) ?? [];
            var outDir = parseResult.GetRequiredValue(output);
            var keep = options.Types.ToHashSet(StringComparer.Ordinal);

            List<Document> trainDocs = [];
            List<Document> devDocs;
            try
            {
                foreach (var file in trainFiles)
                {
                    var docs = ReadGold(file, keep);
                    stdout.WriteLine($"{file}: {docs.Count} documents, {docs.Sum(d => d.SentenceStarts.Count)} sentences");
                    trainDocs.AddRange(docs);
                }
                devDocs = ReadGold(devFile, keep);
            }
            catch (Exception e) when (e is IobFormatException or IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"parley: {Describe(e)}");
                return ExitCodes.Failure;
            }

            var result = EntityRecognizerTrainer.Train(trainDocs, devDocs, options, line => stdout.WriteLine(line));
            var tuned = result.TunedDev!;
            stdout.WriteLine($"kept epoch {result.BestEpoch} with outside bias {result.OutsideBias:F2}: dev P {tuned.Overall.Precision:F2} R {tuned.Overall.Recall:F2} F1 {tuned.Overall.F1:F2}");

            var scores = new Dictionary<string, IReadOnlyDictionary<string, double>>
            {
                [DataSetName(devFile)] = Scores(tuned.Overall, tuned.ByType),
            };
            try
            {
                // Test files are read and scored only now, once, after every choice has been made.
                foreach (var file in testFiles)
                {
                    var evaluator = EntityRecognizerTrainer.Evaluate(result.Recognizer, ReadGold(file, keep));
                    scores[DataSetName(file)] = Scores(evaluator.Overall, evaluator.ByType);
                    stdout.WriteLine($"{file}: P {evaluator.Overall.Precision:F2} R {evaluator.Overall.Recall:F2} F1 {evaluator.Overall.F1:F2}");
                }
                result.Recognizer.Save(outDir);
                var weights = Path.Combine(outDir, ModelFile.WeightsName);
                var manifest = new ModelManifest
                {
                    Name = "ner",
                    Kind = EntityRecognizer.Kind,
                    FormatVersion = EntityRecognizer.FormatVersion,
                    Command = CommandLine(trainFiles, devFile, testFiles, outDir, options),
                    Data = [.. trainFiles.Select(f => ModelManifest.Describe(f, Licence(f))), ModelManifest.Describe(devFile, Licence(devFile))],
                    Seed = options.Seed,
                    Parameters = new Dictionary<string, object?>
                    {
                        ["epochs"] = options.Epochs,
                        ["best_epoch"] = result.BestEpoch,
                        ["outside_bias"] = result.OutsideBias,
                        ["min_feature_count"] = options.MinFeatureCount,
                        ["prune_below"] = options.PruneBelow,
                        ["margin"] = options.Margin,
                        ["word_dropout"] = options.WordDropout,
                        ["types"] = options.Types,
                        ["features"] = result.Recognizer.Features,
                        ["gazetteer_entries"] = result.Recognizer.Gazetteer.Entries.Count,
                        ["dev_f1_by_epoch"] = result.Epochs.Select(e => Math.Round(e.Dev.F1, 2)).ToArray(),
                    },
                    Scores = scores,
                    WeightsBytes = new FileInfo(weights).Length,
                    Created = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                };
                manifest.Write(outDir);
                stdout.WriteLine($"wrote {weights} ({manifest.WeightsBytes:N0} bytes, {result.Recognizer.Features:N0} features) and {ModelManifest.FileName}");
            }
            catch (Exception e) when (e is IobFormatException or IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"parley: {Describe(e)}");
                return ExitCodes.Failure;
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Reads gold-token documents, keeping entities of <paramref name="types"/>; a missing file is an <see cref="IOException"/> naming it.</summary>
    internal static List<Document> ReadGold(string path, IReadOnlySet<string> types)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such file.", path);
        }
        return [.. IobReader.ReadDocuments(path, types)];
    }

    internal static string Describe(Exception e) => e is FileNotFoundException { FileName: { } name } && !e.Message.Contains(name, StringComparison.Ordinal)
        ? $"{name}: {e.Message}"
        : e.Message;

    /// <summary>"en_ewt-ud-dev.iob2" → "ewt-dev", the key of a file's scores in the manifest.</summary>
    internal static string DataSetName(string path)
    {
        var name = Path.GetFileName(path);
        int dot = name.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0)
        {
            name = name[..dot];
        }
        if (name.StartsWith("en_", StringComparison.Ordinal))
        {
            name = name[3..];
        }
        return name.Replace("-ud-", "-", StringComparison.Ordinal);
    }

    internal static Dictionary<string, double> Scores(NerScore overall, IReadOnlyDictionary<string, NerScore> byType)
    {
        var scores = new Dictionary<string, double>
        {
            ["precision"] = Math.Round(overall.Precision, 2),
            ["recall"] = Math.Round(overall.Recall, 2),
            ["f1"] = Math.Round(overall.F1, 2),
        };
        foreach (var (type, score) in byType)
        {
            scores[$"{type.ToLowerInvariant()}_precision"] = Math.Round(score.Precision, 2);
            scores[$"{type.ToLowerInvariant()}_recall"] = Math.Round(score.Recall, 2);
            scores[$"{type.ToLowerInvariant()}_f1"] = Math.Round(score.F1, 2);
        }
        return scores;
    }

    private static string Licence(string path) =>
        Path.GetFileName(path).Contains("wikigold", StringComparison.OrdinalIgnoreCase)
            ? "CC BY 4.0 (wikigold, Balasuriya et al. 2009)"
            : "CC BY-SA 4.0 (Universal NER, Mayhew et al. 2024; text from Universal Dependencies)";

    // File names only: the manifest must not depend on where the data sat on the training machine.
    private static string CommandLine(string[] train, string dev, string[] test, string outDir, EntityTrainingOptions options)
    {
        var parts = new List<string> { "parley train ner" };
        parts.AddRange(train.Select(f => $"--train {Path.GetFileName(f)}"));
        parts.Add($"--dev {Path.GetFileName(dev)}");
        parts.AddRange(test.Select(f => $"--test {Path.GetFileName(f)}"));
        parts.Add($"--out {outDir}");
        parts.Add($"--epochs {options.Epochs} --seed {options.Seed} --min-count {options.MinFeatureCount} --prune {options.PruneBelow.ToString(CultureInfo.InvariantCulture)} --margin {options.Margin.ToString(CultureInfo.InvariantCulture)} --word-dropout {options.WordDropout.ToString(CultureInfo.InvariantCulture)}");
        return string.Join(' ', parts);
    }
}

using System.CommandLine;
using System.Diagnostics;
using Parley.Nlp.Conllu;
using Parley.Nlp.Evaluation;
using Parley.Nlp.Learning;
using Parley.Nlp.Tagging;
using Parley.Nlp.Unlabelled;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley train tagger</c>: trains the part-of-speech tagger on CoNLL-U data and writes
/// <c>model.bin</c> and <c>manifest.json</c> into the output folder.
/// </summary>
public static class TrainTaggerCommand
{
    private const string Licence = "CC BY-SA 4.0 (UD English EWT)";

    public static Command Create()
    {
        var train = new Option<string>("--train") { Description = "CoNLL-U file to learn from (UD English EWT train).", Required = true };
        var dev = new Option<string>("--dev") { Description = "CoNLL-U file to pick the best epoch on (EWT dev).", Required = true };
        var output = new Option<string>("--out") { Description = "Model folder to write (models/tagger).", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data.", DefaultValueFactory = _ => new TaggerTrainingOptions().Epochs };
        var seed = new Option<int>("--seed") { Description = "Seed for shuffling the training sentences.", DefaultValueFactory = _ => new TaggerTrainingOptions().Seed };
        var folds = new Option<int>("--second-pass-folds")
        {
            Description = "Folds for jackknifing the first-pass guesses a second pass learns from (0: one pass only).",
            DefaultValueFactory = _ => new TaggerTrainingOptions().SecondPassFolds,
        };
        var prune = new Option<float>("--prune-below")
        {
            Description = "Drop features whose averaged weights are all smaller than this (keeps the model file small).",
            DefaultValueFactory = _ => new TaggerTrainingOptions().PruneBelow,
        };
        var models = new Option<int>("--models")
        {
            Description = "Models trained per pass with different seeds and averaged into one.",
            DefaultValueFactory = _ => new TaggerTrainingOptions().Models,
        };
        var dictionaryShare = new Option<double>("--dictionary-min-share")
        {
            Description = "A frequent word is tagged from the tag dictionary when its commonest tag has at least this share (above 1: no dictionary).",
            DefaultValueFactory = _ => new TaggerTrainingOptions().DictionaryMinShare,
        };
        var test = new Option<string[]>("--test")
        {
            Description = "Held-out CoNLL-U files scored once after training and recorded in the manifest (never used to choose anything).",
            AllowMultipleArgumentsPerToken = true,
        };

        var caseText = new Option<string[]>("--case-text")
        {
            Description = "Unannotated news (JSON Lines with title/text, or CSV with title/text columns; CSV rows whose id is a multiple of 5 are left out) from which, with the training text, the tagger learns how words are usually written, to read headlines in Title Case.",
            AllowMultipleArgumentsPerToken = true,
        };

        var command = new Command("tagger", "Train the part-of-speech tagger (UPOS and Penn XPOS).");
        command.Options.Add(caseText);
        command.Options.Add(train);
        command.Options.Add(dev);
        command.Options.Add(output);
        command.Options.Add(epochs);
        command.Options.Add(seed);
        command.Options.Add(folds);
        command.Options.Add(prune);
        command.Options.Add(models);
        command.Options.Add(dictionaryShare);
        command.Options.Add(test);
        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var options = new TaggerTrainingOptions
            {
                Epochs = parseResult.GetValue(epochs),
                Seed = parseResult.GetValue(seed),
                SecondPassFolds = parseResult.GetValue(folds),
                PruneBelow = parseResult.GetValue(prune),
                Models = parseResult.GetValue(models),
                DictionaryMinShare = parseResult.GetValue(dictionaryShare),
            };
            if (options.Models < 1)
            {
                stderr.WriteLine("parley: --models must be at least 1.");
                return ExitCodes.UsageError;
            }
            if (options.Epochs < 1)
            {
                stderr.WriteLine("parley: --epochs must be at least 1.");
                return ExitCodes.UsageError;
            }
            string trainPath = parseResult.GetValue(train)!;
            string devPath = parseResult.GetValue(dev)!;
            string outDir = parseResult.GetValue(output)!;
            string[] testPaths = parseResult.GetValue(test) ?? [];
            string[] caseTextPaths = parseResult.GetValue(caseText) ?? [];
            try
            {
                var trainSentences = Read(trainPath);
                CaseLexicon? cases = null;
                if (caseTextPaths.Length > 0)
                {
                    var running = trainSentences.Select(s => (IReadOnlyList<string>)[.. s.Words.Select(w => w.Form)])
                        .Concat(caseTextPaths.SelectMany(UnlabelledText.ReadSentences));
                    cases = CaseLexicon.Learn(running);
                    stdout.WriteLine($"Case lexicon: {cases.Count:N0} words from the training text and {caseTextPaths.Length} unannotated file(s).");
                }
                var devSentences = Read(devPath);
                var testSets = testPaths.Select(p => (Path: p, Sentences: Read(p))).ToList();
                stdout.WriteLine($"Training the tagger on {trainSentences.Count:N0} sentences ({trainSentences.Sum(s => s.Words.Count):N0} words), {options.Epochs} epochs, seed {options.Seed}.");
                var clock = Stopwatch.StartNew();
                var result = TaggerTrainer.Train(trainSentences, devSentences, options, stdout.WriteLine, cases);
                stdout.WriteLine($"Best epoch {result.Best.Epoch}: dev UPOS {result.Best.DevUpos:P2}, XPOS {result.Best.DevXpos:P2} ({clock.Elapsed.TotalSeconds:F0} s).");

                var scores = new Dictionary<string, IReadOnlyDictionary<string, double>>
                {
                    [UdEvaluator.DataSetName(devPath)] = Percentages(result.Best.DevUpos, result.Best.DevXpos),
                };
                foreach (var (path, sentences) in testSets)
                {
                    var (upos, xpos) = TaggerTrainer.Score(result.Tagger, sentences);
                    scores[UdEvaluator.DataSetName(path)] = Percentages(upos, xpos);
                    stdout.WriteLine($"{UdEvaluator.DataSetName(path)}: UPOS {upos:P2}, XPOS {xpos:P2}");
                }

                long bytes = result.Tagger.Save(outDir);
                new ModelManifest
                {
                    Name = "tagger",
                    Kind = PerceptronTagger.Kind,
                    FormatVersion = result.Tagger.FileFormatVersion,
                    Command = "parley " + string.Join(' ', parseResult.Tokens.Select(t => t.Value)),
                    Data = [ModelManifest.Describe(trainPath, Licence), ModelManifest.Describe(devPath, Licence), .. caseTextPaths.Select(p => ModelManifest.Describe(p, TextLicence(p)))],
                    Seed = options.Seed,
                    Parameters = new Dictionary<string, object?>
                    {
                        ["epochs"] = options.Epochs,
                        ["best_epoch"] = result.Best.Epoch,
                        ["labels"] = "joint UPOS|XPOS",
                        ["label_count"] = result.Tagger.Labels.Count,
                        ["features"] = result.Tagger.Features,
                        ["tag_dictionary_words"] = result.Tagger.Dictionary.Count,
                        ["dictionary_min_count"] = options.DictionaryMinCount,
                        ["dictionary_min_share"] = options.DictionaryMinShare,
                        ["prune_below"] = options.PruneBelow,
                        ["passes"] = result.Tagger.HasSecondPass ? 2 : 1,
                        ["models_per_pass"] = options.Models,
                        ["first_pass_dev"] = result.FirstPassBest is null ? null : Percentages(result.FirstPassBest.DevUpos, result.FirstPassBest.DevXpos),
                        ["second_pass_folds"] = options.SecondPassFolds,
                        ["first_pass_dev_by_epoch"] = result.FirstPassEpochs.Count == 0 ? null : ByEpoch(result.FirstPassEpochs),
                        ["dev_by_epoch"] = ByEpoch(result.Epochs),
                        ["case_lexicon_words"] = result.Tagger.Cases.Count,
                        ["case_text"] = caseTextPaths.Length == 0 ? null : "words' usual case learned from the training text and the --case-text files (only their text; CSV rows with an id that is a multiple of 5 left out)",
                        ["finite_verb_repair"] = "a sentence ending in a full stop whose tags have no finite verb takes the past participle after a nominal that scored closest to the simple past as VBD; a headline without one takes such a common noun as VBP/VBZ when within the headline margin",
                    },
                    Scores = scores,
                    WeightsBytes = bytes,
                    Created = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                }.Write(outDir);
                stdout.WriteLine($"Wrote {Path.Combine(outDir, ModelFile.WeightsName)} ({bytes / 1024.0 / 1024.0:F1} MB) and {ModelManifest.FileName}.");
                return ExitCodes.Success;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ConlluFormatException or InvalidDataException)
            {
                stderr.WriteLine($"parley: {e.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    /// <summary>The licence of an unannotated text file, by its name (the files of ../shared/data/news and events).</summary>
    private static string TextLicence(string path) => Path.GetFileName(path) switch
    {
        var n when n.StartsWith("synthetic-stories", StringComparison.Ordinal) => "MIT (NGEC synthetic stories; text only)",
        var n when n.StartsWith("voa", StringComparison.Ordinal) => "US government work, public domain (Voice of America)",
        var n when n.StartsWith("wikinews", StringComparison.Ordinal) => "CC BY 2.5 (Wikinews)",
        _ => "see NOTICE",
    };

    private static List<object> ByEpoch(IEnumerable<TaggerEpoch> epochs)
        => [.. epochs.Select(e => (object)new { e.Epoch, upos = Math.Round(100 * e.DevUpos, 2), xpos = Math.Round(100 * e.DevXpos, 2) })];

    private static Dictionary<string, double> Percentages(double upos, double xpos) => new()
    {
        ["upos"] = Math.Round(100 * upos, 2),
        ["xpos"] = Math.Round(100 * xpos, 2),
    };

    private static List<ConlluSentence> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such file.", path);
        }
        return [.. ConlluReader.ReadFile(path)];
    }
}

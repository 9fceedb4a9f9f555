using System.CommandLine;
using Parley.Nlp.Conllu;
using Parley.Nlp.Evaluation;
using Parley.Nlp.Learning;
using Parley.Nlp.Lemmatization;
using Parley.Nlp.Tagging;
using Parley.Text;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley train lemmatizer</c>: learns the lemmatizer's suffix rules and exceptions from CoNLL-U data and
/// WordNet's exception lists, and writes <c>model.bin</c> and <c>manifest.json</c> into the output folder.
/// </summary>
public static class TrainLemmatizerCommand
{
    private const string EwtLicence = "CC BY-SA 4.0 (UD English EWT)";
    private const string WordNetLicence = "WordNet 3.0 licence (Princeton University)";

    public static Command Create()
    {
        var train = new Option<string>("--train") { Description = "CoNLL-U file to learn from (UD English EWT train).", Required = true };
        var dev = new Option<string>("--dev") { Description = "CoNLL-U file to report the development score on (EWT dev).", Required = true };
        var output = new Option<string>("--out") { Description = "Model folder to write (models/lemmatizer).", Required = true };
        var wordnet = new Option<string?>("--wordnet") { Description = "Folder with WordNet's noun.exc, verb.exc, adj.exc and adv.exc (irregular forms) and index.verb (the verbs)." };
        var tagger = new Option<string?>("--tagger") { Description = "Tagger model folder: also score with predicted tags, as the pipeline runs." };
        var test = new Option<string[]>("--test")
        {
            Description = "Held-out CoNLL-U files scored once after training and recorded in the manifest (never used to choose anything).",
            AllowMultipleArgumentsPerToken = true,
        };

        var command = new Command("lemmatizer", "Train the lemmatizer (suffix rules and exceptions by Penn tag).");
        command.Options.Add(train);
        command.Options.Add(dev);
        command.Options.Add(output);
        command.Options.Add(wordnet);
        command.Options.Add(tagger);
        command.Options.Add(test);
        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            string trainPath = parseResult.GetValue(train)!;
            string devPath = parseResult.GetValue(dev)!;
            string outDir = parseResult.GetValue(output)!;
            string? wordnetDir = parseResult.GetValue(wordnet);
            string? taggerDir = parseResult.GetValue(tagger);
            string[] testPaths = parseResult.GetValue(test) ?? [];
            var options = new LemmatizerTrainingOptions();
            try
            {
                var trainSentences = Read(trainPath);
                var lexicon = wordnetDir is null ? [] : WordNetExceptions.Read(wordnetDir);
                var taggerModel = taggerDir is null ? null : PerceptronTagger.Load(taggerDir);
                var lemmatizer = LemmatizerTrainer.Train(
                    trainSentences.SelectMany(s => s.Words).Select(w => new LemmaExample(w.Form, w.Xpos, w.Lemma)),
                    lexicon,
                    options,
                    wordnetDir is null ? null : WordNetExceptions.VerbLemmas(wordnetDir));
                stdout.WriteLine($"Learned {lemmatizer.SuffixRules:N0} suffix rules and {lemmatizer.Exceptions:N0} exceptions from {trainSentences.Count:N0} sentences and {lexicon.Count:N0} WordNet entries; it knows {lemmatizer.KnownVerbs:N0} verbs.");

                var scores = new Dictionary<string, IReadOnlyDictionary<string, double>>();
                foreach (var path in new[] { devPath }.Concat(testPaths))
                {
                    var sentences = Read(path);
                    var score = new Dictionary<string, double> { ["lemma_gold_tags"] = Math.Round(100 * Score(lemmatizer, sentences, null), 2) };
                    if (taggerModel is not null)
                    {
                        score["lemma"] = Math.Round(100 * Score(lemmatizer, sentences, taggerModel), 2);
                    }
                    scores[UdEvaluator.DataSetName(path)] = score;
                    stdout.WriteLine($"{UdEvaluator.DataSetName(path)}: " + string.Join(", ", score.Select(kv => $"{kv.Key} {kv.Value:F2} %")));
                }

                long bytes = lemmatizer.Save(outDir);
                var data = new List<TrainingData> { ModelManifest.Describe(trainPath, EwtLicence), ModelManifest.Describe(devPath, EwtLicence) };
                if (wordnetDir is not null)
                {
                    data.AddRange(WordNetExceptions.Files(wordnetDir).Select(f => ModelManifest.Describe(f, WordNetLicence)));
                }
                new ModelManifest
                {
                    Name = "lemmatizer",
                    Kind = Lemmatizer.Kind,
                    FormatVersion = Lemmatizer.FormatVersion,
                    Command = "parley " + string.Join(' ', parseResult.Tokens.Select(t => t.Value)),
                    Data = data,
                    Parameters = new Dictionary<string, object?>
                    {
                        ["max_suffix"] = options.MaxSuffix,
                        ["min_support"] = options.MinSupport,
                        ["suffix_rules"] = lemmatizer.SuffixRules,
                        ["exceptions"] = lemmatizer.Exceptions,
                        ["known_verbs"] = lemmatizer.KnownVerbs,
                        ["case_keeping_tags"] = lemmatizer.CaseKeepingTags.Order(StringComparer.Ordinal).ToList(),
                        ["scores_with_predicted_tags_from"] = taggerDir,
                    },
                    Scores = scores,
                    WeightsBytes = bytes,
                    Created = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                }.Write(outDir);
                stdout.WriteLine($"Wrote {Path.Combine(outDir, ModelFile.WeightsName)} ({bytes / 1024.0:F0} KB) and {ModelManifest.FileName}.");
                return ExitCodes.Success;
            }
            catch (ModelFormatException e)
            {
                stderr.WriteLine($"parley: {e.Message}");
                return ExitCodes.Failure;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ConlluFormatException)
            {
                stderr.WriteLine($"parley: {e.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    /// <summary>Lemma accuracy over words, with gold tags or (when <paramref name="tagger"/> is given) predicted ones.</summary>
    private static double Score(Lemmatizer lemmatizer, List<ConlluSentence> sentences, PerceptronTagger? tagger)
    {
        var evaluator = new UdEvaluator();
        foreach (var sentence in sentences)
        {
            Document doc;
            if (tagger is null)
            {
                doc = GoldDocuments.FromSentence(sentence);
            }
            else
            {
                doc = UdEvaluator.TokenDocument(sentence);
                tagger.Process(doc);
            }
            lemmatizer.Process(doc);
            evaluator.Add(sentence, doc);
        }
        return evaluator.Scores.Lemmas ?? 0;
    }

    private static List<ConlluSentence> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such file.", path);
        }
        return [.. ConlluReader.ReadFile(path)];
    }
}

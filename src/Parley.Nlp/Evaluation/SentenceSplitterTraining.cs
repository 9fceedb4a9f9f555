using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Parley.Nlp.Conllu;
using Parley.Text.Tokenization;

namespace Parley.Nlp.Evaluation;

/// <summary>
/// Trains the sentence splitter's boundary model on treebanks and writes it as a model folder:
/// <c>weights.bin</c> and a <c>manifest.json</c> with the training data's hash, the settings, and the
/// scores on the held-out files, so the model ships with its score beside it.
/// </summary>
public static class SentenceSplitterTraining
{
    /// <summary>The manifest's file name inside the model folder.</summary>
    public const string ManifestFile = "manifest.json";

    /// <summary>Trains on <paramref name="trainFiles"/>, scores on <paramref name="heldOutFiles"/>, and writes the folder.</summary>
    /// <returns>The held-out scores, by file name.</returns>
    public static IReadOnlyDictionary<string, TokenizationScores> TrainAndSave(
        IReadOnlyList<string> trainFiles, IReadOnlyList<string> heldOutFiles, string outputDirectory, int epochs = 20, int seed = 1, int sizeBits = 18, float threshold = 1)
    {
        ArgumentNullException.ThrowIfNull(trainFiles);
        ArgumentNullException.ThrowIfNull(heldOutFiles);
        ArgumentNullException.ThrowIfNull(outputDirectory);
        if (trainFiles.Count == 0)
        {
            throw new ArgumentException("Give at least one training file.", nameof(trainFiles));
        }
        var tokenizer = new Tokenizer();
        var examples = trainFiles.Select(f => SentenceBoundaryCorpus.FromConllu(ConlluReader.ReadFile(f).ToList(), tokenizer)).ToList();
        var model = SentenceBoundaryTrainer.Train(examples, epochs, seed, sizeBits, threshold);

        Directory.CreateDirectory(outputDirectory);
        model.Save(Path.Combine(outputDirectory, SentenceBoundaryModel.WeightsFile));

        var evaluator = new TokenizationEvaluator(tokenizer, new SentenceSplitter(model));
        var scores = new Dictionary<string, TokenizationScores>(StringComparer.Ordinal);
        foreach (var file in heldOutFiles)
        {
            scores[Path.GetFileName(file)] = evaluator.Evaluate(ConlluReader.ReadFile(file).ToList());
        }

        var manifest = new Dictionary<string, object>
        {
            ["model"] = "sentence-splitter",
            ["format_version"] = 1,
            ["trained_by"] = "Parley SentenceBoundaryTrainer (averaged perceptron over the gaps the rule-based splitter sees)",
            ["training_data"] = trainFiles.Select(f => new Dictionary<string, string>
            {
                ["file"] = Path.GetFileName(f),
                ["sha256"] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(f))),
            }).ToList(),
            ["settings"] = new Dictionary<string, object> { ["epochs"] = epochs, ["seed"] = seed, ["size_bits"] = sizeBits, ["threshold"] = threshold },
            ["scores"] = scores.ToDictionary(s => s.Key, s => (object)new Dictionary<string, string>
            {
                ["tokens_f1"] = Percent(s.Value.Tokens.F1),
                ["words_f1"] = Percent(s.Value.Words.F1),
                ["sentences_f1"] = Percent(s.Value.Sentences.F1),
            }),
        };
        File.WriteAllText(Path.Combine(outputDirectory, ManifestFile), JsonSerializer.Serialize(manifest, new JsonSerializerOptions { WriteIndented = true }) + "\n");
        return scores;
    }

    private static string Percent(double value) => (100 * value).ToString("F2", CultureInfo.InvariantCulture);
}

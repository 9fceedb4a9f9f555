using System.CommandLine;
using System.Globalization;
using Parley.Nlp.Conllu;
using Parley.Nlp.Evaluation;
using Parley.Text.Tokenization;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley eval tokenize --gold FILE.conllu [--gold FILE2 ...] [--splitter-model DIR]</c>: rebuilds each gold
/// file's raw text, runs the tokenizer and sentence splitter on it, and prints CoNLL 2018 Tokens, Words and
/// Sentences precision, recall and F1. With <c>--train-splitter TRAIN.conllu --save DIR</c> it first trains the
/// splitter's boundary model, writes it to DIR with its manifest, and scores the gold files with it.
/// </summary>
public static class EvalTokenizeCommand
{
    public static Command Create()
    {
        var gold = new Option<FileInfo[]>("--gold")
        {
            Description = "A CoNLL-U file with gold tokens and sentences (repeat for more files).",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
        };
        var model = new Option<DirectoryInfo?>("--splitter-model")
        {
            Description = "A sentence-splitter model folder (models/sentence-splitter); without it the splitter uses its rules alone.",
        };
        var train = new Option<FileInfo[]>("--train-splitter")
        {
            Description = "Train the splitter's boundary model on these CoNLL-U files first (needs --save).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var save = new Option<DirectoryInfo?>("--save") { Description = "Where --train-splitter writes the model folder." };
        var command = new Command("tokenize", "Score the tokenizer and sentence splitter against CoNLL-U gold files (CoNLL 2018 Tokens, Words, Sentences F1).");
        command.Options.Add(gold);
        command.Options.Add(model);
        command.Options.Add(train);
        command.Options.Add(save);
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var goldFiles = parseResult.GetValue(gold) ?? [];
            var modelFolder = parseResult.GetValue(model);
            var trainFiles = parseResult.GetValue(train) ?? [];
            if (trainFiles.Length > 0)
            {
                var saveFolder = parseResult.GetValue(save);
                if (saveFolder is null)
                {
                    error.WriteLine("parley: --train-splitter needs --save DIR to write the model to.");
                    return ExitCodes.UsageError;
                }
                output.WriteLine($"Training the sentence-splitter model on {string.Join(", ", trainFiles.Select(f => f.Name))} ...");
                SentenceSplitterTraining.TrainAndSave([.. trainFiles.Select(f => f.FullName)], [.. goldFiles.Select(f => f.FullName)], saveFolder.FullName);
                output.WriteLine($"Wrote {saveFolder.FullName}");
                modelFolder = saveFolder;
            }
            SentenceSplitter splitter;
            try
            {
                splitter = modelFolder is null
                    ? new SentenceSplitter()
                    : new SentenceSplitter(SentenceBoundaryModel.Load(Path.Combine(modelFolder.FullName, SentenceBoundaryModel.WeightsFile)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                error.WriteLine($"parley: cannot load the sentence-splitter model: {ex.Message}");
                return ExitCodes.Failure;
            }
            return Run(goldFiles, splitter, output, error);
        });
        return command;
    }

    /// <summary>Scores every file and prints one table per file (and a total when there are several); returns the exit code.</summary>
    public static int Run(IReadOnlyList<FileInfo> files, SentenceSplitter splitter, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(splitter);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var evaluator = new TokenizationEvaluator(new Tokenizer(), splitter);
        TokenizationScores? total = null;
        int exit = ExitCodes.Success;
        foreach (var file in files)
        {
            TokenizationScores scores;
            try
            {
                var sentences = ConlluReader.ReadFile(file.FullName).ToList();
                scores = evaluator.Evaluate(sentences);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ConlluFormatException or ArgumentException)
            {
                error.WriteLine($"parley: {file.FullName}: {ex.Message}");
                exit = ExitCodes.SomeSkipped;
                continue;
            }
            Print(output, file.Name, scores);
            total = total is null ? scores : total + scores;
        }
        if (total is null)
        {
            return ExitCodes.Failure;
        }
        if (files.Count > 1)
        {
            Print(output, "all files", total);
        }
        return exit;
    }

    private static void Print(TextWriter output, string title, TokenizationScores scores)
    {
        output.WriteLine(title);
        output.WriteLine("  Metric       Precision     Recall         F1       Gold     System");
        Row(output, "Tokens", scores.Tokens);
        Row(output, "Words", scores.Words);
        Row(output, "Sentences", scores.Sentences);
        output.WriteLine();
    }

    private static void Row(TextWriter output, string name, F1Score score) =>
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-10} {100 * score.Precision,11:F2} {100 * score.Recall,10:F2} {100 * score.F1,10:F2} {score.Gold,10} {score.System,10}"));
}

using System.CommandLine;
using Parley.Nlp.Entities;
using Parley.Nlp.Evaluation;
using Parley.Nlp.Iob;
using Parley.Nlp.Learning;
using Parley.Text;

namespace Parley.Cli.Commands;

/// <summary><c>parley eval ner</c>: scores the named-entity recogniser on a gold IOB file (gold tokens, exact span match).</summary>
public static class EvalNerCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Gold IOB file (Universal NER or CoNLL layout).", Required = true };
        var models = new Option<string>("--models") { Description = "Models folder holding ner/, or the ner model folder itself.", DefaultValueFactory = _ => "models" };
        var write = new Option<string?>("--write") { Description = "Also write the tokens with gold and predicted IOB2 labels (conlleval's input layout) to this file." };

        var command = new Command("ner", "Score the named-entity recogniser on gold IOB data: precision, recall and F1 per type and overall.") { gold, models, write };
        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            var goldFile = parseResult.GetRequiredValue(gold);
            var modelDir = parseResult.GetRequiredValue(models);
            var writeFile = parseResult.GetValue(write);
            if (!File.Exists(Path.Combine(modelDir, ModelFile.WeightsName)) && Directory.Exists(Path.Combine(modelDir, "ner")))
            {
                modelDir = Path.Combine(modelDir, "ner");
            }

            EntityRecognizer recognizer;
            List<Document> docs;
            try
            {
                recognizer = EntityRecognizer.Load(modelDir);
                docs = TrainNerCommand.ReadGold(goldFile, recognizer.Types.ToHashSet(StringComparer.Ordinal));
            }
            catch (ModelFormatException e)
            {
                stderr.WriteLine($"parley: {e.Message}");
                return ExitCodes.Failure;
            }
            catch (Exception e) when (e is IobFormatException or IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine($"parley: {TrainNerCommand.Describe(e)}");
                return ExitCodes.Failure;
            }

            var evaluator = new NerEvaluator();
            var predicted = new List<EntitySpan>();
            TextWriter? writer = null;
            try
            {
                writer = writeFile is null ? null : new StreamWriter(writeFile);
                foreach (var doc in docs)
                {
                    predicted.Clear();
                    recognizer.Recognize(doc, predicted);
                    evaluator.Add(doc.Entities, predicted);
                    if (writer is not null)
                    {
                        var goldLabels = IobScheme.Encode(doc.Entities, doc.Count);
                        var guessLabels = IobScheme.Encode(predicted, doc.Count);
                        for (int i = 0; i < doc.Count; i++)
                        {
                            writer.WriteLine($"{doc[i].Text} {goldLabels[i]} {guessLabels[i]}");
                        }
                        writer.WriteLine();
                    }
                }
            }
            catch (IOException e)
            {
                stderr.WriteLine($"parley: {writeFile}: {e.Message}");
                return ExitCodes.Failure;
            }
            finally
            {
                writer?.Dispose();
            }

            stdout.WriteLine($"{goldFile}: {docs.Sum(d => d.SentenceStarts.Count)} sentences, {docs.Sum(d => d.Count)} tokens; model {modelDir}");
            stdout.WriteLine($"{"type",-8} {"gold",6} {"found",6} {"right",6} {"P",7} {"R",7} {"F1",7}");
            foreach (var (type, score) in evaluator.ByType)
            {
                stdout.WriteLine(Row(type, score));
            }
            stdout.WriteLine(Row("overall", evaluator.Overall));
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Row(string name, NerScore s) =>
        $"{name,-8} {s.Gold,6} {s.Predicted,6} {s.Correct,6} {s.Precision,7:F2} {s.Recall,7:F2} {s.F1,7:F2}";
}

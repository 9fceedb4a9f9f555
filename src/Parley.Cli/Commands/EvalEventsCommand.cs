using System.CommandLine;
using System.Globalization;
using Parley.Coding;
using Parley.Coding.Evaluation;
using Parley.Nlp.Evaluation;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley eval events --gold FILE [--gold FILE…] --pred FILE [--show-errors]</c>: scores coded events (JSON Lines of event
/// records, as <c>parley code</c> writes them) against annotated gold events: precision, recall and F1 at the CAMEO
/// root and for exact codes, agreement of the matched pairs on code, modality, date, location and attribution, a
/// table by root, and the misses and false positives. Bad lines are reported and skipped (exit code 1).
/// </summary>
public static class EvalEventsCommand
{
    // Short names of the CAMEO roots, for reading the table by root.
    private static readonly Dictionary<string, string> RootNames = new(StringComparer.Ordinal)
    {
        ["01"] = "Make public statement",
        ["02"] = "Appeal",
        ["03"] = "Express intent to cooperate",
        ["04"] = "Consult",
        ["05"] = "Diplomatic cooperation",
        ["06"] = "Material cooperation",
        ["07"] = "Provide aid",
        ["08"] = "Yield",
        ["09"] = "Investigate",
        ["10"] = "Demand",
        ["11"] = "Disapprove",
        ["12"] = "Reject",
        ["13"] = "Threaten",
        ["14"] = "Protest",
        ["15"] = "Exhibit force posture",
        ["16"] = "Reduce relations",
        ["17"] = "Coerce",
        ["18"] = "Assault",
        ["19"] = "Fight",
        ["20"] = "Unconventional mass violence",
    };

    public static Command Create()
    {
        var gold = new Option<string[]>("--gold")
        {
            Description = "Gold events, JSON Lines (eval/gold/events-dev.jsonl); repeat to score against several files together.",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
        };
        var pred = new Option<string>("--pred") { Description = "Predicted events, JSON Lines of event records as 'parley code' writes them.", Required = true };
        var showErrors = new Option<bool>("--show-errors") { Description = "List the missed gold events and the false positives." };

        var command = new Command("events", "Score coded events against gold events: P/R/F1 by CAMEO root and exact code, agreement on modality, date, location, attribution.");
        command.Options.Add(gold);
        command.Options.Add(pred);
        command.Options.Add(showErrors);
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(gold),
            parseResult.GetRequiredValue(pred),
            parseResult.GetValue(showErrors),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Reads both files, prints the report and returns the exit code: 0, 1 when lines were skipped, 3 when a file cannot be read or the gold holds no event.</summary>
    public static int Run(IReadOnlyList<string> goldPaths, string predPath, bool showErrors, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(goldPaths);
        ArgumentNullException.ThrowIfNull(predPath);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        foreach (var path in goldPaths.Append(predPath))
        {
            if (!File.Exists(path))
            {
                error.WriteLine($"parley: {path}: no such file.");
                return ExitCodes.Failure;
            }
        }
        EvaluationFile<GoldEvent> gold;
        EvaluationFile<EventRecord> predicted;
        // Which file each gold event came from, to name it in the list of misses.
        var fileOf = new Dictionary<GoldEvent, string>(ReferenceEqualityComparer.Instance);
        try
        {
            var golds = goldPaths.Select(GoldEventReader.Read).ToList();
            foreach (var file in golds)
            {
                foreach (var g in file.Items)
                {
                    fileOf[g] = file.Path;
                }
            }
            gold = new EvaluationFile<GoldEvent>(string.Join(" + ", goldPaths), [.. golds.SelectMany(g => g.Items)], [.. golds.SelectMany(g => g.Problems)]);
            predicted = PredictedEventReader.Read(predPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"parley: {e.Message}");
            return ExitCodes.Failure;
        }
        foreach (var problem in gold.Problems.Concat(predicted.Problems))
        {
            error.WriteLine($"parley: {problem}; skipped");
        }
        if (gold.Items.Count == 0)
        {
            error.WriteLine($"parley: {string.Join(", ", goldPaths)}: no gold events to score against.");
            return ExitCodes.Failure;
        }

        var evaluation = EventEvaluator.Evaluate(gold.Items, predicted.Items);
        Print(output, gold, predicted, evaluation, showErrors, fileOf);
        return gold.Problems.Count + predicted.Problems.Count > 0 ? ExitCodes.SomeSkipped : ExitCodes.Success;
    }

    private static void Print(TextWriter output, EvaluationFile<GoldEvent> gold, EvaluationFile<EventRecord> predicted, EventEvaluation result, bool showErrors, Dictionary<GoldEvent, string> fileOf)
    {
        output.WriteLine($"gold       {gold.Path}: {Count(result.Root.Gold, "event")} in {Count(result.GoldArticles, "article")}{Skipped(gold.Problems.Count)}");
        output.WriteLine($"predicted  {predicted.Path}: {Count(predicted.Items.Count, "event")}{Skipped(predicted.Problems.Count)}");
        output.WriteLine($"Only the {result.GoldArticles} articles of the gold file are scored: {result.Root.System} predicted events in them, {result.IgnoredPredictions} in other articles ignored.");
        output.WriteLine();
        output.WriteLine($"{"",-12} {"gold",6} {"pred",6} {"match",6} {"P",7} {"R",7} {"F1",7}");
        output.WriteLine(ScoreRow("root", result.Root, 12));
        output.WriteLine(ScoreRow("exact code", result.Code, 12));
        output.WriteLine();

        output.WriteLine($"On the {result.Matches.Count} matched pairs (root level):");
        output.WriteLine(AgreementRow("exact code", result.SameCode));
        output.WriteLine(AgreementRow("modality", result.SameModality));
        output.WriteLine(AgreementRow("event date", result.SameDate));
        output.WriteLine(AgreementRow("  to gold's precision", result.SameDateToGoldPrecision));
        output.WriteLine(AgreementRow("location", result.SameLocation));
        output.WriteLine(AgreementRow("attribution", result.SameAttributionPresence) + "   (both or neither have one)");
        output.WriteLine();

        output.WriteLine("Right by confidence (root level; calibrated when the rate is near the band):");
        foreach (var band in result.Calibration.Where(b => b.Right.Total > 0))
        {
            output.WriteLine(AgreementRow(string.Create(CultureInfo.InvariantCulture, $"{band.From:F1}–{band.To:F1}"), band.Right));
        }
        output.WriteLine();

        output.WriteLine("By CAMEO root:");
        output.WriteLine($"  {"root",-32} {"gold",6} {"pred",6} {"match",6} {"P",7} {"R",7} {"F1",7}");
        foreach (var (root, score) in result.ByRoot)
        {
            output.WriteLine("  " + ScoreRow($"{root} {RootNames.GetValueOrDefault(root, "?")}", score, 32));
        }
        output.WriteLine();

        output.WriteLine($"{Count(result.Misses.Count, "gold event")} missed, {Count(result.FalsePositives.Count, "false positive")}{(showErrors ? "." : " (--show-errors lists them).")}");
        if (!showErrors)
        {
            return;
        }
        if (result.Misses.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Missed (gold events no prediction matched):");
            foreach (var g in result.Misses)
            {
                output.WriteLine(ErrorRow(g.ArticleId, g.SentenceIndex, g.Cameo, g.Source, g.Target, g.Symmetric, g.Trigger, g.SourceText, g.TargetText,
                    $"{fileOf[g]}:{g.Line}"));
            }
        }
        if (result.FalsePositives.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("False positives (predictions no gold event matched):");
            foreach (var p in result.FalsePositives)
            {
                output.WriteLine(ErrorRow(p.ArticleId, p.SentenceIndex, p.Cameo, EventEvaluator.Country(p.Source), EventEvaluator.Country(p.Target), false,
                    p.Trigger.Text, ActorText(p.Source), ActorText(p.Target), p.Rule));
            }
        }
    }

    private static string Skipped(int lines) => lines == 0 ? string.Empty : $" ({Count(lines, "bad line")} skipped)";

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";

    private static string ScoreRow(string name, F1Score s, int width) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{name.PadRight(width)} {s.Gold,6} {s.System,6} {s.Correct,6} {100 * s.Precision,7:F1} {100 * s.Recall,7:F1} {100 * s.F1,7:F1}");

    private static string AgreementRow(string name, Agreement a) =>
        string.Create(CultureInfo.InvariantCulture, $"  {name,-22} {a.Right,5} / {a.Total,-5} {100 * a.Rate,6:F1} %");

    /// <summary>A predicted actor's words and, since the country it is compared by hides it, its full code.</summary>
    private static string? ActorText(EventActor? actor) => actor is null ? null : $"{actor.Text} ({actor.Code ?? "no code"})";

    private static string ErrorRow(string article, int sentence, string cameo, string? source, string? target, bool symmetric,
        string? trigger, string? sourceText, string? targetText, string where) =>
        string.Create(CultureInfo.InvariantCulture,
            $"  {article} s{sentence,-3} {cameo,-4}  {source ?? "-",-6} {(symmetric ? "<->" : "->")} {target ?? "-",-6}  {trigger ?? "?"}: {sourceText ?? "-"} / {targetText ?? "-"}   [{where}]");
}

using System.CommandLine;
using System.Globalization;
using System.Xml;
using Parley.Coding.Petrarch;
using Parley.Engine;
using Parley.Knowledge;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley eval petrarch --records FILE --dictionaries DIR [--show-errors] [--not-applicable FILE]</c>: runs PETRARCH's
/// validation records through Parley's pipeline and the PETRARCH coder (with the dictionary set in DIR) and ends
/// with <c>exactly right: K of N records (P %)</c>, N leaving out the records listed as not applicable.
/// </summary>
public static class EvalPetrarchCommand
{
    /// <summary>The committed list of records that test a Penn-tree construction, used when it is found from the working folder.</summary>
    public const string DefaultNotApplicable = "eval/petrarch/not-applicable.tsv";

    public static Command Create()
    {
        var records = new Option<FileInfo>("--records") { Description = "PETRARCH validation records (PETR.UnitTest.records.xml).", Required = true };
        var dictionaries = new Option<DirectoryInfo>("--dictionaries") { Description = "The PETRARCH dictionary set to code with (PETR.Validate.* files, or a PETR_config.ini).", Required = true };
        var showErrors = new Option<bool>("--show-errors") { Description = "Show each record that is not exactly right: its text, the expected events, what came out and why." };
        var notApplicable = new Option<FileInfo>("--not-applicable") { Description = $"Records left out of the count, 'id<TAB>reason' per line (default: {DefaultNotApplicable} when present)." };
        var models = CommonOptions.Models();
        var command = new Command("petrarch", "Code PETRARCH's validation records with Parley's parse and a PETRARCH dictionary set; count the records exactly right.");
        command.Options.Add(records);
        command.Options.Add(dictionaries);
        command.Options.Add(showErrors);
        command.Options.Add(notApplicable);
        command.Options.Add(models);
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(records).FullName,
            parseResult.GetRequiredValue(dictionaries).FullName,
            parseResult.GetValue(showErrors),
            parseResult.GetValue(notApplicable)?.FullName ?? (File.Exists(DefaultNotApplicable) ? DefaultNotApplicable : null),
            parseResult.GetValue(models)?.FullName ?? CommonOptions.DefaultModelsDirectory,
            CommonOptions.DefaultDictionariesDirectory,
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Runs the suite and prints the report; returns 0, or 3 when a file cannot be read or the models or dictionaries do not load.</summary>
    public static int Run(string recordsPath, string petrarchDir, bool showErrors, string? notApplicablePath, string modelsDir, string parleyDictionaries,
        TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        IReadOnlyList<PetrarchValidationRecord> records;
        IReadOnlyDictionary<string, string> notApplicable;
        PetrarchEventCoder coder;
        LanguagePipeline pipeline;
        try
        {
            records = PetrarchValidationReader.Read(recordsPath);
            notApplicable = notApplicablePath is null ? new Dictionary<string, string>() : PetrarchValidation.ReadNotApplicable(notApplicablePath);
            coder = PetrarchEventCoder.Load(petrarchDir, KnowledgeBase.Load(parleyDictionaries));
            pipeline = LanguagePipeline.Load(modelsDir);
        }
        catch (DictionaryException e)
        {
            foreach (var problem in e.Problems)
            {
                error.WriteLine(problem);
            }
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or XmlException or InvalidDataException || LanguagePipeline.IsLoadFailure(e))
        {
            error.WriteLine($"parley: {e.Message}");
            return ExitCodes.Failure;
        }
        foreach (var problem in coder.Refused)
        {
            error.WriteLine($"{problem} (line left out)");
        }
        var outcomes = PetrarchValidation.Run(records, pipeline.Process, coder, notApplicable);
        var counted = outcomes.Where(o => o.NotApplicable is null).ToList();
        int right = counted.Count(o => o.Right);
        if (showErrors)
        {
            foreach (var o in counted.Where(o => !o.Right))
            {
                output.WriteLine($"{o.Record.Id} (line {o.Record.Line}, {o.Record.Date:yyyy-MM-dd}): {o.Record.Text}");
                output.WriteLine("  expected: " + Describe(o.Record.Expected, o.Record.Error));
                output.WriteLine("  got:      " + Describe(o.Got, o.Discard));
                foreach (var why in o.Why)
                {
                    output.WriteLine("    " + why);
                }
            }
        }
        var categories = counted.GroupBy(o => o.Record.Category).OrderBy(g => g.Key, StringComparer.Ordinal);
        output.WriteLine("by category: " + string.Join(", ", categories.Select(g => $"{g.Key} {g.Count(o => o.Right)}/{g.Count()}")));
        output.WriteLine($"not applicable: {outcomes.Count - counted.Count} of {outcomes.Count} records (listed with their reasons in {notApplicablePath ?? "no file"})");
        double percent = counted.Count == 0 ? 0 : 100.0 * right / counted.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"exactly right: {right} of {counted.Count} records ({percent:0.0} %)"));
        return ExitCodes.Success;
    }

    private static string Describe(IReadOnlyList<(string Source, string Target, string Code)> events, string? error)
    {
        var parts = events.Select(e => $"{e.Source} {e.Target} {e.Code}").ToList();
        if (error is not null)
        {
            parts.Add(error);
        }
        return parts.Count == 0 ? "no event" : string.Join("; ", parts);
    }
}

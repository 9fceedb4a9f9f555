using System.CommandLine;
using System.Globalization;
using Parley.Coding.Actors;
using Parley.Engine;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley eval actors --gold FILE [--show-errors]</c>: resolves each description of a tab-separated actor test
/// set on its date and scores the country and the sector against the expected ones, overall and by category.
/// </summary>
public static class EvalActorsCommand
{
    public static Command Create()
    {
        var gold = new Option<FileInfo>("--gold") { Description = "The test set: text, date, country (or -), sector (or -), tab-separated; '# ' lines name categories.", Required = true };
        var showErrors = new Option<bool>("--show-errors") { Description = "List every description that resolved wrong." };
        var dictionaries = CommonOptions.Dictionaries();
        var models = CommonOptions.Models();
        var command = new Command("actors", "Score actor resolution (country and sector) on a test set of descriptions.");
        command.Options.Add(gold);
        command.Options.Add(showErrors);
        command.Options.Add(dictionaries);
        command.Options.Add(models);
        command.SetAction(parseResult => Run(
            parseResult.GetValue(gold)!,
            parseResult.GetValue(showErrors),
            parseResult.GetValue(dictionaries)?.FullName ?? CommonOptions.DefaultDictionariesDirectory,
            parseResult.GetValue(models)?.FullName ?? CommonOptions.DefaultModelsDirectory,
            parseResult.InvocationConfiguration));
        return command;
    }

    private sealed record Case(int Line, string Category, string Text, DateOnly Date, string? Country, string? Sector);

    private static int Run(FileInfo gold, bool showErrors, string dictionariesDir, string modelsDir, InvocationConfiguration console)
    {
        var output = console.Output;
        var error = console.Error;
        if (!gold.Exists)
        {
            error.WriteLine($"parley: {gold.FullName}: file not found");
            return ExitCodes.Failure;
        }
        var cases = new List<Case>();
        int bad = 0;
        string category = "all";
        var lines = File.ReadAllLines(gold.FullName);
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.StartsWith("# ", StringComparison.Ordinal) && !line.Contains('\t', StringComparison.Ordinal))
            {
                // A '# ' line right above a case names the category of the cases after it; other comment lines are notes.
                if (IsCategory(lines, i))
                {
                    category = line[2..].Trim();
                }
                continue;
            }
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var fields = line.Split('\t');
            if (fields.Length != 4 || !DateOnly.TryParseExact(fields[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                error.WriteLine($"{gold.FullName}:{i + 1}: expected text, date (YYYY-MM-DD), country, sector separated by tabs");
                bad++;
                continue;
            }
            cases.Add(new Case(i + 1, category, fields[0], date, fields[2] == "-" ? null : fields[2], fields[3] == "-" ? null : fields[3]));
        }
        var knowledge = ActorsCommand.LoadKnowledge(dictionariesDir, error);
        if (knowledge is null)
        {
            return ExitCodes.Failure;
        }
        LanguagePipeline pipeline;
        try
        {
            pipeline = LanguagePipeline.Load(modelsDir);
        }
        catch (Exception e) when (LanguagePipeline.IsLoadFailure(e))
        {
            error.WriteLine($"parley: {e.Message}");
            return ExitCodes.Failure;
        }
        var resolver = new ActorResolver(knowledge);
        var results = cases.Select(c =>
        {
            var actor = resolver.Resolve(pipeline.ProcessPhrase(c.Text), c.Date, null);
            // An actor expected to have no country (a body of the UN, "Rwandan-backed rebels") must still resolve to something.
            bool countryRight = actor.Country == c.Country && (actor.Code is not null || c.Country is null && actor.Sectors.Count > 0);
            bool sectorRight = c.Sector is null ? actor.Code is not null && actor.Sectors.Count == 0 : actor.Sectors.Contains(c.Sector);
            return (Case: c, Actor: actor, CountryRight: countryRight, SectorRight: sectorRight);
        }).ToList();
        output.WriteLine($"gold  {gold.FullName}: {cases.Count} descriptions");
        output.WriteLine();
        output.WriteLine($"{"category",-44} {"n",5} {"country",9} {"sector",9}");
        foreach (var group in results.GroupBy(r => r.Case.Category).Append(results.GroupBy(_ => "all").Single()))
        {
            int n = group.Count();
            output.WriteLine($"{group.Key,-44} {n,5} {Percent(group.Count(r => r.CountryRight), n),9} {Percent(group.Count(r => r.SectorRight), n),9}");
        }
        if (showErrors)
        {
            output.WriteLine();
            foreach (var r in results.Where(r => !r.CountryRight || !r.SectorRight))
            {
                output.WriteLine($"  {gold.Name}:{r.Case.Line}  {r.Case.Text} ({r.Case.Date:yyyy-MM-dd}): expected {r.Case.Country ?? "-"} {r.Case.Sector ?? "-"}, got {r.Actor.Code ?? "null"} ({r.Actor.Reason ?? "unresolved"})");
            }
        }
        output.Flush();
        return bad == 0 ? ExitCodes.Success : ExitCodes.SomeSkipped;
    }

    /// <summary>True when the '# ' line at <paramref name="i"/> is followed by a case line, so it names a category.</summary>
    private static bool IsCategory(string[] lines, int i) => i + 1 < lines.Length && lines[i + 1].Contains('\t', StringComparison.Ordinal);

    private static string Percent(int right, int n) => n == 0 ? "-" : (100.0 * right / n).ToString("0.0", CultureInfo.InvariantCulture) + " %";
}

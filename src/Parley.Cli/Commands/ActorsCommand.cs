using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Parley.Coding.Actors;
using Parley.Knowledge;
using Parley.Engine;
using Parley.Knowledge.Actors;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley actors resolve TEXT… [--date] [--country] [--format table|json]</c>: what each actor description codes
/// to and why; <c>parley actors lookup NAME…</c>: a person's or body's dated roles. For the people who keep the
/// dictionaries.
/// </summary>
public static class ActorsCommand
{
    public static Command Create()
    {
        var command = new Command("actors", "Check the actor dictionaries: resolve descriptions to codes, list a person's dated roles.");
        command.Subcommands.Add(Resolve());
        command.Subcommands.Add(Lookup());
        return command;
    }

    private static Option<string> Format() => new Option<string>("--format")
    {
        Description = "table (for reading) or json (one object per line, in input order).",
        DefaultValueFactory = _ => "table",
    }.WithChoices("table", "json");

    private static Option<string> WithChoices(this Option<string> option, params string[] choices)
    {
        option.AcceptOnlyFromAmong(choices);
        return option;
    }

    private static Command Resolve()
    {
        var texts = new Argument<string[]>("texts") { Description = "Actor descriptions, one per argument (quote each).", Arity = ArgumentArity.OneOrMore };
        var date = new Option<DateOnly?>("--date")
        {
            Description = "Resolve as on this date (YYYY-MM-DD); default: as the dictionaries stand now.",
            CustomParser = CommonOptions.Date().CustomParser,
        };
        var country = new Option<string>("--country") { Description = "The country (ISO 3166-1 alpha-3) the text is about, for nouns that name none (\"police\")." };
        var format = Format();
        var dictionaries = CommonOptions.Dictionaries();
        var models = CommonOptions.Models();
        var command = new Command("resolve", "Resolve actor descriptions to codes, on a date, and say which dictionary entry decided and why.");
        command.Arguments.Add(texts);
        command.Options.Add(date);
        command.Options.Add(country);
        command.Options.Add(format);
        command.Options.Add(dictionaries);
        command.Options.Add(models);
        command.SetAction(parseResult => RunResolve(
            parseResult.GetValue(texts) ?? [],
            parseResult.GetValue(date),
            parseResult.GetValue(country),
            parseResult.GetValue(format) ?? "table",
            parseResult.GetValue(dictionaries)?.FullName ?? CommonOptions.DefaultDictionariesDirectory,
            parseResult.GetValue(models)?.FullName ?? CommonOptions.DefaultModelsDirectory,
            parseResult.InvocationConfiguration));
        return command;
    }

    private static Command Lookup()
    {
        var names = new Argument<string[]>("names") { Description = "Names of people or bodies as a story writes them (\"Putin\", \"Hezbollah\").", Arity = ArgumentArity.OneOrMore };
        var format = Format();
        var dictionaries = CommonOptions.Dictionaries();
        var command = new Command("lookup", "List the dated roles of the people and bodies a name stands for.");
        command.Arguments.Add(names);
        command.Options.Add(format);
        command.Options.Add(dictionaries);
        command.SetAction(parseResult => RunLookup(
            parseResult.GetValue(names) ?? [],
            parseResult.GetValue(format) ?? "table",
            parseResult.GetValue(dictionaries)?.FullName ?? CommonOptions.DefaultDictionariesDirectory,
            parseResult.InvocationConfiguration));
        return command;
    }

    private static int RunResolve(string[] texts, DateOnly? date, string? country, string format, string dictionariesDir, string modelsDir, InvocationConfiguration console)
    {
        var output = console.Output;
        var error = console.Error;
        var knowledge = LoadKnowledge(dictionariesDir, error);
        if (knowledge is null)
        {
            return ExitCodes.Failure;
        }
        if (country is not null && !knowledge.Countries.Contains(country))
        {
            error.WriteLine($"parley: --country takes a country code of countries.yaml (ISO 3166-1 alpha-3, such as FRA), not '{country}'.");
            return ExitCodes.UsageError;
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
        var rows = new List<(string Text, ActorMention Actor)>();
        foreach (var text in texts)
        {
            var mention = resolver.Resolve(pipeline.ProcessPhrase(text), date, country);
            rows.Add((text, mention));
        }
        if (format == "json")
        {
            foreach (var (text, actor) in rows)
            {
                output.WriteLine(ResolutionJson(text, actor));
            }
        }
        else
        {
            WriteTable(output, ["TEXT", "CODE", "COUNTRY", "SECTORS", "NAME", "WHY", "ENTRY"], rows.Select(r => new[]
            {
                r.Text, r.Actor.Code ?? "-", r.Actor.Country ?? "-", r.Actor.Sectors.Count == 0 ? "-" : string.Join(' ', r.Actor.Sectors),
                r.Actor.Name ?? "-", r.Actor.Code is null ? (r.Actor.Reason ?? "nothing in the dictionaries names it") : r.Actor.Reason ?? "-",
                r.Actor.Entry?.ToString() ?? "-",
            }));
        }
        output.Flush();
        return ExitCodes.Success;
    }

    /// <summary>One line of <c>resolve --format json</c>: text, code, country, sectors, name, entry, basis.</summary>
    public static string ResolutionJson(string text, ActorMention actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("text", text);
            WriteNullable(json, "code", actor.Code);
            WriteNullable(json, "country", actor.Country);
            json.WriteStartArray("sectors");
            foreach (var sector in actor.Code is null && actor.Sectors.Count == 0 ? [] : actor.Sectors)
            {
                json.WriteStringValue(sector);
            }
            json.WriteEndArray();
            WriteNullable(json, "name", actor.Name);
            WriteNullable(json, "entry", actor.Entry?.ToString());
            WriteNullable(json, "basis", actor.Reason);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static int RunLookup(string[] names, string format, string dictionariesDir, InvocationConfiguration console)
    {
        var output = console.Output;
        var error = console.Error;
        var knowledge = LoadKnowledge(dictionariesDir, error);
        if (knowledge is null)
        {
            return ExitCodes.Failure;
        }
        int missing = 0;
        foreach (var name in names)
        {
            var actors = knowledge.Actors.Find(name);
            if (actors.Count == 0)
            {
                error.WriteLine($"parley: no person or body in {dictionariesDir} is called '{name}'.");
                missing++;
                continue;
            }
            foreach (var actor in actors)
            {
                if (format == "json")
                {
                    output.WriteLine(LookupJson(name, actor));
                    continue;
                }
                output.WriteLine($"{actor.Name} ({actor.Kind.ToString().ToLowerInvariant()}){(actor.Origin is { } origin ? $"  {origin}" : "")}");
                WriteTable(output, ["FROM", "TO", "CODE", "TITLE", "OFFICE", "SOURCE"], actor.Roles.Select(r => new[]
                {
                    r.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…", r.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "…",
                    r.Code, r.Title ?? "-", r.Offices.Count == 0 ? "-" : string.Join(", ", r.Offices), r.Source ?? "-",
                }), indent: "  ");
                output.WriteLine();
            }
        }
        output.Flush();
        return missing == 0 ? ExitCodes.Success : ExitCodes.SomeSkipped;
    }

    private static string LookupJson(string query, Actor actor)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("query", query);
            json.WriteString("name", actor.Name);
            json.WriteString("kind", actor.Kind.ToString().ToLowerInvariant());
            WriteNullable(json, "entry", actor.Origin?.ToString());
            json.WriteStartArray("roles");
            foreach (var role in actor.Roles)
            {
                json.WriteStartObject();
                json.WriteString("code", role.Code);
                WriteNullable(json, "country", role.Country);
                json.WriteStartArray("sectors");
                foreach (var sector in role.Sectors)
                {
                    json.WriteStringValue(sector);
                }
                json.WriteEndArray();
                WriteNullable(json, "title", role.Title);
                WriteNullable(json, "from", role.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                WriteNullable(json, "to", role.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteStartArray("offices");
                foreach (var office in role.Offices)
                {
                    json.WriteStringValue(office);
                }
                json.WriteEndArray();
                WriteNullable(json, "source", role.Source);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    /// <summary>The dictionaries in <paramref name="dictionariesDir"/>, or null after listing every problem on <paramref name="error"/>.</summary>
    internal static KnowledgeBase? LoadKnowledge(string dictionariesDir, TextWriter error)
    {
        try
        {
            return KnowledgeBase.Load(dictionariesDir);
        }
        catch (DictionaryException e)
        {
            error.WriteLine($"parley: the dictionaries in {dictionariesDir} cannot be used ({e.Problems.Count} problem{(e.Problems.Count == 1 ? "" : "s")}):");
            foreach (var problem in e.Problems)
            {
                error.WriteLine($"  {problem}");
            }
            return null;
        }
    }

    private static void WriteTable(TextWriter output, string[] header, IEnumerable<string[]> rows, string indent = "")
    {
        var all = rows.Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Length).Select(c => all.Max(r => r[c].Length)).ToArray();
        foreach (var row in all)
        {
            var cells = row.Select((cell, c) => c == row.Length - 1 ? cell : cell.PadRight(widths[c]));
            output.WriteLine(indent + string.Join("  ", cells).TrimEnd());
        }
    }
}

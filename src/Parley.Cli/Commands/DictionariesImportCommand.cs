using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Parley.Knowledge;
using Parley.Knowledge.Petrarch;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley dictionaries import [--verbs FILE] [--actors FILE…] [--agents FILE…] --out DIR</c>: compiles PETRARCH dictionaries into Parley's own
/// format in <c>DIR</c>. Each source option has an importer that writes its compiled file and a manifest beside it
/// (<c>NAME.manifest.json</c>: source file, sha256, the command, what was read and what was refused); running the
/// same command on the same source writes the same compiled file. Lines of the source that are wrong are named on
/// standard error as <c>file:line: what is wrong</c>, left out, and make the exit code 1.
/// </summary>
public static class DictionariesImportCommand
{
    /// <summary>The compiled verb lexicon's name: <c>DIR/cameo-verbs.yaml</c>, rule ids <c>cameo-verbs#L…</c>.</summary>
    public const string VerbLexiconName = "cameo-verbs";

    public static Command Create()
    {
        var verbs = new Option<FileInfo>("--verbs") { Description = "A PETRARCH verb dictionary (CAMEO.2.0.txt) to compile into DIR/cameo-verbs.yaml." };
        var actors = new Option<FileInfo[]>("--actors")
        {
            Description = "PETRARCH actor dictionaries (Phoenix.Countries/International/MilNonState.actors.txt) to compile, with their date restrictions, into DIR/imported-actors.tsv.",
            AllowMultipleArgumentsPerToken = true,
        };
        var agents = new Option<FileInfo[]>("--agents")
        {
            Description = "PETRARCH agent dictionaries (Phoenix.agents.txt, PLOVER_agents.txt; the first listed wins a noun both have) to compile into DIR/imported-agents.tsv.",
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<DirectoryInfo>("--out") { Description = "The folder to write the compiled dictionaries and their manifests to (dictionaries/).", Required = true };
        var command = new Command("import", "Compile PETRARCH dictionaries into Parley's own dictionary format, with a manifest (source, sha256, command).");
        command.Options.Add(verbs);
        command.Options.Add(actors);
        command.Options.Add(agents);
        command.Options.Add(output);
        command.SetAction(parseResult => Run(
            new ImportRequest(
                parseResult.GetValue(verbs)?.ToString(),
                parseResult.GetValue(actors)?.Select(f => f.ToString()).ToArray() ?? [],
                parseResult.GetValue(agents)?.Select(f => f.ToString()).ToArray() ?? []),
            parseResult.GetRequiredValue(output).ToString(),
            parseResult.InvocationConfiguration.Output,
            parseResult.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Runs the verb importer alone (kept for callers that only compile verbs).</summary>
    public static int Run(string? verbsPath, string outDir, TextWriter output, TextWriter error) =>
        Run(new ImportRequest(verbsPath, [], []), outDir, output, error);

    /// <summary>Runs the importers asked for; returns the exit code (0, 1 when source lines were refused, 2 when nothing was asked, 3 when a source cannot be read or the output written).</summary>
    public static int Run(ImportRequest request, string outDir, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(outDir);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        if (request.Verbs is null && request.Actors.Count == 0 && request.Agents.Count == 0)
        {
            error.WriteLine("parley: dictionaries import needs a source to compile: --verbs FILE, --actors FILE…, --agents FILE….");
            return ExitCodes.UsageError;
        }
        int refused = 0;
        try
        {
            Directory.CreateDirectory(outDir);
            if (request.Verbs is not null)
            {
                refused += ImportVerbs(request.Verbs, outDir, output, error);
            }
            if (request.Actors.Count > 0)
            {
                refused += ImportedDictionaries.ImportActors(request.Actors, outDir, output, error);
            }
            if (request.Agents.Count > 0)
            {
                refused += ImportedDictionaries.ImportAgents(request.Agents, outDir, output, error);
            }
        }
        catch (DictionaryException e)
        {
            foreach (var problem in e.Problems)
            {
                error.WriteLine(problem);
            }
            return ExitCodes.Failure;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"parley: {e.Message}");
            return ExitCodes.Failure;
        }
        return refused > 0 ? ExitCodes.SomeSkipped : ExitCodes.Success;
    }

    private static int ImportVerbs(string source, string outDir, TextWriter output, TextWriter error)
    {
        var dictionary = PetrarchVerbReader.Read(source, lenient: true);
        foreach (var problem in dictionary.Refused)
        {
            error.WriteLine(problem);
        }
        string sha = Sha256(source);
        string sourceName = Path.GetFileName(source);
        string target = Path.Combine(outDir, VerbLexiconName + ".yaml");
        using (var writer = new StreamWriter(target, append: false, new UTF8Encoding(false)))
        {
            VerbLexiconFile.Write(dictionary, VerbLexiconName, sourceName, sha, writer);
        }
        // Load what was written, so a file the coder cannot read is never left behind as a success.
        var lexicon = VerbLexiconFile.Load(target);
        var manifest = new
        {
            compiled = VerbLexiconName + ".yaml",
            source = sourceName,
            source_sha256 = sha,
            licence = "MIT (PETRARCH2 dictionaries, Copyright (c) 2015 Open Event Data Alliance; see NOTICE)",
            command = $"parley dictionaries import --verbs {source} --out {outDir}",
            read = new
            {
                lines = dictionary.Lines,
                synsets = dictionary.Synsets.Count,
                blocks = dictionary.Blocks.Count,
                verbs = dictionary.VerbCount,
                patterns = dictionary.PatternCount,
                transformations = dictionary.Transformations.Count,
            },
            refused = dictionary.Refused.Select(p => $"{sourceName}:{p.Line}: {p.Message}").ToArray(),
        };
        WriteManifest(Path.Combine(outDir, VerbLexiconName + ".manifest.json"), manifest);
        output.WriteLine($"{target}: {lexicon.Verbs.Count} verbs in {dictionary.Blocks.Count} blocks, {lexicon.PatternCount} patterns, {lexicon.Synsets.Count} synsets, "
            + $"{lexicon.Transformations.Count} transformations from {sourceName} ({dictionary.Refused.Count} lines refused)");
        return dictionary.Refused.Count;
    }

    internal static void WriteManifest(string path, object manifest) =>
        File.WriteAllText(path,
            JsonSerializer.Serialize(manifest, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n", new UTF8Encoding(false));

    internal static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}

using System.CommandLine;
using System.Text;
using Parley.Engine;
using Parley.Ingest;
using Parley.Nlp.Conllu;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley annotate INPUT... [--format conllu|json] [--out FILE]</c>: reads stories, runs the language
/// pipeline (tokens, sentences, and whichever trained models are present) and writes the annotated documents.
/// </summary>
public static class AnnotateCommand
{
    public static Command Create()
    {
        var inputs = CommonOptions.Inputs();
        var format = new Option<string>("--format")
        {
            Description = "Output format: conllu (sentences, tokens, tags, heads; offsets and entities in MISC) or json (one article per line).",
            DefaultValueFactory = _ => "conllu",
        };
        format.AcceptOnlyFromAmong("conllu", "json");
        var output = CommonOptions.Output();
        var date = CommonOptions.Date();
        var models = CommonOptions.Models();
        var command = new Command("annotate", "Tokenize, split, tag, lemmatize, parse and find entities in stories; write CoNLL-U or JSON.");
        command.Arguments.Add(inputs);
        command.Options.Add(format);
        command.Options.Add(output);
        command.Options.Add(date);
        command.Options.Add(models);
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(inputs) ?? [],
            parseResult.GetValue(format) ?? "conllu",
            parseResult.GetValue(output),
            parseResult.GetValue(date),
            parseResult.GetValue(models),
            parseResult.InvocationConfiguration,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] inputs, string format, FileInfo? outFile, DateOnly? date, DirectoryInfo? modelsDir,
        InvocationConfiguration console, CancellationToken cancellationToken)
    {
        var error = console.Error;
        LanguagePipeline pipeline;
        try
        {
            pipeline = LanguagePipeline.Load(modelsDir?.FullName ?? CommonOptions.DefaultModelsDirectory);
        }
        catch (Exception e) when (LanguagePipeline.IsLoadFailure(e))
        {
            error.WriteLine($"parley: {e.Message}");
            return ExitCodes.Failure;
        }
        var batch = new ArticleBatch(new IngestOptions { DefaultDate = date }, error);
        Stream? stream = null;
        try
        {
            stream = CommonOptions.OpenOutput(outFile);
            // On a terminal the documents themselves go to standard output; a progress line would tear them.
            using var progress = new ProgressDisplay(error, "annotated", enabled: outFile is null && !Console.IsOutputRedirected ? false : null);
            using var text = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { AutoFlush = false };
            using var json = format == "json" ? new DocumentJsonWriter(stream) : null;
            await foreach (var article in batch.ReadAsync(inputs, cancellationToken).ConfigureAwait(false))
            {
                var doc = pipeline.Process(article.Text);
                if (json is not null)
                {
                    json.Write(article, doc);
                }
                else
                {
                    ConlluWriter.Write(text, doc, article.Id);
                    text.Flush();
                }
                progress.Advance(doc.Count);
            }
        }
        catch (IOException e)
        {
            error.WriteLine($"parley: cannot write {outFile?.FullName ?? "the output"}: {e.Message}");
            return ExitCodes.Failure;
        }
        catch (UnauthorizedAccessException e)
        {
            error.WriteLine($"parley: cannot write {outFile?.FullName ?? "the output"}: {e.Message}");
            return ExitCodes.Failure;
        }
        finally
        {
            if (stream is not null)
            {
                await stream.DisposeAsync().ConfigureAwait(false);
            }
        }
        if (batch.Articles == 0 && batch.Skipped == 0)
        {
            error.WriteLine("parley: no articles found in the inputs.");
            return ExitCodes.SomeSkipped;
        }
        return batch.ExitCode;
    }
}

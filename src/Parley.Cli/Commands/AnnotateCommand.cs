using System.CommandLine;
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
        var summary = new RunSummary();
        RecordOutput? output = null;
        Exception? failure = null;
        try
        {
            output = RecordOutput.Open(outFile);
            // On a terminal the documents themselves go to standard output; a progress line would tear them.
            using var progress = new ProgressDisplay(error, "annotated", enabled: outFile is null && !Console.IsOutputRedirected ? false : null);
            using var json = format == "json" ? new DocumentJsonWriter(output.Stream) : null;
            await foreach (var article in batch.ReadAsync(inputs, cancellationToken).ConfigureAwait(false))
            {
                var doc = pipeline.Process(article.Text);
                if (json is not null)
                {
                    json.Write(article, doc);
                }
                else
                {
                    ConlluWriter.Write(output.Writer, doc, article.Id);
                }
                // Each document is pushed out whole: a later failed write leaves complete documents only.
                output.Commit();
                progress.Advance(doc.Count);
            }
        }
        catch (Exception e) when (FatalErrors.IsEnvironmental(e))
        {
            output?.Abandon();
            failure = e;
        }
        finally
        {
            if (output is not null)
            {
                failure = await FatalErrors.CloseAsync(output.DisposeAsync, failure).ConfigureAwait(false);
            }
        }
        if (failure is not null)
        {
            return FatalErrors.Report(failure, error, output?.Name ?? outFile?.FullName);
        }
        if (batch.Articles == 0 && batch.Skipped == 0)
        {
            error.WriteLine("parley: no articles found in the inputs.");
            return ExitCodes.SomeSkipped;
        }
        summary.Write(error, "annotated", batch.Articles, events: null, batch.Skipped);
        return batch.ExitCode;
    }
}

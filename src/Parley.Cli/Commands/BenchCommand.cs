using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Parley.Ingest;
using Parley.Text;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley bench INPUT...</c>: whole-run throughput of each pipeline stage on real stories, on one
/// thread: model load time, tokens/s and sentences/s per stage and for the whole pipeline, and the
/// process's peak resident memory. Speed is measured here and in bench/, never asserted by tests.
/// </summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var inputs = CommonOptions.Inputs();
        var models = CommonOptions.Models();
        var rounds = new Option<int>("--rounds")
        {
            Description = "How many times to run over the stories after one warm-up round.",
            DefaultValueFactory = _ => 5,
        };
        rounds.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--rounds must be at least 1.");
            }
        });
        var command = new Command("bench", "Measure the throughput of each pipeline stage and peak memory on the given stories (one thread).");
        command.Arguments.Add(inputs);
        command.Options.Add(models);
        command.Options.Add(rounds);
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(inputs) ?? [],
            parseResult.GetValue(models),
            parseResult.GetValue(rounds),
            parseResult.InvocationConfiguration,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] inputs, DirectoryInfo? modelsDir, int rounds, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        var output = console.Output;
        var error = console.Error;
        var loadClock = Stopwatch.StartNew();
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
        loadClock.Stop();

        var batch = new ArticleBatch(new IngestOptions(), error);
        var texts = new List<string>();
        await foreach (var article in batch.ReadAsync(inputs, cancellationToken).ConfigureAwait(false))
        {
            texts.Add(article.Text);
        }
        if (texts.Count == 0)
        {
            error.WriteLine("parley: no articles to measure.");
            return ExitCodes.SomeSkipped;
        }

        var pipes = pipeline.Pipes;
        var ticks = new long[pipes.Count];
        long tokens = 0;
        long sentences = 0;
        for (int round = 0; round <= rounds; round++)
        {
            bool warmUp = round == 0;
            foreach (var text in texts)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var doc = new Document(text);
                for (int p = 0; p < pipes.Count; p++)
                {
                    long start = Stopwatch.GetTimestamp();
                    pipes[p].Process(doc);
                    doc.Mark(pipes[p].Assigns);
                    if (!warmUp)
                    {
                        ticks[p] += Stopwatch.GetTimestamp() - start;
                    }
                }
                if (!warmUp)
                {
                    tokens += doc.Count;
                    sentences += doc.SentenceStarts.Count;
                }
            }
        }

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var invariant = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(invariant, $"{texts.Count} articles, {tokens / rounds:N0} tokens and {sentences / rounds:N0} sentences per round, {rounds} rounds after a warm-up, one thread"));
        output.WriteLine(string.Create(invariant, $"models loaded in {loadClock.Elapsed.TotalMilliseconds:N0} ms"));
        output.WriteLine();
        output.WriteLine("  Stage                    Seconds      Tokens/s   Sentences/s");
        long totalTicks = 0;
        for (int p = 0; p < pipes.Count; p++)
        {
            totalTicks += ticks[p];
            Row(output, pipes[p].Name, ticks[p], tokens, sentences);
        }
        Row(output, "whole pipeline", totalTicks, tokens, sentences);
        output.WriteLine();
        output.WriteLine(string.Create(invariant, $"peak resident memory {process.PeakWorkingSet64 / (1024.0 * 1024.0):N0} MB, managed heap {GC.GetTotalMemory(false) / (1024.0 * 1024.0):N0} MB"));
        return batch.ExitCode;
    }

    private static void Row(TextWriter output, string name, long ticks, long tokens, long sentences)
    {
        double seconds = Math.Max((double)ticks / Stopwatch.Frequency, 1e-9);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-20} {seconds,11:F3} {tokens / seconds,13:N0} {sentences / seconds,13:N0}"));
    }
}

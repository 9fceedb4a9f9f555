using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Parley.Engine;
using Parley.Ingest;
using Parley.Text;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley bench INPUT... [--rounds N] [--article-size SIZE] [--models DIR] [--dictionaries DIR]</c>: whole-run throughput of each
/// pipeline stage and of the event coder on real stories, on one thread: model and dictionary load times,
/// tokens/s and sentences/s per stage, for the whole pipeline and for coding, the events coded, how much coding
/// adds to the annotation time, what normalising the text to NFC costs, and the process's peak resident memory. Speed is measured here and in bench/,
/// never asserted by tests.
/// </summary>
public static class BenchCommand
{
    /// <param name="loadCoder">Loads the coder from a dictionaries folder; the dictionary-driven one when null.</param>
    public static Command Create(Func<string, ArticleCoder>? loadCoder = null)
    {
        var inputs = CommonOptions.Inputs();
        var models = CommonOptions.Models();
        var dictionaries = CommonOptions.Dictionaries();
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
        var petrarch = new Option<DirectoryInfo>("--petrarch")
        {
            Description = "Measure the PETRARCH coder with the dictionary set in DIR (as 'parley code --petrarch DIR') instead of Parley's coder.",
        };
        var articleSize = new Option<string>("--article-size")
        {
            Description = "Instead, code one article of this many characters (100KB, 1MB, 10MB…) made by repeating the stories, and report its time and memory.",
        };
        articleSize.Validators.Add(result =>
        {
            if (ArticleSizeBench.ParseSize(result.GetValueOrDefault<string>() ?? "") is null)
            {
                result.AddError("--article-size takes a size such as 100KB, 1MB or 10MB.");
            }
        });
        var command = new Command("bench", "Measure the throughput of each pipeline stage and of the event coder, and peak memory, on the given stories (one thread).");
        command.Arguments.Add(inputs);
        command.Options.Add(models);
        command.Options.Add(dictionaries);
        command.Options.Add(rounds);
        command.Options.Add(petrarch);
        command.Options.Add(articleSize);
        command.Subcommands.Add(BenchApiCommand.Create(loadCoder));
        command.Subcommands.Add(BenchStoreCommand.Create(loadCoder));
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            parseResult.GetValue(inputs) ?? [],
            ArticleSizeBench.ParseSize(parseResult.GetValue(articleSize) ?? ""),
            parseResult.GetValue(models)?.FullName ?? CommonOptions.DefaultModelsDirectory,
            parseResult.GetValue(petrarch)?.FullName ?? parseResult.GetValue(dictionaries)?.FullName ?? CommonOptions.DefaultDictionariesDirectory,
            parseResult.GetValue(rounds),
            parseResult.GetValue(petrarch) is null ? loadCoder : PetrarchCoders.Loader(parseResult.GetValue(dictionaries)?.FullName ?? CommonOptions.DefaultDictionariesDirectory,
                TextWriter.Null),
            parseResult.InvocationConfiguration,
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(string[] inputs, long? articleSize, string modelsDir, string dictionariesDir, int rounds,
        Func<string, ArticleCoder>? loadCoder, InvocationConfiguration console, CancellationToken cancellationToken)
    {
        var output = console.Output;
        var error = console.Error;
        if (EngineLoader.Load(modelsDir, dictionariesDir, loadCoder, error) is not { } engine)
        {
            return ExitCodes.Failure;
        }

        var batch = new ArticleBatch(new IngestOptions(), error);
        var articles = new List<Article>();
        await foreach (var article in batch.ReadAsync(inputs, cancellationToken).ConfigureAwait(false))
        {
            articles.Add(article);
        }
        if (articles.Count == 0)
        {
            error.WriteLine("parley: no articles to measure.");
            return ExitCodes.SomeSkipped;
        }
        if (articleSize is long size)
        {
            return ArticleSizeBench.Run(engine, articles, size, output, error, cancellationToken);
        }

        var pipes = engine.Pipeline.Pipes;
        var ticks = new long[pipes.Count];
        var documents = new Document[articles.Count];
        long tokens = 0;
        long sentences = 0;
        for (int round = 0; round <= rounds; round++)
        {
            bool warmUp = round == 0;
            for (int a = 0; a < articles.Count; a++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var doc = new Document(articles[a].Text);
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
                if (warmUp)
                {
                    documents[a] = doc;
                }
                else
                {
                    tokens += doc.Count;
                    sentences += doc.SentenceStarts.Count;
                }
            }
        }

        var coding = Code(articles, documents, engine, rounds, error, cancellationToken);
        var (nfcTicks, nfdTicks) = Normalisation(articles, rounds, cancellationToken);

        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var invariant = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(invariant, $"{articles.Count} articles, {tokens / rounds:N0} tokens and {sentences / rounds:N0} sentences per round, {rounds} rounds after a warm-up, one thread"));
        output.WriteLine(string.Create(invariant, $"models loaded in {engine.ModelsLoadTime.TotalMilliseconds:N0} ms, dictionaries in {engine.DictionariesLoadTime.TotalMilliseconds:N0} ms ({engine.DictionariesLoadCpuTime.TotalMilliseconds:N0} ms of processor time)"));
        output.WriteLine();
        output.WriteLine("  Stage                    Seconds      Tokens/s   Sentences/s");
        long totalTicks = 0;
        for (int p = 0; p < pipes.Count; p++)
        {
            totalTicks += ticks[p];
            Row(output, pipes[p].Name, ticks[p], tokens, sentences);
        }
        Row(output, "whole pipeline", totalTicks, tokens, sentences);
        Row(output, "event coder", coding.Ticks, coding.Tokens, coding.Sentences);
        output.WriteLine();
        output.WriteLine("  Reading: Unicode NFC     Seconds      Tokens/s   Sentences/s");
        Row(output, "text already NFC", nfcTicks, tokens, sentences);
        Row(output, "same text as NFD", nfdTicks, tokens, sentences);
        output.WriteLine();
        output.WriteLine(string.Create(invariant,
            $"normalising to NFC costs {100.0 * nfcTicks / Math.Max(totalTicks, 1):F2} % of the whole pipeline's time on text already in NFC, {100.0 * nfdTicks / Math.Max(totalTicks, 1):F2} % on the same text decomposed (NFD)"));
        output.WriteLine(string.Create(invariant,
            $"{coding.Events / rounds:N0} events coded per round; coding adds {100.0 * coding.Ticks / Math.Max(totalTicks, 1):F1} % to the annotation time (whole pipeline)"));
        output.WriteLine(string.Create(invariant, $"peak resident memory {process.PeakWorkingSet64 / (1024.0 * 1024.0):N0} MB, managed heap {GC.GetTotalMemory(false) / (1024.0 * 1024.0):N0} MB"));
        return coding.Failed > 0 ? ExitCodes.SomeSkipped : batch.ExitCode;
    }

    /// <summary>What coding the annotated documents took over the timed rounds.</summary>
    private readonly record struct CodingTotals(long Ticks, long Tokens, long Sentences, long Events, int Failed);

    /// <summary>
    /// Codes the documents the pipeline annotated, one warm-up round and then <paramref name="rounds"/> timed
    /// ones. An article the coder fails on is named on <paramref name="error"/> in the warm-up, as
    /// <c>parley code</c> names it, and left out of the timed rounds.
    /// </summary>
    private static CodingTotals Code(List<Article> articles, Document[] documents, ParleyEngine engine, int rounds, TextWriter error,
        CancellationToken cancellationToken)
    {
        var coded = new List<int>(articles.Count);
        for (int a = 0; a < articles.Count; a++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                engine.Code(documents[a], articles[a].Id, articles[a].Date);
                coded.Add(a);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                error.WriteLine($"parley: {articles[a].Origin}: cannot code the article ({ParleyEngine.CodeStage}): {e.Message}");
            }
        }
        long ticks = 0;
        long tokens = 0;
        long sentences = 0;
        long events = 0;
        for (int round = 1; round <= rounds; round++)
        {
            foreach (int a in coded)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var doc = documents[a];
                long start = Stopwatch.GetTimestamp();
                var records = engine.Code(doc, articles[a].Id, articles[a].Date);
                ticks += Stopwatch.GetTimestamp() - start;
                events += records.Count;
                tokens += doc.Count;
                sentences += doc.SentenceStarts.Count;
            }
        }
        return new CodingTotals(ticks, tokens, sentences, events, articles.Count - coded.Count);
    }
    /// <summary>
    /// What <see cref="TextNormalizer.Normalize"/> costs over the timed rounds, on the articles as read (already NFC, the
    /// usual case: only the check runs) and on the same texts decomposed to NFD (every accented letter is composed).
    /// </summary>
    private static (long NfcTicks, long NfdTicks) Normalisation(List<Article> articles, int rounds, CancellationToken cancellationToken)
    {
        var decomposed = articles.Select(a => a.Text.Normalize(System.Text.NormalizationForm.FormD)).ToList();
        long nfc = 0;
        long nfd = 0;
        for (int round = 0; round <= rounds; round++)
        {
            for (int a = 0; a < articles.Count; a++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                long start = Stopwatch.GetTimestamp();
                TextNormalizer.Normalize(articles[a].Text);
                long middle = Stopwatch.GetTimestamp();
                TextNormalizer.Normalize(decomposed[a]);
                if (round > 0)
                {
                    nfc += middle - start;
                    nfd += Stopwatch.GetTimestamp() - middle;
                }
            }
        }
        return (nfc, nfd);
    }

    private static void Row(TextWriter output, string name, long ticks, long tokens, long sentences)
    {
        double seconds = Math.Max((double)ticks / Stopwatch.Frequency, 1e-9);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  {name,-20} {seconds,11:F3} {tokens / seconds,13:N0} {sentences / seconds,13:N0}"));
    }
}

using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Parley.Nlp;
using Parley.Nlp.Conllu;
using Parley.Nlp.Evaluation;
using Parley.Nlp.Learning;
using Parley.Nlp.Parsing;
using Parley.Text;
using Parley.Text.Tokenization;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley eval ud</c>: runs the models found under <c>--models</c> over the gold-tokenised sentences of a
/// CoNLL-U file (or, with <c>--tokenize</c>, over Parley's own tokenisation of its raw text) and reports the
/// CoNLL 2018 scores (UPOS, XPOS, lemma, UAS, LAS) and the pipeline's speed.
/// </summary>
public static class EvalUdCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Gold CoNLL-U file (e.g. en_ewt-ud-dev.conllu).", Required = true };
        var models = new Option<string>("--models") { Description = "Folder of model folders (tagger, lemmatizer, parser).", DefaultValueFactory = _ => "models" };
        var tokenize = new Option<bool>("--tokenize") { Description = "Tokenize and split the raw text with Parley's own tokenizer instead of using the gold words (scores become F1 over aligned words)." };
        var prefix = new Option<string?>("--sent-id-prefix") { Description = "Score only the sentences whose sent_id starts with this (PUD: n for its news sentences, w for Wikipedia)." };

        var command = new Command("ud", "Score the tagger, lemmatizer and parser on a UD CoNLL-U file (gold tokens, or --tokenize).");
        command.Options.Add(gold);
        command.Options.Add(models);
        command.Options.Add(tokenize);
        command.Options.Add(prefix);
        command.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            string goldPath = parseResult.GetValue(gold)!;
            string modelsDir = parseResult.GetValue(models)!;
            try
            {
                if (!File.Exists(goldPath))
                {
                    stderr.WriteLine($"parley: {goldPath}: no such file.");
                    return ExitCodes.Failure;
                }
                var sentences = ConlluReader.ReadFile(goldPath).ToList();
                string? sentIdPrefix = parseResult.GetValue(prefix);
                if (sentIdPrefix is not null)
                {
                    sentences = [.. sentences.Where(s => s.SentId?.StartsWith(sentIdPrefix, StringComparison.Ordinal) == true)];
                    if (sentences.Count == 0)
                    {
                        stderr.WriteLine($"parley: {goldPath}: no sentence has a sent_id starting with '{sentIdPrefix}'.");
                        return ExitCodes.Failure;
                    }
                }
                var loaded = NlpModels.Load(modelsDir);
                if (loaded.Pipes.Count == 0)
                {
                    stderr.WriteLine($"parley: {modelsDir}: no models found (expected folders such as tagger/ and lemmatizer/).");
                    return ExitCodes.Failure;
                }
                var pipeline = new Pipeline([new UdGivenTokens(), .. loaded.Pipes]);
                var evaluator = new UdEvaluator();
                bool own = parseResult.GetValue(tokenize);
                var clock = new Stopwatch();
                if (own)
                {
                    var text = GoldText.Build(sentences);
                    var doc = new Document(text);
                    var continuations = new List<int>();
                    clock.Start();
                    new Tokenizer().Process(doc, continuations);
                    new SentenceSplitter().Process(doc);
                    doc.Mark(Annotations.Tokens | Annotations.Sentences);
                    pipeline.Process(doc);
                    clock.Stop();
                    var alignment = WordAlignment.Align(Segmentation.FromConllu(sentences), Segmentation.FromDocument(doc, continuations));
                    evaluator.AddAligned(sentences, doc, alignment);
                }
                else
                {
                    var docs = sentences.Select(s => UdEvaluator.TokenDocument(s)).ToList();
                    clock.Start();
                    foreach (var doc in docs)
                    {
                        pipeline.Process(doc);
                    }
                    clock.Stop();
                    for (int s = 0; s < sentences.Count; s++)
                    {
                        evaluator.Add(sentences[s], docs[s]);
                    }
                }
                var scores = evaluator.Scores;
                stdout.WriteLine(own
                    ? $"{UdEvaluator.DataSetName(goldPath)}: {sentences.Count:N0} sentences, {scores.Words:N0} gold words, {scores.SystemWords:N0} system words, Parley's tokenisation (F1 over aligned words)"
                    : $"{UdEvaluator.DataSetName(goldPath)}: {sentences.Count:N0} sentences, {scores.Words:N0} words, gold tokenisation");
                if (sentIdPrefix is not null)
                {
                    stdout.WriteLine($"  sentences      those whose sent_id starts with '{sentIdPrefix}'");
                }
                stdout.WriteLine($"  pipeline       {string.Join(", ", loaded.Pipes.Select(p => p.Name))}");
                Row(stdout, "UPOS", scores.Upos);
                Row(stdout, "XPOS", scores.Xpos);
                Row(stdout, "Lemma", scores.Lemmas);
                Row(stdout, "UAS", scores.Uas);
                Row(stdout, "LAS", scores.Las);
                // The two errors that cost events in news: a simple-past verb read as a participle, a past-tense main verb not the root.
                stdout.WriteLine($"  VBD as VBN     {(scores.PastAsParticiple is { } p ? p.ToString() : "-")}  (gold simple-past verbs tagged as past participles)");
                stdout.WriteLine($"  VBD root lost  {(scores.PastRootsLost is { } r ? r.ToString() : "-")}  (gold VBD roots not the root of the parse)");
                if (!own && loaded.Parser is not null)
                {
                    // The parser alone, reading the gold tags: what the parser itself learned, apart from tagging errors.
                    var parse = ParserEvaluation.Evaluate(loaded.Parser, sentences.Select(s => GoldDocuments.FromSentence(s)));
                    Row(stdout, "UAS gold tags", parse.Uas / 100);
                    Row(stdout, "LAS gold tags", parse.Las / 100);
                }
                stdout.WriteLine($"  speed          {scores.SystemWords / clock.Elapsed.TotalSeconds:N0} tokens/s ({clock.Elapsed.TotalMilliseconds:N0} ms wall clock, one thread, first run and JIT included)");
                return ExitCodes.Success;
            }
            catch (ModelFormatException e)
            {
                stderr.WriteLine($"parley: {e.Message}");
                return ExitCodes.Failure;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ConlluFormatException or PipelineException)
            {
                stderr.WriteLine($"parley: {e.Message}");
                return ExitCodes.Failure;
            }
        });
        return command;
    }

    private static void Row(TextWriter output, string metric, double? score)
        => output.WriteLine($"  {metric,-13}  {(score is { } s ? (100 * s).ToString("F2", CultureInfo.InvariantCulture) + " %" : "-  (no model for this layer)")}");
}

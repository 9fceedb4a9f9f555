using System.CommandLine;
using System.Globalization;
using Parley.Coding;
using Parley.Coding.Evaluation;
using Parley.Coding.Typing;
using Parley.Engine;
using Parley.Ingest;
using Parley.Nlp.Learning;
using Parley.Text;

namespace Parley.Cli.Commands;

/// <summary>
/// <c>parley train events --articles INPUT… --gold FILE… --stories FILE --wordnet DIR --out DIR</c>: trains the event
/// model (<see cref="EventTypeModel"/>) from gold articles (exhaustively annotated), the training split of labelled
/// stories, and silver examples the team's patterns give in every other article and story. Articles of a
/// <c>--held-out</c> gold file are never read. With <c>--folds K</c> it first scores the coder with the model by
/// K-fold cross-validation over the gold articles (each fold coded by a model trained without it), so the gold's
/// figures say how the model does on articles it did not learn from.
/// </summary>
public static class TrainEventsCommand
{
    public static Command Create()
    {
        var articles = new Option<string[]>("--articles") { Description = "News to learn from: gold articles and unlabelled ones (files or folders of any input format).", Required = true, Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = true };
        var gold = new Option<string[]>("--gold") { Description = "Gold event files whose articles are annotated exhaustively (eval/gold/*.jsonl); repeatable.", Arity = ArgumentArity.ZeroOrMore };
        var heldOut = new Option<string[]>("--held-out") { Description = "Gold files kept for testing: their articles are not read at all; repeatable.", Arity = ArgumentArity.ZeroOrMore };
        var stories = new Option<string>("--stories") { Description = "Labelled stories (CSV: id, title, text, label, mode); only the training split is used." };
        var wordNet = new Option<string>("--wordnet") { Description = "WordNet's folder (index.verb, data.verb): senses and hypernyms let the model type verbs it never saw." };
        var output = new Option<string>("--out") { Description = "Model folder to write (model.bin, manifest.json).", Required = true };
        var epochs = new Option<int>("--epochs") { Description = "Training passes.", DefaultValueFactory = _ => 10 };
        var seed = new Option<int>("--seed") { Description = "Seed for the order of examples and the held-out tenth.", DefaultValueFactory = _ => 1 };
        var folds = new Option<int>("--folds") { Description = "Cross-validate over the gold articles with this many folds first (0: do not).", DefaultValueFactory = _ => 0 };
        var foldsOut = new Option<string>("--folds-out") { Description = "Write the cross-validated events (each article coded by a model that did not learn from it) to this JSON Lines file, for 'parley eval events'." };
        var models = CommonOptions.Models();
        var dictionaries = CommonOptions.Dictionaries();
        var command = new Command("events", "Train the event model that types predicates no pattern matches.")
        {
            articles, gold, heldOut, stories, wordNet, output, epochs, seed, folds, foldsOut, models, dictionaries,
        };
        command.SetAction((parseResult, cancellationToken) => RunAsync(new Request(
            parseResult.GetRequiredValue(articles),
            parseResult.GetValue(gold) ?? [],
            parseResult.GetValue(heldOut) ?? [],
            parseResult.GetValue(stories),
            parseResult.GetValue(wordNet),
            parseResult.GetRequiredValue(output),
            parseResult.GetValue(epochs),
            parseResult.GetValue(seed),
            parseResult.GetValue(folds),
            parseResult.GetValue(foldsOut),
            parseResult.GetValue(models)?.FullName ?? CommonOptions.DefaultModelsDirectory,
            parseResult.GetValue(dictionaries)?.FullName ?? CommonOptions.DefaultDictionariesDirectory),
            parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    private sealed record Request(string[] Articles, string[] Gold, string[] HeldOut, string? Stories, string? WordNet, string Out,
        int Epochs, int Seed, int Folds, string? FoldsOut, string ModelsDir, string DictionariesDir);

    private sealed record GoldArticle(Article Article, Document Document, IReadOnlyList<GoldEvent> Events);

    private static async Task<int> RunAsync(Request request, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (request.Epochs < 1 || request.Folds < 0 || request.Folds == 1)
        {
            error.WriteLine("parley: --epochs must be at least 1, and --folds 0 or at least 2.");
            return ExitCodes.UsageError;
        }
        // The coder the engine loads is the patterns alone: the model is what is being made.
        if (EngineLoader.Load(request.ModelsDir, request.DictionariesDir, dir => EventCoder.Load(dir).Code, error) is not { } engine)
        {
            return ExitCodes.Failure;
        }
        var knowledge = Parley.Knowledge.KnowledgeBase.Load(request.DictionariesDir);
        EvaluationFile<GoldEvent>[] goldFiles, heldOutFiles;
        EvaluationFile<LabelledStory>? storyFile = null;
        WordNetVerbs? wordNet = null;
        try
        {
            goldFiles = [.. request.Gold.Select(GoldEventReader.Read)];
            heldOutFiles = [.. request.HeldOut.Select(GoldEventReader.Read)];
            if (request.Stories is not null)
            {
                storyFile = LabelledStoryReader.Read(request.Stories);
            }
            if (request.WordNet is not null)
            {
                wordNet = WordNetVerbs.Load(request.WordNet);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            error.WriteLine($"parley: {e.Message}");
            return ExitCodes.Failure;
        }
        foreach (var problem in goldFiles.Concat(heldOutFiles).SelectMany(f => f.Problems).Concat(storyFile?.Problems ?? []))
        {
            error.WriteLine($"parley: {problem}; skipped");
        }
        var goldByArticle = goldFiles.SelectMany(f => f.Items).GroupBy(g => g.ArticleId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<GoldEvent>)g.ToList(), StringComparer.Ordinal);
        var excluded = heldOutFiles.SelectMany(f => f.Items).Select(g => g.ArticleId).ToHashSet(StringComparer.Ordinal);

        var trainer = new EventTypeTrainer(knowledge, wordNet);
        var goldArticles = new List<GoldArticle>();
        var batch = new ArticleBatch(new IngestOptions(), error);
        int silverArticles = 0, heldOutSkipped = 0;
        await foreach (var article in batch.ReadAsync(request.Articles, cancellationToken).ConfigureAwait(false))
        {
            if (excluded.Contains(article.Id))
            {
                heldOutSkipped++;
                continue;
            }
            var document = engine.Annotate(article.Text);
            if (goldByArticle.TryGetValue(article.Id, out var events))
            {
                trainer.AddGold(document, article.Id, article.Date, events);
                goldArticles.Add(new GoldArticle(article, document, events));
            }
            else
            {
                trainer.AddSilver(document, article.Id, article.Date);
                silverArticles++;
            }
        }
        int storiesUsed = 0;
        foreach (var story in storyFile?.Items.Where(s => !s.IsDev) ?? [])
        {
            var document = engine.Annotate(story.Title.Length > 0 ? story.Title + "\n\n" + story.Text : story.Text);
            trainer.AddStory(document, story);
            trainer.AddSilver(document, story.Id, null);
            storiesUsed++;
        }
        output.WriteLine($"read {goldArticles.Count} gold articles, {silverArticles} other articles, {storiesUsed} training stories; {heldOutSkipped} held-out articles left unread");
        output.WriteLine("examples: " + string.Join(", ", trainer.Counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}")));

        var scores = new Dictionary<string, IReadOnlyDictionary<string, double>>();
        if (request.Folds >= 2 && goldArticles.Count >= request.Folds)
        {
            scores["gold_cross_validated"] = CrossValidate(trainer, knowledge, goldArticles, request, output);
        }
        var model = trainer.Train(request.Epochs, request.Seed, null, out var summary);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"trained on {summary.Examples} examples; held-out tenth: event or not {100 * summary.EventAccuracy:F1} %, code {100 * summary.CodeAccuracy:F1} %; scales {summary.EventScale:F2} and {summary.TypeTemperature:F2}"));
        scores["held_out_tenth"] = new Dictionary<string, double>
        {
            ["event_accuracy"] = Math.Round(100 * summary.EventAccuracy, 2),
            ["code_accuracy"] = Math.Round(100 * summary.CodeAccuracy, 2),
        };
        try
        {
            model.Save(request.Out);
            var weights = Path.Combine(request.Out, ModelFile.WeightsName);
            var data = new List<TrainingData>();
            data.AddRange(request.Gold.Select(f => ModelManifest.Describe(f, "Parley's own annotations (eval/gold)")));
            data.AddRange(ExpandFiles(request.Articles).Select(f => ModelManifest.Describe(f, Licence(f))));
            if (request.Stories is not null)
            {
                data.Add(ModelManifest.Describe(request.Stories, "MIT (NGEC synthetic stories); training split only (ids not multiples of 5)"));
            }
            if (request.WordNet is not null)
            {
                data.Add(ModelManifest.Describe(Path.Combine(request.WordNet, "index.verb"), "WordNet 3.0 licence"));
                data.Add(ModelManifest.Describe(Path.Combine(request.WordNet, "data.verb"), "WordNet 3.0 licence"));
            }
            var manifest = new ModelManifest
            {
                Name = EventTypeModel.Folder,
                Kind = EventTypeModel.Kind,
                FormatVersion = EventTypeModel.Version,
                Command = "parley train events " + string.Join(' ', Arguments(request)),
                Data = data,
                Seed = request.Seed,
                Parameters = new Dictionary<string, object?>
                {
                    ["epochs"] = request.Epochs,
                    ["classes"] = summary.Classes,
                    ["event_scale"] = Math.Round(summary.EventScale, 3),
                    ["type_temperature"] = Math.Round(summary.TypeTemperature, 3),
                    ["examples"] = trainer.Counts.ToDictionary(c => c.Key, c => (object?)c.Value),
                    ["held_out_articles"] = heldOutSkipped,
                },
                Scores = scores,
                WeightsBytes = new FileInfo(weights).Length,
                Created = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
            manifest.Write(request.Out);
            output.WriteLine($"wrote {weights} ({manifest.WeightsBytes:N0} bytes) and {ModelManifest.FileName}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error.WriteLine($"parley: cannot write the model to {request.Out}: {e.Message}");
            return ExitCodes.Failure;
        }
        return batch.ExitCode;
    }

    /// <summary>Codes each fold of the gold articles with a model trained without it, and scores all of them together.</summary>
    private static Dictionary<string, double> CrossValidate(EventTypeTrainer trainer, Parley.Knowledge.KnowledgeBase knowledge, List<GoldArticle> gold,
        Request request, TextWriter output)
    {
        var predicted = new List<EventRecord>();
        var candidates = new CandidateScores(0, 0, 0, 0, 0);
        for (int fold = 0; fold < request.Folds; fold++)
        {
            var inFold = gold.Where((_, k) => k % request.Folds == fold).ToList();
            var leaveOut = inFold.Select(g => g.Article.Id).ToHashSet(StringComparer.Ordinal);
            var model = trainer.Train(request.Epochs, request.Seed, leaveOut, out _);
            candidates = candidates.Plus(trainer.Score(model, leaveOut, EventCoder.ModelThreshold));
            var coder = new EventCoder(knowledge, knowledge.Patterns, model);
            foreach (var article in inFold)
            {
                predicted.AddRange(coder.Code(article.Document, article.Article.Id, article.Article.Date));
            }
        }
        if (request.FoldsOut is not null)
        {
            File.WriteAllLines(request.FoldsOut, predicted.Select(EventRecordJson.Serialize));
        }
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"candidates of held-out gold articles: is an event P {100 * candidates.Precision:F1} R {100 * candidates.Recall:F1}; root of gold events {100 * candidates.RootAccuracy:F1} % of {candidates.Events}"));
        var result = EventEvaluator.Evaluate(gold.SelectMany(g => g.Events), predicted);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{request.Folds}-fold cross-validation over {gold.Count} gold articles: root P {100 * result.Root.Precision:F1} R {100 * result.Root.Recall:F1} F1 {100 * result.Root.F1:F1}; exact code F1 {100 * result.Code.F1:F1}"));
        return new Dictionary<string, double>
        {
            ["root_precision"] = Math.Round(100 * result.Root.Precision, 2),
            ["root_recall"] = Math.Round(100 * result.Root.Recall, 2),
            ["root_f1"] = Math.Round(100 * result.Root.F1, 2),
            ["code_f1"] = Math.Round(100 * result.Code.F1, 2),
        };
    }

    private static IEnumerable<string> ExpandFiles(IEnumerable<string> inputs) =>
        inputs.SelectMany<string, string>(i => Directory.Exists(i) ? Directory.EnumerateFiles(i, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : File.Exists(i) ? [i] : []);

    private static string Licence(string path) => Path.GetFileName(path) switch
    {
        var n when n.StartsWith("wikinews", StringComparison.Ordinal) => "CC BY 2.5 (Wikinews)",
        var n when n.StartsWith("voa", StringComparison.Ordinal) => "public domain (Voice of America, US government work)",
        _ => "Parley's own sample stories",
    };

    private static IEnumerable<string> Arguments(Request r)
    {
        foreach (var a in r.Articles)
        {
            yield return "--articles " + a;
        }
        foreach (var g in r.Gold)
        {
            yield return "--gold " + g;
        }
        foreach (var h in r.HeldOut)
        {
            yield return "--held-out " + h;
        }
        if (r.Stories is not null)
        {
            yield return "--stories " + r.Stories;
        }
        if (r.WordNet is not null)
        {
            yield return "--wordnet " + r.WordNet;
        }
        yield return "--out " + r.Out;
        yield return "--epochs " + r.Epochs.ToString(CultureInfo.InvariantCulture);
        yield return "--seed " + r.Seed.ToString(CultureInfo.InvariantCulture);
        if (r.Folds > 0)
        {
            yield return "--folds " + r.Folds.ToString(CultureInfo.InvariantCulture);
        }
    }
}

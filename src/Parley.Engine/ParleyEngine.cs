using System.Diagnostics;
using Parley.Coding;
using Parley.Ingest;
using Parley.Knowledge;
using Parley.Nlp;
using Parley.Nlp.Learning;
using Parley.Storage;
using Parley.Text;

namespace Parley.Engine;

/// <summary>
/// The one entry point from a story to its events: loads the language models and the dictionaries once, checks at
/// start-up that every stage the event coder needs is there, and then turns articles into outcomes (events, or the
/// failure with its stage and reason). The CLI, the benchmarks, the tests, the server and the queue worker all use
/// it; nothing else assembles a pipeline.
/// </summary>
/// <remarks>Immutable once loaded and thread-safe: one engine serves any number of articles at once.</remarks>
public sealed class ParleyEngine
{
    /// <summary>The stage a failure is recorded under when the language pipeline (tokens, tags, parse, entities) fails.</summary>
    public const string AnnotateStage = "annotate";

    /// <summary>The stage a failure is recorded under when the event coder fails.</summary>
    public const string CodeStage = "code";

    /// <summary>
    /// The layers the event coder reads: it links actors from the entities and reads events off the lemmas, tags and
    /// dependency tree, sentence by sentence. A document without one of them would give no events, silently.
    /// </summary>
    public const Annotations CoderNeeds =
        Annotations.Tokens | Annotations.Sentences | Annotations.Tags | Annotations.Lemmas | Annotations.Dependencies | Annotations.Entities;

    /// <summary>Which model folder fills in which layer, and the command that writes it: what a missing layer is reported as.</summary>
    private static readonly (Annotations Layer, string Folder, string Command)[] ModelStages =
    [
        (Annotations.Tags, NlpModels.TaggerFolder, "parley train tagger"),
        (Annotations.Lemmas, NlpModels.LemmatizerFolder, "parley train lemmatizer"),
        (Annotations.Dependencies, NlpModels.ParserFolder, "parley train parser"),
        (Annotations.Entities, NlpModels.EntitiesFolder, "parley train ner"),
    ];

    private ParleyEngine(LanguagePipeline pipeline, ArticleCoder coder, EngineOptions options, TimeSpan dictionariesLoadTime, TimeSpan dictionariesLoadCpuTime,
        TimeSpan modelsLoadTime)
    {
        Pipeline = pipeline;
        Coder = coder;
        ModelsDirectory = options.ModelsDirectory;
        DictionariesDirectory = options.DictionariesDirectory;
        DictionariesLoadTime = dictionariesLoadTime;
        DictionariesLoadCpuTime = dictionariesLoadCpuTime;
        ModelsLoadTime = modelsLoadTime;
    }

    /// <summary>The language pipeline, with every stage the coder needs.</summary>
    public LanguagePipeline Pipeline { get; }

    /// <summary>The event coder.</summary>
    public ArticleCoder Coder { get; }

    /// <summary>The folder the models were loaded from.</summary>
    public string ModelsDirectory { get; }

    /// <summary>The folder the dictionaries were loaded from.</summary>
    public string DictionariesDirectory { get; }

    /// <summary>How long loading the dictionaries and building the coder took.</summary>
    public TimeSpan DictionariesLoadTime { get; }

    /// <summary>
    /// The processor time the process spent while the dictionaries loaded and the coder was built, on all its threads
    /// (the dictionaries load on three at once; collection and compilation included): the load's cost on a busy machine,
    /// where <see cref="DictionariesLoadTime"/> also counts the time other processes held the cores.
    /// </summary>
    public TimeSpan DictionariesLoadCpuTime { get; }

    /// <summary>How long loading the models took.</summary>
    public TimeSpan ModelsLoadTime { get; }

    /// <summary>Loads the shipped kind of engine: the models in <paramref name="modelsDirectory"/> and the coder of the dictionaries in <paramref name="dictionariesDirectory"/>.</summary>
    /// <exception cref="EngineLoadException">Something is missing, damaged or wrong; it lists every problem found.</exception>
    public static ParleyEngine Load(string modelsDirectory, string dictionariesDirectory) =>
        Load(new EngineOptions { ModelsDirectory = modelsDirectory, DictionariesDirectory = dictionariesDirectory });

    /// <summary>
    /// Loads the dictionaries (first: they are the files people edit, so the likelier mistake shows soonest), then the
    /// models, and checks that the models give every layer of <see cref="CoderNeeds"/> and that the learned
    /// sentence-boundary model is there. A missing or damaged model is an error here, never an article without events later.
    /// </summary>
    /// <exception cref="EngineLoadException">Something is missing, damaged or wrong; it lists every problem found.</exception>
    public static ParleyEngine Load(EngineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var clock = Stopwatch.StartNew();
        var cpu = ProcessorTime();
        var coder = LoadCoder(options);
        var dictionariesLoadTime = clock.Elapsed;
        var dictionariesLoadCpuTime = ProcessorTime() - cpu;
        clock.Restart();
        var pipeline = LoadPipeline(options.ModelsDirectory);
        var modelsLoadTime = clock.Elapsed;
        return new ParleyEngine(pipeline, coder, options, dictionariesLoadTime, dictionariesLoadCpuTime, modelsLoadTime);
    }

    private static TimeSpan ProcessorTime()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <summary>Runs the language pipeline over <paramref name="text"/>.</summary>
    public Document Annotate(string text) => Pipeline.Process(text);

    /// <summary>The events of an annotated document, in text order.</summary>
    /// <exception cref="ArgumentException">The document lacks a layer the coder needs (<see cref="CoderNeeds"/>).</exception>
    public IReadOnlyList<EventRecord> Code(Document document, string articleId, DateOnly? articleDate)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!document.Has(CoderNeeds))
        {
            throw new ArgumentException($"The document lacks {CoderNeeds & ~document.Present}, which the event coder needs.", nameof(document));
        }
        return Coder(document, articleId, articleDate);
    }

    /// <summary>
    /// Annotates and codes <paramref name="article"/>: its events, or the failure with its stage
    /// (<see cref="AnnotateStage"/>, <see cref="CodeStage"/>) and reason. Never throws for the article's content:
    /// a stage that fails on one article fails that article only.
    /// </summary>
    /// <exception cref="OperationCanceledException">Only when a stage was cancelled.</exception>
    public ArticleOutcome Process(Article article) => ProcessInDetail(article).Outcome;

    /// <summary><see cref="Process"/>, with the tokens annotated and the exception that stopped a failed article.</summary>
    public ProcessedArticle ProcessInDetail(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var stage = AnnotateStage;
        var tokens = 0;
        try
        {
            var document = Annotate(article.Text);
            tokens = document.Count;
            stage = CodeStage;
            // Built inside the try: an event that names another article is the coder's fault, and fails this article only.
            return new ProcessedArticle(ArticleOutcome.Coded(article, Code(document, article.Id, article.Date)), tokens, null);
        }
        // DESIGN.md: a stage that fails on one document fails that document, never the batch; any exception
        // but cancellation is that document's failure, recorded with its stage and reason.
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ProcessedArticle(ArticleOutcome.Failed(article, stage, $"{e.GetType().Name}: {e.Message}"), tokens, e);
        }
    }

    private static ArticleCoder LoadCoder(EngineOptions options)
    {
        var folder = options.DictionariesDirectory;
        ArgumentNullException.ThrowIfNull(folder, nameof(options));
        if (!Directory.Exists(folder))
        {
            throw new EngineLoadException(EngineComponent.Dictionaries, folder, $"there is no dictionary folder at {folder}.", []);
        }
        try
        {
            return options.LoadCoder is { } load ? load(folder) : EventCoder.Load(folder, options.ModelsDirectory).Code;
        }
        catch (ModelFormatException e)
        {
            // The event model sits with the other models; 'parley train events' writes it.
            throw new EngineLoadException(EngineComponent.Models, options.ModelsDirectory,
                $"the event model cannot be used: {e.Message} ('parley train events' writes it)", [], e);
        }
        catch (DictionaryException e)
        {
            var problems = e.Problems.Select(p => p.ToString()).ToList();
            throw new EngineLoadException(EngineComponent.Dictionaries, folder,
                $"the dictionaries in {folder} cannot be used ({Count(problems.Count, "problem")}):", problems, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EngineLoadException(EngineComponent.Dictionaries, folder, $"cannot read the dictionaries in {folder}: {e.Message}", [], e);
        }
    }

    private static LanguagePipeline LoadPipeline(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        var problems = new List<string>();
        if (Directory.Exists(folder))
        {
            // Every missing model is named at once, before loading any: a tagger's absence would otherwise show
            // only as the lemmatizer's unmet requirement.
            foreach (var (layer, modelFolder, command) in ModelStages)
            {
                if (!Directory.Exists(Path.Combine(folder, modelFolder)))
                {
                    problems.Add($"{Path.Combine(folder, modelFolder)}: missing; the event coder needs its {Describe(layer)} ('{command}' writes it).");
                }
            }
            if (!File.Exists(LanguagePipeline.SentenceModelPath(folder)))
            {
                // The rules alone would still split sentences, but not as the shipped coder was tuned and tested with.
                problems.Add($"{LanguagePipeline.SentenceModelPath(folder)}: missing; the sentence splitter's learned model "
                    + "('parley eval tokenize --train-splitter … --save' writes it).");
            }
            if (problems.Count > 0)
            {
                throw new EngineLoadException(EngineComponent.Models, folder, $"the models in {folder} cannot be used ({Count(problems.Count, "problem")}):", problems);
            }
        }
        LanguagePipeline pipeline;
        try
        {
            pipeline = LanguagePipeline.Load(folder);
        }
        catch (Exception e) when (LanguagePipeline.IsLoadFailure(e))
        {
            throw new EngineLoadException(EngineComponent.Models, folder, $"the models in {folder} cannot be used:", [e.Message], e);
        }
        if ((CoderNeeds & ~pipeline.Assigns) is var missing and not Annotations.None)
        {
            throw new EngineLoadException(EngineComponent.Models, folder, $"the models in {folder} cannot be used:",
                [$"{folder}: no model gives the {Describe(missing)}, which the event coder needs."]);
        }
        return pipeline;
    }

    private static string Describe(Annotations layers) => layers.ToString().ToLowerInvariant();

    private static string Count(int n, string noun) => n == 1 ? $"1 {noun}" : $"{n} {noun}s";
}

using Parley.Nlp;
using Parley.Nlp.Learning;
using Parley.Text;
using Parley.Text.Tokenization;

namespace Parley.Engine;

/// <summary>
/// The language pipeline: tokenizer and sentence splitter, then the trained models found in a models folder
/// (tagger, lemmatizer, parser, entity recogniser, in that order). Loaded as found: a model folder that is absent
/// is left out, which suits <c>parley annotate</c> after training only a tagger; <see cref="ParleyEngine"/>
/// loads it through <see cref="Load"/> and then insists on every stage the coder needs.
/// </summary>
/// <remarks>Immutable and thread-safe: one pipeline serves any number of documents at once.</remarks>
public sealed class LanguagePipeline
{
    /// <summary>The sentence-boundary model's folder under the models folder.</summary>
    public const string SentenceSplitterFolder = "sentence-splitter";

    private readonly Pipeline _pipeline;
    private readonly Pipeline _segmenter;
    private readonly Pipeline _phrase;

    private LanguagePipeline(Pipeline pipeline, bool hasSentenceModel)
    {
        _pipeline = pipeline;
        // The tokenizer and the sentence splitter: what sentence indexes are counted in.
        _segmenter = new Pipeline(pipeline.Pipes.Take(2));
        // The same pipes with the splitter replaced: a phrase is one sentence whatever its capitals.
        _phrase = new Pipeline([pipeline.Pipes[0], new OneSentence(), .. pipeline.Pipes.Skip(2)]);
        HasSentenceModel = hasSentenceModel;
    }

    /// <summary>The pipes in the order they run.</summary>
    public IReadOnlyList<IPipe> Pipes => _pipeline.Pipes;

    /// <summary>Every annotation layer the pipeline fills in.</summary>
    public Annotations Assigns => _pipeline.Assigns;

    /// <summary>True when the learned sentence-boundary model refines the splitter's rules.</summary>
    public bool HasSentenceModel { get; }

    /// <summary>The path of the learned sentence-boundary model's weights under <paramref name="modelsDirectory"/>.</summary>
    public static string SentenceModelPath(string modelsDirectory) =>
        Path.Combine(modelsDirectory, SentenceSplitterFolder, SentenceBoundaryModel.WeightsFile);

    /// <summary>Loads the models under <paramref name="modelsDirectory"/>; throws <see cref="ModelFormatException"/> for a damaged one or a missing folder.</summary>
    public static LanguagePipeline Load(string modelsDirectory)
    {
        ArgumentNullException.ThrowIfNull(modelsDirectory);
        var models = NlpModels.Load(modelsDirectory);
        // The learned boundary model refines the splitter's rules on web text; without it the rules alone run.
        var splitterWeights = SentenceModelPath(modelsDirectory);
        var hasSentenceModel = File.Exists(splitterWeights);
        var splitter = hasSentenceModel ? new SentenceSplitter(SentenceBoundaryModel.Load(splitterWeights)) : new SentenceSplitter();
        return new LanguagePipeline(new Pipeline([new Tokenizer(), splitter, .. models.Pipes]), hasSentenceModel);
    }

    /// <summary>True for the exceptions <see cref="Load"/> throws when a model cannot be used.</summary>
    public static bool IsLoadFailure(Exception e) => e is ModelFormatException or InvalidDataException or IOException or UnauthorizedAccessException or PipelineException;

    /// <summary>Runs every pipe over a new document of <paramref name="text"/>.</summary>
    public Document Process(string text) => _pipeline.Process(text);

    /// <summary>
    /// Runs every pipe over a new document of <paramref name="text"/> read as one phrase (an actor description): the
    /// document has exactly one sentence, however the splitter would have cut it.
    /// </summary>
    public Document ProcessPhrase(string text) => _phrase.Process(text);

    /// <summary>
    /// The sentences of <paramref name="text"/> as the full pipeline splits them (only the tokenizer and the splitter
    /// run), so that <see cref="Coding.EventRecord.SentenceIndex"/> indexes this list.
    /// </summary>
    public IReadOnlyList<SentenceSpan> Sentences(string text)
    {
        var doc = _segmenter.Process(text);
        var spans = new List<SentenceSpan>(doc.SentenceStarts.Count);
        foreach (var sentence in doc.Sentences)
        {
            spans.Add(new SentenceSpan(spans.Count, doc.Starts[sentence.Start], doc.Ends[sentence.End - 1]));
        }
        return spans;
    }
}

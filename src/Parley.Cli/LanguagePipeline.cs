using Parley.Nlp;
using Parley.Nlp.Learning;
using Parley.Text;
using Parley.Text.Tokenization;

namespace Parley.Cli;

/// <summary>The language pipeline the CLI runs: tokenizer and sentence splitter, then the trained models found in the models folder.</summary>
public sealed class LanguagePipeline
{
    private readonly Pipeline _pipeline;

    private LanguagePipeline(Pipeline pipeline) => _pipeline = pipeline;

    public IReadOnlyList<IPipe> Pipes => _pipeline.Pipes;

    /// <summary>Loads the models under <paramref name="modelsDirectory"/>; throws <see cref="ModelFormatException"/> for a damaged one.</summary>
    public static LanguagePipeline Load(string modelsDirectory)
    {
        // The learned boundary model refines the splitter's rules on web text; without it the rules alone run.
        var splitterWeights = Path.Combine(modelsDirectory, "sentence-splitter", SentenceBoundaryModel.WeightsFile);
        var splitter = File.Exists(splitterWeights) ? new SentenceSplitter(SentenceBoundaryModel.Load(splitterWeights)) : new SentenceSplitter();
        var pipes = new List<IPipe> { new Tokenizer(), splitter };
        pipes.AddRange(NlpModels.Load(modelsDirectory).Pipes);
        return new LanguagePipeline(new Pipeline(pipes));
    }

    /// <summary>True for the exceptions <see cref="Load"/> throws when a model cannot be used.</summary>
    public static bool IsLoadFailure(Exception e) => e is ModelFormatException or InvalidDataException or IOException or UnauthorizedAccessException or PipelineException;

    public Document Process(string text) => _pipeline.Process(text);
}

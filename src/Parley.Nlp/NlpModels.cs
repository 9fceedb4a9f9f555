using Parley.Nlp.Entities;
using Parley.Nlp.Lemmatization;
using Parley.Nlp.Learning;
using Parley.Nlp.Parsing;
using Parley.Nlp.Tagging;
using Parley.Text;

namespace Parley.Nlp;

/// <summary>
/// The NLP models found in a models folder (<c>models/tagger</c>, <c>models/lemmatizer</c>, …), loaded
/// explicitly from a path, no registry. A model folder that is absent is simply not there (its property is
/// null); one that is present but cannot be read throws <see cref="ModelFormatException"/> naming the file.
/// </summary>
public sealed class NlpModels
{
    /// <summary>The tagger's folder under the models folder.</summary>
    public const string TaggerFolder = "tagger";

    /// <summary>The lemmatizer's folder under the models folder.</summary>
    public const string LemmatizerFolder = "lemmatizer";

    /// <summary>The dependency parser's folder under the models folder.</summary>
    public const string ParserFolder = "parser";

    /// <summary>The named-entity recogniser's folder under the models folder.</summary>
    public const string EntitiesFolder = "ner";

    public PerceptronTagger? Tagger { get; init; }

    public Lemmatizer? Lemmatizer { get; init; }

    public DependencyParser? Parser { get; init; }

    public EntityRecognizer? Entities { get; init; }

    /// <summary>The loaded models as pipes, in the order they must run (tagger, lemmatizer, …).</summary>
    public IReadOnlyList<IPipe> Pipes
    {
        get
        {
            var pipes = new List<IPipe>();
            if (Tagger is not null)
            {
                pipes.Add(Tagger);
            }
            if (Lemmatizer is not null)
            {
                pipes.Add(Lemmatizer);
            }
            if (Parser is not null)
            {
                pipes.Add(Parser);
            }
            if (Entities is not null)
            {
                pipes.Add(Entities);
            }
            return pipes;
        }
    }

    /// <summary>
    /// Loads every model whose folder exists under <paramref name="modelsDirectory"/>. The parser, the largest, is read
    /// on another thread while the tagger and the lemmatizer are read on this one; a damaged model is still reported as
    /// when they were read one after another (tagger, lemmatizer, parser, entities: the first that fails).
    /// </summary>
    public static NlpModels Load(string modelsDirectory)
    {
        ArgumentNullException.ThrowIfNull(modelsDirectory);
        if (!Directory.Exists(modelsDirectory))
        {
            throw new ModelFormatException(modelsDirectory, "no such folder; it should hold the model folders (tagger, lemmatizer, …) that 'parley train' writes.");
        }
        string Folder(string name) => Path.Combine(modelsDirectory, name);
        var parserLoad = Task.Run(() => Directory.Exists(Folder(ParserFolder)) ? DependencyParser.Load(Folder(ParserFolder)) : null);
        var tagger = Directory.Exists(Folder(TaggerFolder)) ? PerceptronTagger.Load(Folder(TaggerFolder)) : null;
        var lemmatizer = Directory.Exists(Folder(LemmatizerFolder)) ? Lemmatizer.Load(Folder(LemmatizerFolder)) : null;
        var parser = parserLoad.GetAwaiter().GetResult();
        return new NlpModels
        {
            // The lemmatizer knows the irregular past forms (WordNet's verb exceptions among them) that the tagger's
            // training text seldom shows; the tagger reads them with it.
            Tagger = tagger is not null && lemmatizer is not null ? tagger.WithPastForms(lemmatizer) : tagger,
            Lemmatizer = lemmatizer,
            Parser = parser,
            Entities = Directory.Exists(Folder(EntitiesFolder)) ? EntityRecognizer.Load(Folder(EntitiesFolder)) : null,
        };
    }
}

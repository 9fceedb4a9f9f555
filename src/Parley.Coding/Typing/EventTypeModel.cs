using System.Runtime.InteropServices;
using Parley.Coding.Actors;
using Parley.Coding.Events;
using Parley.Nlp.Learning;
using Parley.Text;

namespace Parley.Coding.Typing;

/// <summary>
/// The event model: two averaged perceptrons over the same features of a predicate no dictionary pattern matched.
/// The first says whether it expresses an event at all, with a probability (a logistic curve over its margin,
/// fitted on held-out examples, so that predicates given 0.8 are events about 80 % of the time there); the second
/// says which of CAMEO's three-digit codes, with its own probability (a softmax at a fitted temperature).
/// Trained by <c>parley train events</c>; loaded from <c>models/events</c>. Immutable and thread-safe.
/// </summary>
public sealed class EventTypeModel
{
    /// <summary>The folder name under the models folder.</summary>
    public const string Folder = "events";

    /// <summary>The model file's kind and format version.</summary>
    public const string Kind = "event-types";
    public const int Version = 3;

    private readonly PerceptronModel _event;
    private readonly PerceptronModel _type;

    internal EventTypeModel(PerceptronModel eventWeights, double eventScale, LabelSet codes, PerceptronModel typeWeights, double typeTemperature)
    {
        if (eventWeights.Classes != 2 || codes.Count != typeWeights.Classes || !(eventScale > 0) || !(typeTemperature > 0))
        {
            throw new ArgumentException($"An event model needs a two-class event perceptron, one type column per code, and positive scales.");
        }
        _event = eventWeights;
        EventScale = eventScale;
        Codes = codes;
        _type = typeWeights;
        TypeTemperature = typeTemperature;
    }

    /// <summary>The CAMEO codes the model can give.</summary>
    public LabelSet Codes { get; }

    /// <summary>How steep the logistic curve that turns the event perceptron's margin into a probability is.</summary>
    public double EventScale { get; }

    /// <summary>The softmax temperature of the type perceptron.</summary>
    public double TypeTemperature { get; }

    /// <summary>Loads the model in <paramref name="directory"/> (<c>model.bin</c>).</summary>
    /// <exception cref="ModelFormatException">The file is missing, damaged, or of another kind or version.</exception>
    public static EventTypeModel Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var path = Path.Combine(directory, ModelFile.WeightsName);
        using var reader = ModelFile.Open(path, Kind, Version);
        return ModelFile.ReadContent(path, reader, r =>
        {
            double scale = r.ReadDouble();
            var eventWeights = PerceptronModel.Read(r);
            var codes = LabelSet.Read(r);
            double temperature = r.ReadDouble();
            var typeWeights = PerceptronModel.Read(r);
            if (eventWeights.Classes != 2 || codes.Count != typeWeights.Classes || !(scale > 0) || !(temperature > 0))
            {
                throw new InvalidDataException($"event perceptron of {eventWeights.Classes} classes, {codes.Count} codes for {typeWeights.Classes} columns, scales {scale} and {temperature}.");
            }
            return new EventTypeModel(eventWeights, scale, codes, typeWeights, temperature);
        });
    }

    /// <summary>Writes <c>model.bin</c> into <paramref name="directory"/> (created when missing).</summary>
    public void Save(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        using var writer = ModelFile.Create(Path.Combine(directory, ModelFile.WeightsName), Kind, Version);
        writer.Write(EventScale);
        _event.Write(writer);
        Codes.Write(writer);
        writer.Write(TypeTemperature);
        _type.Write(writer);
    }

    /// <summary>What the model says of candidate <paramref name="i"/>.</summary>
    internal Prediction Predict(DependencyTree tree, int i, ArticleActors actors, LexiconReading? lexicon)
    {
        var features = new List<ulong>(48);
        PredicateFeatures.Extract(tree, i, actors, null, lexicon, features);
        return Predict(CollectionsMarshal.AsSpan(features));
    }

    internal Prediction Predict(ReadOnlySpan<ulong> features)
    {
        Span<float> two = stackalloc float[2];
        _event.Score(features, two);
        Span<float> scores = stackalloc float[Codes.Count];
        _type.Score(features, scores);
        int best = PerceptronModel.ArgMax(scores);
        return new Prediction(Codes[best], Logistic(two[1] - two[0], EventScale), Softmax(scores, best, TypeTemperature));
    }

    internal static double Logistic(double margin, double scale) => 1 / (1 + Math.Exp(-margin / scale));

    /// <summary>The probability of class <paramref name="index"/> under a softmax of <paramref name="scores"/> at <paramref name="temperature"/>.</summary>
    internal static double Softmax(ReadOnlySpan<float> scores, int index, double temperature)
    {
        double max = double.MinValue;
        foreach (float s in scores)
        {
            max = Math.Max(max, s);
        }
        double sum = 0;
        foreach (float s in scores)
        {
            sum += Math.Exp((s - max) / temperature);
        }
        return Math.Exp((scores[index] - max) / temperature) / sum;
    }
}

/// <summary>What the event model says of a candidate: its likeliest code, how likely it is an event at all, and how likely that code is if it is one.</summary>
internal readonly record struct Prediction(string Code, double Event, double Type);

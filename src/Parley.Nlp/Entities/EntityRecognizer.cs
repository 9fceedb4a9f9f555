using System.Buffers;
using Parley.Nlp.Learning;
using Parley.Text;

namespace Parley.Nlp.Entities;

/// <summary>
/// Finds PER, ORG and LOC names: a structured averaged perceptron over BILOU labels, decoded per sentence with
/// Viterbi so every entity it returns is well formed. Features come from the tokens alone (form, lowercase,
/// shape, affixes, context words, sentence case, gazetteer matches), so it needs only tokens and sentences.
/// Immutable after loading and safe to share between threads.
/// </summary>
public sealed class EntityRecognizer : IPipe
{
    /// <summary>The model kind written in the weights file header.</summary>
    public const string Kind = "ner";

    /// <summary>The weights file format this version reads and writes.</summary>
    public const int FormatVersion = 1;

    private readonly BilouLabels _labels;
    private readonly EntityFeatures _features;
    private readonly PerceptronModel _model;
    private readonly float[] _transitions;

    internal EntityRecognizer(BilouLabels labels, EntityGazetteer gazetteer, PerceptronModel model, float[] transitions, float outsideBias = 0f)
    {
        if (model.Classes != labels.Count || transitions.Length != (labels.Count + 1) * labels.Count)
        {
            throw new ArgumentException($"The model has {model.Classes} classes and {transitions.Length} transition weights; {labels.Count} labels need {labels.Count} and {(labels.Count + 1) * labels.Count}.");
        }
        _labels = labels;
        _features = new EntityFeatures(gazetteer);
        _model = model;
        _transitions = transitions;
        OutsideBias = outsideBias;
    }

    /// <summary>
    /// Subtracted from every token's score for "outside any entity". The perceptron learns to be cautious on
    /// capitalised words it has not seen; this offset, chosen on development data, trades precision for recall.
    /// </summary>
    public float OutsideBias { get; }

    /// <summary>The same model with another <see cref="OutsideBias"/>.</summary>
    internal EntityRecognizer WithOutsideBias(float bias) => new(_labels, _features.Gazetteer, _model, _transitions, bias);

    public string Name => "ner";

    public Annotations Requires => Annotations.Tokens | Annotations.Sentences;

    public Annotations Assigns => Annotations.Entities;

    /// <summary>The entity types it finds ("PER", "ORG", "LOC").</summary>
    public IReadOnlyList<string> Types => _labels.Types;

    /// <summary>The gazetteer its features were trained with.</summary>
    public EntityGazetteer Gazetteer => _features.Gazetteer;

    /// <summary>The number of weighted features in the model.</summary>
    public int Features => _model.Features;

    /// <summary>Replaces <see cref="Document.Entities"/> with the entities found in every sentence, in text order.</summary>
    public void Process(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        doc.Entities.Clear();
        Recognize(doc, doc.Entities);
    }

    /// <summary>Adds the entities found in every sentence of <paramref name="doc"/> to <paramref name="output"/>, in text order, leaving the document unchanged.</summary>
    public void Recognize(Document doc, ICollection<EntitySpan> output)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(output);
        var context = ArrayPool<int>.Shared.Rent(2 * doc.Count);
        try
        {
            var words = context.AsSpan(0, doc.Count);
            var codes = context.AsSpan(doc.Count, doc.Count);
            _features.DocumentContext(doc, words, codes, Counts ??= []);
            foreach (var sentence in doc.Sentences)
            {
                Recognize(doc, sentence.Start, sentence.End, words, codes, output);
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(context);
        }
    }

    // Reused per thread so that a document costs no dictionary allocation.
    [ThreadStatic]
    private static Dictionary<ulong, (int, int, int)>? Counts;

    private void Recognize(Document doc, int start, int end, ReadOnlySpan<int> context, ReadOnlySpan<int> codes, ICollection<EntitySpan> output)
    {
        int n = end - start;
        if (n == 0)
        {
            return;
        }
        int count = _labels.Count;
        var features = ArrayPool<ulong>.Shared.Rent(n * EntityFeatures.PerToken);
        var infos = ArrayPool<TokenInfo>.Shared.Rent(n + 2 * EntityFeatures.Padding);
        var ints = ArrayPool<int>.Shared.Rent(n * (count + 1));
        var emissions = ArrayPool<float>.Shared.Rent(n * count);
        try
        {
            var best = ints.AsSpan(0, n);
            var back = ints.AsSpan(n, n * count);
            _features.Extract(doc, start, end, context, codes, features, infos);
            for (int i = 0; i < n; i++)
            {
                _model.Score(features.AsSpan(i * EntityFeatures.PerToken, EntityFeatures.PerToken), emissions.AsSpan(i * count, count));
                emissions[i * count + BilouLabels.Outside] -= OutsideBias;
            }
            BilouViterbi.Decode(_labels, emissions.AsSpan(0, n * count), _transitions, back, best);
            _labels.Decode(best, start, output);
        }
        finally
        {
            ArrayPool<float>.Shared.Return(emissions);
            ArrayPool<int>.Shared.Return(ints);
            ArrayPool<TokenInfo>.Shared.Return(infos);
            ArrayPool<ulong>.Shared.Return(features);
        }
    }

    /// <summary>Loads the recogniser in <paramref name="modelDirectory"/> (its <c>model.bin</c>); a missing, foreign or damaged file throws <see cref="ModelFormatException"/> naming it.</summary>
    public static EntityRecognizer Load(string modelDirectory)
    {
        ArgumentNullException.ThrowIfNull(modelDirectory);
        var path = Path.Combine(modelDirectory, ModelFile.WeightsName);
        using var reader = ModelFile.Open(path, Kind, FormatVersion);
        return ModelFile.ReadContent(path, reader, r =>
        {
            int typeCount = r.ReadInt32();
            if (typeCount < 1 || typeCount > 100)
            {
                throw new InvalidDataException($"Bad entity type count {typeCount}.");
            }
            var types = new string[typeCount];
            for (int i = 0; i < typeCount; i++)
            {
                types[i] = r.ReadString();
            }
            var labels = new BilouLabels(types);
            var gazetteer = EntityGazetteer.Read(r);
            int transitionCount = r.ReadInt32();
            if (transitionCount != (labels.Count + 1) * labels.Count)
            {
                throw new InvalidDataException($"Expected {(labels.Count + 1) * labels.Count} transition weights, found {transitionCount}.");
            }
            var transitions = new float[transitionCount];
            for (int i = 0; i < transitionCount; i++)
            {
                transitions[i] = r.ReadSingle();
            }
            float outsideBias = r.ReadSingle();
            if (!float.IsFinite(outsideBias))
            {
                throw new InvalidDataException($"Bad outside bias {outsideBias}.");
            }
            var model = PerceptronModel.Read(r);
            if (model.Classes != labels.Count)
            {
                throw new InvalidDataException($"The weights have {model.Classes} classes; {typeCount} entity types need {labels.Count}.");
            }
            return new EntityRecognizer(labels, gazetteer, model, transitions, outsideBias);
        });
    }

    /// <summary>Writes <c>model.bin</c> into <paramref name="modelDirectory"/> (creating it); the manifest is the trainer's to write.</summary>
    public void Save(string modelDirectory)
    {
        ArgumentNullException.ThrowIfNull(modelDirectory);
        using var writer = ModelFile.Create(Path.Combine(modelDirectory, ModelFile.WeightsName), Kind, FormatVersion);
        writer.Write(_labels.Types.Length);
        foreach (var type in _labels.Types)
        {
            writer.Write(type);
        }
        _features.Gazetteer.Write(writer);
        writer.Write(_transitions.Length);
        foreach (float weight in _transitions)
        {
            writer.Write(weight);
        }
        writer.Write(OutsideBias);
        _model.Write(writer);
    }
}

using Parley.Nlp.Learning;
using Parley.Text;

namespace Parley.Nlp.Parsing;

/// <summary>
/// A greedy, labelled, transition-based dependency parser (arc-hybrid, averaged perceptron). One model picks
/// the move (Shift, Left, Right); a second picks the relation of each arc as it is built, which keeps the move
/// model at three classes and makes the parser fast. Each sentence gets one projective tree: every token has
/// exactly one head, and exactly one token per sentence attaches to the root (head -1, relation <c>root</c>).
/// <para>
/// Reads the tokens, sentences and tags (UPOS and XPOS) of a document and fills in its
/// <see cref="Document.Heads"/> and <see cref="Document.Deps"/>. Immutable once loaded and safe to share between
/// threads; <see cref="Process"/> allocates nothing per token.
/// </para>
/// </summary>
public sealed class DependencyParser : IPipe
{
    /// <summary>The kind written into the model file header.</summary>
    public const string Kind = "parser";

    /// <summary>The model file format this version reads and writes.</summary>
    public const int FormatVersion = 1;

    /// <summary>The relation given to the token attached to the root.</summary>
    public const string RootLabel = "root";

    [ThreadStatic]
    private static ParserConfiguration? t_config;

    private static readonly Lazy<ulong> TemplatesFingerprint = new(ParserFeatures.Fingerprint);

    private readonly LabelSet _tags;
    private readonly LabelSet _relations;
    private readonly PerceptronModel _moves;
    private readonly PerceptronModel _labels;
    private readonly int _rootLabel;

    /// <summary>Builds a parser from trained parts.</summary>
    /// <param name="tags">The UPOS and XPOS tags the parser knows.</param>
    /// <param name="relations">The relations it assigns.</param>
    /// <param name="moves">Scores the three <see cref="Transition"/>s from <see cref="ParserFeatures.Extract"/>.</param>
    /// <param name="labels">Scores the relations from <see cref="ParserFeatures.ExtractLabel"/>.</param>
    public DependencyParser(LabelSet tags, LabelSet relations, PerceptronModel moves, PerceptronModel labels)
    {
        ArgumentNullException.ThrowIfNull(tags);
        ArgumentNullException.ThrowIfNull(relations);
        ArgumentNullException.ThrowIfNull(moves);
        ArgumentNullException.ThrowIfNull(labels);
        if (moves.Classes != 3)
        {
            throw new ArgumentException($"The move model must have 3 classes, not {moves.Classes}.", nameof(moves));
        }
        if (labels.Classes != relations.Count)
        {
            throw new ArgumentException($"The label model has {labels.Classes} classes for {relations.Count} relations.", nameof(labels));
        }
        _tags = tags;
        _relations = relations;
        _moves = moves;
        _labels = labels;
        _rootLabel = relations.IndexOf(RootLabel);
    }

    public string Name => "parser";
    public Annotations Requires => Annotations.Tokens | Annotations.Sentences | Annotations.Tags;
    public Annotations Assigns => Annotations.Dependencies;

    /// <summary>The tags the parser knows.</summary>
    public LabelSet Tags => _tags;

    /// <summary>The relations the parser assigns.</summary>
    public LabelSet Relations => _relations;

    /// <summary>The number of features with weights in the move and label models.</summary>
    public (int Moves, int Labels) FeatureCounts => (_moves.Features, _labels.Features);

    /// <summary>Loads the parser in <paramref name="modelDirectory"/> (its <c>model.bin</c>).</summary>
    /// <exception cref="ModelFormatException">The file is missing, not a parser model, of another version or feature templates, or damaged; the message names it.</exception>
    public static DependencyParser Load(string modelDirectory)
    {
        ArgumentNullException.ThrowIfNull(modelDirectory);
        var path = Path.Combine(modelDirectory, ModelFile.WeightsName);
        using var reader = ModelFile.Open(path, Kind, FormatVersion);
        return ModelFile.ReadContent(path, reader, r =>
        {
            if (r.ReadUInt64() != TemplatesFingerprint.Value)
            {
                throw new InvalidDataException("it was trained with other feature templates than this Parley's; retrain it with 'parley train parser'");
            }
            var tags = LabelSet.Read(r);
            var relations = LabelSet.Read(r);
            var moves = PerceptronModel.Read(r);
            var labels = PerceptronModel.Read(r);
            try
            {
                return new DependencyParser(tags, relations, moves, labels);
            }
            catch (ArgumentException e)
            {
                throw new InvalidDataException(e.Message, e);
            }
        });
    }

    /// <summary>Writes the parser to <c>model.bin</c> in <paramref name="modelDirectory"/>, creating the folder, and returns the file's path.</summary>
    public string Save(string modelDirectory)
    {
        ArgumentNullException.ThrowIfNull(modelDirectory);
        var path = Path.Combine(modelDirectory, ModelFile.WeightsName);
        using var writer = ModelFile.Create(path, Kind, FormatVersion);
        writer.Write(TemplatesFingerprint.Value);
        _tags.Write(writer);
        _relations.Write(writer);
        _moves.Write(writer);
        _labels.Write(writer);
        return path;
    }

    /// <summary>Parses every sentence of <paramref name="doc"/>, replacing any heads and relations it had.</summary>
    public void Process(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var config = t_config ??= new ParserConfiguration(128);
        Span<ulong> features = stackalloc ulong[ParserFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[Math.Max(3, _relations.Count)];
        Span<int> labelIds = stackalloc int[_relations.Count];
        labelIds.Clear();
        var heads = doc.Heads;
        var deps = doc.Deps;
        foreach (var sentence in doc.Sentences)
        {
            // A wire dateline ("KABUL, Afghanistan (AP) —") is parsed apart from the sentence it opens: read as one
            // phrase with it, the city and the agency become the subject of the sentence's verb.
            int body = Dateline.BodyStart(doc, sentence.Start, sentence.Length);
            int bodyLength = sentence.Start + sentence.Length - body;
            int bodyRoot = ParseSpan(doc, body, bodyLength, config, features, scores, labelIds);
            if (ParticipleRevision.Apply(doc, body, bodyLength))
            {
                bodyRoot = ParseSpan(doc, body, bodyLength, config, features, scores, labelIds);
            }
            if (body > sentence.Start)
            {
                int datelineRoot = ParseSpan(doc, sentence.Start, body - sentence.Start, config, features, scores, labelIds);
                heads[datelineRoot] = bodyRoot;
                deps[datelineRoot] = doc.Strings.Add("dep");
            }
            FrontedSubjectRepair.Apply(doc, sentence.Start, sentence.Length);
            TitledSubjectRepair.Apply(doc, sentence.Start, sentence.Length);
            OpeningModifierRepair.Apply(doc, sentence.Start, sentence.Length);
            ReportedClauseRepair.Apply(doc, sentence.Start, sentence.Length);
            ReportedSubjectRepair.Apply(doc, sentence.Start, sentence.Length);
            SubordinateClauseRepair.Apply(doc, sentence.Start, sentence.Length);
            CoordinatedClauseRepair.Apply(doc, sentence.Start, sentence.Length);
            StrandedModifierRepair.Apply(doc, sentence.Start, sentence.Length);
            DateSubjectRepair.Apply(doc, sentence.Start, sentence.Length);
            MandatedClauseRepair.Apply(doc, sentence.Start, sentence.Length);
            HeadlineInfinitiveRepair.Apply(doc, sentence.Start, sentence.Length);
        }
        doc.Mark(Annotations.Dependencies);
    }

    /// <summary>Parses tokens <c>[start, start + length)</c> of <paramref name="doc"/> as one sentence, writes their heads and relations, and returns the root's index.</summary>
    private int ParseSpan(Document doc, int start, int length, ParserConfiguration config, Span<ulong> features, Span<float> scores, Span<int> labelIds)
    {
        Load(doc, start, length, config);
        Parse(config, features, scores);
        int root = start;
        for (int i = 0; i < length; i++)
        {
            int head = config.Heads[i];
            doc.Heads[start + i] = head == config.Root ? -1 : start + head;
            root = head == config.Root ? start + i : root;
            int label = config.Labels[i];
            if (labelIds[label] == 0)
            {
                labelIds[label] = doc.Strings.Add(_relations[label]);
            }
            doc.Deps[start + i] = labelIds[label];
        }
        return root;
    }

    /// <summary>Fills a configuration's word and tag codes from tokens <c>[start, start + length)</c> of <paramref name="doc"/>.</summary>
    internal void Load(Document doc, int start, int length, ParserConfiguration config)
    {
        config.Reset(length);
        var words = config.Words;
        var tags = config.Tags;
        var text = doc.Text.AsSpan();
        var starts = doc.Starts;
        var ends = doc.Ends;
        var xpos = doc.Xpos;
        var upos = doc.Upos;
        for (int i = 0; i < length; i++)
        {
            int t = start + i;
            words[i] = WordCode(text[starts[t]..ends[t]]);
            tags[i] = TagCode(_tags, doc.Strings[upos[t]], doc.Strings[xpos[t]]);
        }
    }

    /// <summary>Runs the greedy parse of a loaded configuration to the end.</summary>
    internal void Parse(ParserConfiguration config, Span<ulong> features, Span<float> scores)
    {
        while (!config.IsTerminal)
        {
            // With one legal move (the root alone on the stack, or the buffer empty) the scores cannot change it.
            var move = OnlyLegal(config);
            if (move is null)
            {
                int count = ParserFeatures.Extract(config, features);
                _moves.Score(features[..count], scores);
                move = BestLegal(config, scores);
            }
            int label = -1;
            if (move != Transition.Shift)
            {
                label = PredictLabel(config, config.HeadOf(move.Value), config.Stack(0), features, scores);
            }
            config.Apply(move.Value, label);
        }
    }

    /// <summary>The move to make when it is the only legal one, otherwise null.</summary>
    internal static Transition? OnlyLegal(ParserConfiguration config)
    {
        bool shift = config.IsLegal(Transition.Shift), left = config.IsLegal(Transition.Left), right = config.IsLegal(Transition.Right);
        return (shift ? 1 : 0) + (left ? 1 : 0) + (right ? 1 : 0) != 1 ? null
            : shift ? Transition.Shift
            : left ? Transition.Left
            : Transition.Right;
    }

    /// <summary>The legal move with the highest score (ties go to Shift, then Left).</summary>
    internal static Transition BestLegal(ParserConfiguration config, ReadOnlySpan<float> scores)
    {
        var best = Transition.Shift;
        float bestScore = float.NegativeInfinity;
        bool any = false;
        for (int m = 0; m < 3; m++)
        {
            var move = (Transition)m;
            if (config.IsLegal(move) && (!any || scores[m] > bestScore))
            {
                best = move;
                bestScore = scores[m];
                any = true;
            }
        }
        return best;
    }

    internal int PredictLabel(ParserConfiguration config, int head, int dependent, Span<ulong> features, Span<float> scores)
    {
        if (head == config.Root && _rootLabel >= 0)
        {
            return _rootLabel;
        }
        int count = ParserFeatures.ExtractLabel(config, head, dependent, features);
        _labels.Score(features[..count], scores);
        return BestLabel(scores[.._relations.Count], _rootLabel);
    }

    /// <summary>The best relation other than <paramref name="excluded"/> (the root relation, which only the root's arc takes).</summary>
    internal static int BestLabel(ReadOnlySpan<float> scores, int excluded)
    {
        int best = -1;
        for (int c = 0; c < scores.Length; c++)
        {
            if (c != excluded && (best < 0 || scores[c] > scores[best]))
            {
                best = c;
            }
        }
        return best;
    }

    /// <summary>
    /// The tag code of a token: its UPOS and XPOS together (0 when both are unknown). The pair matters in UD:
    /// XPOS alone does not tell an auxiliary or copula (a dependent) from a main verb (a head), nor UPOS a past participle.
    /// </summary>
    internal static int TagCode(LabelSet tags, string upos, string xpos) =>
        (tags.IndexOf(upos) + 1) * (tags.Count + 1) + tags.IndexOf(xpos) + 1;

    /// <summary>
    /// The word code of a form: a 32-bit hash of it lower-cased, with digits folded to 0 (so "1998" and
    /// "2025" share weights). Never 0 or 1, which stand for "no token" and the root.
    /// </summary>
    public static uint WordCode(ReadOnlySpan<char> form)
    {
        unchecked
        {
            ulong hash = 14695981039346656037UL;
            foreach (char raw in form)
            {
                char c = raw;
                if (c < 128)
                {
                    if (c >= 'A' && c <= 'Z')
                    {
                        c = (char)(c + 32);
                    }
                    else if (c >= '1' && c <= '9')
                    {
                        c = '0';
                    }
                }
                else
                {
                    c = char.ToLowerInvariant(c);
                }
                hash = (hash ^ c) * 1099511628211UL;
            }
            uint code = (uint)(hash ^ (hash >> 32));
            return code < 2 ? code + 2 : code;
        }
    }
}

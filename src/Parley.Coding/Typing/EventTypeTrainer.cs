using System.Runtime.InteropServices;
using Parley.Coding.Actors;
using Parley.Coding.Evaluation;
using Parley.Coding.Events;
using Parley.Knowledge;
using Parley.Nlp.Learning;
using Parley.Text;

namespace Parley.Coding.Typing;

/// <summary>
/// Collects examples for the event model from parsed documents and trains it. Three kinds of evidence, each on the
/// candidates the coder would ask the model about (a predicate with an actor among its arguments):
/// <list type="bullet">
/// <item>gold articles (annotated exhaustively): the candidate a gold event's trigger falls on has that event's
/// code, every other candidate is no event;</item>
/// <item>labelled stories: the title's main predicate (else the lead sentence's) is an event of the story's PLOVER
/// type, its CAMEO code left for the model to choose among the codes of that type;</item>
/// <item>silver: a candidate a team pattern codes has that pattern's code.</item>
/// </list>
/// Codes are learned at three digits: four-digit codes are refined by the patterns, not the model.
/// </summary>
public sealed class EventTypeTrainer
{
    private readonly KnowledgeBase _knowledge;
    private readonly ActorLinker _linker;
    private readonly WordNetVerbs? _wordNet;
    private readonly LexiconReader? _lexicon;
    private readonly List<Example> _examples = [];
    private readonly HashSet<ulong> _features = [];
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    /// <param name="wordNet">WordNet's verbs, whose senses and hypernyms let the model type verbs it never saw; null to train without.</param>
    public EventTypeTrainer(KnowledgeBase knowledge, WordNetVerbs? wordNet)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _knowledge = knowledge;
        _linker = new ActorLinker(knowledge);
        _wordNet = wordNet;
        _lexicon = knowledge.VerbLexicon is { } lexicon ? new LexiconReader(lexicon) : null;
        Labels = new LabelSet(knowledge.Cameo.All.Select(c => c.Code).Where(c => c.Length == 3));
    }

    /// <summary>Every three-digit CAMEO code: the classes of the type perceptron.</summary>
    public LabelSet Labels { get; }

    /// <summary>How many examples of each kind were collected ("gold event", "gold none", "story", "silver", "gold trigger not found").</summary>
    public IReadOnlyDictionary<string, int> Counts => _counts;

    /// <param name="Event">Whether the candidate is an event; null when only its code is known (silver), so it teaches the type alone.</param>
    /// <param name="Code">The code's class, or -1 when any of <paramref name="Allowed"/> will do (a story's type) or it is no event.</param>
    /// <param name="Group">The article the example comes from, so that cross-validation can leave whole articles out.</param>
    private sealed record Example(ulong[] Features, bool? Event, int Code, int[]? Allowed, float Weight, string Group);

    /// <summary>Adds the candidates of an exhaustively annotated article: gold events where their triggers fall, no event elsewhere.</summary>
    public void AddGold(Document document, string articleId, DateOnly? date, IReadOnlyList<GoldEvent> events)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(articleId);
        ArgumentNullException.ThrowIfNull(events);
        if (!Parsed(document))
        {
            return;
        }
        var (tree, lexicon, actors, reader) = Read(document, date);
        var sentences = document.Sentences.ToList();
        var codeAt = new Dictionary<int, string>();
        foreach (var e in events)
        {
            if (e.SentenceIndex < sentences.Count && TriggerToken(tree, sentences[e.SentenceIndex], e.Trigger, actors) is int token)
            {
                codeAt.TryAdd(token, e.Cameo[..3]);
            }
            else
            {
                Count("gold trigger not found");
            }
        }
        for (int i = 0; i < tree.Count; i++)
        {
            if (codeAt.TryGetValue(i, out var code))
            {
                if (Labels.IndexOf(code) is int c and >= 0)
                {
                    Add(tree, lexicon, i, actors, new Example([], true, c, null, 2f, articleId), "gold event");
                }
            }
            else if (PredicateCandidates.IsCandidate(tree, i, actors) && HasActor(tree, i, reader))
            {
                Add(tree, lexicon, i, actors, new Example([], false, -1, null, 2f, articleId), "gold none");
            }
        }
    }

    /// <summary>
    /// Adds a labelled story's main predicate as an event of its PLOVER type (and mode, when the type has it). It
    /// teaches both perceptrons: that it is an event (a headline states one; the gold articles alone gave the
    /// event-or-not perceptron some 700 events, thousands of stories give it the wording of many more), and its type.
    /// </summary>
    public void AddStory(Document document, LabelledStory story)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(story);
        if (!Parsed(document))
        {
            return;
        }
        var allowed = AllowedCodes(story.Label, story.Mode);
        if (allowed.Length == 0)
        {
            Count("story label unknown");
            return;
        }
        var (tree, lexicon, actors, _) = Read(document, null);
        // The title names the story's event; when its main word is no predicate (a mis-tagged headline), the lead does.
        foreach (var sentence in document.Sentences.Take(2))
        {
            int root = MainPredicate(tree, sentence);
            if (root >= 0 && PredicateCandidates.IsCandidate(tree, root, actors))
            {
                Add(tree, lexicon, root, actors, new Example([], true, -1, allowed, 1f, story.Id), "story");
                return;
            }
            if (root >= 0 && HeadlineParticiple(tree, root, actors) is int participle and >= 0)
            {
                Add(tree, lexicon, participle, actors, new Example([], true, -1, allowed, 1f, story.Id), "story (headline participle)");
                return;
            }
        }
        Count("story without a predicate");
    }

    /// <summary>Adds the candidates a team pattern codes, as examples of the pattern's code (for the type, not for whether it is an event).</summary>
    public void AddSilver(Document document, string articleId, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(articleId);
        if (!Parsed(document))
        {
            return;
        }
        var (tree, lexicon, actors, reader) = Read(document, date);
        for (int i = 0; i < tree.Count; i++)
        {
            // A predicate that is an event only through what it governs ("halted the attacks", verbs.yaml's folds_only)
            // says nothing alone, and its own code may be a bare root ("08").
            if (TriggerFinder.At(tree, i, _knowledge.Patterns, licensedBy: null) is { FoldsOnly: false, Code.Length: >= 3 } trigger
                && PredicateCandidates.IsCandidate(tree, i, actors) && HasActor(tree, i, reader) && Labels.IndexOf(trigger.Code[..3]) is int code and >= 0)
            {
                Add(tree, lexicon, i, actors, new Example([], null, code, null, 0.5f, articleId), "silver");
            }
        }
    }

    /// <summary>
    /// Trains the model: <paramref name="epochs"/> passes over the examples in an order shuffled by
    /// <paramref name="seed"/>, weights averaged, WordNet facts folded into a row per lemma, and the probability
    /// scales fitted on a tenth of the examples held out from a first training run.
    /// </summary>
    /// <param name="leaveOut">Articles (groups) whose examples are not trained on, for cross-validation; null for none.</param>
    public EventTypeModel Train(int epochs, int seed, IReadOnlySet<string>? leaveOut, out TrainingSummary summary)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(epochs, 1);
        var examples = leaveOut is null ? _examples : _examples.Where(e => !leaveOut.Contains(e.Group)).ToList();
        if (!examples.Any(e => e.Event == true) || !examples.Any(e => e.Event == false))
        {
            throw new InvalidOperationException("Training needs examples of events and of predicates that are none (gold articles).");
        }
        var random = new Random(seed);
        var order = Enumerable.Range(0, examples.Count).OrderBy(_ => random.Next()).ToArray();
        var heldOut = order.Where((_, k) => k % 10 == 0).Select(k => examples[k]).ToList();
        var kept = order.Where((_, k) => k % 10 != 0).Select(k => examples[k]).ToList();
        var (trialEvent, trialType) = (FitEvent(kept, epochs, seed), FitType(kept, epochs, seed));
        double scale = FitScale(trialEvent, heldOut);
        double temperature = FitTemperature(trialType, heldOut);
        var (eventAccuracy, codeAccuracy) = Accuracy(trialEvent, trialType, heldOut);
        var model = new EventTypeModel(Fold(FitEvent(examples, epochs, seed)), scale, Labels, Fold(FitType(examples, epochs, seed)), temperature);
        summary = new TrainingSummary(examples.Count, heldOut.Count, eventAccuracy, codeAccuracy, scale, temperature, Labels.Count);
        return model;
    }

    /// <summary>
    /// How <paramref name="model"/> does on the gold candidates of <paramref name="groups"/> (articles it did not learn
    /// from): precision and recall of "is an event" at <paramref name="threshold"/>, and how often a gold event's
    /// CAMEO root is the model's.
    /// </summary>
    public CandidateScores Score(EventTypeModel model, IReadOnlySet<string> groups, double threshold)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(groups);
        int truePositive = 0, falsePositive = 0, falseNegative = 0, rootRight = 0, events = 0;
        foreach (var e in _examples.Where(e => e.Event is not null && e.Allowed is null && groups.Contains(e.Group)))
        {
            var prediction = model.Predict(e.Features);
            bool said = prediction.Event >= threshold;
            if (e.Event == true)
            {
                events++;
                rootRight += prediction.Code[..2] == Labels[e.Code][..2] ? 1 : 0;
                (truePositive, falseNegative) = said ? (truePositive + 1, falseNegative) : (truePositive, falseNegative + 1);
            }
            else if (said)
            {
                falsePositive++;
            }
        }
        return new CandidateScores(truePositive, falsePositive, falseNegative, rootRight, events);
    }

    private static PerceptronModel FitEvent(List<Example> examples, int epochs, int seed) =>
        Fit(examples.Where(e => e.Event is not null).ToList(), 2, epochs, seed, (e, _) => e.Event == true ? 1 : 0);

    private PerceptronModel FitType(List<Example> examples, int epochs, int seed) =>
        Fit(examples.Where(e => e.Event != false).ToList(), Labels.Count, epochs, seed, CodeOf);

    private static PerceptronModel Fit(List<Example> examples, int classes, int epochs, int seed, Func<Example, float[], int> truthOf)
    {
        var trainer = new PerceptronTrainer(classes);
        var scores = new float[classes];
        var random = new Random(seed);
        var order = Enumerable.Range(0, examples.Count).ToArray();
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int k in order)
            {
                var example = examples[k];
                trainer.Score(example.Features, scores);
                trainer.Update(example.Features, truthOf(example, scores), PerceptronModel.ArgMax(scores), example.Weight);
                trainer.Tick();
            }
        }
        return trainer.Average();
    }

    /// <summary>An event example's code: its own, or for a story the best-scoring code of its type.</summary>
    private static int CodeOf(Example example, float[] scores)
    {
        if (example.Allowed is null)
        {
            return example.Code;
        }
        int best = example.Allowed[0];
        foreach (int c in example.Allowed)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }
        return best;
    }

    /// <summary>
    /// The logistic scale that makes the held-out gold candidates' event or no-event most probable. Stories are left
    /// out: their headline predicates are events nearly always, and a curve fitted on them is too sure of the
    /// predicates of an article's body, which are what the coder asks about.
    /// </summary>
    private static double FitScale(PerceptronModel model, List<Example> heldOut)
    {
        var known = heldOut.Where(e => e.Event is not null && e.Allowed is null).ToList();
        var two = new float[2];
        return Best(scale => known.Sum(e =>
        {
            model.Score(e.Features, two);
            double p = EventTypeModel.Logistic(two[1] - two[0], scale);
            return -Math.Log(Math.Max(1e-12, e.Event == true ? p : 1 - p));
        }));
    }

    /// <summary>The temperature that makes the held-out events' codes most probable.</summary>
    private double FitTemperature(PerceptronModel model, List<Example> heldOut)
    {
        var events = heldOut.Where(e => e.Event != false).ToList();
        var scores = new float[model.Classes];
        return Best(t => events.Sum(e =>
        {
            model.Score(e.Features, scores);
            return -Math.Log(Math.Max(1e-12, EventTypeModel.Softmax(scores, CodeOf(e, scores), t)));
        }));
    }

    private static double Best(Func<double, double> loss)
    {
        double best = 1, bestLoss = double.MaxValue;
        for (double t = 0.05; t <= 50; t *= 1.15)
        {
            double l = loss(t);
            if (l < bestLoss)
            {
                (best, bestLoss) = (t, l);
            }
        }
        return best;
    }

    private static (double Event, double Code) Accuracy(PerceptronModel eventModel, PerceptronModel typeModel, List<Example> heldOut)
    {
        var two = new float[2];
        var scores = new float[typeModel.Classes];
        int eventRight = 0, eventTotal = 0, codeRight = 0, codeTotal = 0;
        foreach (var e in heldOut)
        {
            if (e.Event is not null)
            {
                eventModel.Score(e.Features, two);
                eventRight += (two[1] > two[0]) == e.Event ? 1 : 0;
                eventTotal++;
            }
            if (e.Event != false)
            {
                typeModel.Score(e.Features, scores);
                codeRight += PerceptronModel.ArgMax(scores) == CodeOf(e, scores) ? 1 : 0;
                codeTotal++;
            }
        }
        return (eventTotal == 0 ? 0 : (double)eventRight / eventTotal, codeTotal == 0 ? 0 : (double)codeRight / codeTotal);
    }

    /// <summary>The shipped weights: every feature's row, with the WordNet facts' rows summed into one row per lemma.</summary>
    private PerceptronModel Fold(PerceptronModel trained)
    {
        int classes = trained.Classes;
        var keys = new List<ulong>();
        var weights = new List<float>();
        var row = new float[classes];
        var wordNetFeatures = new HashSet<ulong>();
        if (_wordNet is not null)
        {
            foreach (var lemma in _wordNet.Lemmas)
            {
                var sum = new float[classes];
                foreach (var fact in _wordNet.FeaturesOf(lemma))
                {
                    ulong feature = PredicateFeatures.WordNetFeature(fact);
                    wordNetFeatures.Add(feature);
                    trained.Score([feature], row);
                    for (int c = 0; c < classes; c++)
                    {
                        sum[c] += row[c];
                    }
                }
                if (Keep(sum))
                {
                    keys.Add(PredicateFeatures.FoldedFeature(lemma));
                    weights.AddRange(sum);
                }
            }
        }
        foreach (ulong feature in _features)
        {
            if (wordNetFeatures.Contains(feature))
            {
                continue;
            }
            trained.Score([feature], row);
            if (Keep(row))
            {
                keys.Add(feature);
                weights.AddRange(row);
            }
        }
        return new PerceptronModel(classes, [.. keys], [.. weights]);
    }

    /// <summary>True when a row has a weight large enough to change a decision; tiny ones are zeroed.</summary>
    private static bool Keep(float[] row)
    {
        bool any = false;
        for (int c = 0; c < row.Length; c++)
        {
            if (Math.Abs(row[c]) < 0.005f)
            {
                row[c] = 0;
            }
            else
            {
                any = true;
            }
        }
        return any;
    }

    private int[] AllowedCodes(string label, string? mode)
    {
        var ofType = new List<int>();
        var ofMode = new List<int>();
        for (int c = 0; c < Labels.Count; c++)
        {
            var readings = _knowledge.Plover.Readings(Labels[c]).Where(m => m.Event == label).ToList();
            if (readings.Count > 0)
            {
                ofType.Add(c);
                if (mode is not null && readings.Any(m => string.Equals(m.Mode, mode, StringComparison.OrdinalIgnoreCase)))
                {
                    ofMode.Add(c);
                }
            }
        }
        return ofMode.Count > 0 ? [.. ofMode] : [.. ofType];
    }

    private (DependencyTree Tree, LexiconReader.DocumentReader? Lexicon, ArticleActors Actors, ArgumentReader Reader) Read(Document document, DateOnly? date)
    {
        var tree = new DependencyTree(document);
        var actors = _linker.Link(tree, date);
        var lexicon = _lexicon?.For(tree);
        return (tree, lexicon, actors, new ArgumentReader(tree, actors, new Trigger?[tree.Count]));
    }

    private static bool Parsed(Document document) => document.Count > 0 && document.Has(Annotations.Dependencies | Annotations.Lemmas);

    /// <summary>True when the candidate has an actor among its arguments, read as the coder would read a model's trigger.</summary>
    internal static bool HasActor(DependencyTree tree, int i, ArgumentReader reader) =>
        reader.Read(Trigger.Generic(i, tree.Upos(i) == "NOUN", "---")).All.Any();

    /// <summary>
    /// The root of <paramref name="sentence"/>, or through a reporting root ("said") the clause it reports, and through a
    /// governing verb (<see cref="GoverningVerbs"/>) the word it governs.
    /// </summary>
    private static int MainPredicate(DependencyTree tree, TokenSpan sentence)
    {
        for (int i = sentence.Start; i < sentence.End; i++)
        {
            if (tree.Head(i) < 0 || tree.Head(i) == i)
            {
                int reported = tree.Child(i, "ccomp");
                int main = tree.Lemma(i) is "say" or "tell" or "report" or "announce" && reported >= 0 ? reported : i;
                // "Protest Continues to Disrupt Traffic": the governed word is the one the coder asks about.
                int governed = GoverningVerbs.Complement(tree, main);
                return governed >= 0 ? governed : main;
            }
        }
        return -1;
    }

    /// <summary>
    /// The verb of a headline that reads as a noun phrase with a participle ("Hundreds of Police Called to Capital",
    /// "Paramilitary group formed in Oman", "Dozens of captives released"): the parser makes the noun the root and the
    /// verb its modifier, and that verb is what the coder asks the model about. -1 when the root has no such verb.
    /// </summary>
    private static int HeadlineParticiple(DependencyTree tree, int root, ArticleActors actors)
    {
        if (tree.Upos(root) is not ("NOUN" or "PROPN"))
        {
            return -1;
        }
        foreach (int c in tree.Children(root))
        {
            if (tree.Dep(c) is "acl" or "acl:relcl" && tree.Upos(c) == "VERB" && PredicateCandidates.IsCandidate(tree, c, actors))
            {
                return c;
            }
        }
        return -1;
    }

    /// <summary>The candidate a gold trigger's words fall on: the highest predicate among them (a verb before a noun), or null.</summary>
    private static int? TriggerToken(DependencyTree tree, TokenSpan sentence, string? trigger, ArticleActors actors)
    {
        if (string.IsNullOrWhiteSpace(trigger))
        {
            return null;
        }
        var doc = tree.Doc;
        int from = doc.Starts[sentence.Start];
        string text = doc.Text[from..doc.Ends[sentence.End - 1]];
        // "have criticized", "the attack", "called … for": the words before an ellipsis locate it.
        string words = trigger.Split('…', '"', '“', '”')[0].Trim();
        int at = text.IndexOf(words, StringComparison.Ordinal);
        if (at < 0)
        {
            at = text.IndexOf(words, StringComparison.OrdinalIgnoreCase);
        }
        if (at < 0 || words.Length == 0)
        {
            return null;
        }
        int start = from + at, end = start + words.Length;
        int? best = null;
        int bestRank = int.MaxValue;
        for (int i = sentence.Start; i < sentence.End; i++)
        {
            if (doc.Ends[i] <= start || doc.Starts[i] >= end || !PredicateCandidates.IsCandidate(tree, i, actors))
            {
                continue;
            }
            int rank = (tree.Upos(i) switch { "VERB" => 0, "ADJ" => 1, _ => 2 }) * 100 + Depth(tree, i);
            if (rank < bestRank)
            {
                (best, bestRank) = (i, rank);
            }
        }
        return best;
    }

    private static int Depth(DependencyTree tree, int i)
    {
        int depth = 0;
        for (int h = tree.Head(i); h >= 0 && depth < 50; h = tree.Head(h))
        {
            depth++;
        }
        return depth;
    }

    private void Add(DependencyTree tree, LexiconReader.DocumentReader? lexicon, int i, ArticleActors actors, Example example, string kind)
    {
        var features = new List<ulong>(48);
        PredicateFeatures.Extract(tree, i, actors, _wordNet, lexicon?.At(i), features);
        var array = features.Distinct().ToArray();
        foreach (ulong f in array)
        {
            _features.Add(f);
        }
        _examples.Add(example with { Features = array });
        Count(kind);
    }

    private void Count(string kind) => CollectionsMarshal.GetValueRefOrAddDefault(_counts, kind, out _)++;
}

/// <summary>What training the event model saw and how the held-out tenth came out.</summary>
/// <param name="EventAccuracy">Held-out examples where the model was right about event or no event.</param>
/// <param name="CodeAccuracy">Held-out events given exactly their code (for stories, a code of their type).</param>
public sealed record TrainingSummary(int Examples, int HeldOut, double EventAccuracy, double CodeAccuracy, double EventScale, double TypeTemperature, int Classes);

/// <summary>The event model on gold candidates it did not learn from: events found, wrongly found and missed, and gold events whose root it gets.</summary>
public sealed record CandidateScores(int TruePositives, int FalsePositives, int FalseNegatives, int RootRight, int Events)
{
    public CandidateScores Plus(CandidateScores other) => new(TruePositives + other.TruePositives, FalsePositives + other.FalsePositives,
        FalseNegatives + other.FalseNegatives, RootRight + other.RootRight, Events + other.Events);

    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double RootAccuracy => Events == 0 ? 0 : (double)RootRight / Events;
}

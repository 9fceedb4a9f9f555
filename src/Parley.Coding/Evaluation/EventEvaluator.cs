using System.Collections.Frozen;
using Parley.Nlp.Evaluation;

namespace Parley.Coding.Evaluation;

/// <summary>
/// Scores predicted events against gold events. A prediction matches a gold event when both are in the same
/// article and sentence, their CAMEO roots (first two digits) are equal, and their source and target countries
/// are equal (either way round when the gold event is symmetric). An agentless prediction (no source: the story
/// does not name who did it, and the record says so) matches a gold event whose agent is implicit (no source text;
/// the annotator inferred the code from the story) when the targets agree. Matching is one-to-one: as many pairs as
/// possible, then as many with identical codes as possible, then as many with the same modality.
/// </summary>
public static class EventEvaluator
{
    /// <summary>
    /// Codes that begin an international actor's code in place of a country (sectors.yaml's international
    /// sectors, and UAF for armed men nobody can place); such an actor is compared by this prefix.
    /// </summary>
    public static FrozenSet<string> InternationalPrefixes { get; } = FrozenSet.Create(StringComparer.Ordinal, "IGO", "NGO", "IMG", "MNC", "UAF");

    /// <summary>
    /// The country a predicted actor is compared by: its <see cref="EventActor.Country"/>, else the first three
    /// letters of its code when they are an <see cref="InternationalPrefixes">international prefix</see>
    /// (<c>IGOUNO</c> → <c>IGO</c>), else null (no actor, or one without a country).
    /// </summary>
    public static string? Country(EventActor? actor) => actor switch
    {
        null => null,
        { Country: { } country } => country,
        { Code.Length: >= 3 } when InternationalPrefixes.Contains(actor.Code[..3]) => actor.Code[..3],
        _ => null,
    };

    /// <summary>Whether <paramref name="predicted"/> may be matched to <paramref name="gold"/> (see the class summary).</summary>
    public static bool Matches(GoldEvent gold, EventRecord predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.ArticleId != predicted.ArticleId || gold.SentenceIndex != predicted.SentenceIndex
            || gold.CameoRoot != Root(predicted))
        {
            return false;
        }
        var source = Country(predicted.Source);
        var target = Country(predicted.Target);
        return (gold.Source == source && gold.Target == target)
            || (gold.Symmetric && gold.Source == target && gold.Target == source)
            || (predicted.Source is null && gold.SourceText is null && gold.Target == target);
    }

    /// <summary>The first two digits of the prediction's CAMEO code, taken from the code as the gold's root is.</summary>
    public static string Root(EventRecord predicted)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        return predicted.Cameo.Length >= 2 ? predicted.Cameo[..2] : predicted.Cameo;
    }

    /// <summary>
    /// Scores <paramref name="predicted"/> against <paramref name="gold"/>. Predictions for articles with no gold
    /// event are left out (the gold covers a subset of the articles) and only counted.
    /// </summary>
    public static EventEvaluation Evaluate(IEnumerable<GoldEvent> gold, IEnumerable<EventRecord> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var golds = gold.ToList();
        var articles = golds.Select(g => g.ArticleId).ToHashSet(StringComparer.Ordinal);
        var all = predicted.ToList();
        var scored = all.Where(p => articles.Contains(p.ArticleId)).ToList();

        var predictedBySentence = scored.ToLookup(p => (p.ArticleId, p.SentenceIndex));
        var matchOf = new Dictionary<GoldEvent, EventRecord>(ReferenceEqualityComparer.Instance);
        var matchedPredictions = new HashSet<EventRecord>(ReferenceEqualityComparer.Instance);
        int codeMatches = 0;
        foreach (var sentence in golds.GroupBy(g => (g.ArticleId, g.SentenceIndex)))
        {
            var goldHere = sentence.ToList();
            var predictedHere = predictedBySentence[sentence.Key].ToList();
            if (predictedHere.Count == 0)
            {
                continue;
            }
            foreach (var (g, p) in Pair(goldHere, predictedHere, sameCode: false))
            {
                matchOf[goldHere[g]] = predictedHere[p];
                matchedPredictions.Add(predictedHere[p]);
            }
            codeMatches += Pair(goldHere, predictedHere, sameCode: true).Count;
        }

        var matches = golds.Where(matchOf.ContainsKey).Select(g => new EventMatch(g, matchOf[g])).ToList();
        return new EventEvaluation
        {
            GoldArticles = articles.Count,
            IgnoredPredictions = all.Count - scored.Count,
            Root = new F1Score(golds.Count, scored.Count, matches.Count),
            Code = new F1Score(golds.Count, scored.Count, codeMatches),
            Matches = matches,
            Misses = golds.Where(g => !matchOf.ContainsKey(g)).ToList(),
            FalsePositives = scored.Where(p => !matchedPredictions.Contains(p)).ToList(),
            ByRoot = ByRoot(golds, scored, matches),
        };
    }

    /// <summary>The best one-to-one pairing of one sentence's gold and predicted events, as index pairs.</summary>
    private static List<(int Gold, int Predicted)> Pair(List<GoldEvent> gold, List<EventRecord> predicted, bool sameCode)
    {
        // Lexicographic weights: a pair outweighs any number of preferences, an identical code any number of
        // modality agreements, so the most pairs win first, then codes, then modalities.
        long scale = Math.Max(gold.Count, predicted.Count) + 1;
        var weights = new long[gold.Count, predicted.Count];
        for (int g = 0; g < gold.Count; g++)
        {
            for (int p = 0; p < predicted.Count; p++)
            {
                bool code = gold[g].Cameo == predicted[p].Cameo;
                if (Matches(gold[g], predicted[p]) && (code || !sameCode))
                {
                    weights[g, p] = (scale * scale) + (code ? scale : 0) + (gold[g].Modality == predicted[p].Modality ? 1 : 0);
                }
            }
        }
        var assigned = MaximumWeightMatching.Solve(weights);
        var pairs = new List<(int, int)>();
        for (int g = 0; g < assigned.Length; g++)
        {
            if (assigned[g] >= 0)
            {
                pairs.Add((g, assigned[g]));
            }
        }
        return pairs;
    }

    private static List<KeyValuePair<string, F1Score>> ByRoot(List<GoldEvent> gold, List<EventRecord> predicted, List<EventMatch> matches)
    {
        var goldByRoot = gold.CountBy(g => g.CameoRoot).ToDictionary(StringComparer.Ordinal);
        var predictedByRoot = predicted.CountBy(Root).ToDictionary(StringComparer.Ordinal);
        var matchedByRoot = matches.CountBy(m => m.Gold.CameoRoot).ToDictionary(StringComparer.Ordinal);
        return goldByRoot.Keys.Union(predictedByRoot.Keys).Order(StringComparer.Ordinal)
            .Select(root => KeyValuePair.Create(root, new F1Score(
                goldByRoot.GetValueOrDefault(root),
                predictedByRoot.GetValueOrDefault(root),
                matchedByRoot.GetValueOrDefault(root))))
            .ToList();
    }
}

using Parley.Nlp.Evaluation;

namespace Parley.Coding.Evaluation;

/// <summary>
/// Predicted events scored against gold events (<see cref="EventEvaluator"/>). Only predictions for articles that
/// have gold events are scored; the others are counted in <see cref="IgnoredPredictions"/>.
/// </summary>
public sealed record EventEvaluation
{
    /// <summary>Articles with at least one gold event: the articles scored.</summary>
    public required int GoldArticles { get; init; }

    /// <summary>Predictions for articles without gold events, left out of every score.</summary>
    public required int IgnoredPredictions { get; init; }

    /// <summary>Gold events, scored predictions and matches at the CAMEO root (see <see cref="EventEvaluator.Matches"/>).</summary>
    public required F1Score Root { get; init; }

    /// <summary>The same with identical CAMEO codes required, from a one-to-one matching of its own.</summary>
    public required F1Score Code { get; init; }

    /// <summary>The one-to-one root-level matches, in gold order.</summary>
    public required IReadOnlyList<EventMatch> Matches { get; init; }

    /// <summary>Gold events no prediction matched, in gold order.</summary>
    public required IReadOnlyList<GoldEvent> Misses { get; init; }

    /// <summary>Scored predictions no gold event matched, in prediction order.</summary>
    public required IReadOnlyList<EventRecord> FalsePositives { get; init; }

    /// <summary>Root-level scores by CAMEO root (<c>01</c>–<c>20</c>), in root order, for each root in the gold or the predictions.</summary>
    public required IReadOnlyList<KeyValuePair<string, F1Score>> ByRoot { get; init; }

    /// <summary>Matched pairs with identical CAMEO codes.</summary>
    public Agreement SameCode => Count(m => m.SameCode);

    public Agreement SameModality => Count(m => m.SameModality);

    /// <summary>Matched pairs with equal date values (see <see cref="EventMatch.SameDate"/>).</summary>
    public Agreement SameDate => Count(m => m.SameDate);

    /// <summary>Matched pairs whose dates agree to the gold's precision (see <see cref="EventMatch.SameDateToGoldPrecision"/>).</summary>
    public Agreement SameDateToGoldPrecision => Count(m => m.SameDateToGoldPrecision);

    public Agreement SameLocation => Count(m => m.SameLocation);

    public Agreement SameAttributionPresence => Count(m => m.SameAttributionPresence);

    /// <summary>
    /// How often scored predictions were right (matched at the root) by their confidence, in bands of 0.2 from
    /// 0–0.2 to 0.8–1: a calibrated coder is right about as often as its confidence says.
    /// </summary>
    public IReadOnlyList<ConfidenceBand> Calibration
    {
        get
        {
            var bands = new (int Right, int Total)[5];
            foreach (var (confidence, right) in Matches.Select(m => (m.Predicted.Confidence, true)).Concat(FalsePositives.Select(p => (p.Confidence, false))))
            {
                int band = Math.Clamp((int)(confidence * 5), 0, 4);
                bands[band] = (bands[band].Right + (right ? 1 : 0), bands[band].Total + 1);
            }
            return bands.Select((b, i) => new ConfidenceBand(i / 5.0, (i + 1) / 5.0, new Agreement(b.Right, b.Total))).ToList();
        }
    }

    private Agreement Count(Func<EventMatch, bool> agrees) => new(Matches.Count(agrees), Matches.Count);
}

/// <summary>Predictions with confidence in <c>[From, To)</c> (the last band includes 1) and how many of them were right.</summary>
public sealed record ConfidenceBand(double From, double To, Agreement Right);

namespace Parley.Coding.Evaluation;

/// <summary>Scores the events coded from labelled stories against each story's label (<see cref="StoryEvaluation"/>).</summary>
public static class StoryEvaluator
{
    /// <summary>
    /// Scores <paramref name="coded"/>: each story with the events coded from it. An event's type is its PLOVER event;
    /// events without one (CAMEO codes PLOVER leaves out) count as events but never match a label. The most confident
    /// event is the first of those with the highest confidence, in text order.
    /// </summary>
    public static StoryEvaluation Evaluate(IReadOnlyList<(LabelledStory Story, IReadOnlyList<EventRecord> Events)> coded)
    {
        ArgumentNullException.ThrowIfNull(coded);
        var outcomes = new List<StoryOutcome>(coded.Count);
        foreach (var (story, events) in coded)
        {
            var types = events.Select(e => e.Plover?.Event).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
            EventRecord? top = null;
            foreach (var e in events)
            {
                if (top is null || e.Confidence > top.Confidence)
                {
                    top = e;
                }
            }
            outcomes.Add(new StoryOutcome(story, types, top is null ? null : top.Plover?.Event ?? "(cameo " + top.Cameo + ")"));
        }
        int n = outcomes.Count;
        var byLabel = outcomes.GroupBy(o => o.Story.Label).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, new Agreement(g.Count(o => o.Among), g.Count()), new Agreement(g.Count(o => o.Top), g.Count())))
            .ToList();
        var confusions = outcomes.Where(o => !o.Top).GroupBy(o => (o.Story.Label, Predicted: o.TopType ?? "(no event)"))
            .Select(g => (g.Key.Label, g.Key.Predicted, g.Count()))
            .OrderByDescending(c => c.Item3).ThenBy(c => c.Label, StringComparer.Ordinal).ThenBy(c => c.Predicted, StringComparer.Ordinal)
            .ToList();
        return new StoryEvaluation(
            new Agreement(outcomes.Count(o => o.Among), n),
            new Agreement(outcomes.Count(o => o.Top), n),
            new Agreement(outcomes.Count(o => o.TopType is null), n),
            byLabel,
            confusions,
            outcomes);
    }
}

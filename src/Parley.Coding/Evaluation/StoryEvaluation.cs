namespace Parley.Coding.Evaluation;

/// <summary>
/// How well the events coded from labelled stories show each story's labelled PLOVER event type: whether it is
/// among the story's events (<see cref="Among"/>), whether the most confident event has it (<see cref="Top"/>), and
/// how many stories gave no event at all (<see cref="NoEvent"/>), overall and by label.
/// </summary>
public sealed record StoryEvaluation(
    Agreement Among,
    Agreement Top,
    Agreement NoEvent,
    IReadOnlyList<(string Label, Agreement Among, Agreement Top)> ByLabel,
    IReadOnlyList<(string Label, string Predicted, int Stories)> Confusions,
    IReadOnlyList<StoryOutcome> Outcomes);

/// <summary>One story's outcome: its label, the PLOVER types of its events, and the type of its most confident event (null when it has none).</summary>
public sealed record StoryOutcome(LabelledStory Story, IReadOnlyList<string> Types, string? TopType)
{
    public bool Among => Types.Contains(Story.Label);

    public bool Top => TopType == Story.Label;
}

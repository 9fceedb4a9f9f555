namespace Parley.Coding;

/// <summary>
/// One coded event: the contract of docs/OUTPUT.md. Field names serialise in snake_case
/// (<see cref="EventRecordJson"/>); a change of meaning or shape needs a new <see cref="Schema"/>.
/// </summary>
public sealed record EventRecord
{
    public const string CurrentSchema = "parley.event/1";

    public string Schema { get; init; } = CurrentSchema;
    /// <summary>Stable: a hash of article id, sentence index, trigger span and code.</summary>
    public required string EventId { get; init; }
    public required string ArticleId { get; init; }
    /// <summary><c>yyyy-MM-dd</c>, or null when the article date is unknown.</summary>
    public string? ArticleDate { get; init; }
    /// <summary>0-based; the title is sentence 0 when the article has one.</summary>
    public required int SentenceIndex { get; init; }
    public required string Sentence { get; init; }
    public EventActor? Source { get; init; }
    public EventActor? Target { get; init; }
    public required string Cameo { get; init; }
    public required string CameoRoot { get; init; }
    public required string CameoName { get; init; }
    /// <summary>1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
    public required int QuadClass { get; init; }
    public required double Goldstein { get; init; }
    public PloverEvent? Plover { get; init; }
    public required EventTrigger Trigger { get; init; }
    public required Modality Modality { get; init; }
    public EventAttribution? Attribution { get; init; }
    public EventDate? EventDate { get; init; }
    public EventLocation? Location { get; init; }
    /// <summary>0 to 1; calibrated on the evaluation sets.</summary>
    public required double Confidence { get; init; }
    /// <summary>The dictionary rule that produced the event, as <c>file#rule</c>.</summary>
    public required string Rule { get; init; }
}

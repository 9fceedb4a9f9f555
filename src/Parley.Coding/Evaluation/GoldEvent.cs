namespace Parley.Coding.Evaluation;

/// <summary>
/// One event as an annotator coded it (a line of <c>eval/gold/events-*.jsonl</c>). Actors and the location are
/// three-letter codes: a country (ISO 3166 alpha-3) or an international prefix (<c>IGO</c>, <c>NGO</c>, <c>IMG</c> …),
/// or null.
/// </summary>
public sealed record GoldEvent
{
    public required string ArticleId { get; init; }
    /// <summary>0-based, counted as in the event record: the title is sentence 0 when the article has one.</summary>
    public required int SentenceIndex { get; init; }
    public string? Source { get; init; }
    public string? Target { get; init; }
    /// <summary>The event has no direction (two sides met, clashed, agreed): a prediction may swap source and target.</summary>
    public bool Symmetric { get; init; }
    /// <summary>The CAMEO code, three or four digits (<c>036</c>, <c>0841</c>).</summary>
    public required string Cameo { get; init; }
    public required Modality Modality { get; init; }
    /// <summary><c>yyyy-MM-dd</c>, <c>yyyy-MM</c> or <c>yyyy</c>: the length gives the precision; null when not given.</summary>
    public string? EventDate { get; init; }
    public string? DateBasis { get; init; }
    /// <summary>The country where the event happens, or null.</summary>
    public string? Location { get; init; }
    public string? LocationName { get; init; }
    public string? SourceText { get; init; }
    public string? TargetText { get; init; }
    public string? Trigger { get; init; }
    /// <summary>Whose word the event rests on, as the annotator wrote it; null when the story says it in its own voice.</summary>
    public string? Attribution { get; init; }
    public string? Note { get; init; }
    /// <summary>1-based line in the gold file, for pointing at it; 0 for an event built in code.</summary>
    public int Line { get; init; }

    /// <summary>The first two digits of <see cref="Cameo"/>.</summary>
    public string CameoRoot => Cameo[..2];
}

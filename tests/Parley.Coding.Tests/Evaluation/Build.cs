using Parley.Coding.Evaluation;

namespace Parley.Coding.Tests.Evaluation;

/// <summary>Hand-built gold events and event records, everything but what a test is about left at a plain default.</summary>
internal static class Build
{
    public static GoldEvent Gold(string cameo, string? source, string? target, string article = "a1", int sentence = 1,
        bool symmetric = false, Modality modality = Modality.Asserted, string? date = null, string? location = null, string? attribution = null) => new()
    {
        ArticleId = article,
        SentenceIndex = sentence,
        Cameo = cameo,
        Source = source,
        Target = target,
        Symmetric = symmetric,
        Modality = modality,
        EventDate = date,
        Location = location,
        Attribution = attribution,
    };

    /// <summary>
    /// A record whose actors are given by code; an actor's country is the code's first three letters unless they are
    /// an international prefix (as the coder fills it in). Pass an <see cref="EventActor"/> through
    /// <paramref name="sourceActor"/> or <paramref name="targetActor"/> to set it exactly.
    /// </summary>
    public static EventRecord Predicted(string cameo, string? source, string? target, string article = "a1", int sentence = 1,
        Modality modality = Modality.Asserted, string? date = null, string? location = null, string? attribution = null,
        EventActor? sourceActor = null, EventActor? targetActor = null) => new()
    {
        EventId = $"{article}-{sentence}-{cameo}",
        ArticleId = article,
        SentenceIndex = sentence,
        Sentence = "A hand-built sentence.",
        Source = sourceActor ?? Actor(source),
        Target = targetActor ?? Actor(target),
        Cameo = cameo,
        CameoRoot = cameo[..2],
        CameoName = "hand-built",
        QuadClass = 1,
        Goldstein = 0,
        Trigger = new EventTrigger("did", 0, 3),
        Modality = modality,
        EventDate = date is null ? null : new EventDate(date, date.Length switch { 4 => "year", 7 => "month", _ => "day" }, "text", null),
        Location = location is null ? null : new EventLocation(location, location, location, null, null),
        Attribution = attribution is null ? null : new EventAttribution(attribution, null, 0, 0),
        Confidence = 0.5,
        Rule = "test.yaml#hand-built",
    };

    public static EventActor? Actor(string? code) => code is null
        ? null
        : new EventActor(code, 0, code.Length, code, EventEvaluator.InternationalPrefixes.Contains(code[..3]) ? null : code[..3], [], null);
}

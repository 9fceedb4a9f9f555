using Parley.Coding;
using Parley.Ingest;

namespace Parley.Storage.Tests;

/// <summary>Hand-built articles and events (there is no coder in these tests).</summary>
internal static class SampleEvents
{
    public static Article Article(string id, DateOnly? date = null, string? title = null, string body = "Nothing happened today.") => new()
    {
        Id = id,
        Date = date,
        Title = title,
        Body = body,
        Origin = $"samples/{id}.txt",
    };

    public static EventActor Actor(string text, string? code, string? country, params string[] sectors) =>
        new(text, 0, text.Length, code, country, sectors, null);

    /// <summary>An event with the required fields set and every nullable one null.</summary>
    public static EventRecord Bare(string articleId, string eventId) => new()
    {
        EventId = eventId,
        ArticleId = articleId,
        SentenceIndex = 0,
        Sentence = "Something happened.",
        Cameo = "010",
        CameoRoot = "01",
        CameoName = "Make public statement",
        QuadClass = 1,
        Goldstein = 0.0,
        Trigger = new EventTrigger("happened", 10, 18),
        Modality = Modality.Asserted,
        Confidence = 0.5,
        Rule = "verbs.yaml#bare",
    };

    /// <summary>Every field set, with values that would show a lost digit, a swapped column or a dropped list item.</summary>
    public static EventRecord Full(string articleId, string eventId) => new()
    {
        Schema = "parley.event/1",
        EventId = eventId,
        ArticleId = articleId,
        ArticleDate = "2025-07-22",
        SentenceIndex = 3,
        Sentence = "Kremlin spokesman Dmitry Peskov said Russia is open to a meeting in Beijing — «possibly» in June.",
        Source = new EventActor("Russia", 134, 140, "RUSGOV", "RUS", ["GOV", "ELI"], "Vladimir Putin") { Basis = "catalogue" },
        Target = new EventActor("the United States", 201, 218, "USAGOV", "USA", ["GOV"], "Donald Trump") { Basis = "imported" },
        Cameo = "036",
        CameoRoot = "03",
        CameoName = "Express intent to meet or negotiate",
        QuadClass = 1,
        Goldstein = 4.0,
        Plover = new PloverEvent("AGREE", "propose", ["diplomatic", "human rights"]),
        Trigger = new EventTrigger("open to a meeting", 141, 158),
        Modality = Modality.Hypothetical,
        Attribution = new EventAttribution("Kremlin spokesman Dmitry Peskov", "RUSGOV", 0, 31),
        EventDate = new EventDate("2025-06", "month", "text", "in June"),
        Location = new EventLocation("Beijing", "Beijing", "CHN", 39.9075, 116.3972),
        Confidence = 0.1 + 0.2,
        Rule = "verbs.yaml#signal-openness-meeting",
    };

    /// <summary>Every sub-record present but with its own nullable fields null and its lists empty.</summary>
    public static EventRecord HollowParts(string articleId, string eventId) => Bare(articleId, eventId) with
    {
        Source = new EventActor("someone", 0, 7, null, null, [], null),
        Target = new EventActor("", 0, 0, null, null, [], null),
        Plover = new PloverEvent("CONSULT", null, []),
        Attribution = new EventAttribution("media reported", null, 20, 34),
        EventDate = new EventDate("2025", "year", "article", null),
        Location = new EventLocation("somewhere", null, null, null, null),
    };

    /// <summary>
    /// A small corpus for the filter tests:
    /// a1 (2025-07-22): e1 RUSGOV→USAGOV 036 q1 hypothetical on 2025-07-21; e2 USAGOV→RUSGOV 190 q4 asserted in 2025-06.
    /// a2 (2025-08-01): e3 CHNGOV→USAGOV 111 q3 negated in 2018; e4 UKRMIL→RUSMIL 190 q4 asserted on 2025-07-31.
    /// a3 (undated):    e5 UNO→(none) 042 q1 future, undated.
    /// </summary>
    public static IReadOnlyList<ArticleOutcome> Corpus()
    {
        static EventRecord Coded(string article, string? articleDate, string id, EventActor source, EventActor? target,
            string cameo, int quad, Modality modality, string? date, string precision) => Bare(article, id) with
            {
                ArticleDate = articleDate,
                Source = source,
                Target = target,
                Cameo = cameo,
                CameoRoot = cameo[..2],
                QuadClass = quad,
                Modality = modality,
                EventDate = date is null ? null : new EventDate(date, precision, "text", null),
            };

        var russia = Actor("Russia", "RUSGOV", "RUS", "GOV");
        var usa = Actor("Washington", "USAGOV", "USA", "GOV");
        return
        [
            ArticleOutcome.Coded(Article("a1", new DateOnly(2025, 7, 22), "Kremlin open to talks", "Moscow signalled openness to a summit."),
            [
                Coded("a1", "2025-07-22", "e1", russia, usa, "036", 1, Modality.Hypothetical, "2025-07-21", "day"),
                Coded("a1", "2025-07-22", "e2", usa, russia, "190", 4, Modality.Asserted, "2025-06", "month"),
            ]),
            ArticleOutcome.Coded(Article("a2", new DateOnly(2025, 8, 1), "Strikes continue", "Ukrainian forces shelled positions overnight."),
            [
                Coded("a2", "2025-08-01", "e3", Actor("Beijing", "CHNGOV", "CHN", "GOV"), usa, "111", 3, Modality.Negated, "2018", "year"),
                Coded("a2", "2025-08-01", "e4", Actor("Kyiv", "UKRMIL", "UKR", "MIL"), Actor("Russian troops", "RUSMIL", "RUS", "MIL"), "190", 4, Modality.Asserted, "2025-07-31", "day"),
            ]),
            ArticleOutcome.Coded(Article("a3", null, null, "The United Nations will send envoys."),
            [
                Coded("a3", null, "e5", Actor("The United Nations", "UNO", null), null, "042", 1, Modality.Future, null, "day"),
            ]),
        ];
    }

    /// <summary>An article whose id says how many events it has ("…-n7" has 7), so a reader can check it is complete.</summary>
    public static ArticleOutcome Counted(string prefix, int eventCount)
    {
        var id = $"{prefix}-n{eventCount}";
        var article = Article(id, new DateOnly(2025, 7, 1), "Counted", $"Article {id} with {eventCount} events about talks.");
        var events = Enumerable.Range(0, eventCount).Select(i => Full(id, $"{id}-e{i}") with { SentenceIndex = i }).ToList();
        return ArticleOutcome.Coded(article, events);
    }

    /// <summary>The event count <see cref="Counted"/> encoded in an article id.</summary>
    public static int ExpectedCount(string articleId) => int.Parse(articleId[(articleId.LastIndexOf("-n", StringComparison.Ordinal) + 2)..], System.Globalization.CultureInfo.InvariantCulture);
}

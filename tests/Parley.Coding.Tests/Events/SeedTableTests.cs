using Parley.Coding.Tests.Golden;
using Parley.Testing;

namespace Parley.Coding.Tests.Events;

/// <summary>
/// The issue's seed table against the real coder (the CLI's pipeline over the shipped models and dictionaries) on
/// examples/seed-2025-07-22.txt, dated 2025-07-22. Each row is one case: some event of the sentence must match
/// every column the row fills; a failure lists what the coder gave for that sentence and which columns it misses.
/// </summary>
[Trait("Category", "Model")]
public class SeedTableTests
{
    private static readonly DateOnly ArticleDate = new(2025, 7, 22);

    /// <summary>A target country of "" means no target, or one without a country.</summary>
    private const string NoCountry = "";

    private static readonly Row[] Table =
    [
        new("(MENAFN) Russia signaled on Monday", "RUS", ["USA"], EitherWay: false, ["036"], Modality.Asserted,
            Attribution: "Peskov", Date: ("2025-07-21", "day")),
        new("Amid growing speculation", "CHN", ["USA"], EitherWay: false, ["02", "03", "04"], Modality: null,
            Attribution: "media"),
        new("The recent wave of speculation", "USA", ["CHN"], EitherWay: true, ["041"], Modality.Asserted,
            Date: ("2025-06", "month")),
        new("Putin and Trump have held", "RUS", ["USA"], EitherWay: true, ["041"], Modality.Asserted),
        new("Trump has publicly criticized Putin", "USA", ["RUS"], EitherWay: false, ["111"], Modality.Asserted),
        new("The Kremlin responded", "RUS", ["USA"], EitherWay: false, ["01", "03"], Modality.Asserted),
        new("Foreign Minister Wang Yi has called for", "CHN", ["RUS", "UKR", NoCountry], EitherWay: false, ["02"], Modality.Asserted),
        new("Beijing has also voiced support", "CHN", ["RUS", "UKR"], EitherWay: false, ["051", "026"], Modality.Asserted),
        new("The last face-to-face meeting", "RUS", ["USA"], EitherWay: true, ["04"], Modality.Asserted,
            Date: ("2018", "year"), Location: ("Helsinki", "FIN")),
    ];

    public static TheoryData<string> Rows()
    {
        var data = new TheoryData<string>();
        foreach (var row in Table)
        {
            data.Add(row.SentenceStart);
        }
        return data;
    }

    [ShippedCoderTheory]
    [MemberData(nameof(Rows))]
    public async Task The_seed_sentence_gives_the_event_of_its_table_row(string sentenceStart)
    {
        var row = Table.Single(r => r.SentenceStart == sentenceStart);
        var events = await SeedEventsAsync();

        var inSentence = events.Where(e => e.Sentence.StartsWith(sentenceStart, StringComparison.Ordinal)).ToList();
        var misses = inSentence.Select(e => (Event: e, Misses: row.Misses(e))).ToList();

        if (!misses.Any(m => m.Misses.Count == 0))
        {
            var given = misses.Count == 0
                ? "  the coder gives no event in that sentence"
                : string.Join("\n", misses.Select(m => $"  {Describe(m.Event)}\n    misses: {string.Join("; ", m.Misses)}"));
            Assert.Fail($"Seed row \"{sentenceStart}\" wants {row}.\nThe coder gives:\n{given}");
        }
    }

    [ShippedCoderFact]
    public async Task No_meeting_between_Russia_and_the_United_States_is_asserted_for_2025()
    {
        // The story speculates about a Putin-Trump meeting in 2025; the only one that happened is the 2018 summit.
        // Phone calls (041) are not meetings: row 4's "several phone conversations in recent months" did happen in 2025.
        var events = await SeedEventsAsync();

        var wrong = events.Where(e => e.CameoRoot == "04" && e.Cameo != "041" && e.Modality == Modality.Asserted
                && IsPair(e, "RUS", "USA") && e.EventDate?.Value.StartsWith("2025", StringComparison.Ordinal) == true)
            .ToList();

        Assert.True(wrong.Count == 0, "asserted 2025 meetings between RUS and USA:\n" + string.Join("\n", wrong.Select(e => "  " + Describe(e))));
    }

    private static async Task<IReadOnlyList<EventRecord>> SeedEventsAsync()
    {
        var coded = await ShippedCoder.CodeAsync(RepositoryPaths.InRepo("examples", "seed-2025-07-22.txt"));
        Assert.Equal(ArticleDate, coded.Article.Date);
        return coded.Events;
    }

    private static bool IsPair(EventRecord e, string one, string other) =>
        (e.Source?.Country == one && e.Target?.Country == other) || (e.Source?.Country == other && e.Target?.Country == one);

    private static string Describe(EventRecord e) =>
        $"{e.Cameo} {e.Source?.Country ?? "?"} \"{e.Source?.Text}\" -> {(e.Target is null ? "(none)" : $"{e.Target.Country ?? "?"} \"{e.Target.Text}\"")}, "
        + $"{e.Modality.ToString().ToLowerInvariant()}, attribution {(e.Attribution is null ? "none" : $"\"{e.Attribution.Text}\"")}, "
        + $"date {(e.EventDate is null ? "none" : $"{e.EventDate.Value} ({e.EventDate.Precision})")}, "
        + $"location {(e.Location is null ? "none" : $"{e.Location.Name ?? e.Location.Text} ({e.Location.Country})")}, trigger \"{e.Trigger.Text}\"";

    /// <param name="Cameo">Codes ("036") or roots ("04"), any of which will do.</param>
    /// <param name="Modality">Null when the row does not say.</param>
    /// <param name="Attribution">Text the attribution must contain; null when the event must not be attributed.</param>
    /// <param name="Date">Value and precision; null when the row does not say.</param>
    /// <param name="Location">Name and country; null when the row does not say.</param>
    private sealed record Row(
        string SentenceStart,
        string Source,
        string[] Targets,
        bool EitherWay,
        string[] Cameo,
        Modality? Modality,
        string? Attribution = null,
        (string Value, string Precision)? Date = null,
        (string Name, string Country)? Location = null)
    {
        public List<string> Misses(EventRecord e)
        {
            var misses = new List<string>();
            string? source = e.Source?.Country;
            string target = e.Target?.Country ?? NoCountry;
            bool forward = source == Source && Targets.Contains(target);
            bool backward = EitherWay && Targets.Contains(source ?? NoCountry) && target == Source;
            if (!forward && !backward)
            {
                misses.Add($"countries {source ?? "?"} -> {(target == NoCountry ? "none" : target)}");
            }
            if (!Cameo.Any(c => c.Length == 2 ? e.CameoRoot == c : e.Cameo == c))
            {
                misses.Add($"CAMEO {e.Cameo}");
            }
            if (Modality is { } modality && e.Modality != modality)
            {
                misses.Add($"modality {e.Modality.ToString().ToLowerInvariant()}");
            }
            if (Attribution is null ? e.Attribution is not null : e.Attribution?.Text.Contains(Attribution, StringComparison.Ordinal) != true)
            {
                misses.Add(e.Attribution is null ? "no attribution" : $"attribution \"{e.Attribution.Text}\"");
            }
            if (Date is { } date && (e.EventDate?.Value != date.Value || e.EventDate.Precision != date.Precision))
            {
                misses.Add(e.EventDate is null ? "no event date" : $"event date {e.EventDate.Value} ({e.EventDate.Precision})");
            }
            if (Location is { } place && (e.Location?.Name != place.Name || e.Location.Country != place.Country))
            {
                misses.Add(e.Location is null ? "no location" : $"location {e.Location.Name ?? e.Location.Text} ({e.Location.Country})");
            }
            return misses;
        }

        public override string ToString()
        {
            var parts = new List<string>
            {
                $"{Source} {(EitherWay ? "<->" : "->")} {string.Join("/", Targets.Select(t => t == NoCountry ? "none" : t))}",
                $"CAMEO {string.Join(" or ", Cameo.Select(c => c.Length == 2 ? c + "x" : c))}",
            };
            if (Modality is { } modality)
            {
                parts.Add(modality.ToString().ToLowerInvariant());
            }
            parts.Add(Attribution is null ? "not attributed" : $"attributed to {Attribution}");
            if (Date is { } date)
            {
                parts.Add($"dated {date.Value} ({date.Precision})");
            }
            if (Location is { } place)
            {
                parts.Add($"in {place.Name} ({place.Country})");
            }
            return string.Join(", ", parts);
        }
    }
}

using System.Globalization;
using Parley.Coding;
using Parley.Engine;
using Parley.Text;

namespace Parley.Cli.Tests;

/// <summary>
/// Stand-in coders for what the commands do with events, while the dictionary-driven coder is being written.
/// They live only here: production code never makes events up.
/// </summary>
internal static class TestCoders
{
    /// <summary>One RUS → USA event per sentence (first token the source, last the target, the second the trigger), quad class cycling 1–4.</summary>
    public static Func<string, ArticleCoder> OneEventPerSentence => _ => Code;

    /// <summary>Like <see cref="OneEventPerSentence"/>, but throws for an article whose text contains <paramref name="word"/>.</summary>
    public static Func<string, ArticleCoder> FailingOn(string word) => _ => (document, articleId, articleDate) =>
        document.Text.Contains(word, StringComparison.Ordinal)
            ? throw new InvalidOperationException($"the test coder fails on '{word}' on purpose")
            : Code(document, articleId, articleDate);

    private static IReadOnlyList<EventRecord> Code(Document document, string articleId, DateOnly? articleDate)
    {
        var events = new List<EventRecord>();
        var index = 0;
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Length >= 3)
            {
                var first = sentence[0];
                var second = sentence[1];
                var last = sentence[sentence.Length - 1];
                var quadClass = 1 + index % 4;
                events.Add(new EventRecord
                {
                    EventId = string.Create(CultureInfo.InvariantCulture, $"{articleId}/{index}"),
                    ArticleId = articleId,
                    ArticleDate = articleDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    SentenceIndex = index,
                    Sentence = sentence.Text,
                    Source = new EventActor(first.Text, first.Start, first.End, "RUSGOV", "RUS", ["GOV"], "Vladimir Putin"),
                    Target = new EventActor(last.Text, last.Start, last.End, "USAGOV", "USA", ["GOV"], null),
                    Cameo = "036",
                    CameoRoot = "03",
                    CameoName = "Express intent to meet or negotiate",
                    QuadClass = quadClass,
                    Goldstein = 4.0,
                    Plover = new PloverEvent("AGREE", null, ["diplomatic"]),
                    Trigger = new EventTrigger(second.Text, second.Start, second.End),
                    Modality = Modality.Hypothetical,
                    Attribution = null,
                    EventDate = articleDate is null ? null : new EventDate(articleDate.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "day", "article", null),
                    Location = null,
                    Confidence = 0.5,
                    Rule = "test#one-event-per-sentence",
                });
            }
            index++;
        }
        return events;
    }
}

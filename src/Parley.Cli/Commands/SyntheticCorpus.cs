using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Parley.Coding;
using Parley.Engine;
using Parley.Ingest;
using Parley.Knowledge;
using Parley.Knowledge.Places;
using Parley.Storage;

namespace Parley.Cli.Commands;

/// <summary>
/// Synthetic articles and events for measuring the store, the API and the dashboard at scale (never for accuracy):
/// each article is ten sentences taken from real coded events (their words, codes, modality and spans), given new
/// actors' countries (a few busy dyads and a long tail, as in real event data), new dates spread over six years and
/// places from the gazetteer. Seeded, so a size always gives the same corpus.
/// </summary>
internal sealed class SyntheticCorpus
{
    /// <summary>Events per synthetic article.</summary>
    public const int EventsPerArticle = 10;

    private static readonly DateOnly FirstDay = new(2020, 1, 1);
    private const int Days = 6 * 365;

    private readonly IReadOnlyList<(EventRecord Event, int SentenceStart)> _templates;
    private readonly IReadOnlyList<Place> _places;
    private readonly Dictionary<string, List<Place>> _placesByCountry;
    private readonly string[] _countries;
    private readonly double[] _cumulative;

    /// <param name="coded">Real coded articles, whose events are the templates (each needs its sentence in the article text).</param>
    /// <param name="places">Places with a country, to give events a location.</param>
    public SyntheticCorpus(IEnumerable<ArticleOutcome> coded, IEnumerable<Place> places)
    {
        _templates = [.. coded.SelectMany(o => o.Events.Where(e => e.Source is not null).Select(e => (e, o.Article.Text.IndexOf(e.Sentence, StringComparison.Ordinal))))
            .Where(t => t.Item2 >= 0)];
        if (_templates.Count == 0)
        {
            throw new ArgumentException("The coded articles give no event to copy.", nameof(coded));
        }
        _places = [.. places.Where(p => p.Country is not null).OrderBy(p => p.Country, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal)];
        _placesByCountry = _places.GroupBy(p => p.Country!).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        // Countries by the places the gazetteer knows (a rough size), then Zipf weights: the first few dyads get most events.
        _countries = [.. _placesByCountry.OrderByDescending(g => g.Value.Sum(p => Math.Max(p.Population, 1))).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key)];
        if (_countries.Length < 2)
        {
            throw new ArgumentException("The places name fewer than two countries.", nameof(places));
        }
        _cumulative = new double[_countries.Length];
        double sum = 0;
        for (var i = 0; i < _countries.Length; i++)
        {
            sum += 1.0 / (i + 1);
            _cumulative[i] = sum;
        }
    }

    /// <summary>
    /// The corpus whose templates are the events <paramref name="engine"/> codes in the bundled sample stories, with the
    /// places of the gazetteer in <paramref name="dictionariesDir"/>.
    /// </summary>
    public static async Task<SyntheticCorpus> FromSamplesAsync(ParleyEngine engine, string dictionariesDir, TextWriter error, CancellationToken cancellationToken)
    {
        var coded = new List<ArticleOutcome>();
        await foreach (var article in new ArticleBatch(new IngestOptions(), error).ReadAsync([CommonOptions.DefaultSamplesDirectory], cancellationToken))
        {
            coded.Add(engine.Process(article));
        }
        return new SyntheticCorpus(coded, KnowledgeBase.Load(dictionariesDir).Gazetteer.Places);
    }

    /// <summary>Article <paramref name="index"/> of a corpus of <paramref name="articles"/> (dated in order), with its events.</summary>
    public ArticleOutcome Article(int index, int articles)
    {
        var random = new Random(HashCode.Combine(index, 20251206));
        var date = FirstDay.AddDays((int)((long)index * Days / Math.Max(articles, 1)));
        var id = string.Create(CultureInfo.InvariantCulture, $"synthetic-{index:D7}");
        var body = new StringBuilder();
        var events = new List<EventRecord>(EventsPerArticle);
        for (var k = 0; k < EventsPerArticle; k++)
        {
            var (template, sentenceStart) = _templates[random.Next(_templates.Count)];
            var shift = body.Length - sentenceStart;
            body.Append(template.Sentence).Append(' ');
            events.Add(Event(template, shift, id, date, k, random));
        }
        var article = new Article
        {
            Id = id,
            Date = date,
            Body = body.ToString().TrimEnd(),
            Source = "synthetic",
            Origin = string.Create(CultureInfo.InvariantCulture, $"synthetic:{index}"),
        };
        return ArticleOutcome.Coded(article, events);
    }

    private EventRecord Event(EventRecord template, int shift, string articleId, DateOnly articleDate, int sentence, Random random)
    {
        var source = Country(random);
        var target = random.NextDouble() < 0.1 ? null : Country(random, except: source);
        var dated = random.NextDouble() < 0.7
            ? new EventDate(Day(articleDate), "day", "article", null)
            : new EventDate(Day(articleDate.AddDays(-random.Next(0, 7))), "day", "text", template.EventDate?.Text);
        EventLocation? location = null;
        if (random.NextDouble() < 0.5 && _placesByCountry.TryGetValue(random.NextDouble() < 0.5 || target is null ? source : target, out var candidates))
        {
            var place = candidates[random.Next(candidates.Count)];
            location = new EventLocation(place.Name, place.Name, place.Country, place.Location.Latitude, place.Location.Longitude);
        }
        var trigger = template.Trigger with { Start = template.Trigger.Start + shift, End = template.Trigger.End + shift };
        var key = $"{articleId}|{sentence}";
        return template with
        {
            EventId = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32],
            ArticleId = articleId,
            ArticleDate = Day(articleDate),
            SentenceIndex = sentence,
            Source = Actor(template.Source!, source, shift),
            Target = target is null ? null : template.Target is { } t ? Actor(t, target, shift) : null,
            Trigger = trigger,
            Attribution = template.Attribution is { } a ? a with { Start = a.Start + shift, End = a.End + shift } : null,
            EventDate = dated,
            Location = location,
            Confidence = Math.Round(0.2 + (0.75 * random.NextDouble()), 2),
        };
    }

    private static EventActor Actor(EventActor template, string country, int shift) => template with
    {
        Start = template.Start + shift,
        End = template.End + shift,
        Country = country,
        Code = country + string.Concat(template.Sectors.Take(1)),
    };

    private string Country(Random random, string? except = null)
    {
        while (true)
        {
            var at = Array.BinarySearch(_cumulative, random.NextDouble() * _cumulative[^1]);
            var country = _countries[Math.Min(at < 0 ? ~at : at, _countries.Length - 1)];
            if (country != except)
            {
                return country;
            }
        }
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

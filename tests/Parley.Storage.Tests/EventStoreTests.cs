using Parley.Coding;
using Parley.Ingest;
using Parley.Testing.Servers;

namespace Parley.Storage.Tests;

/// <summary>
/// What every <see cref="IEventStore"/> must do. A database gets these tests by subclassing and opening a
/// new, empty store in <see cref="OpenEmptyStoreAsync"/> (SQLite always; PostgreSQL when a server is there).
/// Tests here are <see cref="ContractFactAttribute"/>s, so that a subclass marked <see cref="RequiresServersAttribute"/>
/// is skipped, saying why, where its server is missing.
/// </summary>
public abstract class EventStoreTests : IAsyncLifetime
{
    private IEventStore? store;

    /// <summary>The store under test, new and empty for each test.</summary>
    protected IEventStore Store => store ?? throw new InvalidOperationException("The store is opened in InitializeAsync.");

    /// <summary>Opens a new, empty store; it is disposed after the test.</summary>
    protected abstract Task<IEventStore> OpenEmptyStoreAsync();

    /// <summary>Removes whatever <see cref="OpenEmptyStoreAsync"/> created, after the store is disposed.</summary>
    protected virtual Task CleanUpAsync() => Task.CompletedTask;

    public async Task InitializeAsync() => store = await OpenEmptyStoreAsync();

    public async Task DisposeAsync()
    {
        if (store is not null)
        {
            await store.DisposeAsync();
        }
        await CleanUpAsync();
    }

    [ContractTheory]
    [InlineData("full")]
    [InlineData("bare")]
    [InlineData("hollow parts")]
    public async Task Every_field_of_an_event_comes_back_as_it_was_stored(string shape)
    {
        var stored = shape switch
        {
            "full" => SampleEvents.Full("a1", "e1"),
            "bare" => SampleEvents.Bare("a1", "e1"),
            _ => SampleEvents.HollowParts("a1", "e1"),
        };

        await Store.StoreAsync([ArticleOutcome.Coded(SampleEvents.Article("a1"), [stored])]);
        var loaded = Assert.Single(await Store.QueryEventsAsync(EventQuery.All));

        // The JSON of OUTPUT.md covers every field, including the lists that record equality compares by reference.
        Assert.Equal(EventRecordJson.Serialize(stored), EventRecordJson.Serialize(loaded));
    }

    [ContractFact]
    public async Task An_article_comes_back_with_its_text_and_metadata()
    {
        var article = new Article
        {
            Id = "wire-1",
            Date = new DateOnly(2025, 7, 22),
            Ref = "AP-123",
            Title = "Kremlin open to talks",
            Body = "Moscow signalled on Monday — «again» — its openness to a summit.",
            Url = "https://example.org/wire-1",
            Source = "Example Wire",
            Origin = "corpus/wire.jsonl:4",
        };
        var bare = SampleEvents.Article("plain-1");

        await Store.StoreAsync([ArticleOutcome.Coded(article, []), ArticleOutcome.Coded(bare, [])]);

        Assert.Equal(article, await Store.GetArticleAsync("wire-1"));
        Assert.Equal(bare, await Store.GetArticleAsync("plain-1"));
        Assert.Equal(article.Text, (await Store.GetArticleAsync("wire-1"))!.Text);
    }

    [ContractTheory]
    [InlineData("date")]
    [InlineData("ref")]
    [InlineData("title")]
    [InlineData("body")]
    [InlineData("url")]
    [InlineData("source")]
    [InlineData("origin")]
    public async Task An_article_stored_again_with_one_field_changed_or_set_comes_back_changed(string field)
    {
        var first = SampleEvents.Article("a1");
        var changed = field switch
        {
            "date" => first with { Date = new DateOnly(2025, 7, 23) },
            "ref" => first with { Ref = "AP-124" },
            "title" => first with { Title = "Talks resume" },
            "body" => first with { Body = first.Body + " Then talks resumed." },
            "url" => first with { Url = "https://example.org/a1" },
            "source" => first with { Source = "Example Wire" },
            _ => first with { Origin = "corpus/other.jsonl:1" },
        };
        Assert.NotEqual(first, changed);
        await Store.StoreAsync([ArticleOutcome.Coded(first, [])]);

        await Store.StoreAsync([ArticleOutcome.Coded(changed, [])]);

        Assert.Equal(changed, await Store.GetArticleAsync("a1"));
        // And back, from a value to none where the field may be empty.
        await Store.StoreAsync([ArticleOutcome.Coded(first, [])]);
        Assert.Equal(first, await Store.GetArticleAsync("a1"));
    }

    [ContractFact]
    public async Task An_article_stored_again_as_it_was_keeps_its_text_its_search_entry_and_takes_its_new_events()
    {
        var article = SampleEvents.Article("a1", body: "A ceasefire was agreed.");
        await Store.StoreAsync([ArticleOutcome.Coded(article, [SampleEvents.Bare("a1", "e1")])]);

        await Store.StoreAsync([ArticleOutcome.Coded(article, [SampleEvents.Bare("a1", "e2")])]);

        Assert.Equal(article, await Store.GetArticleAsync("a1"));
        Assert.Equal("a1", Assert.Single(await Store.SearchArticlesAsync("ceasefire")).ArticleId);
        Assert.Equal("e2", Assert.Single(await Store.QueryEventsAsync(EventQuery.All)).EventId);
    }

    [ContractFact]
    public async Task An_unknown_article_is_null()
    {
        Assert.Null(await Store.GetArticleAsync("never-stored"));
    }

    [ContractFact]
    public async Task Storing_an_article_again_replaces_its_events()
    {
        var article = SampleEvents.Article("a1");
        await Store.StoreAsync([ArticleOutcome.Coded(article, [SampleEvents.Bare("a1", "e1"), SampleEvents.Bare("a1", "e2")])]);

        var changed = SampleEvents.Bare("a1", "e2") with { Cameo = "190", CameoRoot = "19", QuadClass = 4 };
        await Store.StoreAsync([ArticleOutcome.Coded(article, [SampleEvents.Bare("a1", "e3"), changed])]);

        var events = await Store.QueryEventsAsync(EventQuery.All);
        Assert.Equal(["e2", "e3"], events.Select(e => e.EventId).Order());
        Assert.Equal("190", events.Single(e => e.EventId == "e2").Cameo);
    }

    [ContractTheory]
    [InlineData("confidence")]
    [InlineData("sentence")]
    [InlineData("target gone")]
    [InlineData("source sectors")]
    [InlineData("plover context")]
    [InlineData("location coordinates gone")]
    [InlineData("event date precision")]
    [InlineData("basis gone")]
    [InlineData("schema")]
    public async Task An_event_stored_again_with_one_field_changed_comes_back_changed(string field)
    {
        var article = SampleEvents.Article("a1");
        var first = SampleEvents.Full("a1", "e1");
        var changed = field switch
        {
            "confidence" => first with { Confidence = first.Confidence + 1e-12 },
            "sentence" => first with { Sentence = first.Sentence + " " },
            "target gone" => first with { Target = null },
            "source sectors" => first with { Source = first.Source! with { Sectors = ["GOV"] } },
            "plover context" => first with { Plover = first.Plover! with { Context = ["diplomatic"] } },
            "location coordinates gone" => first with { Location = first.Location! with { Lat = null, Lon = null } },
            "event date precision" => first with { EventDate = first.EventDate! with { Value = "2025", Precision = "year" } },
            "basis gone" => first with { Source = first.Source! with { Basis = null } },
            _ => first with { Schema = "parley.event/2" },
        };
        Assert.NotEqual(EventRecordJson.Serialize(first), EventRecordJson.Serialize(changed));
        await Store.StoreAsync([ArticleOutcome.Coded(article, [first])]);

        await Store.StoreAsync([ArticleOutcome.Coded(article, [changed])]);

        Assert.Equal(EventRecordJson.Serialize(changed), EventRecordJson.Serialize(Assert.Single(await Store.QueryEventsAsync(EventQuery.All))));
        // And back: the store holds what was stored last, whichever way the field went.
        await Store.StoreAsync([ArticleOutcome.Coded(article, [first])]);
        Assert.Equal(EventRecordJson.Serialize(first), EventRecordJson.Serialize(Assert.Single(await Store.QueryEventsAsync(EventQuery.All))));
    }

    [ContractFact]
    public async Task Storing_the_same_batch_twice_gives_the_same_events()
    {
        await Store.StoreAsync(SampleEvents.Corpus());
        var first = await Store.QueryEventsAsync(EventQuery.All);

        await Store.StoreAsync(SampleEvents.Corpus());
        var second = await Store.QueryEventsAsync(EventQuery.All);

        Assert.Equal(5, second.Count);
        Assert.Equal(first.Select(EventRecordJson.Serialize), second.Select(EventRecordJson.Serialize));
    }

    [ContractFact]
    public async Task Other_articles_keep_their_events_when_one_is_stored_again()
    {
        await Store.StoreAsync(SampleEvents.Corpus());

        await Store.StoreAsync([ArticleOutcome.Coded(SampleEvents.Article("a1"), [])]);

        Assert.Equal(["e3", "e4", "e5"], (await Store.QueryEventsAsync(EventQuery.All)).Select(e => e.EventId).Order());
    }

    [ContractTheory]
    [InlineData("article a2", "e3 e4")]
    [InlineData("event date in July 2025", "e1 e4")]
    [InlineData("event date in June 2025", "e2")]
    [InlineData("event date in the second half of June 2025", "")]
    [InlineData("event date from 2018", "e1 e2 e3 e4")]
    [InlineData("event date until 2018", "e3")]
    [InlineData("article date from 2025-07-23", "e3 e4")]
    [InlineData("article date until 2025-07-22", "e1 e2")]
    [InlineData("source country RUS", "e1")]
    [InlineData("source code USAGOV", "e2")]
    [InlineData("target country USA", "e1 e3")]
    [InlineData("target code RUSMIL", "e4")]
    [InlineData("either country RUS", "e1 e2 e4")]
    [InlineData("cameo root 19", "e2 e4")]
    [InlineData("quad class 1", "e1 e5")]
    [InlineData("modality negated", "e3")]
    [InlineData("source country USA and quad class 4", "e2")]
    [InlineData("source country XXX", "")]
    [InlineData("nothing", "e1 e2 e3 e4 e5")]
    public async Task Events_can_be_filtered_by_each_field(string filter, string expected)
    {
        await Store.StoreAsync(SampleEvents.Corpus());
        var query = filter switch
        {
            "article a2" => new EventQuery { ArticleId = "a2" },
            "event date in July 2025" => new EventQuery { From = new DateOnly(2025, 7, 1), To = new DateOnly(2025, 7, 31) },
            "event date in June 2025" => new EventQuery { From = new DateOnly(2025, 6, 1), To = new DateOnly(2025, 6, 30) },
            "event date in the second half of June 2025" => new EventQuery { From = new DateOnly(2025, 6, 15), To = new DateOnly(2025, 6, 30) },
            "event date from 2018" => new EventQuery { From = new DateOnly(2018, 1, 1) },
            "event date until 2018" => new EventQuery { To = new DateOnly(2018, 12, 31) },
            "article date from 2025-07-23" => new EventQuery { DateField = DateField.ArticleDate, From = new DateOnly(2025, 7, 23) },
            "article date until 2025-07-22" => new EventQuery { DateField = DateField.ArticleDate, To = new DateOnly(2025, 7, 22) },
            "source country RUS" => new EventQuery { SourceCountry = "RUS" },
            "source code USAGOV" => new EventQuery { SourceCode = "USAGOV" },
            "target country USA" => new EventQuery { TargetCountry = "USA" },
            "target code RUSMIL" => new EventQuery { TargetCode = "RUSMIL" },
            "either country RUS" => new EventQuery { Country = "RUS" },
            "cameo root 19" => new EventQuery { CameoRoot = "19" },
            "quad class 1" => new EventQuery { QuadClass = 1 },
            "modality negated" => new EventQuery { Modality = Modality.Negated },
            "source country USA and quad class 4" => new EventQuery { SourceCountry = "USA", QuadClass = 4 },
            "source country XXX" => new EventQuery { SourceCountry = "XXX" },
            _ => EventQuery.All,
        };

        var events = await Store.QueryEventsAsync(query);

        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries), events.Select(e => e.EventId).Order());
    }

    [ContractFact]
    public async Task Limit_and_offset_page_through_events_in_a_stable_order()
    {
        await Store.StoreAsync(SampleEvents.Corpus());
        var all = (await Store.QueryEventsAsync(EventQuery.All)).Select(e => e.EventId).ToList();

        var pages = new List<string>();
        for (var offset = 0; offset < 6; offset += 2)
        {
            pages.AddRange((await Store.QueryEventsAsync(new EventQuery { Limit = 2, Offset = offset })).Select(e => e.EventId));
        }

        Assert.Equal(all, pages);
        Assert.Equal(5, all.Distinct().Count());
    }

    [ContractFact]
    public async Task A_cursor_pages_through_events_in_the_stable_order_oldest_or_newest_first()
    {
        await Store.StoreAsync(SampleEvents.Corpus());

        foreach (var newestFirst in new[] { false, true })
        {
            var all = (await Store.QueryEventsAsync(new EventQuery { NewestFirst = newestFirst })).Select(e => e.EventId).ToList();
            var pages = new List<string>();
            EventCursor? after = null;
            while (true)
            {
                var page = await Store.QueryEventsAsync(new EventQuery { Limit = 2, After = after, NewestFirst = newestFirst });
                if (page.Count == 0)
                {
                    break;
                }
                pages.AddRange(page.Select(e => e.EventId));
                after = EventCursor.After(page[^1]);
            }

            Assert.Equal(all, pages);
        }
        var oldestFirst = (await Store.QueryEventsAsync(EventQuery.All)).Select(e => e.EventId);
        var newest = (await Store.QueryEventsAsync(new EventQuery { NewestFirst = true })).Select(e => e.EventId);
        Assert.Equal(["e5", "e1", "e2", "e3", "e4"], oldestFirst);
        Assert.Equal(oldestFirst.Reverse(), newest);
    }

    [ContractFact]
    public async Task A_cursor_neither_skips_nor_repeats_events_when_others_are_stored_between_pages()
    {
        await Store.StoreAsync(SampleEvents.Corpus());
        var first = await Store.QueryEventsAsync(new EventQuery { Limit = 3 });

        // An article dated before the page's end: with an offset, the next page would repeat an event.
        await Store.StoreAsync([ArticleOutcome.Coded(SampleEvents.Article("a0", new DateOnly(2020, 1, 1)),
            [SampleEvents.Bare("a0", "e0") with { ArticleDate = "2020-01-01" }])]);
        var rest = await Store.QueryEventsAsync(new EventQuery { After = EventCursor.After(first[^1]) });

        Assert.Equal(["e5", "e1", "e2"], first.Select(e => e.EventId));
        Assert.Equal(["e3", "e4"], rest.Select(e => e.EventId));
    }

    [ContractTheory]
    [InlineData("cameo 036", "e1")]
    [InlineData("cameo 19", "")]
    [InlineData("plover AGREE", "e1")]
    [InlineData("confidence at least 0.6", "e2 e4")]
    [InlineData("confidence at least 0.9", "e4")]
    [InlineData("words shelled", "e4")]
    [InlineData("words SHELLED positions", "e4")]
    [InlineData("words mosCOW summit", "e1")]
    [InlineData("words moscow", "e1 e2")]
    [InlineData("words moscow overnight", "")]
    [InlineData("words overnight, not in the sentence", "")]
    [InlineData("words ' OR 1=1 --", "")]
    [InlineData("words only punctuation", "e1 e2 e3 e4 e5")]
    public async Task Events_can_be_filtered_by_code_type_confidence_and_words(string filter, string expected)
    {
        var corpus = SampleEvents.Corpus();
        string[] sentences = ["Moscow signalled openness to a summit.", "Moscow struck.", "Beijing denied it.", "Ukrainian forces shelled positions.", "Envoys."];
        double[] confidence = [0.3, 0.6, 0.5, 0.9, 0.1];
        var n = 0;
        var outcomes = corpus.Select(o => ArticleOutcome.Coded(o.Article, o.Events.Select(e =>
        {
            var i = n++;
            return e with
            {
                Sentence = sentences[i],
                Confidence = confidence[i],
                Plover = e.Cameo == "036" ? new PloverEvent("AGREE", null, []) : new PloverEvent("FIGHT", null, []),
            };
        }).ToList())).ToList();
        await Store.StoreAsync(outcomes);
        var query = filter switch
        {
            "cameo 036" => new EventQuery { Cameo = "036" },
            "cameo 19" => new EventQuery { Cameo = "19" },
            "plover AGREE" => new EventQuery { PloverEvent = "AGREE" },
            "confidence at least 0.6" => new EventQuery { MinConfidence = 0.6 },
            "confidence at least 0.9" => new EventQuery { MinConfidence = 0.9 },
            "words overnight, not in the sentence" => new EventQuery { Words = "overnight" },
            "words only punctuation" => new EventQuery { Words = " ?! -- " },
            _ => new EventQuery { Words = filter["words ".Length..] },
        };

        var events = await Store.QueryEventsAsync(query);

        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries), events.Select(e => e.EventId).Order());
    }

    [ContractTheory]
    [InlineData("ceasefire", false)]
    [InlineData("envoy", true)]
    [InlineData("truce", false)]
    [InlineData("truce", true)]
    [InlineData("country RUS", true)]
    [InlineData("ceasefire, country RUS", false)]
    public async Task Pages_of_filtered_events_in_a_large_store_hold_what_one_read_of_them_all_gives(string filter, bool newestFirst)
    {
        // More events than a page first walks in order (5,000), so that pages come every way (EventPager): "ceasefire" is
        // in every third sentence (one stretch of the walk fills a page), "envoy" in every 23rd (it takes two), "truce" in
        // three late ones (none in the first stretch of the order, so the rest comes from the full-text index), and
        // Russia is the source of every seventh event (few enough to read from the country's index).
        var russia = SampleEvents.Actor("Russia", "RUSGOV", "RUS", "GOV");
        var outcomes = Enumerable.Range(0, 650).Select(a =>
        {
            var id = $"a{a:D4}";
            var date = new DateOnly(2020, 1, 1).AddDays(a);
            var events = Enumerable.Range(0, 10).Select(s =>
            {
                var n = (a * 10) + s;
                var sentence = (n % 3 == 0 ? "A ceasefire was agreed." : "Talks went on.") + (n % 23 == 0 ? " An envoy came." : "") +
                    (n is 5_555 or 6_001 or 6_401 ? " A truce held." : "");
                return SampleEvents.Bare(id, $"e{n:D5}") with
                {
                    ArticleDate = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    SentenceIndex = s,
                    Sentence = sentence,
                    Source = n % 7 == 0 ? russia : null,
                };
            }).ToList();
            return ArticleOutcome.Coded(SampleEvents.Article(id, date, null, string.Join(" ", events.Select(e => e.Sentence))), events);
        }).ToList();
        await Store.StoreAsync(outcomes);
        var query = filter switch
        {
            "country RUS" => new EventQuery { Country = "RUS" },
            "ceasefire, country RUS" => new EventQuery { Words = "ceasefire", Country = "RUS" },
            _ => new EventQuery { Words = filter },
        } with { NewestFirst = newestFirst };
        var pageSize = filter == "truce" ? 3 : 250;

        var all = (await Store.QueryEventsAsync(query)).Select(e => e.EventId).ToList();
        var paged = new List<string>();
        for (EventCursor? after = null; ;)
        {
            var page = await Store.QueryEventsAsync(query with { After = after, Limit = pageSize });
            paged.AddRange(page.Select(e => e.EventId));
            if (page.Count < pageSize)
            {
                break;
            }
            after = EventCursor.After(page[^1]);
        }

        Assert.Equal(all, paged);
        Assert.Equal(filter switch { "truce" => 3, "ceasefire" => 2_167, "envoy" => 283, "country RUS" => 929, _ => 310 }, all.Count);
    }

    [ContractFact]
    public async Task Events_are_counted_per_day_week_and_month_with_their_goldstein_sums()
    {
        var corpus = SampleEvents.Corpus();
        double[] goldstein = [4.0, -10.0, -4.0, -9.5, 1.0];
        var n = 0;
        await Store.StoreAsync(corpus.Select(o => ArticleOutcome.Coded(o.Article, o.Events.Select(e => e with { Goldstein = goldstein[n++] }).ToList())).ToList());
        DateOnly Day(int y, int m, int d) => new(y, m, d);

        var days = await Store.CountByPeriodAsync(EventQuery.All, TimeBucket.Day);
        var weeks = await Store.CountByPeriodAsync(EventQuery.All, TimeBucket.Week);
        var months = await Store.CountByPeriodAsync(new EventQuery { From = Day(2025, 1, 1) }, TimeBucket.Month);
        var byArticle = await Store.CountByPeriodAsync(new EventQuery { DateField = DateField.ArticleDate }, TimeBucket.Month);

        // e3 (2018) counts on its first day; e2 (June 2025) on the 1st of June; e5 is undated and left out.
        Assert.Equal(
            [new PeriodCount(Day(2018, 1, 1), 3, 1, -4.0), new PeriodCount(Day(2025, 6, 1), 4, 1, -10.0),
             new PeriodCount(Day(2025, 7, 21), 1, 1, 4.0), new PeriodCount(Day(2025, 7, 31), 4, 1, -9.5)],
            days);
        Assert.Equal(
            [new PeriodCount(Day(2018, 1, 1), 3, 1, -4.0), new PeriodCount(Day(2025, 5, 26), 4, 1, -10.0),
             new PeriodCount(Day(2025, 7, 21), 1, 1, 4.0), new PeriodCount(Day(2025, 7, 28), 4, 1, -9.5)],
            weeks);
        Assert.Equal([new PeriodCount(Day(2025, 6, 1), 4, 1, -10.0), new PeriodCount(Day(2025, 7, 1), 1, 1, 4.0), new PeriodCount(Day(2025, 7, 1), 4, 1, -9.5)], months);
        Assert.Equal(
            [new PeriodCount(Day(2025, 7, 1), 1, 1, 4.0), new PeriodCount(Day(2025, 7, 1), 4, 1, -10.0),
             new PeriodCount(Day(2025, 8, 1), 3, 1, -4.0), new PeriodCount(Day(2025, 8, 1), 4, 1, -9.5)],
            byArticle);
    }

    [ContractFact]
    public async Task The_time_series_takes_the_query_filters()
    {
        await Store.StoreAsync(SampleEvents.Corpus());

        var series = await Store.CountByPeriodAsync(new EventQuery { SourceCountry = "RUS", TargetCountry = "USA" }, TimeBucket.Month);

        Assert.Equal([new PeriodCount(new DateOnly(2025, 7, 1), 1, 1, 0.0)], series);
    }

    [ContractFact]
    public async Task Events_are_counted_by_geocoded_place_largest_first()
    {
        var beijing = new EventLocation("Beijing", "Beijing", "CHN", 39.9075, 116.3972);
        var kyiv = new EventLocation("in Kyiv", "Kyiv", "UKR", 50.45, 30.52);
        var unplaced = new EventLocation("somewhere", null, null, null, null);
        var corpus = SampleEvents.Corpus();
        EventLocation?[] places = [beijing, kyiv, kyiv, unplaced, null];
        var n = 0;
        await Store.StoreAsync(corpus.Select(o => ArticleOutcome.Coded(o.Article, o.Events.Select(e => e with { Location = places[n++] }).ToList())).ToList());

        var all = await Store.CountByPlaceAsync(EventQuery.All);
        var russian = await Store.CountByPlaceAsync(new EventQuery { SourceCountry = "RUS" });
        var top = await Store.CountByPlaceAsync(new EventQuery { Limit = 1 });

        Assert.Equal([new PlaceCount("Kyiv", "UKR", 50.45, 30.52, 2), new PlaceCount("Beijing", "CHN", 39.9075, 116.3972, 1)], all);
        Assert.Equal([new PlaceCount("Beijing", "CHN", 39.9075, 116.3972, 1)], russian);
        Assert.Equal([all[0]], top);
    }

    [ContractFact]
    public async Task Full_text_search_finds_a_word_in_the_body_and_marks_it()
    {
        await Store.StoreAsync(SampleEvents.Corpus());

        var hit = Assert.Single(await Store.SearchArticlesAsync("shelled"));

        Assert.Equal("a2", hit.ArticleId);
        Assert.Equal("Strikes continue", hit.Title);
        Assert.Equal(new DateOnly(2025, 8, 1), hit.Date);
        Assert.Contains("[shelled]", hit.Snippet, StringComparison.Ordinal);
    }

    [ContractTheory]
    [InlineData("KREMLIN", "a1")]
    [InlineData("united nations", "a3")]
    [InlineData("forces overnight", "a2")]
    [InlineData("forces summit", "")]
    [InlineData("\"summit\" (openness*", "a1")]
    [InlineData("summit AND", "")]
    [InlineData("  ", "")]
    public async Task Full_text_search_needs_every_word_and_takes_any_text(string words, string expected)
    {
        await Store.StoreAsync(SampleEvents.Corpus());

        var hits = await Store.SearchArticlesAsync(words);

        Assert.Equal(expected.Split(' ', StringSplitOptions.RemoveEmptyEntries), hits.Select(h => h.ArticleId));
    }

    [ContractFact]
    public async Task Full_text_search_ignores_case_and_diacritics()
    {
        await Store.StoreAsync([ArticleOutcome.Coded(SampleEvents.Article("a1", body: "Talks resumed in București and Zürich."), [])]);

        Assert.Equal("a1", Assert.Single(await Store.SearchArticlesAsync("BUCURESTI zurich")).ArticleId);
    }

    [ContractFact]
    public async Task Full_text_search_follows_an_article_that_is_stored_again_with_new_text()
    {
        await Store.StoreAsync([ArticleOutcome.Coded(SampleEvents.Article("a1", body: "An old ceasefire."), [])]);
        await Store.StoreAsync([ArticleOutcome.Coded(SampleEvents.Article("a1", body: "A new blockade."), [])]);

        Assert.Empty(await Store.SearchArticlesAsync("ceasefire"));
        Assert.Equal("a1", Assert.Single(await Store.SearchArticlesAsync("blockade")).ArticleId);
    }

    [ContractFact]
    public async Task Events_are_counted_by_dyad_and_quad_class()
    {
        var corpus = SampleEvents.Corpus().ToList();
        var extra = SampleEvents.Bare("a4", "e6") with
        {
            Source = SampleEvents.Actor("Moscow", "RUSGOV", "RUS", "GOV"),
            Target = SampleEvents.Actor("US officials", "USAGOV", "USA", "GOV"),
            QuadClass = 1,
        };
        corpus.Add(ArticleOutcome.Coded(SampleEvents.Article("a4"), [extra]));
        await Store.StoreAsync(corpus);

        var counts = await Store.CountByDyadAsync(EventQuery.All);

        Assert.Equal(new DyadCount("RUS", "USA", 1, 2), counts[0]);
        Assert.Equal(5, counts.Count);
        Assert.Contains(new DyadCount("USA", "RUS", 4, 1), counts);
        Assert.Contains(new DyadCount(null, null, 1, 1), counts);
        Assert.Equal(6, counts.Sum(c => c.Count));
    }

    [ContractFact]
    public async Task Dyad_counts_take_the_query_filters()
    {
        await Store.StoreAsync(SampleEvents.Corpus());

        var counts = await Store.CountByDyadAsync(new EventQuery { QuadClass = 4 });

        Assert.Equal([new DyadCount("UKR", "RUS", 4, 1), new DyadCount("USA", "RUS", 4, 1)], counts);
    }

    [ContractFact]
    public async Task Top_dyads_are_the_dyad_counts_pivoted_by_quad_class_busiest_first_and_paged()
    {
        var corpus = SampleEvents.Corpus().ToList();
        var extra = SampleEvents.Bare("a4", "e6") with
        {
            Source = SampleEvents.Actor("Moscow", "RUSGOV", "RUS", "GOV"),
            Target = SampleEvents.Actor("US officials", "USAGOV", "USA", "GOV"),
            QuadClass = 1,
        };
        corpus.Add(ArticleOutcome.Coded(SampleEvents.Article("a4"), [extra]));
        await Store.StoreAsync(corpus);
        var counts = await Store.CountByDyadAsync(EventQuery.All);
        long Count(DyadTotal d, int quadClass) =>
            counts.Where(c => c.SourceCountry == d.SourceCountry && c.TargetCountry == d.TargetCountry && c.QuadClass == quadClass).Sum(c => c.Count);

        var top = await Store.TopDyadsAsync(EventQuery.All);
        var second = await Store.TopDyadsAsync(new EventQuery { Limit = 1, Offset = 1 });
        var conflict = await Store.TopDyadsAsync(new EventQuery { QuadClass = 4 });

        Assert.Equal(new DyadTotal("RUS", "USA", 2, 0, 0, 0, 2), top[0]);
        Assert.Equal(counts.Sum(c => c.Count), top.Sum(d => d.Total));
        Assert.All(top, d => Assert.Equal((Count(d, 1), Count(d, 2), Count(d, 3), Count(d, 4)), (d.VerbalCooperation, d.MaterialCooperation, d.VerbalConflict, d.MaterialConflict)));
        Assert.All(top, d => Assert.Equal(d.VerbalCooperation + d.MaterialCooperation + d.VerbalConflict + d.MaterialConflict, d.Total));
        Assert.True(top.Zip(top.Skip(1)).All(p => p.First.Total >= p.Second.Total));
        Assert.Equal([top[1]], second);
        Assert.NotEmpty(conflict);
        Assert.All(conflict, d => Assert.Equal(d.MaterialConflict, d.Total));
    }

    [ContractFact]
    public async Task A_failed_article_is_recorded_with_its_stage_and_message()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        var broken = SampleEvents.Article("broken");

        await Store.StoreAsync([ArticleOutcome.Failed(broken, "parse", "sentence 4 is 12000 tokens long"), .. SampleEvents.Corpus()]);

        var failure = Assert.Single(await Store.ListFailuresAsync());
        Assert.Equal(("broken", "samples/broken.txt", "parse", "sentence 4 is 12000 tokens long"), (failure.ArticleId, failure.Origin, failure.Stage, failure.Message));
        Assert.InRange(failure.FailedAt, before, DateTimeOffset.UtcNow.AddSeconds(1));
        Assert.NotNull(await Store.GetArticleAsync("broken"));
        Assert.Equal(5, (await Store.QueryEventsAsync(EventQuery.All)).Count);
    }

    [ContractFact]
    public async Task An_article_that_fails_on_a_later_run_loses_its_old_events()
    {
        await Store.StoreAsync(SampleEvents.Corpus());

        await Store.StoreAsync([ArticleOutcome.Failed(SampleEvents.Article("a1"), "code", "pattern file missing")]);

        Assert.Empty(await Store.QueryEventsAsync(new EventQuery { ArticleId = "a1" }));
        Assert.Equal("a1", Assert.Single(await Store.ListFailuresAsync()).ArticleId);
    }

    [ContractFact]
    public async Task A_failure_is_cleared_when_the_article_is_coded_on_a_later_run()
    {
        await Store.StoreAsync([ArticleOutcome.Failed(SampleEvents.Article("a1"), "code", "pattern file missing")]);

        await Store.StoreAsync([ArticleOutcome.Coded(SampleEvents.Article("a1"), [SampleEvents.Bare("a1", "e1")])]);

        Assert.Empty(await Store.ListFailuresAsync());
        Assert.Single(await Store.QueryEventsAsync(EventQuery.All));
    }

    [ContractFact]
    public async Task A_cancelled_batch_stores_nothing()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Store.StoreAsync(SampleEvents.Corpus(), cancelled.Token));

        Assert.Empty(await Store.QueryEventsAsync(EventQuery.All));
        Assert.Null(await Store.GetArticleAsync("a1"));
    }

    [ContractFact]
    public async Task Readers_see_only_whole_articles_while_a_writer_stores_batches()
    {
        using var writing = new CancellationTokenSource();
        var writer = Task.Run(async () =>
        {
            try
            {
                for (var batch = 0; batch < 40; batch++)
                {
                    await Store.StoreAsync([.. Enumerable.Range(0, 10).Select(i => SampleEvents.Counted($"w{batch}-{i}", 1 + ((batch + i) % 7)))]);
                }
            }
            finally
            {
                await writing.CancelAsync();
            }
        });

        var reads = 0;
        while (!writing.IsCancellationRequested || reads == 0)
        {
            var events = await Store.QueryEventsAsync(EventQuery.All);
            foreach (var article in events.GroupBy(e => e.ArticleId))
            {
                Assert.Equal(SampleEvents.ExpectedCount(article.Key), article.Count());
            }
            reads++;
        }
        await writer;

        Assert.Equal(400, (await Store.QueryEventsAsync(EventQuery.All)).Select(e => e.ArticleId).Distinct().Count());
    }
}

using Parley.Coding;
using Parley.Ingest;
using Parley.Storage;
using Parley.Storage.Sqlite;
using Parley.Testing;
using Parley.Text;

namespace Parley.Engine.Tests;

public sealed class EngineProcessTests
{
    private static readonly Article Seed = new()
    {
        Id = "seed",
        Date = new DateOnly(2025, 7, 22),
        Title = "Kremlin Signals Meeting Between Trump, Putin in Beijing",
        Body = "Russia signaled on Monday its openness to exploring a potential meeting between Russian President Vladimir Putin "
            + "and U.S. President Donald Trump in Beijing, Kremlin spokesman Dmitry Peskov told reporters.",
        Origin = "tests/seed",
    };

    [Fact]
    public void An_article_comes_out_as_its_events_each_tied_to_the_words_of_the_article()
    {
        var outcome = ShippedEngine.Engine.Process(Seed);

        Assert.Null(outcome.Failure);
        Assert.Same(Seed, outcome.Article);
        Assert.NotEmpty(outcome.Events);
        Assert.All(outcome.Events, e =>
        {
            Assert.Equal("seed", e.ArticleId);
            Assert.Equal(e.Trigger.Text.Split(' ')[0], Seed.Text[e.Trigger.Start..e.Trigger.End].Split(' ')[0]);
        });
        Assert.Contains(outcome.Events, e => e.Source?.Country == "RUS" && e.CameoRoot == "03");
    }

    [Fact]
    public void A_coder_that_fails_fails_that_article_only_with_the_stage_and_the_reason()
    {
        var engine = ParleyEngine.Load(new EngineOptions
        {
            ModelsDirectory = ShippedEngine.Models,
            DictionariesDirectory = ShippedEngine.Dictionaries,
            LoadCoder = _ => (document, _, _) => document.Text.Contains("Kremlin", StringComparison.Ordinal)
                ? throw new InvalidOperationException("fails on Kremlin on purpose")
                : [],
        });

        var failed = engine.ProcessInDetail(Seed);
        var coded = engine.ProcessInDetail(Seed with { Id = "other", Title = null, Body = "Nothing to see here." });

        Assert.Equal(ParleyEngine.CodeStage, failed.Outcome.Failure?.Stage);
        Assert.Equal("InvalidOperationException: fails on Kremlin on purpose", failed.Outcome.Failure?.Message);
        Assert.IsType<InvalidOperationException>(failed.Error);
        Assert.True(failed.Tokens > 0);
        Assert.Null(coded.Outcome.Failure);
        Assert.Null(coded.Error);
    }

    [Fact]
    public void A_document_without_a_parse_is_refused_by_the_coder_step_instead_of_giving_no_events()
    {
        var document = new Document("Russia protested.");
        document.AddToken(0, 6);
        document.Mark(Annotations.Tokens);

        var error = Assert.Throws<ArgumentException>(() => ShippedEngine.Engine.Code(document, "a", null));

        Assert.Contains("Dependencies", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_stores_every_outcome_failures_included_and_counts_them()
    {
        using var scratch = new ScratchFolder("parley-engine");
        var engine = ParleyEngine.Load(new EngineOptions
        {
            ModelsDirectory = ShippedEngine.Models,
            DictionariesDirectory = ShippedEngine.Dictionaries,
            LoadCoder = _ => (document, articleId, _) => articleId == "bad"
                ? throw new InvalidOperationException("bad on purpose")
                : [Event(articleId, document)],
        });
        await using var store = await SqliteEventStore.OpenAsync(scratch.File("events.db"));
        var seen = new List<ProcessedArticle>();
        var run = new CodingRun(engine, store, seen.Add);

        foreach (var id in new[] { "a", "bad", "b" })
        {
            await run.CodeAsync(Seed with { Id = id });
        }
        await run.CompleteAsync();

        Assert.Equal((2, 1, 2L), (run.Coded, run.Failed, run.Events));
        Assert.Equal(["a", "bad", "b"], seen.Select(p => p.Outcome.Article.Id));
        Assert.Equal(2, (await store.QueryEventsAsync(EventQuery.All)).Count);
        var failure = Assert.Single(await store.ListFailuresAsync());
        Assert.Equal(("bad", ParleyEngine.CodeStage), (failure.ArticleId, failure.Stage));
    }

    private static EventRecord Event(string articleId, Document document) => new()
    {
        EventId = articleId + "/0",
        ArticleId = articleId,
        SentenceIndex = 0,
        Sentence = document.Sentences.First().Text,
        Cameo = "010",
        CameoRoot = "01",
        CameoName = "Make public statement",
        QuadClass = 1,
        Goldstein = 0,
        Trigger = new EventTrigger(document[0].Text, document[0].Start, document[0].End),
        Modality = Modality.Asserted,
        Confidence = 0.5,
        Rule = "test#first-word",
    };
}

using System.Text.Json;

namespace Parley.Server.Tests;

[Collection(ServerCollection.Name)]
public sealed class ArticleApiTests(RunningServer server)
{
    private HttpClient Client => server.Client;

    private const string Story = """
        {"id": "api-story-1", "date": "2025-07-22", "title": "Russia and China sign a trade deal",
         "text": "Russia and China signed a trade agreement in Beijing on Monday, officials said."}
        """;

    [Fact]
    public async Task A_posted_article_is_coded_stored_and_given_back_with_its_events()
    {
        using var response = await Client.PostAsync("v1/articles", Json.Body(Story));
        var posted = Json.Parse(await response.Content.ReadAsStringAsync());

        Assert.True(response.IsSuccessStatusCode);
        var article = Assert.Single(posted.GetProperty("articles").EnumerateArray());
        Assert.Equal("api-story-1", article.GetProperty("id").GetString());
        var events = article.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        Assert.Equal(events.Count, posted.GetProperty("event_count").GetInt32());
        Assert.All(events, e => Assert.Equal("api-story-1", e.GetProperty("article_id").GetString()));
        var stored = await Json.GetAsync(Client, "v1/events?article_id=api-story-1");
        Assert.Equal(events.Select(e => e.GetProperty("event_id").GetString()).Order(), stored.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("event_id").GetString()).Order());
    }

    [Fact]
    public async Task Posting_the_same_article_again_replaces_its_events_and_never_duplicates_them()
    {
        var story = Story.Replace("api-story-1", "api-story-again", StringComparison.Ordinal);
        for (var round = 0; round < 3; round++)
        {
            using var response = await Client.PostAsync("v1/articles", Json.Body(story));
            Assert.True(response.IsSuccessStatusCode);
        }
        var first = Json.Parse(await (await Client.PostAsync("v1/articles", Json.Body(story))).Content.ReadAsStringAsync());

        var stored = await Json.GetAsync(Client, "v1/events?article_id=api-story-again");

        Assert.Equal(first.GetProperty("event_count").GetInt32(), stored.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task An_array_and_json_lines_each_post_several_articles_in_order()
    {
        var array = """[{"id": "api-array-1", "text": "Kenya protested to Ethiopia."}, {"id": "api-array-2", "text": "Peru thanked Chile."}]""";
        var lines = "{\"id\": \"api-lines-1\", \"text\": \"Kenya protested to Ethiopia.\"}\n{\"id\": \"api-lines-2\", \"text\": \"Peru thanked Chile.\"}\n";

        var fromArray = Json.Parse(await (await Client.PostAsync("v1/articles", Json.Body(array))).Content.ReadAsStringAsync());
        var fromLines = Json.Parse(await (await Client.PostAsync("v1/articles", Json.Body(lines, "application/x-ndjson"))).Content.ReadAsStringAsync());

        Assert.Equal(["api-array-1", "api-array-2"], fromArray.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
        Assert.Equal(["api-lines-1", "api-lines-2"], fromLines.GetProperty("articles").EnumerateArray().Select(a => a.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task A_stored_article_comes_with_its_sentences_and_every_event_span_inside_its_text()
    {
        var view = await Json.GetAsync(Client, "v1/articles/seed-2025-07-22");

        var text = view.GetProperty("article").GetProperty("text").GetString()!;
        var sentences = view.GetProperty("sentences").EnumerateArray().Select(s => (Start: s.GetProperty("start").GetInt32(), End: s.GetProperty("end").GetInt32())).ToList();
        var events = view.GetProperty("events").EnumerateArray().ToList();
        Assert.StartsWith("Kremlin Signals Meeting", text, StringComparison.Ordinal);
        Assert.True(sentences.Count > 5);
        Assert.NotEmpty(events);
        foreach (var e in events)
        {
            var sentence = sentences[e.GetProperty("sentence_index").GetInt32()];
            Assert.Equal(e.GetProperty("sentence").GetString(), text[sentence.Start..sentence.End]);
            var trigger = e.GetProperty("trigger");
            Assert.InRange(trigger.GetProperty("start").GetInt32(), sentence.Start, sentence.End);
            Assert.InRange(trigger.GetProperty("end").GetInt32(), sentence.Start, sentence.End);
            if (e.GetProperty("source") is { ValueKind: JsonValueKind.Object } source)
            {
                Assert.Equal(source.GetProperty("text").GetString(), text[source.GetProperty("start").GetInt32()..source.GetProperty("end").GetInt32()]);
            }
        }
        Assert.Equal(JsonValueKind.Null, view.GetProperty("failure").ValueKind);
    }

    [Theory]
    [InlineData("no-such-article")]
    [InlineData("..%2F..%2Fetc%2Fpasswd")]
    [InlineData("%2E%2E%2Fparley.db")]
    [InlineData("x' OR '1'='1")]
    public async Task An_unknown_id_or_a_path_trick_is_404_with_a_problem_and_nothing_else(string id)
    {
        using var response = await Client.GetAsync("v1/articles/" + id);

        var problem = await Json.ProblemAsync(response, 404);
        Assert.Contains("no article with id", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_id_with_control_characters_or_too_long_is_400()
    {
        using var control = await Client.GetAsync("v1/articles/a%01b");
        using var tooLong = await Client.GetAsync("v1/articles/" + new string('a', 600));

        await Json.ProblemAsync(control, 400);
        await Json.ProblemAsync(tooLong, 400);
    }

    [Theory]
    [InlineData("{\"id\": \"broken\"", "body", "not valid JSON")]
    [InlineData("{\"id\": \"no-text\", \"title\": \"A title\"}", "articles[0]", "no 'text' or 'body' field")]
    [InlineData("{\"id\": \"typed\", \"text\": 42}", "articles[0]", "not a string")]
    [InlineData("[{\"text\": \"Fine.\"}, 7]", "articles[1]", "not a JSON object")]
    [InlineData("\"just a string\"", "body", "not an article object")]
    [InlineData("[]", null, "no article")]
    public async Task A_body_that_is_not_articles_is_refused_with_a_problem_naming_what_is_wrong_and_nothing_is_stored(string body, string? field, string message)
    {
        using var response = await Client.PostAsync("v1/articles", Json.Body(body));

        var problem = await Json.ProblemAsync(response, 400);
        Assert.Contains(message, problem.GetRawText(), StringComparison.Ordinal);
        if (field is not null)
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
        }
        var fine = await Json.GetAsync(Client, "v1/events?q=Fine");
        Assert.Equal(0, fine.GetProperty("events").GetArrayLength());
        Assert.True((await Client.GetAsync("healthz")).IsSuccessStatusCode);
    }

    [Fact]
    public async Task A_body_of_another_type_is_415()
    {
        using var response = await Client.PostAsync("v1/articles", Json.Body("Russia protested.", "text/plain"));

        await Json.ProblemAsync(response, 415);
    }

    [Fact]
    public async Task An_oversize_body_is_413_and_the_server_keeps_serving()
    {
        var huge = "{\"text\": \"" + new string('a', 11 * 1024 * 1024) + "\"}";
        // Expect: 100-continue lets the server refuse before the body is sent, as curl does for large bodies.
        using var request = new HttpRequestMessage(HttpMethod.Post, "v1/articles") { Content = Json.Body(huge) };
        request.Headers.ExpectContinue = true;

        using var response = await Client.SendAsync(request);

        var problem = await Json.ProblemAsync(response, 413);
        Assert.Contains("bytes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True((await Client.GetAsync("healthz")).IsSuccessStatusCode);
    }
}

using System.IO.Compression;
using System.Text;
using static Parley.Ingest.Tests.Reading;

namespace Parley.Ingest.Tests;

/// <summary>Bad input is data: each kind is reported with its path, line and a reason, and nothing throws.</summary>
public sealed class BadInputTests
{
    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static byte[] Gzip(string text, int keepBytes = int.MaxValue)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(Utf8(text));
        }
        var bytes = buffer.ToArray();
        return bytes[..Math.Min(keepBytes, bytes.Length)];
    }

    private static readonly string ManyLines = string.Concat(Enumerable.Range(1, 400).Select(i =>
        $"{{\"id\": \"n{i}\", \"text\": \"Story number {i} says that something happened somewhere on some day.\"}}\n"));

    /// <summary>File name, content, then what is reported: kind, severity, line (0 for none), a phrase of the reason.</summary>
    public static TheoryData<string, byte[], IngestProblemKind, IngestSeverity, int, string> Cases => new()
    {
        { "empty.txt", [], IngestProblemKind.Empty, IngestSeverity.Error, 0, "empty: no text" },
        { "blank.txt", Utf8(" \n\t\r\n  \n"), IngestProblemKind.Empty, IngestSeverity.Error, 0, "only white space" },
        { "date-only.txt", Utf8("date 2025-07-22 17\n\n"), IngestProblemKind.Empty, IngestSeverity.Error, 0, "date line but no title or body" },
        { "nul.txt", Utf8("Some text\0\0\0 with NUL bytes in it"), IngestProblemKind.Binary, IngestSeverity.Error, 0, "binary data" },
        { "picture.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52], IngestProblemKind.Binary, IngestSeverity.Error, 0, "binary data" },
        { "noise.txt", [.. Enumerable.Range(0, 300).Select(i => (byte)(i % 2 == 0 ? 0x01 + i % 30 : 0x80 + i % 60))], IngestProblemKind.Binary, IngestSeverity.Error, 0, "control bytes or invalid UTF-8" },
        { "latin1.txt", [.. Utf8("The caf"), 0xE9, .. Utf8(" in Lyon reopened on Monday after the strike ended.")], IngestProblemKind.InvalidEncoding, IngestSeverity.Warning, 0, "not valid UTF-8 (first bad byte at offset 7)" },
        { "cut.jsonl", Utf8("{\"text\": \"A whole story.\"}\n{\"text\": \"A story cut off in the mid"), IngestProblemKind.Truncated, IngestSeverity.Error, 2, "the file ends in the middle of this line's object" },
        { "cut-inside.jsonl", Utf8("{\"text\": \"A story cut\n{\"text\": \"A whole story.\"}\n"), IngestProblemKind.Truncated, IngestSeverity.Error, 1, "the line ends before its object closes" },
        { "invalid.jsonl", Utf8("{\"text\": \"Fine.\"}\n{\"text\": \"Two commas\",, \"id\": 3}\n"), IngestProblemKind.Malformed, IngestSeverity.Error, 2, "invalid JSON" },
        { "array.jsonl", Utf8("[\"not\", \"an\", \"object\"]\n"), IngestProblemKind.Malformed, IngestSeverity.Error, 1, "not a JSON object but an array" },
        { "scalar.jsonl", Utf8("{\"text\": \"Fine.\"}\n\n\"just a string\"\n"), IngestProblemKind.Malformed, IngestSeverity.Error, 3, "not a JSON object but a string" },
        { "no-text.jsonl", Utf8("{\"id\": \"a1\", \"title\": \"Headline only\"}\n"), IngestProblemKind.Malformed, IngestSeverity.Error, 1, "no 'text' or 'body' field" },
        { "text-number.jsonl", Utf8("{\"id\": \"a1\", \"text\": 42}\n"), IngestProblemKind.Malformed, IngestSeverity.Error, 1, "'text' is a number, not a string" },
        { "text-blank.jsonl", Utf8("{\"id\": \"a1\", \"body\": \" \\n \"}\n"), IngestProblemKind.Empty, IngestSeverity.Error, 1, "'body' has no text" },
        { "bad-date.jsonl", Utf8("{\"text\": \"A story.\", \"date\": \"the day before yesterday\"}\n"), IngestProblemKind.InvalidField, IngestSeverity.Warning, 1, "bad date 'the day before yesterday'" },
        { "impossible-date.jsonl", Utf8("{\"text\": \"A story.\", \"published\": \"2025-02-30\"}\n"), IngestProblemKind.InvalidField, IngestSeverity.Warning, 1, "bad date '2025-02-30'" },
        { "title-array.jsonl", Utf8("{\"text\": \"A story.\", \"title\": [\"two\", \"titles\"]}\n"), IngestProblemKind.InvalidField, IngestSeverity.Warning, 1, "'title' is an array, not a string; ignored" },
        { "blank-lines.jsonl", Utf8("\n  \n\n"), IngestProblemKind.Empty, IngestSeverity.Error, 0, "empty" },
        { "bad-wire-date.txt", Utf8("date 2025-13-45 9\nA title\nA body."), IngestProblemKind.InvalidField, IngestSeverity.Warning, 1, "bad date '2025-13-45' on the date line" },
        { "broken.rss", Utf8("<rss version=\"2.0\">\n<channel>\n<item><title>Fine</title><description>Fine.</description></item>\n<item><title>Unclosed</channel>\n</rss>\n"), IngestProblemKind.Malformed, IngestSeverity.Error, 4, "not well-formed XML" },
        { "cut.rss", Utf8("<rss version=\"2.0\">\n<channel>\n<item><title>Fine</title><description>Fine.</description></item>\n<item><title>Cut off</title><descr"), IngestProblemKind.Truncated, IngestSeverity.Error, 4, "truncated XML" },
        { "not-xml.rss", Utf8("This is not XML at all, just words.\n"), IngestProblemKind.Malformed, IngestSeverity.Error, 1, "not well-formed XML" },
        { "catalog.xml", Utf8("<?xml version=\"1.0\"?>\n<catalog><book>Words</book></catalog>\n"), IngestProblemKind.Malformed, IngestSeverity.Error, 2, "not a feed: the root element is <catalog>" },
        { "no-items.rss", Utf8("<rss version=\"2.0\"><channel><title>Quiet</title></channel></rss>"), IngestProblemKind.Empty, IngestSeverity.Error, 0, "the feed has no items" },
        { "empty-item.atom", Utf8("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<entry><id>x</id></entry>\n</feed>"), IngestProblemKind.Empty, IngestSeverity.Error, 2, "neither a title nor any text" },
        { "bad-item-date.rss", Utf8("<rss><channel><item><title>T</title><pubDate>someday</pubDate></item></channel></rss>"), IngestProblemKind.InvalidField, IngestSeverity.Warning, 1, "bad date 'someday' in <pubDate>" },
        { "cut.html", Utf8("<!DOCTYPE html><html><head><title>Cut</title></head><body><p>The talks between the two sides went on until late in the evening, officials said.</p><p>Then the connection dro"), IngestProblemKind.Truncated, IngestSeverity.Warning, 0, "the page ends before </html>" },
        { "no-text.html", Utf8("<html><head><title></title></head><body><nav><a href=\"/\">Home</a></nav><script>var x = 1;</script></body></html>"), IngestProblemKind.Empty, IngestSeverity.Error, 0, "the page has no text" },
        { "bad-date.html", Utf8("<html><head><meta property=\"article:published_time\" content=\"soon\"></head><body><p>Some text.</p></body></html>"), IngestProblemKind.InvalidField, IngestSeverity.Warning, 0, "bad date 'soon' in meta[property='article:published_time']" },
        { "cut.jsonl.gz", Gzip(ManyLines, keepBytes: 300), IngestProblemKind.Truncated, IngestSeverity.Error, 0, "truncated gzip" },
        { "cut.txt.gz", Gzip("A plain story that will be cut off by a truncated gzip file. " + new string('x', 2000), keepBytes: 40), IngestProblemKind.Truncated, IngestSeverity.Error, 0, "truncated gzip" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_bad_input_is_reported_with_its_path_line_and_reason(string fileName, byte[] content, IngestProblemKind kind, IngestSeverity severity, int line, string reason)
    {
        using var temp = new TempDirectory();
        var path = temp.Write(fileName, content);

        var results = ReadAll(path);

        var problem = Assert.Single(results.Problems(), p => p.Kind == kind && p.Reason.Contains(reason, StringComparison.Ordinal));
        Assert.Equal(path, problem.Path);
        Assert.Equal(line == 0 ? null : line, problem.Line);
        Assert.Equal(severity, problem.Severity);
        Assert.Contains(reason, problem.Reason);
        Assert.StartsWith(line == 0 ? path + ": " : $"{path}:{line}: ", problem.ToString());
    }

    [Theory]
    [InlineData("latin1")]
    [InlineData("bad-date")]
    [InlineData("cut-html")]
    public void A_warning_keeps_the_article(string which)
    {
        using var temp = new TempDirectory();
        var path = which switch
        {
            "latin1" => temp.Write("latin1.txt", [.. Utf8("The caf"), 0xE9, .. Utf8(" reopened.")]),
            "bad-date" => temp.Write("bad-date.jsonl", "{\"text\": \"A story.\", \"date\": \"not a date\"}\n"),
            _ => temp.Write("cut.html", "<html><body><p>The talks went on until late in the evening, officials said.</p><p>Then the conn"),
        };

        var results = ReadAll(new IngestOptions(), path);

        Assert.All(results.Problems(), p => Assert.Equal(IngestSeverity.Warning, p.Severity));
        var article = Assert.Single(results.Articles());
        Assert.Null(article.Date);
        Assert.DoesNotContain('\0', article.Text);
    }

    [Fact]
    public void A_record_with_a_bad_date_gets_the_default_date()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("bad-date.jsonl", "{\"text\": \"A story.\", \"date\": \"not a date\"}\n");

        var article = Assert.Single(ReadAll(new IngestOptions { DefaultDate = new DateOnly(2024, 1, 2) }, path).Articles());

        Assert.Equal(new DateOnly(2024, 1, 2), article.Date);
    }

    [Fact]
    public void A_missing_path_is_reported_as_unreadable()
    {
        using var temp = new TempDirectory();
        var path = Path.Combine(temp.Path, "no-such-story.txt");

        var problem = Assert.Single(ReadAll(path).Problems());

        Assert.Equal(IngestProblemKind.Unreadable, problem.Kind);
        Assert.Equal($"{path}: cannot read: no such file or directory; skipped", problem.ToString());
    }

    [Fact]
    public void A_path_that_goes_through_a_file_as_if_it_were_a_directory_is_reported_as_unreadable()
    {
        using var temp = new TempDirectory();
        var file = temp.Write("story.txt", "A story.");
        var path = Path.Combine(file, "inside.txt");

        var problem = Assert.Single(ReadAll(path).Problems());

        Assert.Equal(IngestProblemKind.Unreadable, problem.Kind);
        Assert.Equal(path, problem.Path);
    }

    [Fact]
    public void A_dangling_symbolic_link_is_reported_as_unreadable()
    {
        using var temp = new TempDirectory();
        var link = Path.Combine(temp.Path, "gone.txt");
        File.CreateSymbolicLink(link, Path.Combine(temp.Path, "deleted.txt"));

        var problem = Assert.Single(ReadAll(link).Problems());

        Assert.Equal(IngestProblemKind.Unreadable, problem.Kind);
        Assert.Contains("dangling symbolic link", problem.Reason);
    }

    [UnlessRootFact]
    public void A_file_without_read_permission_is_reported_as_unreadable()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("secret.txt", "A story nobody may read.");
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        File.SetUnixFileMode(path, UnixFileMode.None);

        var problem = Assert.Single(ReadAll(path).Problems());

        Assert.Equal(IngestProblemKind.Unreadable, problem.Kind);
        Assert.Contains("permission denied", problem.Reason);
    }

    [Fact]
    public void An_oversize_text_file_is_refused_before_it_is_read()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("long.txt", new string('a', 5000));

        var problem = Assert.Single(ReadAll(new IngestOptions { MaxArticleBytes = 1000 }, path).Problems());

        Assert.Equal(IngestProblemKind.Oversize, problem.Kind);
        Assert.Equal($"{path}: the file is 4.9 KB, over the 1000 bytes limit per article; skipped", problem.ToString());
    }

    [Fact]
    public void An_oversize_json_line_is_skipped_and_the_lines_after_it_are_read()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("long.jsonl",
            "{\"text\": \"Short one.\"}\n" +
            "{\"text\": \"" + new string('b', 5000) + "\"}\n" +
            "{\"text\": \"Short two.\"}\n");

        var results = ReadAll(new IngestOptions { MaxArticleBytes = 1000 }, path);

        var problem = Assert.Single(results.Problems());
        Assert.Equal(IngestProblemKind.Oversize, problem.Kind);
        Assert.Equal(2, problem.Line);
        Assert.Contains("the line is 4.9 KB, over the 1000 bytes limit", problem.Reason);
        Assert.Equal(["Short one.", "Short two."], results.Articles().Select(a => a.Body));
        Assert.Equal(path + ":3", results.Articles()[1].Origin);
    }

    [Fact]
    public void An_oversize_gzip_text_is_refused_once_the_limit_is_passed()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("long.txt.gz", Gzip(new string('c', 50_000)));

        var problem = Assert.Single(ReadAll(new IngestOptions { MaxArticleBytes = 1000 }, path).Problems());

        Assert.Equal(IngestProblemKind.Oversize, problem.Kind);
    }

    [Fact]
    public void An_oversize_feed_item_is_skipped_and_the_other_items_are_read()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("big.rss",
            "<rss><channel>\n" +
            "<item><title>Small</title><description>Small story.</description></item>\n" +
            "<item><title>Big</title><description>" + new string('d', 5000) + "</description></item>\n" +
            "</channel></rss>");

        var results = ReadAll(new IngestOptions { MaxArticleBytes = 1000 }, path);

        var problem = Assert.Single(results.Problems());
        Assert.Equal(IngestProblemKind.Oversize, problem.Kind);
        Assert.Equal(3, problem.Line);
        Assert.Equal("Small story.", Assert.Single(results.Articles()).Body);
    }

    [Fact]
    public void The_items_before_a_break_in_a_feed_are_still_read()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("cut.rss", "<rss><channel><title>T</title>\n<item><title>One</title><description>First story.</description></item>\n<item><title>Two</title><desc");

        var results = ReadAll(path);

        Assert.Equal("First story.", Assert.Single(results.Articles()).Body);
        Assert.Equal(IngestProblemKind.Truncated, Assert.Single(results.Problems()).Kind);
    }

    [Fact]
    public void The_lines_of_a_truncated_gzip_file_before_the_cut_are_still_read()
    {
        using var temp = new TempDirectory();
        var whole = Gzip(ManyLines);
        var path = temp.Write("cut.jsonl.gz", whole[..(whole.Length / 2)]);

        var results = ReadAll(path);

        Assert.NotEmpty(results.Articles());
        Assert.True(results.Articles().Count < 400);
        Assert.Contains(results.Problems(), p => p.Kind == IngestProblemKind.Truncated && p.Reason.StartsWith("truncated gzip", StringComparison.Ordinal));
    }

    [Fact]
    public void A_whole_gzip_file_reads_like_the_file_inside_it()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("stories.jsonl.gz", Gzip(ManyLines));

        var results = ReadAll(path);

        Assert.Empty(results.Problems());
        Assert.Equal(400, results.Articles().Count);
        Assert.Equal(path + ":400", results.Articles()[^1].Origin);
    }

    [Fact]
    public void A_file_that_is_not_json_lines_gets_one_problem_not_one_per_line()
    {
        using var temp = new TempDirectory();
        var pretty = "{\n" + string.Concat(Enumerable.Range(0, 500).Select(i => $"  \"key{i}\": {i},\n")) + "  \"text\": \"x\"\n}\n";
        var path = temp.Write("pretty.jsonl", pretty);

        var problems = ReadAll(path).Problems();

        Assert.Equal(Formats.JsonLinesReader.GiveUpAfter + 1, problems.Count);
        Assert.Equal(
            $"{path}:{Formats.JsonLinesReader.GiveUpAfter}: not JSON Lines of news: none of the first {Formats.JsonLinesReader.GiveUpAfter} lines gave an article; the rest of the file is skipped",
            problems[^1].ToString());
    }

    [Fact]
    public void Bad_lines_after_good_ones_are_each_reported()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("mostly-bad.jsonl", "{\"text\": \"Good.\"}\n" + string.Concat(Enumerable.Repeat("{bad}\n", 50)));

        var results = ReadAll(path);

        Assert.Single(results.Articles());
        Assert.Equal(50, results.Problems().Count);
    }

    [Fact]
    public void A_batch_goes_on_past_every_bad_input_and_keeps_input_order()
    {
        using var temp = new TempDirectory();
        var inputs = new[]
        {
            temp.Write("1-good.txt", "The first good story."),
            Path.Combine(temp.Path, "2-missing.txt"),
            temp.Write("3-binary.txt", [0x00, 0x01, 0x02, 0x03]),
            temp.Write("4-empty.jsonl", ""),
            temp.Write("5-mixed.jsonl", "{\"text\": \"Good line.\"}\n{broken\n{\"text\": \"Another good line.\"}\n"),
            temp.Write("6-broken.xml", "<rss><channel><item>"),
            temp.Write("7-good.txt", "The last good story."),
        };

        var results = ReadAll(inputs);

        Assert.Equal(
            ["article", "Unreadable", "Binary", "Empty", "article", "Malformed", "article", "Truncated", "article"],
            results.Select(r => r.IsArticle ? "article" : r.Problem.Kind.ToString()));
        Assert.Equal(["The first good story.", "Good line.", "Another good line.", "The last good story."], results.Articles().Select(a => a.Body));
    }
}

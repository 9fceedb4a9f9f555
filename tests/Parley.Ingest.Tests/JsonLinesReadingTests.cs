using System.Text;
using static Parley.Ingest.Tests.Reading;

namespace Parley.Ingest.Tests;

public sealed class JsonLinesReadingTests
{
    [Theory]
    [InlineData("{\"id\": \"a-1\", \"text\": \"Body.\"}", "a-1")]
    [InlineData("{\"id\": 1234, \"text\": \"Body.\"}", "1234")]
    [InlineData("{\"id\": \"  padded  \", \"text\": \"Body.\"}", "padded")]
    [InlineData("{\"id\": \"\", \"text\": \"Body.\"}", "hash")]
    [InlineData("{\"id\": null, \"text\": \"Body.\"}", "hash")]
    [InlineData("{\"text\": \"Body.\"}", "hash")]
    // Found by fuzzing the HTTP API: an id with NUL in it could not be stored in PostgreSQL (a 500), nor fetched.
    [InlineData("{\"id\": \"a\\u0000-1\\u0007\", \"text\": \"Body.\"}", "a-1")]
    [InlineData("{\"id\": \"\\u0000\", \"text\": \"Body.\"}", "hash")]
    public void The_id_is_the_records_own_or_else_a_hash_of_its_text(string line, string expected)
    {
        using var temp = new TempDirectory();
        var path = temp.Write("one.jsonl", line + "\n");

        var article = Assert.Single(ReadAll(path).Articles());

        Assert.Equal(expected == "hash" ? ArticleId.FromText(null, "Body.") : expected, article.Id);
    }

    [Theory]
    [InlineData("\"date\": \"2025-07-22\"")]
    [InlineData("\"published\": \"2025-07-22T21:00:00-04:00\"")]
    [InlineData("\"datePublished\": \"2025-07-22\"")]
    [InlineData("\"dateCreated\": \"2025-07-22\"")]
    [InlineData("\"date\": null, \"published\": \"2025-07-22\"")]
    public void The_date_comes_from_date_or_published(string field)
    {
        using var temp = new TempDirectory();
        var path = temp.Write("one.jsonl", $"{{\"text\": \"Body.\", {field}}}\n");

        var results = ReadAll(path);

        Assert.Empty(results.Problems());
        Assert.Equal(new DateOnly(2025, 7, 22), Assert.Single(results.Articles()).Date);
    }

    [Fact]
    public void Body_link_and_unknown_fields_are_read_or_ignored()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("one.jsonl",
            "{\"body\": \"  The body.\\r\\nSecond line.  \", \"title\": \" A  title \", \"link\": \"https://example.org/a\", \"source\": \"Outlet\", \"tags\": [1, 2], \"nested\": {\"text\": \"not this\"}}\n");

        var results = ReadAll(path);

        Assert.Empty(results.Problems());
        var article = Assert.Single(results.Articles());
        Assert.Equal("The body.\nSecond line.", article.Body);
        Assert.Equal("A title", article.Title);
        Assert.Equal("https://example.org/a", article.Url);
        Assert.Equal("Outlet", article.Source);
    }

    [Fact]
    public void Crlf_line_ends_a_byte_order_mark_and_blank_lines_are_fine_and_lines_are_counted_from_one()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("crlf.jsonl", Encoding.UTF8.GetBytes("\uFEFF{\"text\": \"One.\"}\r\n\r\n   \r\n{\"text\": \"Four.\"}\r\n"));

        var results = ReadAll(path);

        Assert.Empty(results.Problems());
        Assert.Equal([path + ":1", path + ":4"], results.Articles().Select(a => a.Origin));
    }

    [Fact]
    public void A_last_line_without_a_newline_is_read()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("no-final-newline.ndjson", "{\"text\": \"One.\"}\n{\"text\": \"Two.\"}");

        Assert.Equal(["One.", "Two."], ReadAll(path).Articles().Select(a => a.Body));
    }

    [Fact]
    public void Escaped_control_characters_in_the_text_are_removed()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("controls.jsonl", "{\"text\": \"Null\\u0000 and bell\\u0007 gone.\"}\n");

        Assert.Equal("Null and bell gone.", Assert.Single(ReadAll(path).Articles()).Body);
    }

    [Fact]
    public void A_line_with_invalid_utf8_is_read_with_a_warning()
    {
        using var temp = new TempDirectory();
        var path = temp.Write("latin1.jsonl", [.. "{\"text\": \"Caf"u8, 0xE9, .. " reopened.\"}\n"u8]);

        var results = ReadAll(path);

        var problem = Assert.Single(results.Problems());
        Assert.Equal(IngestProblemKind.InvalidEncoding, problem.Kind);
        Assert.Equal(1, problem.Line);
        Assert.Equal("Caf\uFFFD reopened.", Assert.Single(results.Articles()).Body);
    }

    [Fact]
    public void A_json_lines_file_streams_one_line_at_a_time()
    {
        // An endless stream: reading it whole would never finish, so getting the first articles
        // shows that lines are read as they are needed.
        using var endless = new EndlessJsonLines();
        using var source = new ArticleSource();

        var first = source.Read(endless, "endless.jsonl", InputFormat.JsonLines).Take(5).ToList();

        Assert.Equal(5, first.Articles().Count);
        Assert.Equal("endless.jsonl:5", first[^1].Article!.Origin);
        Assert.True(endless.BytesServed < 1024 * 1024);
    }

    /// <summary>Serves <c>{"text": "Story n."}</c> lines for ever.</summary>
    private sealed class EndlessJsonLines : Stream
    {
        private byte[] _pending = [];
        private int _offset;
        private int _next;

        public long BytesServed { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_offset == _pending.Length)
            {
                _pending = Encoding.UTF8.GetBytes($"{{\"text\": \"Story {++_next}.\"}}\n");
                _offset = 0;
            }
            var n = Math.Min(count, _pending.Length - _offset);
            Array.Copy(_pending, _offset, buffer, offset, n);
            _offset += n;
            BytesServed += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

using System.Text;
using static Parley.Ingest.Tests.Reading;

namespace Parley.Ingest.Tests;

public sealed class StandardInputTests
{
    private static List<IngestResult> ReadStdin(string content) =>
        ReadAll(new IngestOptions { StandardInput = new MemoryStream(Encoding.UTF8.GetBytes(content)) }, "-");

    [Theory]
    [InlineData("date 2025-07-22 5\nTitle\nBody.", "Body.")]
    [InlineData("Just some words.", "Just some words.")]
    [InlineData("{\"text\": \"From a JSON line.\"}\n", "From a JSON line.")]
    [InlineData("<html><body><p>From a page.</p></body></html>", "From a page.")]
    [InlineData("<!DOCTYPE html>\n<p>From a page without an html tag.</p>", "From a page without an html tag.")]
    [InlineData("<?xml version=\"1.0\"?>\n<rss><channel><item><title>T</title><description>From a feed.</description></item></channel></rss>", "From a feed.")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>T</title><summary>From Atom.</summary></entry></feed>", "From Atom.")]
    [InlineData("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns=\"http://purl.org/rss/1.0/\"><item><title>T</title><description>From RSS 1.0.</description></item></rdf:RDF>", "From RSS 1.0.")]
    public void Standard_input_is_sniffed(string content, string body)
    {
        var results = ReadStdin(content);

        Assert.Empty(results.Problems());
        var article = Assert.Single(results.Articles());
        Assert.Equal(body, article.Body);
        Assert.StartsWith("<stdin>", article.Origin);
    }

    [Fact]
    public void Gzip_compressed_standard_input_is_decompressed()
    {
        using var compressed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(compressed, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes("{\"text\": \"One.\"}\n{\"text\": \"Two.\"}\n"));
        }
        compressed.Position = 0;

        var results = ReadAll(new IngestOptions { StandardInput = compressed }, "-");

        Assert.Empty(results.Problems());
        Assert.Equal(["One.", "Two."], results.Articles().Select(a => a.Body));
    }

    [Fact]
    public void Problems_on_standard_input_name_it()
    {
        var results = ReadStdin("{\"text\": \"Fine.\"}\n{\"text\": oops}\n");

        Assert.Equal("<stdin>:1", Assert.Single(results.Articles()).Origin);
        Assert.StartsWith("<stdin>:2: invalid JSON", Assert.Single(results.Problems()).ToString());
    }

    [Fact]
    public void Empty_standard_input_is_reported()
    {
        var problem = Assert.Single(ReadStdin("").Problems());

        Assert.Equal(IngestProblemKind.Empty, problem.Kind);
        Assert.Equal("<stdin>", problem.Path);
    }

    [Fact]
    public void Content_at_hand_is_read_with_the_name_given()
    {
        using var source = new ArticleSource();
        using var upload = new MemoryStream(Encoding.UTF8.GetBytes("<html><body><p>Uploaded page.</p></body></html>"));

        var article = Assert.Single(source.Read(upload, "upload #7").Articles());

        Assert.Equal("Uploaded page.", article.Body);
        Assert.Equal("upload #7", article.Origin);
        Assert.True(upload.CanRead);
    }
}

using System.Text;
using CsCheck;
using Parley.Ingest;
using Parley.Nlp.Conllu;

namespace Parley.Fuzz.Tests;

/// <summary>The readers take any bytes: they give articles or problems, never an exception, and every article's text is in the one normal form.</summary>
public class ReaderFuzzTests
{
    private static readonly ArticleSource Source = new();

    [Fact]
    public void Random_bytes_in_any_format_give_articles_or_problems_and_never_throw()
    {
        Gen.Select(FuzzInputs.Bytes, Gen.Enum<InputFormat>().Nullable()).Sample((bytes, format) => ReadChecked(bytes, format), iter: 12_000 * FuzzInputs.Scale, threads: 1);
    }

    [Fact]
    public void Hostile_unicode_text_is_read_into_normalised_articles()
    {
        FuzzInputs.Text.Sample(text => ReadChecked(Encoding.UTF8.GetBytes(text), InputFormat.Text), iter: 12_000 * FuzzInputs.Scale, threads: 1);
    }

    [Fact]
    public void Truncated_and_nested_json_lines_are_articles_or_problems()
    {
        FuzzInputs.JsonLines.Sample(text => ReadChecked(Encoding.UTF8.GetBytes(text), InputFormat.JsonLines), iter: 8_000 * FuzzInputs.Scale, threads: 1);
    }

    [Fact]
    public void Deep_and_unclosed_html_is_an_article_or_a_problem()
    {
        FuzzInputs.Html.Sample(text => ReadChecked(Encoding.UTF8.GetBytes(text), InputFormat.Html), iter: 300 * FuzzInputs.Scale, threads: 1);
    }

    [Fact]
    public void Feeds_cut_short_give_articles_or_problems()
    {
        FuzzInputs.Feed.Sample(text => ReadChecked(Encoding.UTF8.GetBytes(text), InputFormat.Feed), iter: 4_000 * FuzzInputs.Scale, threads: 1);
    }

    [Fact]
    public void Conllu_lines_of_any_shape_are_sentences_or_a_format_error_naming_the_line()
    {
        FuzzInputs.Conllu.Sample(text =>
        {
            try
            {
                foreach (var sentence in ConlluReader.Read(new StringReader(text), "fuzz.conllu"))
                {
                    Assert.NotEmpty(sentence.Words);
                }
            }
            catch (ConlluFormatException e)
            {
                Assert.Contains("fuzz.conllu", e.Message, StringComparison.Ordinal);
            }
        }, iter: 12_000 * FuzzInputs.Scale, threads: 1);
    }

    private static void ReadChecked(byte[] bytes, InputFormat? format)
    {
        using var stream = new MemoryStream(bytes);
        foreach (var result in Source.Read(stream, "fuzz", format))
        {
            if (result.Article is { } article)
            {
                Assert.False(string.IsNullOrEmpty(article.Id));
                Assert.Equal(article.Text, TextNormalizer.Normalize(article.Text));
                Assert.True(article.Text.IsNormalized(NormalizationForm.FormC));
            }
            else
            {
                Assert.NotNull(result.Problem);
            }
        }
    }
}

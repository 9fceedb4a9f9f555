using CsCheck;
using Parley.Coding;
using Parley.Ingest;

namespace Parley.Fuzz.Tests;

/// <summary>
/// The whole pipeline (tokens, tags, lemmas, parse, entities) and the event coder take any text: no exception, and every
/// record's offsets lie inside the article text and its spans are the text they claim.
/// </summary>
public class PipelineFuzzTests
{
    [Fact]
    public void Hostile_text_is_annotated_and_coded_into_valid_records()
    {
        FuzzInputs.Text.Select(TextNormalizer.Normalize).Sample(CodeChecked, iter: 600 * FuzzInputs.Scale, threads: 1);
    }

    [Fact]
    public void Read_articles_of_random_json_lines_are_coded_into_valid_records()
    {
        FuzzInputs.JsonLines.Sample(text =>
        {
            using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));
            foreach (var result in new ArticleSource().Read(stream, "fuzz", InputFormat.JsonLines))
            {
                if (result.Article is { } article)
                {
                    CodeChecked(article.Text);
                }
            }
        }, iter: 200 * FuzzInputs.Scale, threads: 1);
    }

    private static void CodeChecked(string text)
    {
        var article = new Article { Id = ArticleId.FromText(null, text), Body = text, Origin = "fuzz", Date = new DateOnly(2025, 7, 22) };
        var processed = FuzzEngine.Value.ProcessInDetail(article);
        Assert.True(processed.Outcome.Failure is null, processed.Error?.ToString());
        foreach (var record in processed.Outcome.Events)
        {
            CheckSpan(text, record.Source?.Text, record.Source?.Start, record.Source?.End);
            CheckSpan(text, record.Target?.Text, record.Target?.Start, record.Target?.End);
            CheckSpan(text, record.Attribution?.Text, record.Attribution?.Start, record.Attribution?.End);
            Assert.InRange(record.Trigger.Start, 0, record.Trigger.End);
            Assert.InRange(record.Trigger.End, record.Trigger.Start, text.Length);
            if (!record.Trigger.Text.Contains('…', StringComparison.Ordinal))
            {
                CheckSpan(text, record.Trigger.Text, record.Trigger.Start, record.Trigger.End);
            }
            Assert.Contains(record.Sentence, text, StringComparison.Ordinal);
            Assert.InRange(record.Confidence, 0.0, 1.0);
        }
    }

    private static void CheckSpan(string text, string? words, int? start, int? end)
    {
        if (words is null || start is null || end is null)
        {
            return;
        }
        Assert.InRange(start.Value, 0, end.Value);
        Assert.InRange(end.Value, start.Value, text.Length);
        Assert.Equal(words, text[start.Value..end.Value]);
    }
}

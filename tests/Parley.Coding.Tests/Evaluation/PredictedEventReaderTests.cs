using Parley.Coding.Evaluation;

namespace Parley.Coding.Tests.Evaluation;

public class PredictedEventReaderTests
{
    private static EvaluationFile<EventRecord> Read(params string[] lines) =>
        PredictedEventReader.Read(new StringReader(string.Join('\n', lines)), "pred.jsonl");

    [Fact]
    public void Records_written_by_EventRecordJson_read_back_equal_in_the_fields_scored()
    {
        var written = Build.Predicted("0841", "NGAUAF", "NGACVL", article: "6202743", date: "2021-03-02", location: "NGA", attribution: "police");
        var file = Read(EventRecordJson.Serialize(written));

        Assert.Empty(file.Problems);
        var read = Assert.Single(file.Items);
        Assert.Equal((written.ArticleId, written.SentenceIndex, written.Cameo, written.Modality), (read.ArticleId, read.SentenceIndex, read.Cameo, read.Modality));
        Assert.Equal(written.Source!.Code, read.Source!.Code);
        Assert.Equal(written.EventDate, read.EventDate);
        Assert.Equal(written.Location, read.Location);
        Assert.Equal("police", read.Attribution!.Text);
    }

    [Fact]
    public void Bad_lines_are_reported_with_their_line_numbers_and_skipped()
    {
        var good = EventRecordJson.Serialize(Build.Predicted("036", "RUSGOV", "USAGOV"));
        var otherSchema = EventRecordJson.Serialize(Build.Predicted("036", "RUSGOV", "USAGOV") with { Schema = "parley.event/2" });
        var noRoot = EventRecordJson.Serialize(Build.Predicted("036", "RUSGOV", "USAGOV") with { Cameo = "0" });
        var file = Read(good, """{"schema":"parley.event/1","article_id":"a"}""", "", "{\"event_id\":", otherSchema, "null", noRoot, good);

        Assert.Equal(2, file.Items.Count);
        Assert.Equal([2, 4, 5, 6, 7], file.Problems.Select(p => p.Line));
        Assert.Contains("missing required properties", file.Problems[0].Reason, StringComparison.Ordinal);
        Assert.Contains("parley.event/2", file.Problems[2].Reason, StringComparison.Ordinal);
        Assert.Contains("no root", file.Problems[4].Reason, StringComparison.Ordinal);
        Assert.All(file.Problems, p => Assert.StartsWith($"pred.jsonl:{p.Line}: ", p.ToString(), StringComparison.Ordinal));
    }
}

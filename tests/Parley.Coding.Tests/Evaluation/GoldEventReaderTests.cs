using Parley.Coding.Evaluation;

namespace Parley.Coding.Tests.Evaluation;

public class GoldEventReaderTests
{
    private const string Annotated =
        """{"article_id":"6202743","sentence_index":1,"source":"NGA","target":"NGA","cameo":"0841","modality":"asserted","event_date":"2021-03-02","date_basis":"text","location":"NGA","location_name":"Zamfara","source_text":"their captors","target_text":"270 schoolgirls","trigger":"freed","attribution":null,"symmetric":false,"note":"optional"}""";

    private static EvaluationFile<GoldEvent> Read(params string[] lines) =>
        GoldEventReader.Read(new StringReader(string.Join('\n', lines)), "gold.jsonl");

    [Fact]
    public void An_annotated_line_is_read_field_by_field()
    {
        var file = Read(Annotated);

        Assert.Empty(file.Problems);
        var gold = Assert.Single(file.Items);
        Assert.Equal("6202743", gold.ArticleId);
        Assert.Equal(1, gold.SentenceIndex);
        Assert.Equal(("NGA", "NGA"), (gold.Source, gold.Target));
        Assert.Equal("0841", gold.Cameo);
        Assert.Equal("08", gold.CameoRoot);
        Assert.Equal(Modality.Asserted, gold.Modality);
        Assert.Equal("2021-03-02", gold.EventDate);
        Assert.Equal("text", gold.DateBasis);
        Assert.Equal(("NGA", "Zamfara"), (gold.Location, gold.LocationName));
        Assert.Equal(("their captors", "270 schoolgirls", "freed"), (gold.SourceText, gold.TargetText, gold.Trigger));
        Assert.Null(gold.Attribution);
        Assert.False(gold.Symmetric);
        Assert.Equal("optional", gold.Note);
        Assert.Equal(1, gold.Line);
    }

    [Fact]
    public void Only_the_four_required_fields_are_needed_and_unknown_fields_are_ignored()
    {
        var file = Read("""{"article_id":"a","sentence_index":0,"cameo":"190","modality":"negated","annotator":"kb","confidence":0.9,"extra":{"x":[1,2]}}""");

        Assert.Empty(file.Problems);
        var gold = Assert.Single(file.Items);
        Assert.Null(gold.Source);
        Assert.Null(gold.Target);
        Assert.Null(gold.EventDate);
        Assert.False(gold.Symmetric);
        Assert.Equal(Modality.Negated, gold.Modality);
    }

    [Theory]
    [InlineData("""{"article_id":6202743,"sentence_index":1,"cameo":"040","modality":"future"}""", "6202743")]
    [InlineData("""{"article_id":" 6202743 ","sentence_index":1,"cameo":"040","modality":"future"}""", "6202743")]
    public void A_numeric_or_padded_article_id_names_the_same_article(string line, string id)
    {
        Assert.Equal(id, Assert.Single(Read(line).Items).ArticleId);
    }

    [Fact]
    public void Symmetric_dates_of_every_precision_and_attributions_are_read()
    {
        var file = Read(
            """{"article_id":"a","sentence_index":2,"source":"RUS","target":"USA","cameo":"040","modality":"hypothetical","event_date":"2025-09","symmetric":true,"attribution":"Peskov"}""",
            """{"article_id":"a","sentence_index":3,"source":"IGO","target":null,"cameo":"0231","modality":"asserted","event_date":"2018","attribution":{"text":"state media","code":"RUSGOVMED"}}""");

        Assert.Empty(file.Problems);
        Assert.True(file.Items[0].Symmetric);
        Assert.Equal("2025-09", file.Items[0].EventDate);
        Assert.Equal("Peskov", file.Items[0].Attribution);
        Assert.Equal("IGO", file.Items[1].Source);
        Assert.Equal("2018", file.Items[1].EventDate);
        Assert.Equal("state media", file.Items[1].Attribution);
    }

    [Theory]
    [InlineData("""{"article_id":"a","sentence_index":1,"cameo":"040" """, "invalid JSON")]
    [InlineData("""["a",1,"040","asserted"]""", "not a JSON object but an array")]
    [InlineData("""{"sentence_index":1,"cameo":"040","modality":"asserted"}""", "no 'article_id'")]
    [InlineData("""{"article_id":"","sentence_index":1,"cameo":"040","modality":"asserted"}""", "'article_id' is empty")]
    [InlineData("""{"article_id":"a","cameo":"040","modality":"asserted"}""", "no 'sentence_index'")]
    [InlineData("""{"article_id":"a","sentence_index":-1,"cameo":"040","modality":"asserted"}""", "'sentence_index' must be a whole number")]
    [InlineData("""{"article_id":"a","sentence_index":"1","cameo":"040","modality":"asserted"}""", "'sentence_index' must be a whole number")]
    [InlineData("""{"article_id":"a","sentence_index":1,"modality":"asserted"}""", "no 'cameo'")]
    [InlineData("""{"article_id":"a","sentence_index":1,"cameo":40,"modality":"asserted"}""", "'cameo' must be a CAMEO code in quotes")]
    [InlineData("""{"article_id":"a","sentence_index":1,"cameo":"04","modality":"asserted"}""", "'cameo' must be")]
    [InlineData("""{"article_id":"a","sentence_index":1,"cameo":"214","modality":"asserted"}""", "root from 01 to 20")]
    [InlineData("""{"article_id":"a","sentence_index":1,"cameo":"040"}""", "no 'modality'")]
    [InlineData("""{"article_id":"a","sentence_index":1,"cameo":"040","modality":"Asserted"}""", "'modality' must be asserted, future, hypothetical or negated")]
    [InlineData("""{"article_id":"a","sentence_index":1,"cameo":"040","modality":"asserted","source":"Nigeria"}""", "'source' must be a three-letter code")]
    [InlineData("""{"article_id":"a","sentence_index":1,"cameo":"040","modality":"asserted","target":"usa"}""", "'target' must be a three-letter code")]
    [InlineData("""{"article_id":"a","sentence_index":1,"cameo":"040","modality":"asserted","location":"NGAGOV"}""", "'location' must be a three-letter code")]
    [InlineData("""{"article_id":"a","sentence_index":1,"cameo":"040","modality":"asserted","event_date":"2021-02-30"}""", "'event_date' must be a date")]
    [InlineData("""{"article_id":"a","sentence_index":1,"cameo":"040","modality":"asserted","event_date":"March 2021"}""", "'event_date' must be a date")]
    [InlineData("""{"article_id":"a","sentence_index":1,"cameo":"040","modality":"asserted","symmetric":"yes"}""", "'symmetric' must be true or false")]
    [InlineData("""{"article_id":"a","sentence_index":1,"cameo":"040","modality":"asserted","attribution":""}""", "'attribution' is empty")]
    [InlineData("""{"article_id":"a","sentence_index":1,"cameo":"040","modality":"asserted","attribution":true}""", "'attribution' must be")]
    [InlineData("""{"article_id":"a","sentence_index":1,"cameo":"040","modality":"asserted","trigger":7}""", "'trigger' must be a string or null")]
    public void A_malformed_line_is_reported_with_its_line_number_and_the_lines_around_it_are_read(string bad, string reason)
    {
        var file = Read(Annotated, "", bad, Annotated);

        Assert.Equal(2, file.Items.Count);
        Assert.Equal([1, 4], file.Items.Select(g => g.Line));
        var problem = Assert.Single(file.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains(reason, problem.Reason, StringComparison.Ordinal);
        Assert.StartsWith("gold.jsonl:3: ", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_bad_line_is_reported_not_just_the_first()
    {
        var file = Read("{", Annotated, """{"article_id":"a"}""", "null", Annotated);

        Assert.Equal([1, 3, 4], file.Problems.Select(p => p.Line));
        Assert.Equal(2, file.Items.Count);
    }

    [Fact]
    public void A_file_is_read_from_its_path_and_a_missing_one_throws()
    {
        var path = Path.Combine(Path.GetTempPath(), $"parley-gold-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, "\uFEFF" + Annotated + "\n");
        try
        {
            var file = GoldEventReader.Read(path);
            Assert.Equal(path, file.Path);
            Assert.Single(file.Items);
        }
        finally
        {
            File.Delete(path);
        }
        Assert.Throws<FileNotFoundException>(() => GoldEventReader.Read(path));
    }
}

using System.Text;
using System.Text.Json;

namespace Parley.Coding.Tests;

public class EventCsvTests
{
    private static EventRecord Record(string sentence = "Russia signaled its openness to a meeting.") => new()
    {
        EventId = "e1",
        ArticleId = "a1",
        ArticleDate = "2025-07-22",
        SentenceIndex = 1,
        Sentence = sentence,
        Source = new EventActor("Russia", 0, 6, "RUSGOV", "RUS", ["GOV", "ELI"], "Vladimir Putin"),
        Target = null,
        Cameo = "036",
        CameoRoot = "03",
        CameoName = "Express intent to meet or negotiate",
        QuadClass = 1,
        Goldstein = 4.0,
        Plover = new PloverEvent("AGREE", null, ["diplomatic", "political"]),
        Trigger = new EventTrigger("signaled", 7, 15),
        Modality = Modality.Hypothetical,
        Attribution = new EventAttribution("Kremlin spokesman Dmitry Peskov", "RUSGOV", 100, 131),
        EventDate = new EventDate("2025-07-21", "day", "text", "on Monday"),
        Location = new EventLocation("Beijing", "Beijing", "CHN", 39.9075, 116.3972),
        Confidence = 0.82,
        Rule = "verbs.yaml#signal-openness-meeting",
    };

    private static string Write(params EventRecord[] records)
    {
        var writer = new StringWriter();
        EventCsv.WriteHeader(writer);
        foreach (var record in records)
        {
            EventCsv.WriteRecord(writer, record);
        }
        return writer.ToString();
    }

    [Fact]
    public void The_columns_are_the_fields_of_the_json_record_flattened_with_underscores()
    {
        using var json = JsonDocument.Parse(EventRecordJson.Serialize(Record() with { Target = Record().Source }));
        var flattened = new List<string>();
        Flatten(json.RootElement, "", flattened);

        Assert.Equal(flattened, EventCsv.Columns);
    }

    [Fact]
    public void The_header_row_names_every_column_and_ends_with_crlf()
    {
        var csv = Write();
        Assert.Equal(string.Join(',', EventCsv.Columns) + "\r\n", csv);
        Assert.StartsWith("schema,event_id,article_id,article_date,sentence_index,sentence,source_text,source_start,", csv);
    }

    [Fact]
    public void A_row_holds_the_values_in_column_order_with_nulls_empty_and_lists_joined_by_semicolons()
    {
        var rows = CsvRows(Write(Record()));
        Assert.Equal(2, rows.Count);
        var row = rows[1];
        Assert.Equal(EventCsv.Columns.Count, row.Count);
        string Get(string column) => row[IndexOf(column)];

        Assert.Equal("parley.event/1", Get("schema"));
        Assert.Equal("1", Get("sentence_index"));
        Assert.Equal("RUSGOV", Get("source_code"));
        Assert.Equal("GOV;ELI", Get("source_sectors"));
        Assert.Equal("", Get("target_text"));
        Assert.Equal("", Get("target_sectors"));
        Assert.Equal("4", Get("goldstein"));
        Assert.Equal("diplomatic;political", Get("plover_context"));
        Assert.Equal("", Get("plover_mode"));
        Assert.Equal("hypothetical", Get("modality"));
        Assert.Equal("2025-07-21", Get("event_date_value"));
        Assert.Equal("39.9075", Get("location_lat"));
        Assert.Equal("0.82", Get("confidence"));
        Assert.Equal("verbs.yaml#signal-openness-meeting", Get("rule"));
    }

    [Theory]
    [InlineData("Russia, China and Iran met.")]
    [InlineData("Peskov said \"no comment\" twice.")]
    [InlineData("First line.\nSecond line.")]
    [InlineData("Windows\r\nline break, \"quoted\", and all.")]
    [InlineData("“Curly quotes” need no quoting")]
    public void A_field_with_commas_quotes_or_line_breaks_reads_back_unchanged(string sentence)
    {
        var csv = Write(Record(sentence));
        var rows = CsvRows(csv);

        Assert.Equal(2, rows.Count);
        Assert.Equal(sentence, rows[1][IndexOf("sentence")]);
        Assert.Equal(EventCsv.Columns.Count, rows[1].Count);
    }

    [Fact]
    public void A_plain_field_is_not_quoted()
    {
        var csv = Write(Record("Russia protested."));
        Assert.Contains(",Russia protested.,", csv);
    }

    private static int IndexOf(string column) => EventCsv.Columns.ToList().IndexOf(column);

    private static void Flatten(JsonElement element, string prefix, List<string> names)
    {
        foreach (var property in element.EnumerateObject())
        {
            var name = prefix.Length == 0 ? property.Name : prefix + "_" + property.Name;
            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                Flatten(property.Value, name, names);
            }
            else
            {
                names.Add(name);
            }
        }
    }

    // A strict RFC 4180 reader, written here so the test does not trust the writer's idea of quoting.
    private static List<List<string>> CsvRows(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < csv.Length)
        {
            if (csv[i] == '"')
            {
                i++;
                while (true)
                {
                    Assert.True(i < csv.Length, "unterminated quoted field");
                    if (csv[i] == '"')
                    {
                        if (i + 1 < csv.Length && csv[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    field.Append(csv[i++]);
                }
            }
            while (i < csv.Length && csv[i] != ',' && csv[i] != '\r')
            {
                Assert.NotEqual('"', csv[i]);
                Assert.NotEqual('\n', csv[i]);
                field.Append(csv[i++]);
            }
            row.Add(field.ToString());
            field.Clear();
            if (i < csv.Length && csv[i] == ',')
            {
                i++;
                continue;
            }
            Assert.True(i + 1 < csv.Length && csv[i] == '\r' && csv[i + 1] == '\n', "a row must end with CRLF");
            i += 2;
            rows.Add(row);
            row = [];
        }
        return rows;
    }
}

using System.Text.Json;
using System.Text.RegularExpressions;
using Parley.Testing;

namespace Parley.Coding.Tests;

/// <summary>OUTPUT.md in the repository is the contract: its field lists must be what the writers write.</summary>
public partial class OutputContractTests
{
    private static readonly string Contract = File.ReadAllText(RepositoryPaths.InRepo("OUTPUT.md"));

    [Fact]
    public void Every_field_output_md_lists_is_a_field_the_json_writer_writes_and_no_other()
    {
        var documented = Section(Contract, "### Every field", "\n## ")
            .Split('\n')
            .Select(line => FieldCell().Match(line))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToList();
        using var json = JsonDocument.Parse(EventRecordJson.Serialize(FullRecord()));
        var written = new List<string>();
        Flatten(json.RootElement, "", written);

        Assert.Equal(written.Order(StringComparer.Ordinal), documented.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_csv_columns_output_md_lists_are_the_csv_writers_header_in_order()
    {
        var block = Section(Contract, "### CSV columns", "The SQLite database");
        var columns = block[(block.IndexOf("```", StringComparison.Ordinal) + 3)..block.LastIndexOf("```", StringComparison.Ordinal)].Trim();

        Assert.Equal(EventCsv.Columns, columns.Split(','));
    }

    [Fact]
    public void The_record_may_have_no_source_and_output_md_says_so()
    {
        var record = FullRecord() with { Source = null, Target = null };
        using var json = JsonDocument.Parse(EventRecordJson.Serialize(record));

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("source").ValueKind);
        Assert.Contains("| `source` | object or null |", Contract, StringComparison.Ordinal);
    }

    private static string Section(string text, string start, string end)
    {
        int from = text.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"OUTPUT.md has no '{start}'");
        int to = text.IndexOf(end, from + start.Length, StringComparison.Ordinal);
        return to < 0 ? text[from..] : text[from..to];
    }

    private static void Flatten(JsonElement element, string prefix, List<string> into)
    {
        foreach (var property in element.EnumerateObject())
        {
            string name = prefix + property.Name;
            into.Add(name);
            if (property.Value.ValueKind == JsonValueKind.Object)
            {
                Flatten(property.Value, name + ".", into);
            }
        }
    }

    /// <summary>A record with every optional part present, so that every field shows.</summary>
    private static EventRecord FullRecord()
    {
        var actor = new EventActor("Russia", 0, 6, "RUSGOV", "RUS", ["GOV"], "Russia");
        return new EventRecord
        {
            EventId = "id",
            ArticleId = "article",
            ArticleDate = "2025-07-22",
            SentenceIndex = 0,
            Sentence = "Russia met Trump.",
            Source = actor,
            Target = actor with { Text = "Trump", Start = 11, End = 16, Code = "USAGOV", Country = "USA" },
            Cameo = "036",
            CameoRoot = "03",
            CameoName = "Express intent to meet or negotiate",
            QuadClass = 1,
            Goldstein = 4.0,
            Plover = new PloverEvent("AGREE", null, ["diplomatic"]),
            Trigger = new EventTrigger("met", 7, 10),
            Modality = Modality.Asserted,
            Attribution = new EventAttribution("Peskov", "RUSGOV", 0, 6),
            EventDate = new EventDate("2025-07-21", "day", "text", "on Monday"),
            Location = new EventLocation("Beijing", "Beijing", "CHN", 39.9, 116.4),
            Confidence = 0.8,
            Rule = "verbs.yaml#meet",
        };
    }

    [GeneratedRegex(@"^\| `([a-z_.]+)` \|")]
    private static partial Regex FieldCell();
}

using Parley.Knowledge.Loading;
using Parley.Knowledge.Petrarch;

namespace Parley.Knowledge.Tests.Petrarch;

public class WrittenLexiconLayoutTests
{
    private static string Shipped => Path.Combine(ShippedDictionaries.Folder, KnowledgeBase.VerbLexiconFileName);

    private static string Rewritten(PetrarchVerbDictionary dictionary)
    {
        var text = new StringWriter();
        VerbLexiconFile.Write(dictionary, "cameo-verbs", "CAMEO.2.0.txt", "abc", text);
        return text.ToString();
    }

    [Fact]
    public void The_shipped_lexicon_reads_line_by_line_into_what_the_YAML_reader_makes_of_it()
    {
        var log = new ProblemLog();
        var yaml = VerbLexiconFile.ReadYaml(Shipped, "cameo-verbs", log);
        var written = VerbLexiconFile.ReadWritten(Shipped, "cameo-verbs");
        Assert.False(log.HasProblems);
        Assert.NotNull(yaml);
        Assert.NotNull(written);
        Assert.Equal(Rewritten(yaml), Rewritten(written));
        Assert.Equal(yaml.Synsets.Keys.Order(StringComparer.Ordinal), written.Synsets.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("phrases: [\"a\", \"b\"]}", "phrases: [\"a\",\"b\"]}")]
    [InlineData("name: \"&food\"", "name: '&food'")]
    [InlineData("    code: \"---\"", "    code: '---'")]
    [InlineData("      - {id: \"test-verbs#L3\", verb: \"accelerate\"}", "      - {verb: \"accelerate\", id: \"test-verbs#L3\"}")]
    [InlineData("      - {id: \"test-verbs#L3\", verb: \"accelerate\"}", "      - {id: \"test-verbs#L3\", verb: \"accelerate\"}  # edited")]
    [InlineData("pattern: \"* aid\"", "pattern: \"* \\x61id\"")]
    public void A_file_out_of_the_written_layout_is_left_to_the_YAML_reader_which_reads_it_the_same(string written, string edited)
    {
        using var file = new PetrarchFile(Compiled.Replace(written, edited, StringComparison.Ordinal), "test-verbs.yaml");
        Assert.NotEqual(Compiled, File.ReadAllText(file.Path_));
        Assert.Null(VerbLexiconFile.ReadWritten(file.Path_, "test-verbs"));
        var lexicon = VerbLexiconFile.Load(file.Path_);
        Assert.Equal(["accelerate"], lexicon.Candidates("accelerated", "accelerate").ToArray().Select(v => v.Lemma));
        Assert.Equal(2, lexicon.PatternCount);
    }

    [Fact]
    public void A_written_file_whose_text_does_not_read_is_reported_with_its_line()
    {
        using var file = new PetrarchFile(Compiled.Replace("\"* aid\"", "\"aid\"", StringComparison.Ordinal), "test-verbs.yaml");
        Assert.Null(VerbLexiconFile.ReadWritten(file.Path_, "test-verbs"));
        var e = Assert.Throws<DictionaryException>(() => VerbLexiconFile.Load(file.Path_));
        Assert.Contains(e.Problems, p => p.Line == 13 && p.Message.Contains("no '*'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_in_the_written_layout_loads_without_the_YAML_reader()
    {
        using var file = new PetrarchFile(Compiled, "test-verbs.yaml");
        var dictionary = VerbLexiconFile.ReadWritten(file.Path_, "test-verbs");
        Assert.NotNull(dictionary);
        Assert.Equal(["&FOOD"], dictionary.Synsets.Keys);
        Assert.Equal("---", Assert.Single(dictionary.Blocks).Code);
        Assert.Equal([4, 5], dictionary.Blocks[0].Patterns.Select(p => p.Line));
        Assert.Equal("015", Assert.Single(dictionary.Transformations).Code);
    }

    /// <summary>A small compiled file as 'parley dictionaries import' writes it.</summary>
    private const string Compiled = """
        # compiled
        source: "test.txt"
        source_sha256: "abc"
        synsets:
          - {id: "test-verbs#L1", name: "&food", phrases: ["a", "b"]}
        blocks:
          - id: "test-verbs#L2"
            name: "accelerate"
            code: "---"
            verbs:
              - {id: "test-verbs#L3", verb: "accelerate"}
            patterns:
              - {id: "test-verbs#L4", code: "070", pattern: "* aid"}
              - {id: "test-verbs#L5", code: "073", pattern: "* &food"}
        transformations:
          - {id: "test-verbs#L6", rule: "a (a b ATTACK) SAY = a b 015"}

        """;
}

using Parley.Nlp.Conllu;
using Parley.Testing;

namespace Parley.Cli.Tests;

public class AnnotateCommandTests
{
    private static readonly string Seed = RepositoryPaths.InRepo("examples", "seed-2025-07-22.txt");

    [Fact]
    public void The_seed_story_comes_out_as_its_title_and_sixteen_body_sentences()
    {
        using var temp = new TempFolder();
        var output = temp.File("seed.conllu");
        var run = CliRun.Of("annotate", Seed, "--out", output);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var sentences = ConlluReader.ReadFile(output).ToList();
        Assert.Equal(17, sentences.Count);
        Assert.Equal("Kremlin Signals Meeting Between Trump, Putin in Beijing", sentences[0].Text);
        Assert.StartsWith("(MENAFN) Russia signaled on Monday", sentences[1].Text);
        Assert.Contains("U.S. President Donald Trump", sentences[1].Text);
        Assert.StartsWith("“If it so happens that [Trump] is there", sentences[7].Text);
        Assert.EndsWith("travel plans to China.", sentences[7].Text);
        Assert.Equal("The last face-to-face meeting between Putin and Trump took place during the 2018 U.S.-Russia summit in Helsinki, Finland.", sentences[16].Text);
    }

    [Fact]
    public void Token_ranges_point_into_the_article_text()
    {
        using var temp = new TempFolder();
        var output = temp.File("seed.conllu");
        Assert.Equal(ExitCodes.Success, CliRun.Of("annotate", Seed, "--out", output).ExitCode);

        var lines = File.ReadAllLines(Seed);
        var articleText = lines[1] + "\n\n" + string.Join("\n", lines.Skip(2));
        foreach (var word in ConlluReader.ReadFile(output).SelectMany(s => s.Words))
        {
            var range = word.Misc.Split('|').Single(f => f.StartsWith("TokenRange=", StringComparison.Ordinal))["TokenRange=".Length..].Split(':');
            int start = int.Parse(range[0], System.Globalization.CultureInfo.InvariantCulture);
            int end = int.Parse(range[1], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(word.Form, articleText[start..end]);
        }
    }

    [Fact]
    public void Json_output_has_one_line_per_article()
    {
        using var temp = new TempFolder();
        var output = temp.File("out.jsonl");
        var run = CliRun.Of("annotate", RepositoryPaths.InRepo("examples", "stories.jsonl"), "--format", "json", "--out", output);

        Assert.Equal(ExitCodes.Success, run.ExitCode);
        var documents = File.ReadAllLines(output).Select(l => System.Text.Json.JsonDocument.Parse(l)).ToList();
        Assert.Equal(3, documents.Count);
        Assert.All(documents, d => Assert.True(d.RootElement.GetProperty("sentences").GetArrayLength() > 0));
    }

    [Fact]
    public void Bad_inputs_are_named_and_the_rest_of_the_batch_goes_on_with_exit_code_1()
    {
        using var temp = new TempFolder();
        var empty = temp.File("empty.txt", "  \n");
        var binary = temp.File("binary.txt");
        File.WriteAllBytes(binary, [0x00, 0x01, 0x02, 0xFF, 0x00, 0x10, 0x00, 0x00]);
        var brokenJson = temp.File("broken.jsonl", "{\"id\":\"a\",\"text\":\"Russia protested.\"}\n{\"id\":\"b\",\"text\":\n");
        var output = temp.File("out.conllu");

        var run = CliRun.Of("annotate", empty, binary, brokenJson, Seed, "--out", output);

        Assert.Equal(ExitCodes.SomeSkipped, run.ExitCode);
        Assert.Contains(empty, run.Error);
        Assert.Contains(binary, run.Error);
        Assert.Contains(brokenJson + ":2:", run.Error);
        var documents = File.ReadAllLines(output).Count(l => l.StartsWith("# newdoc", StringComparison.Ordinal));
        Assert.Equal(2, documents);
    }

    [Fact]
    public void A_missing_input_is_named_with_exit_code_1()
    {
        using var temp = new TempFolder();
        var missing = Path.Combine(temp.Path, "no-such-story.txt");
        var run = CliRun.Of("annotate", missing, "--out", temp.File("out.conllu"));
        Assert.Equal(ExitCodes.SomeSkipped, run.ExitCode);
        Assert.Contains(missing, run.Error);
    }

    [Theory]
    [InlineData("annotate")]
    [InlineData("annotate", "x.txt", "--format", "xml")]
    [InlineData("annotate", "x.txt", "--date", "22 July 2025")]
    [InlineData("no-such-command")]
    public void A_wrong_command_line_gives_exit_code_2(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("parley:", run.Error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("annotate", "--help")]
    [InlineData("eval", "tokenize", "--help")]
    [InlineData("--version")]
    public void Help_and_version_succeed(params string[] args)
    {
        var run = CliRun.Of(args);
        Assert.Equal(ExitCodes.Success, run.ExitCode);
        Assert.NotEmpty(run.Output);
    }
}

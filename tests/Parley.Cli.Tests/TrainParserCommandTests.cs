using System.Text.Json;
using Parley.Testing;

namespace Parley.Cli.Tests;

/// <summary><c>parley train parser</c> with jackknifed tags, on a treebank small enough to train on inside a test.</summary>
public class TrainParserCommandTests
{
    private const string Treebank = """
        1	The	the	DET	DT	_	2	det	_	_
        2	dog	dog	NOUN	NN	_	3	nsubj	_	_
        3	barks	bark	VERB	VBZ	_	0	root	_	_
        4	.	.	PUNCT	.	_	3	punct	_	_

        1	A	a	DET	DT	_	2	det	_	_
        2	cat	cat	NOUN	NN	_	3	nsubj	_	_
        3	sleeps	sleep	VERB	VBZ	_	0	root	_	_
        4	.	.	PUNCT	.	_	3	punct	_	_

        1	We	we	PRON	PRP	_	2	nsubj	_	_
        2	run	run	VERB	VBP	_	0	root	_	_
        3	a	a	DET	DT	_	4	det	_	_
        4	shop	shop	NOUN	NN	_	2	obj	_	_
        5	.	.	PUNCT	.	_	2	punct	_	_

        1	They	they	PRON	PRP	_	2	nsubj	_	_
        2	have	have	AUX	VBP	_	3	aux	_	_
        3	slept	sleep	VERB	VBN	_	0	root	_	_
        4	.	.	PUNCT	.	_	3	punct	_	_

        """;

    private static readonly string ShippedTagger = RepositoryPaths.InRepo("models", "tagger");

    [Theory]
    [InlineData("--jackknife-folds", "5")]
    [InlineData("--train-on-predicted-tags")]
    public void Predicted_or_jackknifed_tags_need_a_tagger(params string[] extra)
    {
        using var folder = new TempFolder();
        string bank = folder.File("bank.conllu", Treebank);
        var run = CliRun.Of(["train", "parser", "--train", bank, "--dev", bank, "--out", folder.File("model"), .. extra]);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("need --tagger", run.Error);
    }

    [Theory]
    [InlineData("--jackknife-folds", "1")]
    [InlineData("--jackknife-folds", "3", "--train-on-predicted-tags")]
    [InlineData("--add-gold-tagged-copy")]
    [InlineData("--jackknife-scratch-file", "tags.txt")]
    public void Jackknife_options_that_cannot_go_together_are_refused(params string[] extra)
    {
        using var folder = new TempFolder();
        string bank = folder.File("bank.conllu", Treebank);
        var run = CliRun.Of(["train", "parser", "--train", bank, "--dev", bank, "--out", folder.File("model"), "--tagger", ShippedTagger, .. extra]);

        Assert.Equal(ExitCodes.UsageError, run.ExitCode);
        Assert.Contains("--jackknife-folds", run.Error);
    }

    [Fact]
    public void Jackknifed_tags_are_kept_in_the_scratch_file_reused_by_the_next_run_and_recorded_in_the_manifest()
    {
        using var folder = new TempFolder();
        string bank = folder.File("bank.conllu", Treebank);
        string scratch = folder.File("jk.tags");
        string[] args = ["train", "parser", "--train", bank, "--dev", bank, "--tagger", ShippedTagger, "--jackknife-folds", "2",
            "--add-gold-tagged-copy", "--jackknife-scratch-file", scratch, "--epochs", "1", "--models", "1"];

        var first = CliRun.Of([.. args, "--out", folder.File("first")]);
        Assert.True(first.ExitCode == ExitCodes.Success, first.Error + first.Output);
        Assert.Contains("jackknife fold 2/2", first.Output);
        // Four sentences, twice: once with jackknifed tags, once with gold ones.
        Assert.Contains("Training the parser on 8 sentences", first.Output);
        Assert.True(File.Exists(scratch));

        var second = CliRun.Of([.. args, "--out", folder.File("second")]);
        Assert.True(second.ExitCode == ExitCodes.Success, second.Error + second.Output);
        Assert.Contains($"Jackknifed tags read from {scratch}", second.Output);
        Assert.DoesNotContain("jackknife fold", second.Output);

        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.File("second"), "manifest.json")));
        var parameters = manifest.RootElement.GetProperty("parameters");
        Assert.StartsWith("UPOS and XPOS jackknifed in 2 folds", parameters.GetProperty("tags").GetString());
        Assert.EndsWith("plus a second copy of every tree with its gold tags", parameters.GetProperty("tags").GetString());
        Assert.StartsWith("UPOS and XPOS predicted by the tagger", parameters.GetProperty("dev_tags").GetString());
    }
}

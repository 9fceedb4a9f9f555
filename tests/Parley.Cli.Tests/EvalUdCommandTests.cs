using Parley.Testing;

namespace Parley.Cli.Tests;

public class EvalUdCommandTests
{
    // Two sentences the team wrote, one "news" (sent_id n…) and one not; the gold root of the first is a simple past.
    private const string Gold = """
        # sent_id = n001
        # text = Police detained twelve journalists.
        1	Police	police	NOUN	NNS	_	2	nsubj	_	_
        2	detained	detain	VERB	VBD	_	0	root	_	_
        3	twelve	twelve	NUM	CD	_	4	nummod	_	_
        4	journalists	journalist	NOUN	NNS	_	2	obj	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	2	punct	_	_

        # sent_id = w001
        # text = Talks were held.
        1	Talks	talk	NOUN	NNS	_	3	nsubj:pass	_	_
        2	were	be	AUX	VBD	_	3	aux:pass	_	_
        3	held	hold	VERB	VBN	_	0	root	_	SpaceAfter=No
        4	.	.	PUNCT	.	_	3	punct	_	_


        """;

    [Fact]
    public void The_past_tense_rows_count_the_chosen_sentences_only()
    {
        using var temp = new TempFolder();
        var gold = temp.File("gold.conllu", Gold);

        var run = CliRun.Of("eval", "ud", "--gold", gold, "--models", RepositoryPaths.InRepo("models"), "--sent-id-prefix", "n");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1 sentences, 5 words", run.Output);
        Assert.Matches(@"VBD as VBN +\d+\.\d\d % \(\d of 1\)", run.Output);
        Assert.Matches(@"VBD root lost +\d+\.\d\d % \(\d of 1\)", run.Output);
    }

    [Fact]
    public void A_prefix_no_sentence_has_is_an_error_naming_the_file()
    {
        using var temp = new TempFolder();
        var gold = temp.File("gold.conllu", Gold);

        var run = CliRun.Of("eval", "ud", "--gold", gold, "--models", RepositoryPaths.InRepo("models"), "--sent-id-prefix", "x");

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.Contains("gold.conllu: no sentence has a sent_id starting with 'x'", run.Error);
    }
}

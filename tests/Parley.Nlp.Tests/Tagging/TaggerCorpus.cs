using Parley.Nlp.Conllu;

namespace Parley.Nlp.Tests.Tagging;

/// <summary>A hand-made tagged corpus, small enough to train on inside a test.</summary>
internal static class TaggerCorpus
{
    private const string Text = """
        1	The	the	DET	DT	_	2	det	_	_
        2	dog	dog	NOUN	NN	_	3	nsubj	_	_
        3	barks	bark	VERB	VBZ	_	0	root	_	_
        4	.	.	PUNCT	.	_	3	punct	_	_

        1	A	a	DET	DT	_	2	det	_	_
        2	cat	cat	NOUN	NN	_	3	nsubj	_	_
        3	sleeps	sleep	VERB	VBZ	_	0	root	_	_
        4	.	.	PUNCT	.	_	3	punct	_	_

        1	The	the	DET	DT	_	2	det	_	_
        2	dogs	dog	NOUN	NNS	_	3	nsubj	_	_
        3	run	run	VERB	VBP	_	0	root	_	_
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

    public static List<ConlluSentence> Sentences() => [.. ConlluReader.Read(new StringReader(Text), "corpus")];
}

namespace Parley.Nlp.Tests.Parsing;

/// <summary>
/// Sentences whose subject opens with an adjective or a title (subject-words.tsv), and wire sentences that open with a
/// dateline (dateline-words.tsv), both written by the team, run through the shipped tokenizer, sentence splitter,
/// tagger and parser: what the subject holds must be in it, and what the dateline holds must not.
/// </summary>
[Trait("Category", "Model")]
public class SubjectWordsTests
{
    public static TheoryData<string, string, string> SubjectWords() => ShippedPipeline.Shapes("subject-words.tsv");

    public static TheoryData<string, string, string> DatelineWords() => ShippedPipeline.Shapes("dateline-words.tsv");

    [Theory]
    [MemberData(nameof(SubjectWords))]
    public void The_opening_words_of_the_subject_are_in_it(string verb, string word, string sentence)
    {
        var doc = ShippedPipeline.Process(sentence);

        Assert.True(InSubject(doc, verb, word), $"'{word}' is not in the subject of '{verb}': {ShippedPipeline.Describe(doc)}");
    }

    [Theory]
    [MemberData(nameof(DatelineWords))]
    public void A_dateline_is_not_the_subject(string verb, string word, string sentence)
    {
        var doc = ShippedPipeline.Process(sentence);

        int v = Enumerable.Range(0, doc.Count).First(i => doc[i].Text == verb);
        Assert.Contains(Enumerable.Range(0, doc.Count), i => doc.Heads[i] == v && doc[i].Dep is "nsubj" or "nsubj:pass");
        Assert.False(InSubject(doc, verb, word), $"'{word}' is in the subject of '{verb}': {ShippedPipeline.Describe(doc)}");
    }

    /// <summary>True when <paramref name="word"/> hangs, through any number of heads, from a subject of <paramref name="verb"/>.</summary>
    private static bool InSubject(Parley.Text.Document doc, string verb, string word)
    {
        int v = Enumerable.Range(0, doc.Count).First(i => doc[i].Text == verb);
        int w = Enumerable.Range(0, doc.Count).First(i => doc[i].Text == word);
        for (int steps = 0; steps < doc.Count && w >= 0; steps++)
        {
            if (doc.Heads[w] == v)
            {
                return doc[w].Dep is "nsubj" or "nsubj:pass";
            }
            w = doc.Heads[w];
        }
        return false;
    }
}

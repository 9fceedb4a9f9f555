using Parley.Text;

namespace Parley.Text.Tests;

public class DependencyTreeTests
{
    // Builds a parsed document from "word/UPOS/head/dep" tokens (CoNLL-U heads: 1-based within the document, 0 for a root),
    // separated by spaces; "|" before a token starts a new sentence there.
    private static Document Parsed(string tokens, bool parsed = true)
    {
        var fields = tokens.Split(' ').Select(t => t.Split('/')).ToArray();
        var doc = new Document(string.Join(' ', fields.Select(f => f[0].TrimStart('|'))));
        int offset = 0;
        for (int i = 0; i < fields.Length; i++)
        {
            string word = fields[i][0].TrimStart('|');
            doc.AddToken(offset, offset + word.Length);
            offset += word.Length + 1;
            if (i == 0 || fields[i][0].StartsWith('|'))
            {
                doc.StartSentence(i);
            }
            doc.Upos[i] = doc.Strings.Add(fields[i][1]);
            if (parsed)
            {
                doc.Heads[i] = int.Parse(fields[i][2], System.Globalization.CultureInfo.InvariantCulture) - 1;
                doc.Deps[i] = doc.Strings.Add(fields[i][3]);
            }
        }
        doc.Mark(Annotations.Tokens | Annotations.Sentences | Annotations.Tags);
        if (parsed)
        {
            doc.Mark(Annotations.Dependencies);
        }
        return doc;
    }

    // "Russia and China held talks in Beijing on Monday. They agreed."
    private const string TwoSentences =
        "Russia/PROPN/4/nsubj and/CCONJ/3/cc China/PROPN/1/conj held/VERB/0/root talks/NOUN/4/obj in/ADP/7/case "
        + "Beijing/PROPN/4/obl on/ADP/9/case Monday/PROPN/4/obl:tmod ./PUNCT/4/punct "
        + "|They/PRON/12/nsubj agreed/VERB/0/root ./PUNCT/12/punct";

    [Theory]
    [InlineData(0, 0, 10, 0)]
    [InlineData(9, 0, 10, 0)]
    [InlineData(10, 10, 13, 1)]
    [InlineData(12, 10, 13, 1)]
    public void Sentence_lookup_is_right_at_the_first_and_last_token_of_each_sentence(int token, int start, int end, int index)
    {
        var tree = new DependencyTree(Parsed(TwoSentences));
        Assert.Equal((start, end), tree.SentenceBounds(token));
        Assert.Equal(index, tree.SentenceOf(token));
    }

    [Fact]
    public void Tokens_before_the_first_sentence_start_are_a_sentence_of_their_own_but_count_as_sentence_zero()
    {
        var doc = new Document("a b c d");
        for (int i = 0; i < 4; i++)
        {
            doc.AddToken(2 * i, 2 * i + 1);
        }
        doc.StartSentence(2);
        var tree = new DependencyTree(doc);
        Assert.Equal((0, 2), tree.SentenceBounds(1));
        Assert.Equal((2, 4), tree.SentenceBounds(2));
        Assert.Equal(0, tree.SentenceOf(1));
        Assert.Equal(0, tree.SentenceOf(3));
    }

    [Fact]
    public void A_document_without_sentence_starts_is_one_sentence()
    {
        var doc = new Document("a b c");
        for (int i = 0; i < 3; i++)
        {
            doc.AddToken(2 * i, 2 * i + 1);
        }
        var tree = new DependencyTree(doc);
        Assert.Equal((0, 3), tree.SentenceBounds(0));
        Assert.Equal((0, 3), tree.SentenceBounds(2));
        Assert.Equal(0, tree.SentenceOf(2));
    }

    [Fact]
    public void Children_come_in_text_order_on_both_sides_of_their_head()
    {
        var tree = new DependencyTree(Parsed(TwoSentences));
        Assert.Equal([0, 4, 6, 8, 9], ChildrenOf(tree, 3));
        Assert.Empty(ChildrenOf(tree, 4));
        Assert.Equal([10, 12], ChildrenOf(tree, 11));
    }

    [Fact]
    public void A_relation_matches_its_subtypes_but_not_a_longer_name()
    {
        var tree = new DependencyTree(Parsed(TwoSentences));
        Assert.True(tree.Is(8, "obl"));
        Assert.True(tree.Is(8, "obl:tmod"));
        Assert.False(tree.Is(4, "ob"));
        Assert.Equal("obl", tree.BaseDep(8).ToString());
        Assert.Equal(6, tree.Child(3, "obl"));
        Assert.Equal(8, tree.Child(3, "obl:tmod"));
        Assert.Equal(-1, tree.Child(3, "iobj"));
        Assert.Equal("in", tree.CaseOf(6));
        Assert.Null(tree.CaseOf(4));
    }

    [Fact]
    public void A_multiword_preposition_is_read_whole()
    {
        // "according to officials"
        var tree = new DependencyTree(Parsed("According/VERB/3/case to/ADP/1/fixed officials/NOUN/0/root"));
        Assert.Equal("according to", tree.CaseOf(2));
    }

    [Fact]
    public void A_preposition_hung_on_the_first_word_of_a_name_introduces_the_name()
    {
        // "drew criticism from Amnesty International", with "from" attached to "Amnesty"
        var tree = new DependencyTree(Parsed("drew/VERB/0/root criticism/NOUN/1/obj from/ADP/4/case Amnesty/PROPN/5/compound International/PROPN/1/obl"));
        Assert.Equal("from", tree.CaseOf(4));
        Assert.Equal("from", tree.CaseOf(3));
        Assert.Null(tree.CaseOf(1));
    }

    [Fact]
    public void Extent_clause_and_span_head_follow_the_arcs()
    {
        var tree = new DependencyTree(Parsed(TwoSentences));
        Assert.Equal((0, 3), tree.Extent(0));
        Assert.Equal((0, 10), tree.Extent(3));
        Assert.Equal(6, tree.HeadOf(5, 7));
        Assert.Equal(3, tree.ClauseOf(9));
        Assert.Equal(11, tree.ClauseOf(10));
        Assert.True(tree.IsClauseHead(3));
        // A coordinated noun is not a clause of its own.
        Assert.False(tree.IsClauseHead(2));
    }

    [Fact]
    public void A_coordinated_verb_heads_a_clause_of_its_own()
    {
        var tree = new DependencyTree(Parsed("They/PRON/2/nsubj met/VERB/0/root and/CCONJ/4/cc signed/VERB/2/conj"));
        Assert.True(tree.IsClauseHead(3));
        Assert.Equal(3, tree.ClauseOf(2));
    }

    [Fact]
    public void A_cycle_in_a_malformed_tree_stops_at_the_maximum_depth()
    {
        // Each token's head is the other: a walk up or down never reaches a root.
        var tree = new DependencyTree(Parsed("a/NOUN/2/obj b/NOUN/1/nmod"));
        Assert.Equal((0, 2), tree.Extent(0));
        // No clause head on the way: after MaxDepth (an even number of) steps up, the walk stands on token 0 again.
        Assert.Equal(0, tree.ClauseOf(0));
        Assert.Equal([1], ChildrenOf(tree, 0));
    }

    [Fact]
    public void An_unparsed_document_reads_as_roots_without_dependents()
    {
        var tree = new DependencyTree(Parsed(TwoSentences, parsed: false));
        Assert.False(tree.IsParsed);
        for (int i = 0; i < tree.Count; i++)
        {
            Assert.Equal(-1, tree.Head(i));
            Assert.Equal("", tree.Dep(i));
            Assert.Empty(ChildrenOf(tree, i));
            Assert.True(tree.IsClauseHead(i));
            Assert.Equal(i, tree.ClauseOf(i));
        }
        Assert.Equal(6, tree.HeadOf(5, 7));
        Assert.Equal((4, 5), tree.Extent(4));
        Assert.Equal("PROPN", tree.Upos(0));
        Assert.Equal("Beijing", tree.Word(6));
        Assert.Equal("Beijing", tree.WordSpan(6).ToString());
    }

    [Fact]
    public void An_empty_document_gives_an_empty_tree()
    {
        var tree = new DependencyTree(new Document(""));
        Assert.Equal(0, tree.Count);
        Assert.False(tree.IsParsed);
    }

    private static List<int> ChildrenOf(DependencyTree tree, int i)
    {
        var children = new List<int>();
        foreach (int c in tree.Children(i))
        {
            children.Add(c);
        }
        return children;
    }
}

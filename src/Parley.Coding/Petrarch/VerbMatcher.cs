using Parley.Knowledge.Petrarch;
using Parley.Text;

namespace Parley.Coding.Petrarch;

/// <summary>
/// Matches PETRARCH verb patterns (<see cref="VerbLexicon"/>) on Parley's dependency parse. For a predicate token it
/// finds the lexicon verb (by surface form, else by lemma; a multi-word verb when its other words stand beside it)
/// and the most specific pattern whose elements are all found:
/// <list type="bullet">
/// <item>elements after <c>*</c> among the tokens after the verb in its own subtree (objects, obliques, complements,
/// adverbs; not a conjoined predicate's words), in order;</item>
/// <item>elements before <c>*</c> among the tokens of the sentence before the verb (the subject side, auxiliaries,
/// governing verbs), in order;</item>
/// <item>a word matches a token's form or lemma (case ignored); a synset any of its phrases, a phrase of several
/// words on consecutive tokens; <c>{A B}</c> its head with the modifiers before it inside the head's phrase;
/// <c>(P N)</c> a noun N with P as its case or mark word (any P token when N is absent); <c>_</c> asks for no gap.</item>
/// </list>
/// Without a matching pattern the verb's own code applies (<see cref="PetrarchCode.None"/>: no event).
/// Thread-safe; <see cref="Prepare"/> makes the per-document state, which one thread uses at a time.
/// </summary>
internal sealed class VerbMatcher
{
    private readonly VerbLexicon _lexicon;

    public VerbMatcher(VerbLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    public VerbLexicon Lexicon => _lexicon;

    /// <summary>The word ids of a document's tokens and scratch space for matching in it.</summary>
    public sealed class DocumentWords
    {
        internal DocumentWords(DependencyTree tree, int[] surface, int[] lemma, int wordCount)
        {
            Tree = tree;
            Surface = surface;
            Lemma = lemma;
            InZone = new bool[tree.Count];
            Present = new bool[wordCount];
        }

        /// <summary>Which lexicon words the sentence of the verb being matched has (by id), to skip patterns quickly.</summary>
        internal bool[] Present { get; }

        public DependencyTree Tree { get; }

        /// <summary>Each token's form's word id (-1 when the lexicon does not know it).</summary>
        public int[] Surface { get; }

        /// <summary>Each token's lemma's word id (-1 when the lexicon does not know it).</summary>
        public int[] Lemma { get; }

        internal bool[] InZone { get; }

        // Scratch for one match: the heads and prepositions each element matched (a pattern has at most 8 a side).
        internal int[] BeforeHeads { get; } = new int[8];

        internal int[] AfterHeads { get; } = new int[8];

        internal int[] AfterPrepositions { get; } = new int[8];

        internal bool Is(int token, int word) => word >= 0 && (Surface[token] == word || Lemma[token] == word);
    }

    /// <summary>Looks up every token's form and lemma once; call once per document.</summary>
    public DocumentWords Prepare(DependencyTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var doc = tree.Doc;
        int n = tree.Count;
        var surface = new int[n];
        var lemma = new int[n];
        for (int i = 0; i < n; i++)
        {
            surface[i] = _lexicon.WordId(doc.Text.AsSpan(doc.Starts[i], doc.Ends[i] - doc.Starts[i]));
            lemma[i] = _lexicon.WordId(tree.Lemma(i));
        }
        return new DocumentWords(tree, surface, lemma, _lexicon.WordCount);
    }

    /// <summary>
    /// The best lexicon entry for predicate <paramref name="token"/>: a multi-word verb whose words are there before
    /// a one-word verb, then the verb whose most specific matching pattern asks for the most words. Null when the
    /// token is no lexicon verb. A match whose <see cref="VerbMatch.Code"/> is none says "no event".
    /// </summary>
    public VerbMatch? Match(DocumentWords words, int token)
    {
        ArgumentNullException.ThrowIfNull(words);
        var tree = words.Tree;
        var doc = tree.Doc;
        var candidates = _lexicon.Candidates(doc.Text.AsSpan(doc.Starts[token], doc.Ends[token] - doc.Starts[token]), tree.Lemma(token));
        if (candidates.IsEmpty)
        {
            return null;
        }
        VerbMatch? best = null;
        int bestRank = int.MinValue;
        Span<int> verbTokens = stackalloc int[8];
        foreach (var verb in candidates)
        {
            if (verb.Words.Length > verbTokens.Length || !VerbWordsThere(words, verb, token, verbTokens))
            {
                continue;
            }
            int first = verbTokens[0];
            int last = verbTokens[verb.Words.Length - 1];
            var match = MatchPatterns(words, verb, token, first, last, verbTokens[..verb.Words.Length]);
            // A multi-word verb outranks any one-word verb; then the more specific pattern.
            int rank = (verb.Words.Length > 1 ? 1_000_000 : 0) + (match.Pattern is null ? -1 : match.Pattern.Specificity);
            if (rank > bestRank)
            {
                best = match;
                bestRank = rank;
            }
        }
        return best;
    }

    /// <summary>True when a multi-word verb's other words stand beside the predicate; fills the verb's tokens in word order.</summary>
    private static bool VerbWordsThere(DocumentWords words, LexiconVerb verb, int token, Span<int> tokens)
    {
        var tree = words.Tree;
        tokens[verb.VerbIndex] = token;
        // Words before the verb word are the tokens right before it ("wire tapped").
        for (int k = verb.VerbIndex - 1, t = token - 1; k >= 0; k--, t--)
        {
            if (t < 0 || tree.SentenceOf(t) != tree.SentenceOf(token) || !words.Is(t, verb.WordIds[k]))
            {
                return false;
            }
            tokens[k] = t;
        }
        // Words after it follow within a few tokens, as its particle or its dependents' function words ("cordoned off",
        // "asked the court for", "broke down").
        int at = token;
        for (int k = verb.VerbIndex + 1; k < verb.Words.Length; k++)
        {
            int found = -1;
            for (int t = at + 1; t < tree.Count && t <= at + 4 && tree.SentenceOf(t) == tree.SentenceOf(token); t++)
            {
                if (words.Is(t, verb.WordIds[k]) && (t == at + 1 || tree.Head(t) == token || tree.Head(t) >= 0 && tree.Head(tree.Head(t)) == token))
                {
                    found = t;
                    break;
                }
            }
            if (found < 0)
            {
                return false;
            }
            tokens[k] = found;
            at = found;
        }
        return true;
    }

    private VerbMatch MatchPatterns(DocumentWords words, LexiconVerb verb, int token, int first, int last, ReadOnlySpan<int> verbTokens)
    {
        var tree = words.Tree;
        var zone = words.InZone;
        // The object side: the verb's subtree after the verb, less conjoined predicates and loose parataxis.
        int sentence = tree.SentenceOf(token);
        int end = last + 1;
        while (end < tree.Count && tree.SentenceOf(end) == sentence)
        {
            end++;
        }
        int start = first;
        while (start > 0 && tree.SentenceOf(start - 1) == sentence)
        {
            start--;
        }
        MarkObjectSide(tree, token, zone, depth: 0);
        foreach (int v in verbTokens)
        {
            zone[v] = false;
        }
        var present = words.Present;
        for (int i = start; i < end; i++)
        {
            if (words.Surface[i] >= 0)
            {
                present[words.Surface[i]] = true;
            }
            if (words.Lemma[i] >= 0)
            {
                present[words.Lemma[i]] = true;
            }
        }
        try
        {
            var scratchBefore = words.BeforeHeads;
            var scratchAfter = words.AfterHeads;
            var scratchPrep = words.AfterPrepositions;
            foreach (var pattern in verb.Patterns)
            {
                // TABARI's "+++" marks a pattern kept for reference that codes nothing.
                if (pattern.Before.Length > 8 || pattern.After.Length > 8 || pattern.Code.Primary == "+++")
                {
                    continue;
                }
                if (!WordsPresent(pattern.Before, present) || !WordsPresent(pattern.After, present))
                {
                    continue;
                }
                if (MatchAfter(words, pattern.After, 0, token, end, scratchAfter, scratchPrep)
                    && MatchBefore(words, pattern.Before, pattern.Before.Length - 1, first, start, pattern.JoinedToVerb, scratchBefore, verbTokens))
                {
                    return new VerbMatch(verb, pattern, token, verbTokens.ToArray(), scratchBefore[..pattern.Before.Length], scratchAfter[..pattern.After.Length],
                        scratchPrep[..pattern.After.Length], ObjectOf(tree, pattern, scratchAfter));
                }
            }
            return new VerbMatch(verb, null, token, verbTokens.ToArray(), [], [], [], -1);
        }
        finally
        {
            for (int i = last + 1; i < end; i++)
            {
                zone[i] = false;
            }
            for (int i = start; i < end; i++)
            {
                if (words.Surface[i] >= 0)
                {
                    present[words.Surface[i]] = false;
                }
                if (words.Lemma[i] >= 0)
                {
                    present[words.Lemma[i]] = false;
                }
            }
        }
    }

    /// <summary>False when some element's head word (or preposition) is nowhere in the sentence: the pattern cannot match.</summary>
    private static bool WordsPresent(LexiconElement[] elements, bool[] present)
    {
        foreach (var element in elements)
        {
            if (element.Preposition >= 0 && !present[element.Preposition])
            {
                return false;
            }
            if (element.Terms.Length > 0 && element.Terms[^1] is { IsSynset: false, Word: var word } && !present[word])
            {
                return false;
            }
        }
        return true;
    }

    private static int ObjectOf(DependencyTree tree, LexiconPattern pattern, int[] heads)
    {
        for (int k = 0; k < pattern.After.Length; k++)
        {
            if (pattern.After[k].Kind is PetrarchElementKind.Word or PetrarchElementKind.Phrase && heads[k] >= 0 && tree.Upos(heads[k]) is "NOUN" or "PROPN" or "PRON" or "NUM")
            {
                return heads[k];
            }
        }
        return -1;
    }

    /// <summary>Marks the tokens after <paramref name="head"/>'s verb that belong to its object side.</summary>
    private static void MarkObjectSide(DependencyTree tree, int node, bool[] zone, int depth)
    {
        if (depth > 40)
        {
            return;
        }
        foreach (int c in tree.Children(node))
        {
            if (depth == 0 && (tree.Is(c, "conj") && c > node && IsPredicate(tree, c) || tree.Is(c, "parataxis") || tree.Is(c, "cc")))
            {
                continue;
            }
            if (c > node || depth > 0)
            {
                zone[c] = true;
            }
            MarkObjectSide(tree, c, zone, depth + 1);
        }
    }

    /// <summary>A coordinated predicate with its own clause: a finite verb, or one with its own subject or copula ("bombing and shelling offensive" is not).</summary>
    private static bool IsPredicate(DependencyTree tree, int token) =>
        tree.Doc.Strings[tree.Doc.Xpos[token]] is "VBD" or "VBZ" or "VBP" or "MD" || tree.Child(token, "nsubj") >= 0 || tree.Child(token, "cop") >= 0;

    /// <summary>Matches elements <paramref name="k"/>.. of the object side, each after <paramref name="previous"/>, by backtracking.</summary>
    private bool MatchAfter(DocumentWords words, LexiconElement[] elements, int k, int previous, int end, int[] heads, int[] preps)
    {
        if (k == elements.Length)
        {
            return true;
        }
        var element = elements[k];
        if (element.Kind == PetrarchElementKind.Marker)
        {
            // A marker matches nothing; it keeps where it stands (after this token) for the coder to find its actor.
            heads[k] = previous;
            preps[k] = -1;
            return MatchAfter(words, elements, k + 1, previous, end, heads, preps);
        }
        for (int t = previous + 1; t < end; t++)
        {
            if (!words.InZone[t])
            {
                continue;
            }
            if (TryElement(words, element, t, out int from, out int to, out int head, out int prep) && from > previous && (!element.Joined || from == previous + 1))
            {
                heads[k] = head;
                preps[k] = prep;
                if (MatchAfter(words, elements, k + 1, to, end, heads, preps))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>Matches elements ..<paramref name="k"/> of the subject side right to left, each ending before <paramref name="next"/>.</summary>
    private bool MatchBefore(DocumentWords words, LexiconElement[] elements, int k, int next, int start, bool joinedToNext, int[] heads, ReadOnlySpan<int> verbTokens)
    {
        if (k < 0)
        {
            return true;
        }
        var element = elements[k];
        if (element.Kind == PetrarchElementKind.Marker)
        {
            // A marker matches nothing; it keeps where it stands (before this token) for the coder to find its actor.
            heads[k] = next;
            return MatchBefore(words, elements, k - 1, next, start, element.Joined, heads, verbTokens);
        }
        for (int t = next - 1; t >= start; t--)
        {
            if (TryElement(words, element, t, out int from, out int to, out int head, out _) && to < next && (!joinedToNext || to == next - 1))
            {
                heads[k] = head;
                if (MatchBefore(words, elements, k - 1, from, start, element.Joined, heads, verbTokens))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// True when <paramref name="element"/> matches with its head (or, for a preposition without a noun, the
    /// preposition) at token <paramref name="t"/>; gives the tokens it spans and its head and preposition tokens.
    /// </summary>
    private bool TryElement(DocumentWords words, LexiconElement element, int t, out int from, out int to, out int head, out int prep)
    {
        var tree = words.Tree;
        from = to = head = t;
        prep = -1;
        switch (element.Kind)
        {
            case PetrarchElementKind.Word:
                return TryTermEndingAt(words, element.Terms[0], t, out from) || TryTermStartingAt(words, element.Terms[0], t, out to);
            case PetrarchElementKind.Phrase:
                if (!TryTermEndingAt(words, element.Terms[^1], t, out from))
                {
                    return false;
                }
                return Modifiers(words, element.Terms, element.Terms.Length - 2, t, from, ref from);
            case PetrarchElementKind.Preposition:
                if (element.Terms.Length == 0)
                {
                    prep = t;
                    return words.Is(t, element.Preposition);
                }
                if (!TryTermEndingAt(words, element.Terms[^1], t, out from) || !Modifiers(words, element.Terms, element.Terms.Length - 2, t, from, ref from))
                {
                    return false;
                }
                foreach (int c in tree.Children(t))
                {
                    if ((tree.Is(c, "case") || tree.Is(c, "mark")) && c < t && words.Is(c, element.Preposition))
                    {
                        prep = c;
                        from = Math.Min(from, c);
                        return true;
                    }
                }
                // A preposition the parser attached elsewhere still counts when it stands right before the noun phrase.
                if (from > 0 && words.Is(from - 1, element.Preposition))
                {
                    prep = from - 1;
                    from--;
                    return true;
                }
                return false;
            default:
                return false;
        }
    }

    /// <summary>Matches the modifiers <c>terms[..k]</c> of a phrase right to left inside the head's phrase, before <paramref name="before"/>.</summary>
    private bool Modifiers(DocumentWords words, LexiconTerm[] terms, int k, int head, int before, ref int from)
    {
        if (k < 0)
        {
            return true;
        }
        var (start, _) = words.Tree.Extent(head);
        for (int t = before - 1; t >= start; t--)
        {
            if (TryTermEndingAt(words, terms[k], t, out int termFrom))
            {
                int f = termFrom;
                if (Modifiers(words, terms, k - 1, head, termFrom, ref f))
                {
                    from = f;
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>True when the term's word or one of its synset's phrases ends at token <paramref name="t"/>.</summary>
    private bool TryTermEndingAt(DocumentWords words, LexiconTerm term, int t, out int from)
    {
        from = t;
        if (!term.IsSynset)
        {
            return words.Is(t, term.Word);
        }
        var synset = _lexicon.Synsets[term.Synset];
        if (synset.HasWord(words.Surface[t]) || synset.HasWord(words.Lemma[t]))
        {
            return true;
        }
        foreach (var phrase in synset.Phrases)
        {
            int s = t - phrase.Length + 1;
            if (s >= 0 && PhraseAt(words, phrase, s))
            {
                from = s;
                return true;
            }
        }
        return false;
    }

    /// <summary>True when one of a synset's longer phrases starts at token <paramref name="t"/> (a one-word term only ends where it starts).</summary>
    private bool TryTermStartingAt(DocumentWords words, LexiconTerm term, int t, out int to)
    {
        to = t;
        if (!term.IsSynset)
        {
            return false;
        }
        foreach (var phrase in _lexicon.Synsets[term.Synset].Phrases)
        {
            if (t + phrase.Length <= words.Tree.Count && PhraseAt(words, phrase, t))
            {
                to = t + phrase.Length - 1;
                return true;
            }
        }
        return false;
    }

    private static bool PhraseAt(DocumentWords words, int[] phrase, int start)
    {
        var tree = words.Tree;
        int sentence = tree.SentenceOf(start);
        for (int k = 0; k < phrase.Length; k++)
        {
            int t = start + k;
            if (t >= tree.Count || tree.SentenceOf(t) != sentence || !words.Is(t, phrase[k]))
            {
                return false;
            }
        }
        return true;
    }
}

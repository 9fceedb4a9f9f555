using Parley.Text;

namespace Parley.Coding.Time;

/// <summary>
/// Reads the tense of the clause an event predicate (a verb or an event noun) stands in: from its
/// auxiliaries and tags when the document is parsed, from the nearest verb and the words before it when
/// it is only tagged. Present perfect counts as past (the event has happened); "will", "is set to",
/// "is to", "plans to", "going to" and "upcoming" count as future.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public static class ClauseTense
{
    /// <summary>The tense of the clause of token <paramref name="predicate"/>; <see cref="Tense.Unknown"/> when the document has no tags.</summary>
    /// <remarks>Reads the parse through a <see cref="DependencyTree"/> built for this call; a caller that has one passes it instead.</remarks>
    public static Tense Of(Document doc, int predicate)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentOutOfRangeException.ThrowIfNegative(predicate);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(predicate, doc.Count);
        return doc.Has(Annotations.Tags) ? Of(new DependencyTree(doc), predicate) : Tense.Unknown;
    }

    /// <summary>As <see cref="Of(Document, int)"/>, reading the document through <paramref name="tree"/>.</summary>
    public static Tense Of(DependencyTree tree, int predicate)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentOutOfRangeException.ThrowIfNegative(predicate);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(predicate, tree.Count);
        if (!tree.Doc.Has(Annotations.Tags))
        {
            return Tense.Unknown;
        }
        var (start, end) = tree.SentenceBounds(predicate);
        return tree.IsParsed ? FromParse(tree, predicate, start, end, 0) : FromTags(tree, predicate, start, end);
    }

    private static Tense FromParse(DependencyTree tree, int predicate, int start, int end, int depth)
    {
        bool past = false, present = false, future = false, infinitive = false, modal = false;
        for (int c = start; c < end; c++)
        {
            if (tree.Head(c) != predicate)
            {
                continue;
            }
            var dep = tree.BaseDep(c);
            var word = tree.WordSpan(c);
            if (dep is "aux" or "cop")
            {
                switch (Auxiliary(word))
                {
                    case Tense.Future: future = true; break;
                    case Tense.Past: past = true; break;
                    case Tense.Present: present = true; break;
                    default: modal |= tree.Xpos(c) == "MD"; break;
                }
            }
            else if (dep is "mark" && TimeWords.Is(word, "to"))
            {
                infinitive = true;
            }
            else if (dep is "amod" && IsFutureModifier(word))
            {
                future = true;
            }
        }
        if (future || (present && infinitive))
        {
            // "will host", "the upcoming summit", "is to host".
            return Tense.Future;
        }
        if (past)
        {
            return Tense.Past;
        }
        string xpos = tree.Xpos(predicate);
        if (!present && !modal)
        {
            if (xpos == "VBD")
            {
                return Tense.Past;
            }
            if (xpos is "VBZ" or "VBP")
            {
                return Tense.Present;
            }
        }
        int head = tree.Head(predicate);
        bool governed = head >= start && head < end && depth < DependencyTree.MaxDepth;
        if (governed && tree.BaseDep(predicate) is "xcomp")
        {
            // "is set to host", "plans to visit": the governing verb says the event lies ahead unless it is itself past.
            var headTense = FromParse(tree, head, start, end, depth + 1);
            if (IsFutureGovernor(tree.WordSpan(head)))
            {
                return headTense == Tense.Past ? Tense.Unknown : Tense.Future;
            }
            return headTense;
        }
        if (present)
        {
            return Tense.Present;
        }
        if (modal)
        {
            return Tense.Unknown;
        }
        if (xpos == "VBN")
        {
            // A reduced relative ("the talks held in June") reports what has happened.
            return Tense.Past;
        }
        if (governed && !xpos.StartsWith("VB", StringComparison.Ordinal))
        {
            // An event noun takes the tense of the clause it stands in ("was fueled by a June phone conversation").
            return FromParse(tree, head, start, end, depth + 1);
        }
        if (governed && xpos is "VB" or "VBG")
        {
            return FromParse(tree, head, start, end, depth + 1);
        }
        return Tense.Unknown;
    }

    private static Tense FromTags(DependencyTree tree, int predicate, int start, int end)
    {
        if (predicate > start && IsFutureModifier(tree.WordSpan(predicate - 1)))
        {
            return Tense.Future;
        }
        int verb = NearestVerb(tree, predicate, start, end);
        if (verb < 0)
        {
            return Tense.Unknown;
        }
        // The auxiliaries and "to" just before the verb, skipping adverbs ("has already confirmed").
        for (int j = verb - 1, seen = 0; j >= start && seen < 4; j--)
        {
            string xpos = tree.Xpos(j);
            if (xpos is "RB" or "RBR" or "RBS")
            {
                continue;
            }
            seen++;
            var word = tree.WordSpan(j);
            if (TimeWords.Is(word, "to"))
            {
                if (j > start && IsFutureGovernor(tree.WordSpan(j - 1)))
                {
                    return j - 1 > start && Auxiliary(tree.WordSpan(j - 2)) == Tense.Past ? Tense.Unknown : Tense.Future;
                }
                if (j > start && Auxiliary(tree.WordSpan(j - 1)) == Tense.Present)
                {
                    return Tense.Future;
                }
                continue;
            }
            var auxiliary = Auxiliary(word);
            if (auxiliary != Tense.Unknown)
            {
                return auxiliary;
            }
            if (xpos == "MD")
            {
                return Tense.Unknown;
            }
            if (!xpos.StartsWith("VB", StringComparison.Ordinal))
            {
                break;
            }
        }
        return tree.Xpos(verb) switch
        {
            "VBD" or "VBN" => Tense.Past,
            "VBZ" or "VBP" => Tense.Present,
            _ => Tense.Unknown,
        };
    }

    private static int NearestVerb(DependencyTree tree, int predicate, int start, int end)
    {
        for (int distance = 0; distance < end - start; distance++)
        {
            int left = predicate - distance;
            if (left >= start && IsVerbTag(tree.Xpos(left)))
            {
                return left;
            }
            int right = predicate + distance;
            if (distance > 0 && right < end && IsVerbTag(tree.Xpos(right)))
            {
                return right;
            }
        }
        return -1;
    }

    private static bool IsVerbTag(string xpos) => xpos.StartsWith("VB", StringComparison.Ordinal);

    // The time an auxiliary or copula puts its verb in; Unknown for modals and anything else.
    private static Tense Auxiliary(ReadOnlySpan<char> w)
    {
        if (TimeWords.Is(w, "will") || TimeWords.Is(w, "'ll") || TimeWords.Is(w, "’ll") || TimeWords.Is(w, "shall") || TimeWords.Is(w, "wo"))
        {
            return Tense.Future;
        }
        // Present perfect counts as past: "have held" reports events that have happened.
        if (TimeWords.Is(w, "has") || TimeWords.Is(w, "have") || TimeWords.Is(w, "'ve") || TimeWords.Is(w, "’ve") || TimeWords.Is(w, "had")
            || TimeWords.Is(w, "was") || TimeWords.Is(w, "were") || TimeWords.Is(w, "did"))
        {
            return Tense.Past;
        }
        if (TimeWords.Is(w, "is") || TimeWords.Is(w, "are") || TimeWords.Is(w, "am") || TimeWords.Is(w, "'s") || TimeWords.Is(w, "’s")
            || TimeWords.Is(w, "'re") || TimeWords.Is(w, "’re") || TimeWords.Is(w, "does") || TimeWords.Is(w, "do"))
        {
            return Tense.Present;
        }
        return Tense.Unknown;
    }

    private static bool IsFutureModifier(ReadOnlySpan<char> w) =>
        TimeWords.Is(w, "upcoming") || TimeWords.Is(w, "forthcoming") || TimeWords.Is(w, "planned") || TimeWords.Is(w, "scheduled");

    // Verbs whose infinitive complement lies ahead of them: "is set to", "plans to", "is going to", "is due to".
    private static bool IsFutureGovernor(ReadOnlySpan<char> w) =>
        TimeWords.Is(w, "set") || TimeWords.Is(w, "going") || TimeWords.Is(w, "plan") || TimeWords.Is(w, "plans") || TimeWords.Is(w, "planned") || TimeWords.Is(w, "planning")
        || TimeWords.Is(w, "due") || TimeWords.Is(w, "scheduled") || TimeWords.Is(w, "expected") || TimeWords.Is(w, "intends")
        || TimeWords.Is(w, "intend") || TimeWords.Is(w, "aims") || TimeWords.Is(w, "aim") || TimeWords.Is(w, "preparing") || TimeWords.Is(w, "poised");
}

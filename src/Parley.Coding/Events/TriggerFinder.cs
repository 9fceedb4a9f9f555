using Parley.Coding.Time;
using Parley.Knowledge.Patterns;
using Parley.Nlp.Lemmatization;
using Parley.Text;

namespace Parley.Coding.Events;

/// <summary>
/// Finds the tokens that match a verb pattern (a verb, or an adjective predicate such as "open to") or a noun
/// pattern (an event noun with its required modifier or verb).
/// </summary>
internal static class TriggerFinder
{
    /// <summary>
    /// Nouns that count, group or hold an event noun without changing what it is ("a package of sanctions", "a list of
    /// demands", "a state of emergency").
    /// </summary>
    private static readonly HashSet<string> QuantityNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "package", "round", "set", "wave", "series", "raft", "batch", "slew", "string", "number", "spate",
        "list", "host", "flurry", "volley", "salvo", "handful", "slate", "state",
    };

    /// <summary>
    /// The trigger at token <paramref name="i"/>, or null. <paramref name="licensedBy"/>, when given, is a
    /// complement-taking predicate governing the noun, which then needs none of the verbs its pattern lists.
    /// </summary>
    public static Trigger? At(DependencyTree tree, int i, EventPatterns patterns, int? licensedBy)
    {
        string upos = tree.Upos(i);
        if (upos is "VERB" or "ADJ")
        {
            foreach (var pattern in VerbPatterns(tree, i, patterns))
            {
                if ((pattern.Preposition is null || Governs(tree, i, pattern.Preposition)) && (pattern.Cue is null || ClauseHolds(tree, i, pattern.Cue))
                    && (pattern.Complement != ConsiderFamily || WeighsAnOption(tree, i)))
                {
                    if (!pattern.Judged)
                    {
                        return new Trigger(i, pattern, null);
                    }
                    if (CallsItBadly(tree, i, patterns.Modality.NegativeJudgements))
                    {
                        return new Trigger(i, pattern, null);
                    }
                    if (JudgedClause(tree, i, patterns.Modality) is int clause and >= 0)
                    {
                        return new Trigger(i, pattern, null) { JudgedClause = clause };
                    }
                }
            }
        }
        if (upos is "NOUN" or "VERB" && !tree.Is(i, "compound") && (licensedBy is null || Governor(tree, i) == licensedBy))
        {
            // A gerund parsed as a verb ("holding talks") is not an event noun; a noun tagged VERB by mistake
            // ("the talks") is, when it heads a nominal relation.
            if (upos == "VERB" && !IsNominal(tree, i))
            {
                return null;
            }
            var nouns = JoinedLemma(tree, i) is { } joined && patterns.NounsFor(joined) is { Count: > 0 } compound ? compound : patterns.NounsFor(tree.Lemma(i));
            // The verb a weapon struck with does not depend on the pattern: look it up once, not for each of the lemma's patterns.
            int striking = nouns.Count > 0 ? StrikingPredicate(tree, i, patterns.Modality) : -1;
            foreach (var pattern in nouns)
            {
                int struck = CameoFamilies.IsViolent(pattern.Code) ? striking : -1;
                if (HasModifier(tree, i, pattern.Modifiers) && (licensedBy is not null || struck >= 0 || HasVerb(tree, i, pattern.Verbs))
                    && (pattern.Preposition is null || Governs(tree, i, pattern.Preposition)))
                {
                    return new Trigger(i, null, pattern) { StrikingPredicate = struck };
                }
            }
        }
        return null;
    }

    /// <summary>The complement family of predicates that weigh an option (verbs.yaml: "considering sanctions", 014).</summary>
    private const string ConsiderFamily = "consider";

    /// <summary>
    /// True when weighing verb <paramref name="i"/> is in the form that tells an option under way or ahead ("is
    /// considering air strikes", "will consider sanctions", "to weigh a response"). In the simple present or past it
    /// more often judges ("China considers Taiwan its territory", "considered the sanctions illegal").
    /// </summary>
    private static bool WeighsAnOption(DependencyTree tree, int i) => tree.Xpos(i) is "VBG" or "VB";

    /// <summary>
    /// The verb patterns of token <paramref name="i"/>: those of its lemma, else, when the lemma has none, those of the
    /// first base form its regular ending allows. The lemmatizer gets some regular verbs wrong ("telephoned" →
    /// "telephon", "shelled" → "shel"), and a verb the dictionaries list must not be lost to that.
    /// </summary>
    private static IReadOnlyList<VerbPattern> VerbPatterns(DependencyTree tree, int i, EventPatterns patterns)
    {
        var found = patterns.VerbsFor(tree.Lemma(i));
        if (found.Count > 0 || tree.Upos(i) != "VERB")
        {
            return found;
        }
        foreach (var lemma in RegularVerbForms.Bases(tree.Word(i).ToLowerInvariant()))
        {
            if (patterns.VerbsFor(lemma) is { Count: > 0 } byForm)
            {
                return byForm;
            }
        }
        return found;
    }


    /// <summary>
    /// The lemma of a noun written with a hyphen, which the tokenizer splits ("cease-fire" is "cease", "-", "fire"),
    /// as the dictionaries spell it, joined ("ceasefire"); null when <paramref name="i"/> ends no such word.
    /// </summary>
    private static string? JoinedLemma(DependencyTree tree, int i)
    {
        var doc = tree.Doc;
        if (i < 2 || doc.Starts[i] != doc.Ends[i - 1] || doc.Starts[i - 1] != doc.Ends[i - 2] || tree.Word(i - 1) != "-")
        {
            return null;
        }
        return string.Concat(tree.Word(i - 2), tree.Lemma(i)).ToLowerInvariant();
    }

    /// <summary>True when predicate <paramref name="i"/> has a particle or a dependent introduced by <paramref name="preposition"/>.</summary>
    public static bool Governs(DependencyTree tree, int i, string preposition)
    {
        foreach (int c in tree.Children(i))
        {
            // A particle or preposition in any relation: the parser sometimes hangs "for" straight off the verb, and
            // reads a particle after the object as an adverb ("handed the colony back"). Not the verb's own infinitive
            // marker: "agreed to open its borders" is no "open to".
            if ((tree.Is(c, "compound:prt") || tree.Is(c, "case") || tree.Is(c, "mark") || tree.Upos(c) is "ADP" or "PART" || (tree.Is(c, "advmod") && c > i))
                && !(c < i && tree.Is(c, "mark")) && tree.Word(c).Equals(preposition, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            if (IsArgument(tree, c) && tree.CaseOf(c) is { } word && word.Equals(preposition, StringComparison.OrdinalIgnoreCase) && !IsTimeNoun(tree, c))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True for a noun that says when: a month or weekday name (<see cref="TimeWords"/>) or a time unit; "called Putin on
    /// Monday" is no "call on", "arrived in March" no "arrive in".
    /// </summary>
    private static bool IsTimeNoun(DependencyTree tree, int c)
    {
        var word = tree.Word(c).AsSpan();
        return (TimeWords.TryMonth(word, out _, out bool abbreviated, out _) && !abbreviated)
            || TimeWords.TryWeekday(word, out _) || TimeWords.TryUnit(word, out _)
            || tree.Lemma(c) is "morning" or "afternoon" or "evening" or "night" or "weekend" or "eve" or "anniversary";
    }

    /// <summary>True when the words of predicate <paramref name="i"/>'s phrase hold <paramref name="cue"/> as whole words, ignoring case.</summary>
    private static bool ClauseHolds(DependencyTree tree, int i, string cue)
    {
        var (start, end) = tree.Extent(i);
        var doc = tree.Doc;
        string text = doc.Text[doc.Starts[start]..doc.Ends[end - 1]];
        for (int at = text.IndexOf(cue, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(cue, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            if ((at == 0 || !char.IsLetter(text[at - 1])) && (at + cue.Length == text.Length || !char.IsLetter(text[at + cue.Length])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when what verb <paramref name="i"/> calls its object holds a word of condemnation: its predicate complement
    /// ("called the ruling arbitrary", "called Bush the devil"), or its "as" phrase ("described the jailbreak as deplorable").
    /// </summary>
    private static bool CallsItBadly(DependencyTree tree, int i, IReadOnlySet<string> condemnations)
    {
        int firstObject = tree.Child(i, "obj");
        foreach (int c in tree.Children(i))
        {
            bool named = tree.Is(c, "xcomp") || (tree.Is(c, "obl") && tree.CaseOf(c) == "as") || (tree.Is(c, "obj") && c != firstObject);
            if (!named)
            {
                continue;
            }
            var (start, end) = tree.Extent(c);
            for (int t = start; t < end; t++)
            {
                if (condemnations.Contains(tree.Lemma(t).ToLowerInvariant()))
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>
    /// The clause in which speaker verb <paramref name="i"/> says something is bad: "said the raid was an unauthorised
    /// action", "told Obama that spying on allies was unacceptable", and the quotation that comes first ("'The killing
    /// is utterly unacceptable,' the spokesman said"). The clause's predicate is a copula's complement whose own words,
    /// not its subject's or a clause inside it, hold a word of condemnation, and it is not negated. -1 when there is none.
    /// </summary>
    private static int JudgedClause(DependencyTree tree, int i, ModalityCues cues)
    {
        if (tree.Is(i, "parataxis") && tree.Head(i) is int quoted and >= 0 && CallsBad(tree, quoted, cues))
        {
            return quoted;
        }
        foreach (int c in tree.Children(i))
        {
            if (tree.Is(c, "ccomp") && CallsBad(tree, c, cues))
            {
                return c;
            }
            if (tree.Is(c, "obj") || tree.Is(c, "iobj"))
            {
                // "told Russia's ambassador that the arrests were unacceptable": the parser can hang the clause on the
                // one told, as if it said which ambassador.
                foreach (int d in tree.Children(c))
                {
                    if (tree.Is(d, "acl") && tree.Child(d, "mark") is int mark and >= 0 && tree.Lemma(mark) == "that" && CallsBad(tree, d, cues))
                    {
                        return d;
                    }
                }
            }
        }
        return -1;
    }

    /// <summary>Whether copular predicate <paramref name="p"/> is, in its own words, one of condemnation ("was illegal").</summary>
    private static bool CallsBad(DependencyTree tree, int p, ModalityCues cues)
    {
        if (tree.Child(p, "cop") < 0)
        {
            return false;
        }
        var (start, end) = tree.Extent(p);
        var skipped = new List<(int Start, int End)>();
        foreach (int c in tree.Children(p))
        {
            if (tree.Is(c, "advmod") && cues.Negators.Contains(tree.Lemma(c)))
            {
                return false;
            }
            if (tree.Is(c, "nsubj") || tree.Is(c, "csubj") || tree.Is(c, "advcl") || tree.Is(c, "acl:relcl") || tree.Is(c, "ccomp")
                || tree.Is(c, "parataxis") || tree.Is(c, "conj") || tree.Is(c, "obl"))
            {
                skipped.Add(tree.Extent(c));
            }
        }
        for (int t = start; t < end; t++)
        {
            if (cues.NegativeJudgements.Contains(tree.Lemma(t).ToLowerInvariant()) && !skipped.Any(s => t >= s.Start && t < s.End))
            {
                return true;
            }
        }
        return false;
    }

    public static bool IsArgument(DependencyTree tree, int c) =>
        tree.Is(c, "obl") || tree.Is(c, "obj") || tree.Is(c, "nmod") || tree.Is(c, "xcomp") || tree.Is(c, "advcl") || tree.Is(c, "ccomp") || tree.Is(c, "iobj");

    private static bool IsNominal(DependencyTree tree, int i) =>
        tree.Is(i, "obj") || tree.Is(i, "nsubj") || tree.Is(i, "obl") || tree.Is(i, "nmod") || tree.Is(i, "conj") || IsMistaggedObject(tree, i);

    /// <summary>
    /// True for a noun object the tagger read as a bare infinitive: "expressed regret to China", "voiced hope for
    /// peace" come out as "regret" and "hope" (VB) complementing the verb right before them. A real bare infinitive
    /// follows its object or has one of its own ("helped them build", "helped build schools"), or takes "to".
    /// </summary>
    public static bool IsMistaggedObject(DependencyTree tree, int i) =>
        tree.Is(i, "xcomp") && tree.Xpos(i) == "VB" && tree.Head(i) == i - 1 && tree.Child(i, "mark") < 0 && tree.Child(i, "nsubj") < 0
        && tree.Child(i, "obj") < 0;

    private static bool HasModifier(DependencyTree tree, int i, IReadOnlyList<string> modifiers)
    {
        if (modifiers.Count == 0)
        {
            return true;
        }
        // Modifiers are matched on the words of the noun's phrase before it: hyphenated ones ("face-to-face") are
        // several tokens, and the parser attaches them in more than one way.
        var (start, _) = tree.Extent(i);
        var doc = tree.Doc;
        string before = doc.Text[doc.Starts[start]..doc.Starts[i]];
        foreach (var modifier in modifiers)
        {
            int at = before.IndexOf(modifier, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || !char.IsLetter(before[at - 1])) && (at + modifier.Length == before.Length || !char.IsLetter(before[at + modifier.Length])))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when a noun trigger is <paramref name="verb"/>'s object (or passive subject, or oblique), directly, as the first
    /// of a coordination, or through a quantity noun ("a volley of missiles").
    /// </summary>
    public static bool GovernsNounTrigger(DependencyTree tree, int verb, Trigger?[] triggers)
    {
        foreach (int c in tree.Children(verb))
        {
            if (triggers[c] is { IsNoun: true } && Governor(tree, c) == verb)
            {
                return true;
            }
            // "fired a volley of missiles", "lifted the state of emergency": the event noun is a grandchild.
            foreach (int g in tree.Children(c))
            {
                if (triggers[g] is { IsNoun: true } && Governor(tree, g) == verb)
                {
                    return true;
                }
            }
        }
        return false;
    }

    /// <summary>The verb whose object (or passive subject, or oblique) noun <paramref name="i"/> is, through <see cref="Climb"/>; -1 when none.</summary>
    public static int Governor(DependencyTree tree, int i)
    {
        int noun = Climb(tree, i);
        int head = tree.Head(noun);
        return head >= 0 && (tree.Is(noun, "obj") || tree.Is(noun, "nsubj:pass") || tree.Is(noun, "obl") || IsMistaggedObject(tree, noun)) ? head : -1;
    }

    /// <summary>
    /// The past participle that tells event noun <paramref name="i"/>'s event as a reduced passive, or -1: a headline's
    /// "Curfew Imposed in Bahrain", "New Sanctions Imposed on Iran", or "the sanctions imposed on Iran last year". The
    /// noun is the participle's passive subject, as in "sanctions were imposed on Iran". Only a verb of the noun's own
    /// pattern counts (<see cref="HasVerb"/>); other participles after a noun ("areas abandoned by") say nothing of it.
    /// </summary>
    public static int ReducedPassive(DependencyTree tree, int i)
    {
        int noun = Climb(tree, i);
        foreach (int c in tree.Children(noun))
        {
            if (c > noun && tree.Is(c, "acl") && tree.Upos(c) == "VERB" && tree.Xpos(c) == "VBN")
            {
                return c;
            }
        }
        return -1;
    }

    /// <summary>
    /// The noun that stands in the clause for event noun <paramref name="i"/>: the first of a coordination ("imposed
    /// sanctions and travel bans") or the quantity noun that holds it ("imposed a new package of sanctions").
    /// </summary>
    public static int Climb(DependencyTree tree, int i)
    {
        int noun = i;
        for (int step = 0; step < 8 && tree.Head(noun) >= 0; step++)
        {
            if (tree.Is(noun, "conj") || (tree.Is(noun, "nmod") && tree.CaseOf(noun) == "of" && QuantityNouns.Contains(tree.Lemma(tree.Head(noun)))))
            {
                noun = tree.Head(noun);
                continue;
            }
            break;
        }
        return noun;
    }

    /// <summary>
    /// The predicate whose subject weapon or attack noun <paramref name="i"/> is, when it is a striking verb
    /// (modality.yaml: "a car bomb exploded outside the embassy", "the airstrike hit a hospital", "a bomb went off");
    /// -1 otherwise. A weapon that struck is the event though no verb of its pattern governs it.
    /// </summary>
    private static int StrikingPredicate(DependencyTree tree, int i, ModalityCues cues)
    {
        int noun = Climb(tree, i);
        int head = tree.Head(noun);
        if (head < 0 || !tree.Is(noun, "nsubj") || tree.Is(noun, "nsubj:pass"))
        {
            return -1;
        }
        string lemma = tree.Lemma(head).ToLowerInvariant();
        if (cues.StrikingVerbs.Contains(lemma))
        {
            return head;
        }
        foreach (int c in tree.Children(head))
        {
            if (tree.Is(c, "compound:prt") && cues.StrikingVerbs.Contains(lemma + " " + tree.Lemma(c).ToLowerInvariant()))
            {
                return head;
            }
        }
        return -1;
    }

    private static bool HasVerb(DependencyTree tree, int i, IReadOnlyList<string> verbs)
    {
        if (verbs.Count == 0)
        {
            return true;
        }
        int head = Governor(tree, i);
        if (head < 0)
        {
            head = ReducedPassive(tree, i);
        }
        if (head < 0 && UndergoingFrame.Predicate(tree, Climb(tree, i)) is int predicate and >= 0)
        {
            // "Iran is under sanctions": the copula holds the noun.
            head = tree.Child(predicate, "cop");
        }
        if (head < 0)
        {
            return false;
        }
        foreach (var verb in verbs)
        {
            if (tree.Lemma(head).Equals(verb, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }
}

using Parley.Coding.Actors;
using Parley.Text;

namespace Parley.Coding.Events;

/// <summary>
/// Reads the actors of a trigger off the parse: subjects (through control, coordination and relative clauses),
/// objects and obliques, the parties of an event noun, and the actors behind an argument that is itself an event
/// ("support for negotiations between Moscow and Kiev" → Moscow, Kiev).
/// </summary>
internal sealed class ArgumentReader(DependencyTree tree, ArticleActors actors, Trigger?[] triggers)
{
    private const int MaxDepth = 6;

    private static readonly HashSet<string> PartyPrepositions = new(StringComparer.OrdinalIgnoreCase) { "between", "among", "amongst" };
    private static readonly HashSet<string> SourcePrepositions = new(StringComparer.OrdinalIgnoreCase) { "by", "from" };
    private static readonly IReadOnlyList<string> DoerSlots = ["by", "from"];
    /// <summary>Particles of phrasal verbs, which the parser may read as adverbs ("handed the body over to").</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase) { "over", "back", "out", "off", "up", "down", "away", "in", "on" };
    private static readonly HashSet<string> InvolvingVerbs = new(StringComparer.OrdinalIgnoreCase) { "involve", "include", "bring", "feature" };

    private List<int> _throughEvents = [];

    /// <summary>The actors of <paramref name="trigger"/>; event nouns whose parties it took as its own are listed in <see cref="Participants.ThroughEvents"/>.</summary>
    public Participants Read(Trigger trigger)
    {
        _throughEvents = [];
        var participants = trigger.IsNoun ? ReadNoun(trigger) : ReadPredicate(trigger);
        participants.ThroughEvents.AddRange(_throughEvents.Where(t => t != trigger.Token));
        return participants;
    }

    private Participants ReadPredicate(Trigger trigger)
    {
        int t = trigger.Token;
        var result = new Participants();
        int passiveSubject = tree.Child(t, "nsubj:pass");
        int agent = tree.Child(t, "obl:agent");
        // A passive: "was criticized by Trump" (aux:pass and no active subject), or any predicate with a "by" agent
        // ("freed by their captors", "troops backed by Djiboutian soldiers"). The parser sometimes labels a subject
        // nsubj:pass beside an nsubj; that is not a passive.
        bool headlinePassive = IsHeadlinePassive(t);
        bool passive = headlinePassive || (!HasActiveSubject(t) && (agent >= 0 || (passiveSubject >= 0 && tree.Child(t, "aux:pass") >= 0)));
        if (passive)
        {
            Participants.AddNew(result.Sources, Agents(t));
            Participants.AddNew(result.Targets, PassiveSubjects(t));
            if (headlinePassive && tree.Child(t, "nsubj") is int subject and >= 0)
            {
                Participants.AddNew(result.Targets, ActorsOf(subject, 0));
            }
        }
        else
        {
            Participants.AddNew(result.Sources, Subjects(t, 0, out bool inherited));
            result.Inherited = inherited;
        }
        if (result.Targets.Count == 0)
        {
            Participants.AddNew(result.Targets, SlotActors(t, trigger.Targets));
        }
        int antecedent = !passive && result.Targets.Count == 0 ? ObjectAntecedent(t, trigger) : -1;
        if (antecedent >= 0)
        {
            // "the prisoners it had arrested", "the journalists whom police had detained": the noun the clause modifies
            // is what its verb was done to.
            Participants.AddNew(result.Targets, ActorsOf(antecedent, 0).Where(m => !result.Sources.Any(s => Participants.SameActor(s, m))));
        }
        if (trigger.Code.StartsWith("04", StringComparison.Ordinal) && tree.Dep(t) is "acl" or "amod" && tree.Head(t) is int accord and >= 0)
        {
            // "a deal brokered by China", "a U.N.-brokered ceasefire between Israel and Hezbollah": the go-between
            // acts on the accord's parties, which its own phrase names, or the clause it belongs to.
            MediatedAccord(t, accord, result);
        }
        if (result.Targets.Count == 0)
        {
            // "accused each other", "fired at one another": the parser heads the phrase by either word.
            foreach (int c in tree.Children(t))
            {
                result.Reciprocal |= (tree.Is(c, "obj") || tree.Is(c, "obl")) && (IsReciprocal(c) || (c > 0 && IsReciprocal(c - 1)));
            }
        }
        if (result.Sources.Count == 0 && passive && agent < 0 && trigger.Code[..2] is "18" or "19" or "20")
        {
            // "was killed in a gun battle with police", "police opened fire and two men were killed": who did the
            // violence is the other side of the fight, or the subject of the clause before.
            Participants.AddNew(result.Sources, FightingSide(t).Where(m => m.Code is not null && !result.Targets.Any(o => Participants.SameActor(o, m))));
            result.Inherited = result.Sources.Count > 0;
        }
        if (result.Sources.Count == 0)
        {
            result.Agentless = passive ? agent < 0 && (tree.Child(t, "aux:pass") >= 0 || headlinePassive) : HasThingSubject(t);
            result.UnnamedSource = passive ? -1 : PeopleSubject(t, 0);
        }
        if (result.Targets.Count == 0)
        {
            // "schoolgirls … were freed by their captors": a passive's unnamed target is its subject.
            int subject = !passive ? -1 : tree.Child(t, "nsubj:pass") is int own and >= 0 ? own : headlinePassive ? tree.Child(t, "nsubj") : -1;
            result.UnnamedTarget = subject >= 0 && tree.Upos(subject) is "NOUN" or "PROPN" ? subject
                : antecedent >= 0 && tree.Upos(antecedent) == "NOUN" && triggers[antecedent] is null ? antecedent
                : FirstSlotNoun(t, trigger.Targets);
        }
        if (result.Targets.Count == 0 && trigger.JudgedClause >= 0 && tree.Child(trigger.JudgedClause, "nsubj") is int judged and >= 0)
        {
            // "Pakistan said the raid was an unauthorised action": what the clause calls bad, or whose it is.
            Participants.AddNew(result.Targets, ActorsOf(judged, 0).Where(m => !result.Sources.Any(s => Participants.SameActor(s, m))));
            if (result.Targets.Count == 0 && result.UnnamedTarget < 0 && tree.Upos(judged) == "NOUN")
            {
                result.UnnamedTarget = judged;
            }
        }
        return result;
    }

    /// <summary>
    /// The noun that relative clause <paramref name="v"/> says was its object: the clause has a subject of its own that
    /// is not a relative pronoun, no object but a relative pronoun, no "that" as a conjunction, and its verb takes its
    /// target as object. -1 when not so ("the men who attacked the convoy": the noun is the subject).
    /// </summary>
    private int ObjectAntecedent(int v, Trigger trigger)
    {
        int noun = tree.Head(v);
        // A clause with a mark is the noun's content, not a relative one. A verb that takes a complement event ("agreed
        // to a ceasefire") takes its target from that event, and a "that" before it is as often a conjunction the parser
        // read as a pronoun ("the announcement that Ukraine had agreed").
        if (!tree.Is(v, "acl:relcl") || noun < 0 || noun > v || !trigger.Targets.Contains("obj") || trigger.Complement is not null
            || tree.Child(v, "mark") >= 0
            || tree.Child(v, "nsubj") is not (int subject and >= 0) || tree.Lemma(subject) is "who" or "which" or "that")
        {
            return -1;
        }
        int obj = tree.Child(v, "obj");
        return obj < 0 || tree.Lemma(obj) is "whom" or "which" or "that" or "who" ? noun : -1;
    }

    /// <summary>Prepositions of a fight a passive's violence happened in: "killed in a gun battle", "wounded during clashes".</summary>
    private static readonly HashSet<string> FightPrepositions = new(StringComparer.OrdinalIgnoreCase) { "in", "during", "amid" };

    /// <summary>
    /// The side that did the violence of agentless passive <paramref name="v"/>: the one a fight it happened in was
    /// with or by ("in a gun battle with police", "during a raid by the army"), else the active subject of the clause
    /// it is joined to ("police opened fire and two men were killed"). Empty when neither names one.
    /// </summary>
    private List<ActorMention> FightingSide(int v)
    {
        var sides = new List<ActorMention>();
        foreach (int c in tree.Children(v))
        {
            if (tree.Is(c, "obl") && tree.Upos(c) == "NOUN" && tree.CaseOf(c) is { } preposition && FightPrepositions.Contains(preposition))
            {
                foreach (int m in tree.Children(c))
                {
                    if (tree.Is(m, "nmod") && tree.CaseOf(m) is "with" or "by" or "against")
                    {
                        Participants.AddNew(sides, ActorsOf(m, 0));
                    }
                }
            }
        }
        if (sides.Count == 0 && tree.Is(v, "conj") && tree.Head(v) is int first and >= 0 && first < v && tree.Upos(first) == "VERB"
            && tree.Child(first, "aux:pass") < 0 && tree.Child(first, "nsubj") >= 0)
        {
            Participants.AddNew(sides, Subjects(first, 0, out _));
        }
        return sides;
    }

    /// <summary>The actors of passive <paramref name="v"/>'s "by" phrases: who did it.</summary>
    private List<ActorMention> Agents(int v)
    {
        var agents = new List<ActorMention>();
        foreach (int c in tree.Children(v))
        {
            if (tree.Is(c, "obl:agent") || (tree.Is(c, "obl") && tree.CaseOf(c) == "by"))
            {
                Participants.AddNew(agents, ActorsOf(c, 0));
            }
        }
        return agents;
    }

    /// <summary>Where a striking verb names what its weapon struck: its object, or the place ("exploded outside the embassy").</summary>
    private static readonly IReadOnlyList<string> StruckSlots = ["obj", "at", "on", "outside", "near", "inside", "in", "into", "against", "through"];

    private static readonly IReadOnlyList<string> PlaceSlots = ["at", "outside", "near", "inside", "in"];

    /// <summary>Prepositions that name what an event was done to, not where ("strikes against", "an attack on").</summary>
    private static readonly IReadOnlyList<string> AttackedSlots = ["against", "on"];

    private Participants ReadNoun(Trigger trigger)
    {
        int n = trigger.Token;
        var result = new Participants();
        ReadNounPhrase(n, trigger.Targets, result);
        int noun = TriggerFinder.Climb(tree, n);
        int governor = tree.Head(noun);
        // An oblique with no preposition is an object the parser misread ("began large-scale military drills": "scale"
        // taken for the object); time and measure phrases carry their own subtype.
        bool bareOblique = tree.Dep(noun) == "obl" && tree.CaseOf(noun) is null;
        // A verb the noun's pattern names governs it through a preposition too: "withdrew from the treaty".
        bool licensedOblique = tree.Dep(noun) == "obl" && NamesVerb(trigger, governor);
        bool governed = governor >= 0 && (tree.Is(noun, "obj") || tree.Is(noun, "nsubj:pass") || bareOblique || licensedOblique
            || TriggerFinder.IsMistaggedObject(tree, noun));
        // "Curfew Imposed in Bahrain", "the sanctions imposed on Iran": the participle after the noun is its passive verb.
        int participle = governed ? -1 : TriggerFinder.ReducedPassive(tree, n);
        bool reduced = NamesVerb(trigger, participle);
        if (reduced)
        {
            governor = participle;
            governed = true;
        }
        var pattern = trigger.Noun!;
        if (tree.Is(noun, "nsubj") && governor >= 0 && !result.All.Any())
        {
            // "Heavy fighting broke out between Azerbaijan and Armenian forces": the parties the noun's verb names.
            foreach (int c in tree.Children(governor))
            {
                if (tree.Is(c, "obl") && tree.CaseOf(c) is { } preposition && PartyPrepositions.Contains(preposition))
                {
                    Participants.AddNew(result.Parties, ActorsOf(c, 0));
                }
            }
        }
        if (pattern.Undergone && result.Targets.Count == 0 && tree.Child(n, "nmod:poss") is int owner and >= 0)
        {
            // "Dodik's arrest", "Soleimani's killing": with no "of" naming who it was done to, the owner is; "Israel's
            // killing of Soleimani" keeps its doer.
            var owned = ActorsOf(owner, 0);
            result.Sources.RemoveAll(owned.Contains);
            Participants.AddNew(result.Targets, owned);
        }
        int undergoing = UndergoingFrame.Predicate(tree, noun);
        if (undergoing < 0 && pattern.Undergone && licensedOblique && tree.Child(governor, "obj") < 0)
        {
            // "went on trial", "was put on trial": the subject is who it is done to.
            undergoing = governor;
        }
        if (undergoing >= 0 && result.Targets.Count == 0 && result.Parties.Count == 0)
        {
            // "Trump received an invitation from Xi", "Iran faces new sanctions", "the convoy came under attack from
            // militants": the subject is who it was done to; "from" or "by" names who did it, else no one is named.
            result.Inherited = true;
            Participants.AddNew(result.Targets, Undergoers(undergoing));
            if (result.Sources.Count == 0)
            {
                Participants.AddNew(result.Sources, SlotActors(undergoing, DoerSlots));
                result.Agentless = result.Sources.Count == 0;
            }
            if (result.Targets.Count == 0 && UnderSubject(undergoing) is int unnamed and >= 0 && tree.Upos(unnamed) is "NOUN" or "PROPN" && triggers[unnamed] is null)
            {
                result.UnnamedTarget = unnamed;
            }
            return result;
        }
        // "Four activists were granted asylum", "Ukraine was offered aid by Japan": the passive's subject received it.
        int recipient = governed && tree.Is(noun, "obj") && tree.Child(governor, "aux:pass") >= 0 ? tree.Child(governor, "nsubj:pass") : -1;
        if (governed && result.Sources.Count == 0 && (tree.Is(noun, "nsubj:pass") || reduced || recipient >= 0))
        {
            // "New sanctions were imposed on Russia by the EU", "a curfew was imposed in Bahrain": the verb's agent did
            // it, and with none the story names no one; the verb's phrases name whom it was done to.
            Participants.AddNew(result.Sources, Agents(governor));
            result.Inherited = true;
            if (result.Targets.Count == 0 && recipient >= 0)
            {
                Participants.AddNew(result.Targets, ActorsOf(recipient, 0));
            }
            if (result.Targets.Count == 0)
            {
                Participants.AddNew(result.Targets, SlotActors(governor, trigger.Targets.Where(s => s is not "obj" and not "iobj").ToList()));
            }
            result.Agentless = result.Sources.Count == 0;
        }
        else if (governed && result.Sources.Count == 0)
        {
            // A light verb lends its subject: "Beijing extended an invitation", "Putin and Trump have held talks".
            var subjects = Subjects(governor, 0, out _);
            result.Inherited = true;
            if (result.Parties.Count == 0 && result.Targets.Count == 0 && subjects.Count >= 2 && FirstSlotNoun(n, AttackedSlots) < 0)
            {
                // "held talks", "exchanged fire at several points": the subjects did it with each other; not "launched
                // strikes against Syrian facilities", which they did together to what the phrase names.
                Participants.AddNew(result.Parties, subjects);
            }
            else
            {
                Participants.AddNew(result.Sources, subjects);
            }
            if (result.Targets.Count == 0)
            {
                Participants.AddNew(result.Targets, SlotActors(governor, trigger.Targets.Where(s => s is not "obj" and not "iobj").ToList()));
            }
            if (result.Targets.Count == 0 && tree.Is(noun, "obj") && Recipient(governor, noun) is int recipientObject and >= 0)
            {
                // "sent Qatar a list of demands", "gave Kyiv a guarantee": the first of two objects received it.
                Participants.AddNew(result.Targets, ActorsOf(recipientObject, 0).Where(m => m.Code is not null && !result.Sources.Any(s => Participants.SameActor(s, m))));
            }
        }
        else if (governed && NamesVerb(trigger, governor) && result.Targets.Count == 0 && result.Parties.Count == 0
            && Subjects(governor, 0, out _) is { Count: > 0 } doers && !doers.Any(d => result.Sources.Any(o => SameSide(d, o))))
        {
            // A verb the noun's pattern names does the event, and its subject is the doer; the phrase's owner is who it
            // is done to when that is someone else: "the Council suspended Libya's membership", "froze Iran's assets".
            Participants.AddNew(result.Targets, result.Sources);
            result.Sources.Clear();
            Participants.AddNew(result.Sources, doers);
            result.Inherited = true;
        }
        else if (governed && result.Targets.Count == 0 && result.Parties.Count == 0)
        {
            // The source in the phrase itself, the target on the verb: "expressed his regret to Putin".
            Participants.AddNew(result.Targets, SlotActors(governor, trigger.Targets.Where(s => s is not "obj" and not "iobj").ToList()));
        }
        if (trigger.StrikingPredicate >= 0 && result.Sources.Count == 0)
        {
            // "A truck bomb exploded outside a U.S. housing complex", "NATO bombs hit the Chinese embassy": the weapon
            // struck what its verb names; who fired it is the phrase's own party ("NATO bombs") or no one named.
            if (result.Targets.Count == 0)
            {
                var struck = SlotActors(trigger.StrikingPredicate, StruckSlots);
                if (struck.All(m => m.Basis == MentionBasis.StoryCountry) && SlotActors(trigger.StrikingPredicate, PlaceSlots) is { Count: > 0 } place)
                {
                    // "hit a school in Gaza City": a building given the story's country is in the place the verb names.
                    struck = place;
                }
                Participants.AddNew(result.Targets, struck);
                result.UnnamedTarget = result.Targets.Count == 0 ? FirstSlotNoun(trigger.StrikingPredicate, StruckSlots) : -1;
            }
            result.Agentless = true;
            return result;
        }
        if (result.Targets.Count == 0 && result.Parties.Count == 0)
        {
            // "strikes against chemical weapons facilities": what the event was done to, though no actor.
            result.UnnamedTarget = FirstSlotNoun(n, trigger.Targets);
        }
        return result;
    }

    /// <summary>
    /// The other country's agents when two nationalities share one agent noun: "Indian and Chinese troops" are Indian
    /// troops and Chinese troops, though the phrase's mention is only "Chinese troops". Null when the noun is shared
    /// by no other nationality, or the mention is more than a country's agents (a named group).
    /// </summary>
    private ActorMention? SharedNoun(int i, ActorMention mention)
    {
        if (mention is not { Country: { } country, Sectors.Count: > 0 })
        {
            return null;
        }
        foreach (int a in tree.Children(i))
        {
            if (a < mention.Start && tree.Is(a, "amod") && actors.At(a) is { Country: { } first, Sectors.Count: 0, IsPerson: false } nationality
                && first != country && JoinsInto(a, mention) && mention.Code == country + string.Concat(mention.Sectors))
            {
                var doc = tree.Doc;
                return mention with
                {
                    Start = nationality.Start,
                    CharStart = doc.Starts[nationality.Start],
                    Text = doc.Text[doc.Starts[nationality.Start]..mention.CharEnd],
                    Code = first + string.Concat(mention.Sectors),
                    Country = first,
                    Basis = MentionBasis.Described,
                    Reason = "a nationality sharing its agent noun with the next",
                };
            }
        }
        return null;
    }

    /// <summary>True when <paramref name="a"/> has a conjunct inside <paramref name="mention"/> ("Indian and Chinese troops").</summary>
    private bool JoinsInto(int a, ActorMention mention)
    {
        foreach (int c in tree.Children(a))
        {
            if (tree.Is(c, "conj") && c >= mention.Start && c < mention.End)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>True when token <paramref name="i"/> opens "each other" or "one another".</summary>
    /// <summary>
    /// Verbs that take two sides, each doing it to the other, whatever the event's code: "Trump and Zelenskyy
    /// disagreed", "the two ministers sparred over tariffs". Criticising or rejecting ("X and Y criticised the plan")
    /// is done side by side, not to each other.
    /// </summary>
    private static readonly HashSet<string> EachOtherVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "disagree", "quarrel", "argue", "spar", "bicker", "feud", "wrangle", "squabble", "differ", "row",
    };

    /// <summary>True when the verb <paramref name="lemma"/> names something sides do to each other (<see cref="EachOtherVerbs"/>).</summary>
    public static bool DoneToEachOther(string lemma) => EachOtherVerbs.Contains(lemma);

    /// <summary>True for a present participle set off by a comma before it (", accusing Moscow of …").</summary>
    private bool IsCommaParticiple(int v)
    {
        if (tree.Doc.Strings[tree.Doc.Xpos[v]] != "VBG")
        {
            return false;
        }
        foreach (int c in tree.Children(v))
        {
            if (c < v && tree.Word(c) == ",")
            {
                return true;
            }
        }
        return false;
    }

    private bool IsReciprocal(int i) =>
        i + 1 < tree.Count && tree.SentenceOf(i + 1) == tree.SentenceOf(i)
        && ((tree.Word(i).Equals("each", StringComparison.OrdinalIgnoreCase) && tree.Word(i + 1).Equals("other", StringComparison.OrdinalIgnoreCase))
            || (tree.Word(i).Equals("one", StringComparison.OrdinalIgnoreCase) && tree.Word(i + 1).Equals("another", StringComparison.OrdinalIgnoreCase)));

    /// <summary>True when token <paramref name="i"/> is a past participle describing a noun ("the allegations made by Pakistan").</summary>
    private bool IsNounParticiple(int i) => i >= 0 && tree.Is(i, "acl") && tree.Xpos(i) == "VBN";

    /// <summary>
    /// The "by" phrase of <paramref name="participle"/> when it is a participle describing a noun whose doer it names
    /// ("the allegations made by Pakistan"), or -1. Not one the dictionaries code as an event of its own, whose agent
    /// does that event: "a ceasefire brokered by the United States".
    /// </summary>
    private int DeedAgent(int participle)
    {
        if (!IsNounParticiple(participle) || triggers[participle] is { Origin: null })
        {
            return -1;
        }
        foreach (int c in tree.Children(participle))
        {
            if (tree.Is(c, "obl") && tree.CaseOf(c) == "by")
            {
                return c;
            }
        }
        return -1;
    }

    /// <summary>
    /// The object of verb <paramref name="v"/> that receives its other object <paramref name="held"/>: its indirect
    /// object, or a first object before it, as the parser reads "sent Qatar a list" (two objects); -1 when there is none.
    /// </summary>
    private int Recipient(int v, int held)
    {
        foreach (int c in tree.Children(v))
        {
            // Not an event ("declaring the attacks on the United States an attack on all members" calls one the other).
            if (c != held && c < held && (tree.Is(c, "iobj") || tree.Is(c, "obj")) && tree.Upos(c) is "PROPN" or "NOUN" or "PRON" && triggers[c] is null)
            {
                return c;
            }
        }
        return -1;
    }

    /// <summary>The actors predicate <paramref name="p"/>'s subject names, active or passive ("was placed under arrest").</summary>
    private List<ActorMention> Undergoers(int p)
    {
        var subjects = Subjects(p, 0, out _);
        return subjects.Count > 0 || tree.Child(p, "nsubj:pass") is not (int passive and >= 0) ? subjects : ActorsOf(passive, 0);
    }

    /// <summary>The head of predicate <paramref name="p"/>'s subject, active or passive; -1 when it has none.</summary>
    private int UnderSubject(int p) => tree.Child(p, "nsubj") is int own and >= 0 ? own : tree.Child(p, "nsubj:pass");

    /// <summary>True when the noun's pattern names <paramref name="governor"/>'s lemma among the verbs that do its event.</summary>
    private bool NamesVerb(Trigger trigger, int governor) =>
        governor >= 0 && trigger.Noun is { Verbs.Count: > 0 } pattern && pattern.Verbs.Contains(tree.Lemma(governor), StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The sides of a mediation told by a participle on the accord it brought about: the accord's own parties ("between
    /// Israel and Hezbollah"), else the subjects of the clause the accord is part of ("Saudi Arabia and Iran agreed … in a
    /// deal brokered by China"); a go-between glued to the participle ("U.N.-brokered") is the source.
    /// </summary>
    private void MediatedAccord(int participle, int accord, Participants result)
    {
        if (result.Sources.Count == 0)
        {
            for (int c = tree.Extent(participle).Start; c < participle; c++)
            {
                if (tree.Head(c) == participle && actors.At(c) is { Code: not null } glued)
                {
                    Participants.AddNew(result.Sources, [glued]);
                }
            }
        }
        if (result.Targets.Count > 0 || result.Sources.Count == 0)
        {
            return;
        }
        var parties = new Participants();
        ReadNounPhrase(accord, [], parties);
        var sides = parties.Parties.Concat(parties.Targets).ToList();
        int phrase = accord;
        while (tree.Is(phrase, "nmod") && tree.Head(phrase) >= 0)
        {
            // "after weeks of talks mediated by Ethiopia": the phrase that holds the accord is the clause's.
            phrase = tree.Head(phrase);
        }
        if (sides.Count == 0 && tree.Head(phrase) is int clause and >= 0 && tree.Dep(phrase) is "obl" or "obj")
        {
            sides = Subjects(clause, 0, out _);
        }
        Participants.AddNew(result.Targets, sides.Where(m => m.Code is not null && !result.Sources.Any(s => Participants.SameActor(s, m))));
    }

    /// <summary>Nouns of accords, which a city names without being a party: "the Paris agreement", "the Minsk accords".</summary>
    private static readonly HashSet<string> AccordNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "treaty", "agreement", "accord", "deal", "pact", "convention", "protocol", "process", "declaration", "format",
    };

    /// <summary>True when <paramref name="modifier"/> is a city or capital that names accord <paramref name="n"/>.</summary>
    private bool NamesAccord(ActorMention modifier, int n) =>
        modifier.IsPlace && modifier.Reason?.StartsWith("metonym", StringComparison.Ordinal) == true && AccordNouns.Contains(tree.Lemma(n));

    /// <summary>True when two actors are one side: the same actor, or of one country ("Israel" and "its").</summary>
    private static bool SameSide(ActorMention a, ActorMention b) =>
        Participants.SameActor(a, b) || (a.Country is not null && a.Country == b.Country);

    private void ReadNounPhrase(int n, IReadOnlyList<string> targetSlots, Participants into)
    {
        var byPreposition = new List<(string Preposition, int Token)>();
        foreach (int c in tree.Children(n))
        {
            if (tree.Is(c, "nmod:poss"))
            {
                Participants.AddNew(into.Sources, ActorsOf(c, 0));
            }
            else if (tree.Is(c, "compound") || tree.Is(c, "amod"))
            {
                // "the U.S.-Russia summit", "Chinese-Russian talks": the parties, in text order.
                if (actors.At(c) is { } modifier && modifier.Code is not null && !modifier.AgentOnly && !Covers(modifier, n) && !NamesAccord(modifier, n))
                {
                    Participants.AddNew(into.Parties, Expand(c, 0));
                }
            }
            else if (tree.Is(c, "acl") && InvolvingVerbs.Contains(tree.Lemma(c)))
            {
                int involved = tree.Child(c, "obj");
                if (involved >= 0)
                {
                    Participants.AddNew(into.Parties, ActorsOf(involved, 0));
                }
            }
            else if (DeedAgent(c) is int agent and >= 0)
            {
                // "the allegations made by Pakistan", "the attack carried out by Hamas": the participle's agent did it.
                Participants.AddNew(into.Sources, ActorsOf(agent, 0));
            }
            else if (tree.Is(c, "nmod") || tree.Is(c, "obl") || tree.Is(c, "acl"))
            {
                if (tree.CaseOf(c) is { } preposition)
                {
                    byPreposition.Add((preposition, c));
                }
            }
        }
        // Modifiers glued inside one compound ("U.S.-Russia") may hang off each other rather than off the noun.
        if (into.Parties.Count == 1)
        {
            int phraseStart = tree.Extent(n).Start;
            foreach (var mention in actors.Within(phraseStart, n))
            {
                if (mention.Code is not null && !into.Parties.Contains(mention) && !Covers(mention, n))
                {
                    Participants.AddNew(into.Parties, [mention]);
                }
            }
        }
        foreach (var (preposition, token) in byPreposition)
        {
            if (PartyPrepositions.Contains(preposition))
            {
                Participants.AddNew(into.Parties, ActorsOf(token, 0));
            }
            else if (SourcePrepositions.Contains(preposition) && !targetSlots.Contains(preposition, StringComparer.OrdinalIgnoreCase))
            {
                // "aid from Japan" is Japan's; "a withdrawal from Lebanon", whose pattern takes "from" for its target, is not.
                Participants.AddNew(into.Sources, ActorsOf(token, 0));
            }
        }
        foreach (var slot in targetSlots)
        {
            var found = byPreposition.Where(p => p.Preposition.Equals(slot, StringComparison.OrdinalIgnoreCase)).SelectMany(p => ActorsOf(p.Token, 0)).ToList();
            if (found.Count > 0)
            {
                Participants.AddNew(into.Targets, found);
                break;
            }
        }
    }

    /// <summary>What a passive predicate was done to: its own passive subject, its first conjunct's ("were kidnapped
    /// and later freed"), or the noun a participle modifies ("soldiers backed by Djiboutian troops").</summary>
    private List<ActorMention> PassiveSubjects(int v)
    {
        int subject = tree.Child(v, "nsubj:pass");
        if (subject >= 0)
        {
            // "Porras, who was sanctioned by the European Union": the relative pronoun stands for the noun its clause modifies.
            bool relative = tree.Lemma(subject) is "who" or "which" or "that" && tree.Is(v, "acl:relcl") && tree.Head(v) >= 0;
            return ActorsOf(relative ? tree.Head(v) : subject, 0);
        }
        int governor = tree.Head(v);
        if (governor < 0)
        {
            return [];
        }
        if (tree.Is(v, "conj"))
        {
            int shared = tree.Child(governor, "nsubj:pass");
            return shared >= 0 ? ActorsOf(shared, 0) : Subjects(governor, 0, out _);
        }
        return tree.Is(v, "acl") ? ActorsOf(governor, 0) : [];
    }

    /// <summary>
    /// The head of <paramref name="v"/>'s subject (its own, or the one it shares through coordination or control) when
    /// that subject is a common noun for people no dictionary knows: "Berisha's opponents", "Western politicians"; -1
    /// when the subject is an actor, a name, a thing, an event or a pronoun.
    /// </summary>
    private int PeopleSubject(int v, int depth)
    {
        for (; depth <= MaxDepth && v >= 0; depth++)
        {
            int subject = tree.Child(v, "nsubj");
            if (subject >= 0)
            {
                if (tree.Lemma(subject) is "who" or "that" && tree.Is(v, "acl:relcl"))
                {
                    subject = tree.Head(v);
                }
                return triggers[subject] is null && actors.At(subject) is null && PeopleNouns.Names(tree, subject) ? subject : -1;
            }
            if (tree.Child(v, "nsubj:pass") >= 0 || !(tree.Is(v, "conj") || tree.Is(v, "xcomp") || tree.Is(v, "advcl")))
            {
                return -1;
            }
            v = tree.Head(v);
        }
        return -1;
    }

    /// <summary>True when <paramref name="v"/>'s own subject is a noun that names no actor ("the blast", "an explosion").</summary>
    private bool HasThingSubject(int v)
    {
        int subject = tree.Child(v, "nsubj");
        return subject >= 0 && tree.Upos(subject) == "NOUN" && actors.At(subject) is null && !PeopleNouns.Names(tree, subject)
            && !Hazards.Contains(tree.Lemma(subject));
    }

    /// <summary>
    /// Nature and accidents, which kill and destroy without anyone doing it: "an earthquake struck central Chile,
    /// killing hundreds" is no attack, where "the blast killed eight" is one whose agent the story does not name.
    /// </summary>
    private static readonly HashSet<string> Hazards = new(StringComparer.OrdinalIgnoreCase)
    {
        "earthquake", "quake", "tremor", "aftershock", "storm", "hurricane", "typhoon", "cyclone", "tornado", "flood",
        "flooding", "tsunami", "landslide", "mudslide", "avalanche", "wildfire", "fire", "blaze", "drought", "heatwave",
        "eruption", "lightning", "disease", "virus", "epidemic", "outbreak", "pandemic", "crash", "accident", "collapse",
    };

    /// <summary>
    /// True when <paramref name="v"/> is the passive of a headline, which drops the auxiliary: "Former leader sentenced
    /// to prison", "Paraguay President Charged with Violations", "Six indicted by grand jury". A headline tells what is
    /// done in the present tense ("Russia Expels Diplomats"), so its past form with a subject, no auxiliary and no object
    /// is what was done to the subject. So is a participle on a headline's only noun phrase ("Dozens of captives
    /// released in Bangkok"). A headline is a sentence that ends in a word, not a mark.
    /// </summary>
    private bool IsHeadlinePassive(int v)
    {
        var (_, end) = tree.SentenceBounds(v);
        var last = tree.WordSpan(end - 1);
        if (last.IsEmpty || !char.IsLetterOrDigit(last[^1]) || tree.Xpos(v) is not ("VBN" or "VBD"))
        {
            return false;
        }
        if (tree.Is(v, "acl"))
        {
            return tree.Xpos(v) == "VBN" && tree.Is(tree.Head(v), "root") && tree.Child(v, "aux") < 0;
        }
        if (!tree.Is(v, "root"))
        {
            return false;
        }
        foreach (int c in tree.Children(v))
        {
            if (tree.Is(c, "aux") || tree.Is(c, "obj") || tree.Is(c, "iobj") || tree.Is(c, "ccomp") || tree.Is(c, "xcomp"))
            {
                return false;
            }
        }
        return tree.Child(v, "nsubj") >= 0 || tree.Child(v, "nsubj:pass") >= 0;
    }

    private bool HasActiveSubject(int v)
    {
        foreach (int c in tree.Children(v))
        {
            if (tree.Dep(c) == "nsubj")
            {
                return true;
            }
        }
        return false;
    }

    private bool Covers(ActorMention mention, int token) => mention.Start <= token && token < mention.End;

    /// <summary>The subjects of predicate <paramref name="v"/>: its own, else its controller's (subject, or object for "urged X to"), its first conjunct's, or the noun a relative clause modifies.</summary>
    public List<ActorMention> Subjects(int v, int depth, out bool inherited)
    {
        inherited = false;
        var found = new List<ActorMention>();
        if (depth > MaxDepth)
        {
            return found;
        }
        foreach (int c in tree.Children(v))
        {
            if (tree.Dep(c) is "nsubj" or "csubj")
            {
                // "Freedom Magazine, which attacked …": a relative pronoun stands for the noun its clause modifies.
                bool relative = tree.Lemma(c) is "which" or "who" or "that" && tree.Is(v, "acl:relcl") && tree.Head(v) >= 0;
                var subjects = ActorsOf(relative ? tree.Head(v) : c, 0);
                if (subjects.Count == 0 && triggers[c] is not null)
                {
                    // "a Pakistani military operation rescued 190 passengers", "Israeli strikes killed 20": an event
                    // as the subject was done by whoever it belongs to.
                    subjects = Owners(c);
                }
                Participants.AddNew(found, subjects);
            }
        }
        if (found.Count > 0 || tree.Child(v, "nsubj") >= 0 || tree.Child(v, "nsubj:pass") >= 0)
        {
            return found;
        }
        int governor = tree.Head(v);
        if (governor < 0)
        {
            return found;
        }
        inherited = true;
        if (tree.Is(v, "xcomp"))
        {
            // "urged Iran to talk": the object; "is expected to visit", "were supposed to sign", "was forced to
            // resign": the passive subject.
            int obj = tree.Child(governor, "obj");
            int passiveSubject = tree.Child(governor, "nsubj:pass");
            var controllers = obj >= 0 ? ActorsOf(obj, 0) : passiveSubject >= 0 ? ActorsOf(passiveSubject, 0) : [];
            return controllers.Count > 0 ? controllers : Subjects(governor, depth + 1, out _);
        }
        if (tree.Is(v, "conj") && triggers[v] is { } said && CameoFamilies.IsTalk(said.Code) && tree.Is(governor, "ccomp") && tree.Head(governor) is int sayer and >= 0)
        {
            // "Pompeo said the attacks came from Yemen and blamed Iran": the parser hangs the sayer's second verb on
            // the reported clause. When that clause's subject is no actor, a verb of words was the sayer's.
            var first = Subjects(governor, depth + 1, out _);
            return first.Count > 0 ? first : Subjects(sayer, depth + 1, out _);
        }
        if (tree.Is(v, "advcl") && tree.Is(governor, "xcomp") && IsCommaParticiple(v))
        {
            // "Ukraine asked the court to order Russia to halt its invasion, accusing Moscow of genocide": a participle
            // set off by a comma tells more of what the sentence's subject did, not of whom the infinitive it hangs on
            // is about (Russia, the controller of "halt").
            int top = governor;
            while (tree.Is(top, "xcomp") && tree.Head(top) >= 0)
            {
                top = tree.Head(top);
            }
            return Subjects(top, depth + 1, out _);
        }
        if (tree.Is(v, "conj") || tree.Is(v, "advcl") || tree.Is(v, "xcomp"))
        {
            return Subjects(governor, depth + 1, out _);
        }
        if (tree.Is(v, "acl:relcl") || (tree.Is(v, "acl") && tree.Upos(v) == "VERB" && tree.Doc.Strings[tree.Doc.Xpos[v]] == "VBG"))
        {
            return ActorsOf(governor, 0);
        }
        return found;
    }

    /// <summary>
    /// The head of the first slot filled by a noun that names no actor ("stormed a hotel", "freed the girls"), or
    /// -1: event nouns, pronouns and time words do not count.
    /// </summary>
    internal int FirstSlotNoun(int v, IReadOnlyList<string> slots)
    {
        foreach (var slot in slots)
        {
            foreach (int c in tree.Children(v))
            {
                bool fits = slot switch
                {
                    "obj" => tree.Is(c, "obj"),
                    "iobj" => tree.Is(c, "iobj"),
                    _ => (tree.Is(c, "obl") || tree.Is(c, "nmod")) && !tree.Is(c, "obl:tmod") && (tree.CaseOf(c) ?? LeadingAdposition(c)) is { } word
                        && word.Equals(slot, StringComparison.OrdinalIgnoreCase),
                };
                if (fits && tree.Upos(c) is "NOUN" or "PROPN" && triggers[c] is null)
                {
                    return c;
                }
            }
        }
        return -1;
    }

    /// <summary>
    /// The preposition a phrase opens with when the parse hung it on a word inside the phrase rather than on its head
    /// ("against Syrian chemical weapons facilities": "against" on "weapons"); null when it opens with none.
    /// </summary>
    private string? LeadingAdposition(int head)
    {
        int first = tree.Extent(head).Start;
        return first < head && tree.Upos(first) == "ADP" && tree.Is(first, "case") ? tree.Lemma(first) : null;
    }

    /// <summary>The actors in the first of <paramref name="slots"/> that has any: <c>obj</c>, <c>iobj</c>, or a preposition's oblique.</summary>
    private List<ActorMention> SlotActors(int v, IReadOnlyList<string> slots)
    {
        foreach (var slot in slots)
        {
            var found = new List<ActorMention>();
            foreach (int c in tree.Children(v))
            {
                bool fits = slot switch
                {
                    "obj" => tree.Is(c, "obj"),
                    "iobj" => tree.Is(c, "iobj"),
                    _ => (tree.Is(c, "obl") || tree.Is(c, "nmod") || tree.Is(c, "obj") || tree.Is(c, "advcl") || tree.Is(c, "xcomp"))
                        && tree.CaseOf(c) is { } word && word.Equals(slot, StringComparison.OrdinalIgnoreCase),
                };
                if (fits)
                {
                    Participants.AddNew(found, ActorsOf(c, 0));
                }
                else if (tree.Is(c, "advmod") && c > v && slot is not ("obj" or "iobj") && Particles.Contains(tree.Word(c)))
                {
                    // "handed the body over to North Korea": the phrase hung on the particle the parser read as an adverb.
                    foreach (int p in tree.Children(c))
                    {
                        if ((tree.Is(p, "obl") || tree.Is(p, "nmod")) && tree.CaseOf(p) is { } word && word.Equals(slot, StringComparison.OrdinalIgnoreCase))
                        {
                            Participants.AddNew(found, ActorsOf(p, 0));
                        }
                    }
                }
            }
            if (found.Count == 0 && slot is not ("obj" or "iobj"))
            {
                Participants.AddNew(found, ObjectModifierActors(v, slot));
            }
            if (found.Count == 0 && slot == "obj" && SharedObjectOf(v) is int shared and >= 0)
            {
                // "Police arrested and questioned the student": the object after the last of two verbs is both's.
                Participants.AddNew(found, ActorsOf(shared, 0));
            }
            if (found.Count > 0)
            {
                return found;
            }
        }
        return [];
    }

    /// <summary>
    /// The object verb <paramref name="v"/> shares with a verb conjoined after it ("arrested and questioned the
    /// student"): when <paramref name="v"/> has no object of its own, and the next conjunct has an object but no
    /// subject of its own, that object; else -1.
    /// </summary>
    private int SharedObjectOf(int v)
    {
        if (tree.Child(v, "obj") >= 0 || tree.Upos(v) != "VERB")
        {
            return -1;
        }
        foreach (int c in tree.Children(v))
        {
            if (c > v && tree.Is(c, "conj") && tree.Upos(c) == "VERB" && tree.Child(c, "nsubj") < 0 && tree.Child(c, "nsubj:pass") < 0)
            {
                return tree.Child(c, "obj");
            }
        }
        return -1;
    }

    /// <summary>
    /// The actors of a <paramref name="preposition"/> phrase the parser hung on the verb's object rather than on the
    /// verb ("sent aid to Turkey", "suspended flights to Somalia", "recalled its ambassador from Colombia"): in news the
    /// phrase after a verb's object mostly completes the verb, and the parser cannot tell.
    /// </summary>
    private List<ActorMention> ObjectModifierActors(int v, string preposition)
    {
        var found = new List<ActorMention>();
        foreach (int o in tree.Children(v))
        {
            if (!tree.Is(o, "obj") || triggers[o] is not null)
            {
                continue;
            }
            foreach (int m in tree.Children(o))
            {
                if (tree.Is(m, "nmod") && tree.CaseOf(m) is { } word && word.Equals(preposition, StringComparison.OrdinalIgnoreCase))
                {
                    Participants.AddNew(found, ActorsOf(m, 0));
                }
            }
        }
        return found;
    }

    /// <summary>
    /// The actor an event with a source but no target is done to, when the parse puts it deeper than the trigger's
    /// own slots: inside its object or an oblique ("reset relations with Egypt", "resolve the pause in aid to
    /// Ukraine", "a deal on handing sovereignty to Mauritius", "corruption in Albania"), or under the verb it controls
    /// ("hopes to resolve …"). The nearest in the tree wins. Subjects, reported and adverbial clauses and coordinated
    /// predicates are searched by no one: they are other events' actors. Null when there is none.
    /// </summary>
    public ActorMention? DeepTarget(int t, IReadOnlyList<ActorMention> sources) =>
        WithEachOther(t, sources) ? null
        : TargetBelow(t, sources) ?? DoerInObjectClause(t, sources) ?? (SharedClause(t) is int first and >= 0 ? TargetBelow(first, sources) : null)
            ?? (triggers[t] is { } reaction && CameoFamilies.IsReaction(reaction.Code) && ContinuingClause(t) is int next and >= 0
                && TargetBelow(next, sources, reported: true) is { Basis: not MentionBasis.StoryCountry } named ? named : null);

    /// <summary>
    /// Of praise or disapproval (051, 11) whose object is a thing, the subject of the clause that says what the thing is
    /// ("welcomed the announcement that Ukraine had agreed to a ceasefire", "criticized the decision Russia took"): the
    /// one whose deed it was. Not of a denial or rejection, whose object's clause is the claim ("rejected claims that
    /// Iran was involved"). Null when there is none.
    /// </summary>
    private ActorMention? DoerInObjectClause(int t, IReadOnlyList<ActorMention> sources)
    {
        if (triggers[t] is not { IsNoun: false } trigger || !(trigger.Code[..2] == "11" || trigger.Code.StartsWith("051", StringComparison.Ordinal))
            || tree.Child(t, "obj") is not (int thing and >= 0) || tree.Upos(thing) != "NOUN" || actors.At(thing) is not null)
        {
            return null;
        }
        foreach (int clause in tree.Children(thing))
        {
            if ((tree.Is(clause, "acl") || tree.Is(clause, "ccomp")) && tree.Child(clause, "nsubj") is int doer and >= 0
                && actors.At(doer) is { Code: not null, Basis: not MentionBasis.Pronoun } mention && !sources.Any(s => Participants.SameActor(s, mention)))
            {
                return mention;
            }
        }
        return null;
    }

    /// <summary>
    /// The predicate that goes on after the event at <paramref name="t"/> with the same subject and "and", or -1:
    /// "Putin called the downing a stab in the back and warned of consequences for relations with Ankara". A reaction
    /// to a deed whose doer it does not name is aimed at the one its own next words name; a clause with its own subject
    /// is another's. Only an actor the words identify counts, not one only guessed to be of the story's country ("would
    /// respect the truce but would not withdraw from the cities").
    /// </summary>
    private int ContinuingClause(int t)
    {
        int v = ClauseVerb(t);
        if (v < 0 || tree.Upos(v) != "VERB")
        {
            return -1;
        }
        foreach (int c in tree.Children(v))
        {
            if (c > v && tree.Is(c, "conj") && tree.Upos(c) == "VERB" && tree.Child(c, "nsubj") < 0 && tree.Child(c, "nsubj:pass") < 0)
            {
                return c;
            }
        }
        return -1;
    }

    /// <summary>
    /// True when sources of different countries may do the event at <paramref name="t"/> with each other: an
    /// agreement, a meeting, cooperation or a ceasefire ("Tokyo and Washington shared concerns over China and agreed to
    /// …" agree with each other, not with China; "Trump and Kim met in Singapore" met each other, not Singapore).
    /// </summary>
    private bool WithEachOther(int t, IReadOnlyList<ActorMention> sources) =>
        triggers[t] is { } trigger && (trigger.Code[..2] is "03" or "04" or "05" or "06" || trigger.Code.StartsWith("0871", StringComparison.Ordinal))
        && sources.Select(s => s.Country ?? s.Code).Distinct().Count() > 1;

    /// <summary>Verbs that make a claim a denial may answer: "the ministry said al Qaeda was behind it, a charge the group denied".</summary>
    private static readonly HashSet<string> ClaimVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "claim", "allege", "accuse", "blame", "charge", "find", "conclude", "report", "assert", "state",
    };

    /// <summary>
    /// Who made the claim the denial at <paramref name="t"/> answers, when its own sentence says so before it: the
    /// subject of an earlier verb of claiming ("A U.N. investigation found that …, and Damascus rejected the findings").
    /// Not a verb that reports the denial itself ("Pakistan said India denied the claims"), nor the denier's own side.
    /// Null when there is none.
    /// </summary>
    public ActorMention? ClaimantBefore(int t, ActorMention denier)
    {
        int v = ClauseVerb(t);
        var (start, _) = tree.SentenceBounds(t);
        for (int i = t - 1; i >= start; i--)
        {
            if (tree.Upos(i) != "VERB" || !ClaimVerbs.Contains(tree.Lemma(i)) || Reports(i, v))
            {
                continue;
            }
            foreach (var claimant in Subjects(i, 0, out _))
            {
                if (claimant.Code is not null && claimant.Basis is not MentionBasis.Pronoun && claimant.Code != denier.Code
                    && !Participants.SameActor(claimant, denier))
                {
                    return claimant;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// A country or place of another country than <paramref name="side"/>'s that the "in" phrase of the event at
    /// <paramref name="t"/>, or of the verb that carries it, names: "Israel declared a unilateral ceasefire in Gaza" is
    /// one with the Palestinians. Null when there is none.
    /// </summary>
    /// <param name="namedPlace">The gazetteer's place for a proper noun the actor dictionaries do not know ("Gaza"), or null.</param>
    public ActorMention? PlaceOfOther(int t, ActorMention side, Func<int, ActorMention?> namedPlace)
    {
        foreach (int node in new[] { t, triggers[t] is { IsNoun: true } ? ClauseVerb(t) : -1 })
        {
            if (node < 0)
            {
                continue;
            }
            foreach (int c in tree.Children(node))
            {
                if ((tree.Is(c, "obl") || tree.Is(c, "nmod")) && tree.CaseOf(c) == "in"
                    && (actors.At(c) is { } mention ? mention is { Name: null } && mention.Code == mention.Country ? mention : null : namedPlace(c)) is { Country: { } country } place
                    && side.Country is { } own && country != own)
                {
                    return place;
                }
            }
        }
        return null;
    }

    /// <summary>The verb whose clause the event at <paramref name="t"/> is: its own, or the verb that governs its event noun (-1 when none does).</summary>
    private int ClauseVerb(int t) => triggers[t] is { IsNoun: true } ? TriggerFinder.Governor(tree, t) : t;

    /// <summary>True when predicate <paramref name="v"/> is the clause verb <paramref name="say"/> reports, or joined to it.</summary>
    private bool Reports(int say, int v)
    {
        if (v < 0)
        {
            return false;
        }
        int clause = tree.Is(v, "conj") && tree.Head(v) is int first and >= 0 ? first : v;
        return tree.Head(clause) == say && (tree.Is(clause, "ccomp") || tree.Is(clause, "parataxis"));
    }

    /// <summary>Verbs of telling, whose object or "to" phrase is who heard it, not whom a next deed is aimed at ("told Kompas … and called for").</summary>
    private static readonly HashSet<string> TellingVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "say", "tell", "add", "state", "announce", "report", "write", "tweet", "post", "note", "explain", "declare", "inform", "brief",
    };

    /// <summary>
    /// The predicate whose clause the event at <paramref name="t"/> continues with the same subject, or -1: the verb
    /// before "and" ("stormed the U.S. embassy and took 90 people hostage", "suspended contacts with Japan and demanded
    /// his release") or before a participle clause ("seized the residence, taking hundreds of guests hostage"). What
    /// that verb was done to is the one the continuation is aimed at, when the continuation names no one. A clause with
    /// its own subject, or one opened by a word such as "after", is another event's.
    /// </summary>
    private int SharedClause(int t)
    {
        int v = ClauseVerb(t);
        if (v < 0 || tree.Upos(v) != "VERB" || tree.Child(v, "nsubj") >= 0 || tree.Child(v, "nsubj:pass") >= 0 || tree.Head(v) is not (int head and >= 0))
        {
            return -1;
        }
        bool continues = tree.Is(v, "conj") || (tree.Is(v, "advcl") && tree.Xpos(v) == "VBG" && tree.Child(v, "mark") < 0);
        return continues && tree.Upos(head) == "VERB" && head < v && !TellingVerbs.Contains(tree.Lemma(head)) ? head : -1;
    }

    /// <summary>The nearest actor below <paramref name="t"/> that an event of it is done to (see <see cref="DeepTarget"/>).</summary>
    /// <param name="reported">Whether the clause a verb reports is walked too ("warned that it would harm relations with
    /// Norway"): only for a <see cref="ContinuingClause"/>, whose words say whom the reaction before it was aimed at. Of a
    /// verb of telling only that clause is: its object is who heard it ("told reporters").</param>
    private ActorMention? TargetBelow(int t, IReadOnlyList<ActorMention> sources, bool reported = false)
    {
        // Each node with whether it lies in a place phrase ("attacks in Kenya"), where only a country is the target:
        // "met in Paris" names where they met, not whom.
        var frontier = new List<(int Token, bool Place)> { (t, false) };
        for (int depth = 0; depth < DeepTargetDepth && frontier.Count > 0; depth++)
        {
            var next = new List<(int, bool)>();
            foreach (var (node, place) in frontier)
            {
                foreach (int c in tree.Children(node))
                {
                    bool leads = reported && depth == 0
                        ? tree.Is(c, "ccomp") || (!TellingVerbs.Contains(tree.Lemma(t)) && LeadsToTarget(c, top: true))
                        : LeadsToTarget(c, top: depth == 0);
                    if (!leads)
                    {
                        continue;
                    }
                    bool inPlace = place || (depth == 0 && tree.CaseOf(c) == "in");
                    if (actors.At(c) is { } mention && !Covers(mention, t))
                    {
                        if (mention.Code is null)
                        {
                            // An actor the story does not identify ("accused foreign-funded groups of …") is the
                            // target; what is said inside its phrase is about someone else.
                            continue;
                        }
                        if (mention.Basis is not MentionBasis.Pronoun && !sources.Any(s => Participants.SameActor(s, mention))
                            && (!inPlace || (mention.Code == mention.Country && mention.Name is null)))
                        {
                            return mention;
                        }
                    }
                    next.Add((c, inPlace));
                }
            }
            frontier = next;
        }
        return null;
    }

    private const int DeepTargetDepth = 4;

    /// <summary>
    /// Prepositions whose phrase on the trigger says when or amid what it happened, not to whom. "In" is not among
    /// them: "engagements carried out in the U.K." and "corruption in Albania" are about the place's country as often
    /// as not (see <see cref="DeepTarget"/>).
    /// </summary>
    private static readonly HashSet<string> SettingPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "at", "during", "after", "before", "since", "until", "through", "throughout", "amid", "despite", "near", "across", "inside", "outside", "within", "while", "as",
    };

    /// <summary>Whether the walk for a <see cref="DeepTarget"/> goes down to <paramref name="c"/>.</summary>
    private bool LeadsToTarget(int c, bool top)
    {
        if (!top && IsNounParticiple(tree.Head(c)))
        {
            // "the attack carried out by Hamas": under a participle on a noun, only its agent, whose deed it was.
            return c == DeedAgent(tree.Head(c));
        }
        if (tree.Is(c, "obl:tmod") || tree.Is(c, "obl:agent") || tree.Is(c, "nmod:tmod"))
        {
            return false;
        }
        string? preposition = tree.CaseOf(c);
        // "by" on the trigger names its agent; deeper, on a noun, whose deed it was ("denounced actions by Albania").
        if (preposition is "according to" || (preposition is "by" && (top || !tree.Is(c, "nmod")))
            || (top && preposition is not null && SettingPrepositions.Contains(preposition)))
        {
            return false;
        }
        bool argument = tree.Is(c, "obj") || tree.Is(c, "iobj") || tree.Is(c, "obl") || tree.Is(c, "xcomp") || tree.Is(c, "nmod");
        return argument || (!top && (tree.Is(c, "amod") || tree.Is(c, "compound") || tree.Is(c, "appos") || tree.Is(c, "conj") || tree.Is(c, "flat")
            || DeedAgent(c) >= 0));
    }

    /// <summary>
    /// The actors token <paramref name="i"/> stands for: its mention and those coordinated with it; a country named
    /// in its phrase ("the Chinese capital"); or, when it is an event noun, that event's parties.
    /// </summary>
    public List<ActorMention> ActorsOf(int i, int depth)
    {
        var found = Expand(i, depth);
        if (found.Count == 0 && depth <= MaxDepth && triggers[i] is { IsNoun: true } nested)
        {
            // "support for negotiations between Moscow and Kiev": the parties of the event named, not its possessor
            // ("its openness"), and that event is then part of this one.
            var inner = new Participants();
            ReadNounPhrase(i, nested.Targets, inner);
            Participants.AddNew(found, inner.Parties.Concat(inner.Targets));
            if (found.Count > 0)
            {
                _throughEvents.Add(i);
            }
        }
        return found;
    }

    /// <summary>
    /// Nouns that name members or a part of a group: "three members of the U.S. Senate", "a delegation of Hamas" stand
    /// for the group named after "of"; and amounts of a thing, which are the thing's owner's as the thing is ("tariffs
    /// on 34 billion dollars of Chinese goods", "the first batch of China's vaccine").
    /// </summary>
    private static readonly HashSet<string> PartitiveHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "member", "delegation", "majority", "minority", "part", "section", "wing", "unit", "contingent", "dozen", "hundred", "thousand",
        "million", "handful", "number", "group", "team",
        "dollar", "euro", "ton", "tonne", "barrel", "worth", "percent", "batch", "shipment", "consignment", "share",
    };

    /// <summary>
    /// The actor a noun phrase belongs to, named by a modifier ("the Chinese capital", "Russia's offensive", "Arafat's
    /// compound", "a U.N. compound") or a "by" phrase ("the actions by Albania", "a decision by the Iranian government"); empty when none.
    /// </summary>
    private List<ActorMention> Owners(int i)
    {
        foreach (int c in tree.Children(i))
        {
            if ((tree.Is(c, "amod") || tree.Is(c, "compound") || tree.Is(c, "nmod:poss") || (tree.Is(c, "nmod") && tree.CaseOf(c) == "by"))
                && actors.At(c) is { Code: not null, AgentOnly: false, Basis: not MentionBasis.Pronoun } owner && OwnsThings(owner))
            {
                return [owner];
            }
        }
        return [];
    }

    /// <summary>
    /// True when <paramref name="owner"/> stands for whose a thing is: a country or body, or a person the story
    /// identifies by name ("Arafat's compound" is the Palestinians'); not a person whose country is only the
    /// story's guess.
    /// </summary>
    private static bool OwnsThings(ActorMention owner) =>
        (owner.Country is not null || owner.Code!.Length >= 3 && InternationalOwners.Contains(owner.Code[..3]))
        && (!owner.IsPerson || owner.Basis is not (MentionBasis.StoryCountry or MentionBasis.Unresolved));

    /// <summary>Actors of no one country that own places and things: "a U.N. compound", "an MSF hospital", "an Islamic State base".</summary>
    private static readonly HashSet<string> InternationalOwners = new(StringComparer.Ordinal) { "IGO", "NGO", "IMG" };

    /// <summary>
    /// An agent noun of <paramref name="group"/>: of a country, that country's agent ("the government of the Democratic
    /// Republic of Congo" is CODGOV); of anyone else, that group itself ("the leader of Hamas" acts for Hamas).
    /// </summary>
    private static ActorMention OfGroup(ActorMention agent, ActorMention group) =>
        group is { Country: { } country, Name: null } && group.Code == country
            ? agent with { Code = country + string.Concat(agent.Sectors), Country = country, Basis = MentionBasis.Described, Reason = "agent noun of a country named after it" }
            : group;

    /// <summary>
    /// Nouns that, counted ("the two countries", "both sides", "the three nations", "the trio"), stand for that many
    /// parties the story named before.
    /// </summary>
    private static readonly HashSet<string> PairNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "country", "nation", "side", "leader", "government", "state", "party", "president", "minister", "capital",
        "neighbor", "neighbour", "army", "delegation", "rival", "ally", "foe", "trio", "junta", "regime",
    };

    /// <summary>How many sentences back the parties of "the two countries" are looked for.</summary>
    private const int CountedSentences = 3;

    /// <summary>
    /// The parties that noun phrase <paramref name="i"/> counts ("the two countries", "both sides", "the three
    /// military-led nations"), restated at its words: that many nearest actors of different countries that the few
    /// sentences before it named, places of events left out; empty when the phrase counts none or fewer are found.
    /// Agent nouns only guessed to be of the story's country and pronouns do not count.
    /// </summary>
    private List<ActorMention> PartiesNamedBefore(int i)
    {
        int count = tree.Upos(i) == "NOUN" && PairNouns.Contains(tree.Lemma(i)) ? Counted(i) : 0;
        if (count == 0)
        {
            return [];
        }
        var (start, end) = tree.Extent(i);
        // The sentences before this one: in its own sentence the others named are the ones acting on them
        // ("Qatar and Saudi Arabia urged both sides").
        var (sentenceStart, _) = tree.SentenceBounds(i);
        int firstSentence = tree.SentenceOf(i) - CountedSentences;
        var counted = new List<ActorMention>(count);
        for (int m = actors.FirstFrom(sentenceStart) - 1; m >= 0 && counted.Count < count; m--)
        {
            var named = actors.Mentions[m];
            if (tree.SentenceOf(named.Start) < firstSentence)
            {
                break;
            }
            // A place the event happened in ("talks in Doha") is no party to it.
            if (named is { Country: { } country, Basis: not (MentionBasis.StoryCountry or MentionBasis.Pronoun or MentionBasis.Unresolved) }
                && tree.CaseOf(named.Head) is not ("in" or "at" or "near")
                && !counted.Any(p => p.Country == country))
            {
                var party = named.RestatedAt(tree.Doc, start, end, i, MentionBasis.Coreference, "one of the parties named before");
                // "the two governments" after "Indonesia and South Africa": each country's government.
                if (party.Code == country && actors.At(i) is { Sectors.Count: > 0 } agent)
                {
                    party = party with { Code = country + string.Concat(agent.Sectors), Sectors = agent.Sectors };
                }
                counted.Add(party);
            }
        }
        return counted.Count == count ? counted : [];
    }

    /// <summary>
    /// How many noun <paramref name="i"/> is counted as: 2 for "the two countries", "both sides"; 3 for "the three
    /// nations", "the trio"; 4 for "the four countries"; 0 when it is not counted. More than four is a list no
    /// reader keeps apart, and "a pair of" is no pair of parties.
    /// </summary>
    private int Counted(int i)
    {
        if (tree.Lemma(i).Equals("trio", StringComparison.OrdinalIgnoreCase))
        {
            return 3;
        }
        foreach (int c in tree.Children(i))
        {
            if ((tree.Is(c, "det") || tree.Is(c, "cc:preconj")) && tree.Lemma(c).Equals("both", StringComparison.OrdinalIgnoreCase))
            {
                return 2;
            }
            if (tree.Is(c, "nummod"))
            {
                return tree.Lemma(c).ToLowerInvariant() switch { "two" => 2, "three" => 3, "four" => 4, _ => 0 };
            }
        }
        return 0;
    }

    /// <summary>The actors of the "of" phrase on <paramref name="i"/> ("members of the Senate"), or none.</summary>
    private List<ActorMention> PartOf(int i, int depth)
    {
        foreach (int c in tree.Children(i))
        {
            if (tree.Is(c, "nmod") && tree.CaseOf(c) == "of")
            {
                return Expand(c, depth + 1);
            }
        }
        return [];
    }

    private List<ActorMention> Expand(int i, int depth)
    {
        var found = new List<ActorMention>();
        // "according to Kristen Wilkins" names whose word it is (the attribution), never a party.
        if (depth > MaxDepth || tree.CaseOf(i) == "according to")
        {
            return found;
        }
        if (PartiesNamedBefore(i) is { Count: > 0 } parties)
        {
            // "The two countries held talks", "both sides agreed", "the trio": the ones named just before.
            found.AddRange(parties);
        }
        else if (actors.At(i) is { } mention)
        {
            // "the leader of Hamas", "officials of the bloc": an agent noun the story's country was only guessed for
            // belongs to the group its "of" phrase names.
            var of = mention is { AgentOnly: true, Basis: MentionBasis.StoryCountry } ? PartOf(i, depth) : [];
            found.AddRange(of.Count == 0 ? [mention] : of.Select(group => OfGroup(mention, group)));
            if (of.Count == 0 && SharedNoun(i, mention) is { } other)
            {
                found.Insert(0, other);
            }
        }
        else if (tree.Upos(i) is "NOUN" or "PROPN" && triggers[i] is null)
        {
            found.AddRange(Owners(i));
            if (found.Count == 0 && PartitiveHeads.Contains(tree.Lemma(i)))
            {
                found.AddRange(PartOf(i, depth));
            }
        }
        else if (tree.Upos(i) is "NUM" or "PRON" && actors.At(i) is null)
        {
            // "two of the soldiers", "some of them", "many of the protesters".
            found.AddRange(PartOf(i, depth));
        }
        foreach (int c in tree.Children(i))
        {
            if (tree.Is(c, "conj") || (tree.Is(c, "appos") && actors.At(c) is not null))
            {
                Participants.AddNew(found, Expand(c, depth + 1));
            }
        }
        return found;
    }
}

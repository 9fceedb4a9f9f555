using System.Security.Cryptography;
using System.Text;
using Parley.Coding.Actors;
using Parley.Coding.Events;
using Parley.Coding.Time;
using Parley.Coding.Typing;
using Parley.Knowledge;
using Parley.Knowledge.Patterns;
using Parley.Nlp.Learning;
using Parley.Text;

namespace Parley.Coding;

/// <summary>
/// Codes the events of one parsed article: actors, CAMEO and PLOVER codes, modality, attribution, date, location.
/// A trigger (a verb or event noun of verbs.yaml or nouns.yaml) becomes one event per source and target it has;
/// a trigger that governs another event through a complement family ("signaled its openness to a meeting") folds
/// that event into its own code (036), so the meeting is not also reported as having happened.
/// </summary>
/// <remarks>Thread-safe: one coder serves any number of threads.</remarks>
public sealed class EventCoder
{
    /// <summary>How many events one trigger may give (coordinated actors multiply); more is a parse gone wrong.</summary>
    private const int MaxEventsPerTrigger = 6;

    private readonly EventPatterns _patterns;
    private readonly ComplementFolder _folder;
    private readonly ActorLinker _linker;
    private readonly ModalityReader _modality;
    private readonly AttributionFinder _attribution;
    private readonly LocationResolver _locations;
    private readonly LexiconReader? _lexicon;

    /// <summary>A coder with the knowledge base's own event patterns (verbs.yaml, nouns.yaml, modality.yaml).</summary>
    public EventCoder(KnowledgeBase knowledge)
        : this(knowledge, knowledge?.Patterns ?? throw new ArgumentNullException(nameof(knowledge)))
    {
    }

    /// <summary>
    /// A coder with <paramref name="patterns"/> and, when given, the event model that types predicates no pattern
    /// matches (<see cref="EventTypeModel"/>).
    /// </summary>
    public EventCoder(KnowledgeBase knowledge, EventPatterns patterns, EventTypeModel? model = null)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(patterns);
        Knowledge = knowledge;
        _patterns = patterns;
        Model = model;
        _folder = new ComplementFolder(patterns);
        _linker = new ActorLinker(knowledge);
        _modality = new ModalityReader(patterns.Modality);
        _attribution = new AttributionFinder(patterns.Modality);
        _locations = new LocationResolver(knowledge);
        _lexicon = knowledge.VerbLexicon is { } lexicon ? new LexiconReader(lexicon) : null;
    }

    public KnowledgeBase Knowledge { get; }

    /// <summary>The event model, or null when the coder codes with its patterns alone.</summary>
    public EventTypeModel? Model { get; }

    /// <summary>
    /// Loads the dictionaries in <paramref name="dictionariesDir"/> and, with <paramref name="modelsDir"/>, the event
    /// model in its <c>events</c> folder. Throws <see cref="DictionaryException"/> listing every problem when the
    /// dictionaries are wrong, <see cref="ModelFormatException"/> when the model is missing or damaged.
    /// </summary>
    public static EventCoder Load(string dictionariesDir, string? modelsDir = null)
    {
        var knowledge = KnowledgeBase.Load(dictionariesDir);
        var model = modelsDir is null ? null : EventTypeModel.Load(Path.Combine(modelsDir, EventTypeModel.Folder));
        return new EventCoder(knowledge, knowledge.Patterns, model);
    }

    /// <summary>
    /// The events of <paramref name="document"/> (tokenised, split, tagged, lemmatised, parsed, with entities), in
    /// text order. <paramref name="articleDate"/> anchors relative dates and dated actor roles. A document without
    /// a parse gives no events.
    /// </summary>
    public IReadOnlyList<EventRecord> Code(Document document, string articleId, DateOnly? articleDate)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(articleId);
        if (document.Count == 0 || !document.Has(Annotations.Dependencies | Annotations.Lemmas))
        {
            return [];
        }
        var tree = new DependencyTree(document);
        var actors = QuotedSpeakers.Resolve(tree, _linker.Link(tree, articleDate), _attribution);
        // In a sentence coded on its own, the story's country is only that of the actors the sentence names.
        bool toldAtLength = document.Sentences.Skip(1).Any();
        var triggers = new Trigger?[tree.Count];
        for (int i = 0; i < tree.Count; i++)
        {
            triggers[i] = TriggerFinder.At(tree, i, _patterns, licensedBy: null);
        }
        for (int i = 0; i < tree.Count; i++)
        {
            if (triggers[i] is { IsNoun: true } noun && TriggerFinder.Governor(tree, i) is int verb and >= 0 && triggers[verb] is { IsNoun: false } general
                && (general.Complement is null || general.FoldsOnly)
                && (noun.Noun!.Verbs.Count > 0 || UndergoingFrame.Predicate(tree, TriggerFinder.Climb(tree, i)) == verb))
            {
                // "struck a deal" is the deal (057), not a strike: the noun its verb licenses is the event. So is
                // "suspended all imports" (163), which the noun's pattern names, not what the halt family makes of it,
                // and "faced criticism", which is criticism, not a meeting.
                triggers[verb] = null;
            }
            else if (triggers[i] is null && TriggerFinder.Governor(tree, i) is int governor and >= 0 && triggers[governor] is { Complement: not null })
            {
                // "demanded the release", "threatened sanctions": a folding predicate licenses any event noun.
                triggers[i] = TriggerFinder.At(tree, i, _patterns, licensedBy: governor);
            }
        }
        var arguments = new ArgumentReader(tree, actors, triggers);
        if (Model is not null)
        {
            var lexicon = _lexicon?.For(tree);
            TypeUnmatched(tree, actors, triggers, lexicon, arguments, Model);
        }
        var folded = _folder.Fold(tree, triggers);
        // Read every trigger's actors first: an event noun whose parties another event took as its own
        // ("support for negotiations between Moscow and Kiev") is part of that event, wherever it stands.
        var found = new List<Candidate>();
        for (int t = 0; t < tree.Count; t++)
        {
            if (triggers[t] is not { } trigger || folded.Absorbed[t])
            {
                continue;
            }
            var chain = folded.Chains.GetValueOrDefault(t) ?? [t];
            if (trigger.FoldsOnly && chain.Count == 1)
            {
                // "stopped at the border": a predicate that yields only by what it stops is no event alone.
                continue;
            }
            if (trigger.Verb is not null && StruckByWeapon(tree, t, triggers))
            {
                // "The attack killed 12 soldiers", "a bomb exploded": the weapon's event is the one that happened.
                continue;
            }
            string code = folded.Codes.GetValueOrDefault(t) ?? trigger.Code;
            var participants = Participants(tree, trigger, chain, triggers, arguments);
            // "Erdogan demanded that Saudi Arabia reveal who ordered the killing": a demand or appeal whose clause says
            // what is asked stands though no event folded into it, and the clause's subject is the one asked.
            int asked = chain.Count == 1 && trigger is { Verb: not null, Complement: "demand" or "appeal" } ? AskedClause(tree, t) : -1;
            if (asked >= 0 && participants.Targets.Count == 0)
            {
                Events.Participants.AddNew(participants.Targets, arguments.ActorsOf(tree.Child(asked, "nsubj"), 0)
                    .Where(m => m.Code is not null && !participants.Sources.Any(s => Events.Participants.SameActor(s, m))));
            }
            bool stated = chain.Count > 1 || (asked >= 0 && participants.Targets.Count > 0);
            if (trigger.Origin is not null && participants.ThroughEvents.Count > 0)
            {
                // "speculation was fueled by a phone call between Trump and Xi": a predicate the model typed whose
                // actors are another event's parties is about that event; the event is the call.
                continue;
            }
            bool jointly = DoneTogether(tree, trigger, chain, code, triggers, arguments);
            bool realised = trigger.IsNoun && TriggerFinder.Governor(tree, t) is int governor and >= 0
                && _patterns.Modality.RealisingVerbs.Contains(tree.Lemma(governor));
            int matter = Matter(tree, trigger, participants);
            if (participants.Targets.Count == 0 && participants.UnnamedTarget >= 0 && ActsOnPeopleOrPlaces(code) && NamedPlace(tree, participants.UnnamedTarget) is { } place)
            {
                // "M23 fighters captured Goma", "shelled Kharkiv": a town the gazetteer knows is a target of its own country.
                participants.Targets.Add(place);
            }
            var pairs = Pairs(trigger, code, stated, jointly, realised, matter >= 0, participants);
            if (pairs.Count == 0 && participants is { Sources.Count: 0, Parties.Count: 0, UnnamedSource: >= 0 })
            {
                // "Berisha's opponents accused him", "Western politicians called on China": people no dictionary knows
                // still did it. They are of the story's country unless their phrase says otherwise.
                participants.Sources.Add(PeopleActor(tree, participants.UnnamedSource, actors));
                pairs = Pairs(trigger, code, stated, jointly, realised, matter >= 0, participants);
            }
            if (pairs.Count == 0 && participants is { Sources: [{ Code: null, Basis: MentionBasis.Unresolved } people], Targets.Count: 0, Parties.Count: 0 }
                && StandsAlone(trigger, stated, realised, matter >= 0))
            {
                // "Hundreds rallied in the capital", "The rebels declared a ceasefire" in a story that names no country:
                // people did it, though no dictionary can say whose. The record keeps their words, with no code.
                pairs = [(people, null)];
            }
            if (pairs.Count == 0 && participants is { Sources.Count: 0, Targets.Count: 0, Parties.Count: 0, UnnamedSource: < 0 }
                && HappensOfItself(tree, trigger, code))
            {
                // "Protests erupted in Nairobi", "Peaceful protests begin across Kenya", "a general strike began": a
                // protest the sentence tells as happening is by people it does not name, of the story's country.
                participants.Sources.Add(PeopleActor(tree, t, actors));
                pairs = Pairs(trigger, code, stated, jointly, realised, matter >= 0, participants);
            }
            if (pairs.Count == 0 && participants is { Agentless: true, Sources.Count: 0, Targets.Count: 0, Parties.Count: 0, UnnamedTarget: < 0 }
                && code.StartsWith("172", StringComparison.Ordinal) && actors.StoryCountry is { } governed)
            {
                // "Nationwide Curfew Imposed", "a state of emergency was declared": restrictions no one is named as
                // imposing fall on the people of the story's country, with the least sure basis.
                var doc = tree.Doc;
                pairs = [(null, UnnamedActor(tree, t, governed, actors) with
                {
                    Start = t, End = t + 1, Text = tree.Word(t), CharStart = doc.Starts[t], CharEnd = doc.Ends[t],
                })];
            }
            if (pairs.All(p => p.Target is null) && participants.UnnamedTarget >= 0 && actors.StoryCountry is { } country && ActsOnPeopleOrPlaces(code))
            {
                // "Gunmen stormed a hotel", "captors freed the girls", "BLA insurgents ambushed a bus": a target the text
                // does not name as an actor is taken to be of the story's country, with the least sure basis, whether
                // or not the event would stand without it.
                participants.Targets.Add(UnnamedActor(tree, participants.UnnamedTarget, country, actors));
                pairs = Pairs(trigger, code, stated, jointly, realised, matter >= 0, participants);
            }
            if (pairs.Count > 0 && pairs.All(p => p.Target is null) && matter >= 0 && AboutTheirObject(code)
                && DoerOfDeed(tree, matter, found) is { } doer)
            {
                // "Israel struck Rafah. Egypt condemned the move": the reaction is aimed at the one who did the deed.
                var aimed = pairs.Where(p => p.Source is null || !Events.Participants.SameActor(p.Source, doer)).Select(p => (p.Source, (ActorMention?)doer)).ToList();
                if (aimed.Count > 0)
                {
                    pairs = aimed;
                }
            }
            if (pairs.Count > 0 && pairs.All(p => p.Target is null) && (code.StartsWith("016", StringComparison.Ordinal) || code.StartsWith("0871", StringComparison.Ordinal)))
            {
                // "Afghan officials accused the Taliban … The insurgent group denied involvement", "Russia has not agreed
                // to the ceasefire" after Ukraine's: aimed at the accuser, or the other side of the ceasefire.
                pairs = Answers.Aim(tree, t, code, pairs, [.. found.Select(f => new Answers.EarlierEvent(f.Trigger.Token, f.Code, f.Pairs))], arguments, place => NamedPlace(tree, place));
            }
            if (pairs.Count > 0 && pairs.All(p => p.Target is null) && participants.UnnamedTarget >= 0 && actors.StoryCountry is { } home
                && toldAtLength && SaysSomethingOfThings(code))
            {
                // "the Church denied these allegations", "called the ruling arbitrary", "rejected the plan": what is
                // denied, judged or rejected is of the story's country, as far as the text tells, with the least sure
                // basis.
                participants.Targets.Add(UnnamedActor(tree, participants.UnnamedTarget, home, actors));
                var judged = Pairs(trigger, code, stated, jointly, realised, matter >= 0, participants);
                pairs = judged.Count > 0 ? judged : pairs;
            }
            if (pairs.Count > 0 && pairs.All(p => p.Source is null) && participants.Agentless && StateActSector(code) is { } sector
                && ActingState(tree, t, pairs, actors) is { } state)
            {
                // "Montalvo was arrested", "was charged with murder", "were deported": only a state does these, and with
                // no one named it is the state where it happened, with the least sure basis (eval/gold/README.md,
                // implicit agents). A restriction on the state's own people keeps no source ("a curfew was imposed").
                var doc = tree.Doc;
                var implied = UnnamedActor(tree, t, state, actors) with
                {
                    Start = t, End = t + 1, Text = tree.Word(t), CharStart = doc.Starts[t], CharEnd = doc.Ends[t],
                    Code = state + sector, Sectors = [sector], Reason = "implied: only a state does this, and the text names no one",
                };
                var byState = pairs.Where(p => p.Target is null || p.Target.Code != state).Select(p => ((ActorMention?)implied, p.Target)).ToList();
                pairs = byState.Count == pairs.Count ? byState : pairs;
            }
            if (pairs.Count > 0 && !RepeatsFirstConjunct(tree, t, code, pairs, found))
            {
                found.Add(new Candidate(trigger, chain, code, participants, pairs));
            }
        }
        var partOfAnother = found.SelectMany(f => f.Participants.ThroughEvents).ToHashSet();
        partOfAnother.UnionWith(found.Where(f => ToldByItsPurpose(tree, f, found) || CountsCasualties(tree, f, found)).Select(f => f.Trigger.Token));
        var records = new List<EventRecord>();
        DateOnly? anchor = null;
        var sentences = document.Sentences.ToList();
        var expressions = new Dictionary<int, List<TimeExpression>>();
        foreach (var (trigger, chain, code, participants, pairs) in found)
        {
            if (partOfAnother.Contains(trigger.Token))
            {
                continue;
            }
            int sentenceIndex = tree.SentenceOf(trigger.Token);
            var sentence = sentences[sentenceIndex];
            if (!expressions.TryGetValue(sentenceIndex, out var inSentence))
            {
                expressions[sentenceIndex] = inSentence = TimeExpressionFinder.Find(sentence);
            }
            var context = new EventContext(tree, articleId, articleDate, sentenceIndex, sentences.Count, sentence, chain, trigger, code, inSentence, anchor, participants,
                chain.Count > 1 ? triggers[chain[^1]]?.Code : null);
            foreach (var (source, target) in pairs)
            {
                var record = Build(context, actors, source, target);
                if (record is null)
                {
                    continue;
                }
                records.Add(record);
                if (record.EventDate is { Basis: TimeResolver.TextBasis, Precision: TimeResolver.DayPrecision } date)
                {
                    anchor = DateOnly.ParseExact(date.Value, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                }
            }
        }
        return WithoutRepeatedTitle(WithDistinctIds(records));
    }

    /// <summary>
    /// True when an event with no target is told again, with its target, by the purpose clause of its own verb: "police
    /// used water cannon to disperse protesters" is one repression of the protesters, not also one of no one.
    /// </summary>
    private static bool ToldByItsPurpose(DependencyTree tree, Candidate candidate, List<Candidate> found)
    {
        if (candidate.Pairs.Any(p => p.Target is not null))
        {
            return false;
        }
        int verb = candidate.Trigger.IsNoun ? TriggerFinder.Governor(tree, candidate.Trigger.Token) : candidate.Trigger.Token;
        return verb >= 0 && found.Any(other => other != candidate && other.Code[..2] == candidate.Code[..2]
            && tree.Head(other.Trigger.Token) == verb && (tree.Is(other.Trigger.Token, "xcomp") || tree.Is(other.Trigger.Token, "advcl"))
            && other.Pairs.Any(p => p.Target is not null));
    }

    /// <summary>
    /// True when a killing told by a participle counts the dead of the attack its clause hangs from: "gunmen attacked the
    /// mall, killing at least 39 people" is one attack, not also a killing; "fighters burst through the fence, killing
    /// 1,200 people", whose verb is no attack, keeps it.
    /// </summary>
    private static bool CountsCasualties(DependencyTree tree, Candidate candidate, List<Candidate> found)
    {
        int t = candidate.Trigger.Token;
        if (candidate.Trigger.IsNoun || !tree.Is(t, "advcl") || tree.Doc.Strings[tree.Doc.Xpos[t]] != "VBG" || !CameoFamilies.IsViolent(candidate.Code))
        {
            return false;
        }
        int attack = tree.Head(t);
        return found.Any(other => other != candidate && CameoFamilies.IsViolent(other.Code)
            && (other.Trigger.Token == attack || (other.Trigger.IsNoun && TriggerFinder.Governor(tree, other.Trigger.Token) == attack)));
    }

    /// <summary>
    /// True when event noun <paramref name="t"/> is a later conjunct of one already found with the same code and actors
    /// ("fired tear gas and water cannon at protesters"): one event, named by the first.
    /// </summary>
    private static bool RepeatsFirstConjunct(DependencyTree tree, int t, string code, List<(ActorMention? Source, ActorMention? Target)> pairs, List<Candidate> found)
    {
        if (!tree.Is(t, "conj") || found.Count == 0 || found[^1] is not { Trigger.IsNoun: true } first || first.Trigger.Token != tree.Head(t) || first.Code != code)
        {
            return false;
        }
        return pairs.Select(p => (p.Source?.Code, p.Target?.Code)).SequenceEqual(first.Pairs.Select(p => (p.Source?.Code, p.Target?.Code)));
    }

    /// <summary>
    /// True when a weapon or attack noun that is a trigger is verb <paramref name="v"/>'s subject ("the attack killed
    /// 12"), or the subject of the clause a subjectless <paramref name="v"/> continues ("a bomb exploded, killing 19").
    /// </summary>
    private static bool StruckByWeapon(DependencyTree tree, int v, Trigger?[] triggers)
    {
        if ((tree.Is(v, "advcl") || tree.Is(v, "conj")) && tree.Child(v, "nsubj") < 0 && tree.Head(v) is int head and >= 0 && StruckByWeapon(tree, head, triggers))
        {
            return true;
        }
        foreach (int c in tree.Children(v))
        {
            if (triggers[c] is { } weapon && weapon.StrikingPredicate == v)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Event ids made unique within the article: two events whose trigger, code and actor spans are the same ("the two
    /// countries" stands for two parties at one span) get ids that also hash their actor codes. Other ids are unchanged.
    /// </summary>
    private static List<EventRecord> WithDistinctIds(List<EventRecord> records)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int r = 0; r < records.Count; r++)
        {
            var record = records[r];
            if (!seen.Add(record.EventId))
            {
                records[r] = record with { EventId = IdOf(string.Join('|', record.EventId, record.Source?.Code, record.Target?.Code)) };
                seen.Add(records[r].EventId);
            }
        }
        return records;
    }

    /// <summary>Prepositions that set a clause in a meeting: "after talks with", "during a visit to", "in a phone call".</summary>
    private static readonly HashSet<string> SettingPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "after", "following", "during", "at", "in", "on", "before", "ahead",
    };

    /// <summary>
    /// The verb whose clause consultation noun <paramref name="trigger"/> (CAMEO 04: talks, a meeting, a call, a visit)
    /// sets, as an oblique with a preposition of time or occasion ("after talks with Ukraine", "in a phone call",
    /// "on the sidelines of a summit"), or -1.
    /// </summary>
    private static int SettingOfClause(DependencyTree tree, Trigger trigger)
    {
        if (!trigger.IsNoun || !trigger.Code.StartsWith("04", StringComparison.Ordinal))
        {
            return -1;
        }
        int noun = TriggerFinder.Climb(tree, trigger.Token);
        int verb = tree.Head(noun);
        return verb >= 0 && tree.Is(noun, "obl") && tree.Upos(verb) is "VERB" && tree.CaseOf(noun) is { } preposition && SettingPrepositions.Contains(preposition)
            ? verb : -1;
    }

    /// <summary>The least probability of being an event of its type at which the event model makes a predicate a trigger.</summary>
    public const double ModelThreshold = 0.5;

    /// <summary>
    /// The least probability at which the event model's reading of a headline's predicate overrules a pattern that gives
    /// it another CAMEO root. The model learned headlines from thousands of labelled stories (on the dev split, all 143 of
    /// its events this sure had the story's type); a pattern reads the verb alone ("Rebels Agree to Disarm" is no mere intent,
    /// "Hackers attack Church of Scientology website" is a cyber attack, "Killing of Myanmar Protesters" a repression).
    /// </summary>
    public const double HeadlineOverrule = 0.8;

    /// <summary>
    /// Asks the event model about every predicate no pattern matched that has an actor among its arguments, and makes
    /// it a trigger when the model gives it an event type with enough probability. A noun the model types is left out
    /// when a verb that governs it is itself a trigger ("condemned the attack": the attack is only mentioned), and so
    /// is a word that a naming verb calls its object ("called the move unacceptable": the word is what makes the naming
    /// criticism, one event). A headline's predicate that a pattern matched is asked too (<see cref="OverruleInHeadline"/>).
    /// </summary>
    private static void TypeUnmatched(DependencyTree tree, ArticleActors actors, Trigger?[] triggers, LexiconReader.DocumentReader? lexicon, ArgumentReader arguments, EventTypeModel model)
    {
        var typed = new List<int>();
        for (int i = 0; i < tree.Count; i++)
        {
            if (triggers[i] is { Origin: null } pattern)
            {
                OverruleInHeadline(tree, i, pattern, actors, triggers, lexicon, model);
                continue;
            }
            if (triggers[i] is not null || !PredicateCandidates.IsCandidate(tree, i, actors))
            {
                continue;
            }
            if (TriggerFinder.GovernsNounTrigger(tree, i, triggers))
            {
                // "held talks", "carried out attacks": the noun is the event, the verb only does it.
                continue;
            }
            if (!EventTypeTrainer.HasActor(tree, i, arguments))
            {
                // Reading a candidate's arguments is the costly check (a fifth of the coder's time): it comes last.
                continue;
            }
            var prediction = model.Predict(tree, i, actors, lexicon?.At(i));
            if (prediction.Event * prediction.Type >= ModelThreshold)
            {
                triggers[i] = Trigger.Generic(i, tree.Upos(i) == "NOUN", prediction.Code, "model:events#" + prediction.Code, prediction.Event * prediction.Type);
                typed.Add(i);
            }
        }
        foreach (int i in typed)
        {
            if ((triggers[i]!.IsNoun && TriggerFinder.Governor(tree, i) is int governor and >= 0 && triggers[governor] is not null)
                || (tree.Head(i) is int naming and >= 0 && triggers[naming] is { Verb.Judged: true }))
            {
                triggers[i] = null;
            }
        }
    }

    /// <summary>
    /// Gives headline predicate <paramref name="i"/>, which a pattern matched, the model's code instead when the model is
    /// sure (<see cref="HeadlineOverrule"/>) that it is an event of another root.
    /// </summary>
    private static void OverruleInHeadline(DependencyTree tree, int i, Trigger pattern, ArticleActors actors, Trigger?[] triggers, LexiconReader.DocumentReader? lexicon, EventTypeModel model)
    {
        if (pattern.Code.Length < 2 || !PredicateCandidates.InHeadline(tree, i) || !PredicateCandidates.IsCandidate(tree, i, actors))
        {
            return;
        }
        var prediction = model.Predict(tree, i, actors, lexicon?.At(i));
        if (prediction.Event * prediction.Type >= HeadlineOverrule && !prediction.Code.StartsWith(pattern.Code[..2], StringComparison.Ordinal))
        {
            triggers[i] = Trigger.Generic(i, tree.Upos(i) == "NOUN", prediction.Code, "model:events#" + prediction.Code, prediction.Event * prediction.Type);
        }
    }

    /// <summary>
    /// Drops events of a sentence that repeats the title at its start (Wikinews bodies open with their headline)
    /// when the title already gave the same event.
    /// </summary>
    private static List<EventRecord> WithoutRepeatedTitle(List<EventRecord> records)
    {
        var title = records.Where(r => r.SentenceIndex == 0).ToList();
        if (title.Count == 0)
        {
            return records;
        }
        string titleText = title[0].Sentence;
        return records.Where(r => r.SentenceIndex == 0 || !r.Sentence.StartsWith(titleText, StringComparison.Ordinal)
            || !title.Any(t => t.Cameo == r.Cameo && t.Source?.Code == r.Source?.Code && t.Target?.Code == r.Target?.Code)).ToList();
    }

    /// <summary>A trigger with its folded chain, code, actors and the (source, target) pairs it gives.</summary>
    private sealed record Candidate(Trigger Trigger, List<int> Chain, string Code, Participants Participants, List<(ActorMention? Source, ActorMention? Target)> Pairs);

    private sealed record EventContext(
        DependencyTree Tree, string ArticleId, DateOnly? ArticleDate, int SentenceIndex, int StorySentences, TokenSpan Sentence, List<int> Chain, Trigger Trigger,
        string Code, List<TimeExpression> Expressions, DateOnly? Anchor, Participants Participants, string? GovernedCode);

    private Participants Participants(DependencyTree tree, Trigger trigger, List<int> chain, Trigger?[] triggers, ArgumentReader arguments)
    {
        var participants = arguments.Read(trigger);
        if (chain.Count == 1 && participants is { Sources.Count: 0, Parties.Count: <= 1 } && SettingOfClause(tree, trigger) is int clause and >= 0)
        {
            // "Russia promised to scale down after talks with Ukraine", "Putin told Trump in a phone call that …": the
            // meeting a phrase of the clause sets it in is one its subject took part in.
            Events.Participants.AddNew(participants.Sources, arguments.Subjects(clause, 0, out _)
                .Where(m => !participants.All.Any(p => Events.Participants.SameActor(p, m))));
            if (participants.Sources.Count > 0 && participants.Parties.Count == 1 && participants.Targets.Count == 0)
            {
                // The one party the noun's phrase names ("talks with Ukraine") is the subject's other side.
                participants.Targets.Add(participants.Parties[0]);
                participants.Parties.Clear();
            }
            if (participants.Sources.Count > 0 && participants.Targets.Count == 0 && participants.Parties.Count == 0 && !trigger.Code.StartsWith("042", StringComparison.Ordinal))
            {
                // "Putin told Trump in a phone call": the one the subject spoke to was the other party. Not of a visit:
                // "Trump told Starmer during the visit" does not say who visited whom.
                int hearer = tree.Child(clause, "iobj") is int iobj and >= 0 ? iobj
                    : _patterns.Modality.ReportingVerbs.Contains(tree.Lemma(clause)) ? tree.Child(clause, "obj") : -1;
                if (hearer >= 0)
                {
                    Events.Participants.AddNew(participants.Targets, arguments.ActorsOf(hearer, 0)
                        .Where(m => !participants.Sources.Any(p => Events.Participants.SameActor(p, m))));
                }
            }
        }
        if (chain.Count > 1 && participants.Targets.Count == 0)
        {
            // "Russia signaled its openness to a meeting between Putin and Trump": the target is whoever the
            // governed event involves besides the source's own side.
            var inner = arguments.Read(triggers[chain[^1]]!);
            var sides = participants.Sources.Select(s => s.Country ?? s.Code).ToHashSet();
            Events.Participants.AddNew(participants.Targets,
                inner.All.Where(m => m.Code is not null && !sides.Contains(m.Country ?? m.Code) && !participants.Sources.Any(s => Events.Participants.SameActor(s, m))));
            if (participants.Sources.Count == 0)
            {
                Events.Participants.AddNew(participants.Sources, inner.Sources);
            }
        }
        if (participants.Sources.Count > 0 && participants.Targets.Count == 0 && participants.Parties.Count == 0
            && SlotPlace(tree, trigger) is { } place)
        {
            // "Russia withdrew its forces from Kherson", "deployed troops to the Donbas": a town or region the
            // gazetteer knows, in the phrase the pattern takes its target from, before anything deeper in the clause.
            participants.Targets.Add(place);
        }
        // "Turkey is looking to reset relations with Egypt": a target deeper in the clause than the trigger's slots.
        if (participants.Sources.Count > 0 && participants.Targets.Count == 0 && participants.Parties.Count == 0
            && (arguments.DeepTarget(trigger.Token, participants.Sources) ?? (chain.Count > 1 ? arguments.DeepTarget(chain[^1], participants.Sources) : null)) is { } deep)
        {
            participants.Targets.Add(deep);
        }
        return participants;
    }

    /// <summary>The named place in the first of <paramref name="trigger"/>'s prepositional target slots that holds one; null when none does.</summary>
    private ActorMention? SlotPlace(DependencyTree tree, Trigger trigger)
    {
        foreach (var slot in trigger.Targets)
        {
            foreach (int c in tree.Children(trigger.Token))
            {
                if (slot is not ("obj" or "iobj") && tree.Is(c, "obl") && string.Equals(tree.CaseOf(c), slot, StringComparison.OrdinalIgnoreCase)
                    && NamedPlace(tree, c) is { } place)
                {
                    return place;
                }
            }
        }
        return null;
    }

    /// <summary>The (source, target) pairs of one trigger; an empty list when it lacks a source, or a target it needs.</summary>
    private static List<(ActorMention? Source, ActorMention? Target)> Pairs(Trigger trigger, string code, bool folded, bool jointly, bool realised, bool aboutSomething, Participants participants)
    {
        var pairs = new List<(ActorMention?, ActorMention?)>();
        var sources = participants.Sources;
        var targets = new List<ActorMention>(participants.Targets);
        if (participants.Reciprocal && targets.Count == 0 && sources.Count >= 2)
        {
            // "Kyiv and Moscow accused each other": each did it to each of the others.
            foreach (var source in sources)
            {
                pairs.AddRange(sources.Where(other => !Events.Participants.SameActor(source, other)).Select(other => ((ActorMention?)source, (ActorMention?)other)));
            }
            return pairs;
        }
        if (sources.Count == 0)
        {
            // "talks between X and Y", "the U.S.-Russia summit": each party with each later one.
            for (int a = 0; a < participants.Parties.Count; a++)
            {
                for (int b = a + 1; b < participants.Parties.Count; b++)
                {
                    pairs.Add((participants.Parties[a], participants.Parties[b]));
                }
            }
            if (pairs.Count == 0 && participants.Parties.Count == 1 && targets.Count > 0)
            {
                sources = participants.Parties;
            }
        }
        else
        {
            Events.Participants.AddNew(targets, participants.Parties.Where(p => !sources.Any(s => Events.Participants.SameActor(s, p))));
        }
        if (pairs.Count == 0 && sources.Count >= 2 && targets.Count == 0 && jointly)
        {
            // "Putin and Trump have held phone conversations", "India and Pakistan agreed to resume talks": they did it
            // with each other.
            for (int a = 0; a < sources.Count; a++)
            {
                for (int b = a + 1; b < sources.Count; b++)
                {
                    if (!Events.Participants.SameActor(sources[a], sources[b]))
                    {
                        pairs.Add((sources[a], sources[b]));
                    }
                }
            }
        }
        if (pairs.Count == 0 && sources.Count == 0 && participants.Agentless && Agentless(trigger, folded))
        {
            // "was arrested", "were killed", "the blast killed eight": the story does not name who did it. The event
            // is kept with no source (a consumer filters on source being null), each target its own event.
            foreach (var target in targets)
            {
                pairs.Add((null, target));
            }
        }
        if (pairs.Count == 0)
        {
            foreach (var source in sources)
            {
                if (targets.Count == 0)
                {
                    if (StandsAlone(trigger, folded, realised, aboutSomething))
                    {
                        pairs.Add((source, null));
                    }
                    continue;
                }
                foreach (var target in targets)
                {
                    if (!Events.Participants.SameActor(source, target))
                    {
                        pairs.Add((source, target));
                    }
                }
            }
        }
        // An event needs an actor the story identifies: a source or target whose code is known.
        pairs.RemoveAll(p => p.Item1?.Code is null && p.Item2?.Code is null);
        // One consults, visits or meets someone the text names, not "a clinic" given the story's country.
        pairs.RemoveAll(p => code.StartsWith("04", StringComparison.Ordinal) && p.Item2 is { Basis: MentionBasis.StoryCountry, AgentOnly: true });
        return pairs.Count > MaxEventsPerTrigger ? pairs.GetRange(0, MaxEventsPerTrigger) : pairs;
    }

    /// <summary>
    /// The country of the state that did state act <paramref name="t"/> with no one named: the country its "in"
    /// phrase names ("were detained in Iran"), else the country of the one it was done to, else the story's.
    /// </summary>
    private string? ActingState(DependencyTree tree, int t, List<(ActorMention? Source, ActorMention? Target)> pairs, ArticleActors actors)
    {
        foreach (int c in tree.Children(t))
        {
            if (tree.Is(c, "obl") && tree.CaseOf(c) == "in" && (actors.At(c) ?? NamedPlace(tree, c)) is { Country: { } named })
            {
                return named;
            }
        }
        return pairs.Select(p => p.Target).FirstOrDefault(m => m is { Country: not null } && m.Basis is not MentionBasis.StoryCountry)?.Country
            ?? actors.StoryCountry;
    }

    /// <summary>
    /// The sector of the state that alone does an event of <paramref name="code"/>: arrests, detentions and charges
    /// (173) by its police, restrictions (172) and expulsions (174) by its government; null for any other event.
    /// </summary>
    private static string? StateActSector(string code) =>
        code.StartsWith("173", StringComparison.Ordinal) ? "COP"
        : code.StartsWith("172", StringComparison.Ordinal) || code.StartsWith("174", StringComparison.Ordinal) ? "GOV"
        : null;

    /// <summary>
    /// Words, not deeds: statements, appeals, intents, diplomatic cooperation, demands, disapproval, rejection and
    /// threats, which are often aimed at things (an allegation, a ruling, a plan) that are someone's.
    /// </summary>
    private static bool SaysSomethingOfThings(string code) => code[..2] is "01" or "02" or "03" or "05" or "10" or "11" or "12" or "13";

    /// <summary>Aid, release, coercion and violence: events done to people and places, whoever the text says they are.</summary>
    private static bool ActsOnPeopleOrPlaces(string code) => code[..2] is "07" or "08" or "17" or "18" or "19" or "20";

    /// <summary>Modifiers that place people outside any one country: "Western politicians", "foreign donors".</summary>
    private static readonly HashSet<string> UnplacedModifiers = new(StringComparer.OrdinalIgnoreCase)
    {
        "western", "eastern", "foreign", "international", "global", "world", "regional", "overseas", "multinational",
    };

    /// <summary>
    /// People named only by a common noun ("opponents", "analysts"): of the country a name inside their phrase gives,
    /// else of the story's country; unresolved (text kept, no code) when the story has no country or a modifier places
    /// them nowhere ("Western politicians").
    /// </summary>
    private static ActorMention PeopleActor(DependencyTree tree, int head, ArticleActors actors)
    {
        bool unplaced = false;
        foreach (int c in tree.Children(head))
        {
            unplaced |= tree.Is(c, "amod") && UnplacedModifiers.Contains(tree.Lemma(c));
        }
        var mention = UnnamedActor(tree, head, actors.StoryCountry ?? "", actors);
        return unplaced || mention.Country is "" ? mention with { Code = null, Country = null, Basis = MentionBasis.Unresolved } : mention;
    }

    /// <summary>
    /// True when <paramref name="trigger"/> is a protest noun (CAMEO 14) that its sentence tells as happening: the
    /// subject of a verb of happening ("protests erupted", "the strike continues") or a headline's head with no
    /// copula ("Protests in Minsk"; not "this is a demonstration of our commitment"). A protest named as the object or
    /// in a phrase of another event ("police dispersed the protest", "in protest at") is that event's business.
    /// </summary>
    private static bool HappensOfItself(DependencyTree tree, Trigger trigger, string code)
    {
        int t = trigger.Token;
        if (!trigger.IsNoun || !code.StartsWith("14", StringComparison.Ordinal))
        {
            return false;
        }
        if (tree.Head(t) < 0)
        {
            return tree.Child(t, "cop") < 0 && tree.Child(t, "nsubj") < 0;
        }
        int verb = tree.Head(t);
        string lemma = tree.Lemma(verb).ToLowerInvariant();
        return tree.Is(t, "nsubj")
            && (HappeningVerbs.Contains(lemma) || (lemma == "take" && tree.Child(verb, "obj") is int place and >= 0 && tree.Lemma(place) == "place"));
    }

    /// <summary>Verbs whose subject happens: "protests erupted", "the strike entered its third day" (and "took place").</summary>
    private static readonly HashSet<string> HappeningVerbs = new(StringComparer.Ordinal)
    {
        "begin", "start", "erupt", "continue", "resume", "spread", "break", "happen", "occur", "grow", "intensify",
        "escalate", "flare", "rage", "enter", "persist", "swell", "sweep", "paralyse", "paralyze", "disrupt", "spill",
        "turn", "hit", "rock", "engulf", "shut", "close", "block", "draw", "gather",
    };

    /// <summary>
    /// A target the actor dictionaries do not name that is a place the gazetteer knows ("captured Goma", "shelled
    /// Kharkiv"): coded as the place's country and marked a place. Null when <paramref name="head"/> is no such name.
    /// </summary>
    private ActorMention? NamedPlace(DependencyTree tree, int head)
    {
        if (tree.Upos(head) != "PROPN")
        {
            return null;
        }
        int start = head;
        while (start > 0 && tree.Head(start - 1) == head && tree.Upos(start - 1) == "PROPN" && (tree.Is(start - 1, "compound") || tree.Is(start - 1, "flat")))
        {
            start--;
        }
        var doc = tree.Doc;
        string name = doc.Text[doc.Starts[start]..doc.Ends[head]];
        if (Knowledge.Gazetteer.Find(name).FirstOrDefault(p => p.Country is not null) is not { } place)
        {
            return null;
        }
        return new ActorMention
        {
            Start = start,
            End = head + 1,
            Head = head,
            Text = name,
            CharStart = doc.Starts[start],
            CharEnd = doc.Ends[head],
            Code = place.Country,
            Country = place.Country,
            Name = place.Name,
            IsPlace = true,
            Basis = MentionBasis.Catalogue,
            Reason = "named place (gazetteer.yaml)",
        };
    }

    /// <summary>A target named only by a common noun phrase, coded as the story's country.</summary>
    private static ActorMention UnnamedActor(DependencyTree tree, int head, string country, ArticleActors actors)
    {
        var doc = tree.Doc;
        var (start, end) = tree.Extent(head);
        // "a loudspeaker in South Korea", "boats of Rohingya migrants": a country named inside the phrase says whose.
        foreach (var mention in actors.Within(start, end))
        {
            if (mention.Country is not null && mention.Basis is not MentionBasis.StoryCountry)
            {
                country = mention.Country;
                break;
            }
        }
        // The phrase up to its head and the words that complete it on the right, without a trailing clause.
        end = Math.Min(end, head + 1 + 3);
        while (end - 1 > head && tree.Upos(end - 1) is "PUNCT" or "ADP" or "CCONJ" or "DET" or "SCONJ" or "PART" or "AUX" or "VERB")
        {
            end--;
        }
        while (start < head && tree.Is(start, "case"))
        {
            start++;
        }
        return new ActorMention
        {
            Start = start,
            End = end,
            Head = head,
            Text = doc.Text[doc.Starts[start]..doc.Ends[end - 1]],
            CharStart = doc.Starts[start],
            CharEnd = doc.Ends[end - 1],
            Code = country,
            Country = country,
            Basis = MentionBasis.StoryCountry,
        };
    }

    /// <summary>
    /// True when a trigger with no target is still an event: one its pattern lets stand alone ("protesters rallied",
    /// "called for calm"); an event noun its verb realises (a verb of its pattern, "imposed sanctions", or one that
    /// carries out any event, "launched an offensive", <paramref name="realised"/>), unless the event takes two sides
    /// (a meeting, an agreement, cooperation); a verb of force or protest ("stormed the
    /// residence", "executed 47 people"), whose target is often a place or people no dictionary names; a reaction whose
    /// object is a thing (<paramref name="aboutSomething"/>, "criticized the decision"). Not a complement-taker that
    /// folded nothing ("he agreed", "its commitment"), which says too little to count, unless a preposition it needs
    /// carries the content ("called for a peace accord") or it is a denial.
    /// </summary>
    private static bool StandsAlone(Trigger trigger, bool folded, bool realised, bool aboutSomething)
    {
        if (trigger.Complement is null)
        {
            string root = trigger.Code[..2];
            return trigger.TargetOptional
                || (aboutSomething && AboutTheirObject(trigger.Code))
                || ((realised || trigger.Noun is { Verbs.Count: > 0 }) && root is not ("04" or "05" or "06"))
                || (trigger.Verb is not null && root is "14" or "15" or "17" or "18" or "19" or "20");
        }
        // A denial is one whatever it denies ("the Taliban denied it"): CAMEO codes denying responsibility alone. A
        // rejection of a thing ("rejected the terms of the bailout", "refused the offer") is one too, as a reaction is.
        return folded || (trigger.Verb?.Preposition ?? trigger.Noun?.Preposition) is not null || trigger.Complement == "deny"
            || (aboutSomething && AboutTheirObject(trigger.Code));
    }

    /// <summary>
    /// Reactions whose object says what they are about: "Kenya criticized the decision", "Iran rejected the proposal",
    /// "Germany welcomed the move" are events with no target, where "he agreed to the plan" says too little alone. They
    /// are aimed at whoever did what they react to (<see cref="DoerOfDeed"/>). The reactions of <see cref="CameoFamilies"/>
    /// but denials, which answer a claim (<see cref="Answers"/>).
    /// </summary>
    private static bool AboutTheirObject(string code) => CameoFamilies.IsReaction(code) && !code.StartsWith("016", StringComparison.Ordinal);

    /// <summary>
    /// What a verb with no actor for a target is about, when its object is a thing ("criticized the decision",
    /// "condemned the attack", whether or not the noun is an event the story tells of), or -1.
    /// </summary>
    private static int Matter(DependencyTree tree, Trigger trigger, Participants participants)
    {
        if (trigger.Verb is null || participants.Targets.Count > 0)
        {
            return -1;
        }
        if (participants.UnnamedTarget >= 0)
        {
            return participants.UnnamedTarget;
        }
        int thing = tree.Child(trigger.Token, "obj");
        return thing >= 0 && tree.Upos(thing) == "NOUN" ? thing : -1;
    }

    /// <summary>Whether noun <paramref name="n"/> is one the story has told of: "the move", "this decision".</summary>
    private static bool Definite(DependencyTree tree, int n)
    {
        foreach (int c in tree.Children(n))
        {
            if (tree.Is(c, "det") && tree.Lemma(c).ToLowerInvariant() is "the" or "this" or "that" or "these" or "those")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// How many sentences back a reaction looks for the deed it reacts to: further for an event noun ("the sanctions",
    /// which a story keeps coming back to) than for a noun of any deed ("the move", which is the last one told).
    /// </summary>
    private const int EventNounSentences = 5, DeedSentences = 2;

    /// <summary>
    /// The one a reaction is aimed at when its object is "the" deed with no actor in its phrase ("Egypt condemned the
    /// move", "rejected the decision"): the doer of the nearest earlier event of the story, in this sentence or the
    /// few before it, that such a deed can be — one of the noun's own types for an event noun
    /// ("the attack", "the sanctions"), any deed but talk for a noun of deeds ("the move", "the decision",
    /// modality.yaml). Null when the object is no such noun, or no such event names its doer.
    /// </summary>
    private ActorMention? DoerOfDeed(DependencyTree tree, int deed, List<Candidate> found)
    {
        if (!Definite(tree, deed))
        {
            return null;
        }
        string lemma = tree.Lemma(deed).ToLowerInvariant();
        var kinds = _patterns.NounsFor(lemma).Select(p => p.Code[..2]).ToHashSet(StringComparer.Ordinal);
        if (kinds.Count == 0 && !_patterns.Modality.DeedNouns.Contains(lemma))
        {
            return null;
        }
        int sentence = tree.SentenceOf(deed);
        for (int f = found.Count - 1; f >= 0; f--)
        {
            var earlier = found[f];
            if (tree.SentenceOf(earlier.Trigger.Token) < sentence - (kinds.Count > 0 ? EventNounSentences : DeedSentences))
            {
                break;
            }
            if (kinds.Count > 0 ? kinds.Contains(earlier.Code[..2]) : !CameoFamilies.IsTalk(earlier.Code))
            {
                // A deed of the kind whose doer the story does not name ("the package blacklists dozens of companies")
                // is passed over for an earlier one that names it: such deeds in one story are mostly one side's.
                if (earlier.Pairs.Select(p => p.Source).FirstOrDefault(s => s?.Code is not null) is not { } doer)
                {
                    continue;
                }
                var (start, _) = tree.Extent(deed);
                return doer.RestatedAt(tree.Doc, start, deed + 1, deed, MentionBasis.Coreference, "the doer of the deed named before");
            }
        }
        return null;
    }

    /// <summary>
    /// True when a trigger with no source in the text is still an event: a verb done to someone ("was arrested",
    /// "were freed", "were accused of spying", "was widely condemned") that needs no complement to say what happened.
    /// Appeals, intents and statements need the one who makes them.
    /// </summary>
    private static bool Agentless(Trigger trigger, bool folded) =>
        !folded && trigger.Complement is null
        && trigger.Code[..2] is "06" or "07" or "08" or "11" or "15" or "16" or "17" or "18" or "19" or "20";

    /// <summary>
    /// Events two sides do together: consultations, cooperation, fighting, a ceasefire. Not a visit, hosting or
    /// mediation, which one side does to or for others ("Macron and Scholz visited Kyiv", "brokered by the United
    /// States and France").
    /// </summary>
    private static bool IsMutual(string code) =>
        (code[..2] is "04" or "05" or "06" or "19" && !code.StartsWith("042", StringComparison.Ordinal)
            && !code.StartsWith("043", StringComparison.Ordinal) && !code.StartsWith("045", StringComparison.Ordinal))
        || code.StartsWith("0871", StringComparison.Ordinal);

    /// <summary>
    /// Whether several sources with no target did the event with each other: a mutual event ("held talks",
    /// "clashed"), an intent whose folded event is one ("agreed to resume talks"), or an agreement ("Ecuador and
    /// Guyana agreed to new limits"), which takes two. "The U.S. and Britain pledged aid" is no such thing, and
    /// neither is fighting with a target the story does not name as an actor ("The United States, Britain and France
    /// launched strikes against Syrian facilities": they struck together, not each other). What sides agree on or
    /// create is no target ("created a confederation").
    /// </summary>
    private static bool DoneTogether(DependencyTree tree, Trigger trigger, List<int> chain, string code, Trigger?[] triggers, ArgumentReader arguments) =>
        !(code[..2] == "19" && arguments.FirstSlotNoun(trigger.Token, trigger.Targets) >= 0)
        && (IsMutual(code) || (!trigger.IsNoun && ArgumentReader.DoneToEachOther(tree.Lemma(trigger.Token)))
            || (code[..2] == "03" && (tree.Lemma(chain[0]).Equals("agree", StringComparison.OrdinalIgnoreCase)
                || chain.Skip(1).Any(t => triggers[t] is { } inner && IsMutual(inner.Code)))));

    private EventRecord? Build(EventContext context, ArticleActors actors, ActorMention? source, ActorMention? target)
    {
        var tree = context.Tree;
        var doc = tree.Doc;
        int outer = context.Chain[0];
        int modal = RealisingVerb(tree, context) ?? outer;
        var modality = _modality.Of(tree, modal);
        int doer = source is null && context.Trigger.Verb is not null ? tree.Child(context.Trigger.Token, "nsubj") : -1;
        string code = CodeBySides.Of(tree, context.Code, context.Chain.Count == 1 ? context.Trigger.Verb : null, source, target, Knowledge.Gazetteer, doer,
            context.Chain.Count == 1 ? context.Trigger.ForeignCode : null);
        if (code.StartsWith("15", StringComparison.Ordinal) && target?.Country is { } own && source?.Country == own)
        {
            // "North Korea put its military on high alert", "Iran held drills near its border": a show of force
            // by a side's own forces or on its own ground is aimed at no one the sentence names.
            target = null;
        }
        if (modality == Modality.Negated && IsRefusal(tree, modal) && _patterns.Family("reject")?.CodeForEvent(code) is { } refused)
        {
            // "Karzai said he would not sign the agreement", "Ankara will not send troops": saying one will not do it
            // is a refusal (12), which happened, as "refused to sign" is; "did not sign" stays a negated signing.
            code = refused;
            modality = Modality.Asserted;
        }
        else if (context.Trigger.Complement == "intent" && context.Chain.Count >= 2 && NegatedBetween(tree, context.Chain[0], context.Chain[1], _patterns.Modality.Negators)
            && context.GovernedCode is { } governed && governed[..2] is "03" or "04" or "05" or "06" or "07" or "08" or "09"
            && _patterns.Family("reject")?.CodeForEvent(governed) is { } rejected)
        {
            // "Belgrade vowed never to recognise the new state", "Iran pledged not to sign the treaty": promising not to
            // do something cooperative is a refusal (12), as saying one will not do it is.
            code = rejected;
            modality = Modality.Asserted;
        }
        var attribution = _attribution.For(tree, outer, actors);
        if (modality is Modality.Future or Modality.Hypothetical && code[..2] is "04" or "05" or "06" or "07" or "08" or "09"
            && IsStatedIntent(tree, ClauseVerb(tree, context.Trigger, modal), source, attribution, actors) && _patterns.Family("intent")?.CodeForEvent(code) is { } intended)
        {
            // "Japanese prosecutors said they would release the captain", "France announced it would withdraw its
            // troops": saying what cooperative thing one will do is a statement of intent (03x), which happened; the
            // deed itself has not. Conflict one says one will do stays that deed, in the future (the gold's rule when
            // no 03x code fits), and so do statements and appeals, which are speech already.
            code = intended;
            modality = Modality.Asserted;
        }
        var cameo = Knowledge.Cameo.GetOrAncestor(code);
        if (cameo is null)
        {
            return null;
        }
        var trigger = TriggerOf(tree, context.Chain);
        var plover = Knowledge.Plover.Map(cameo.Code, context.Chain.Select(tree.Lemma));
        var date = DateOf(context, outer);
        var location = LocationOf(context, source, target, outer);
        int sentenceStart = doc.Starts[context.Sentence.Start];
        int sentenceEnd = doc.Ends[context.Sentence.End - 1];
        return new EventRecord
        {
            EventId = EventId(context.ArticleId, context.SentenceIndex, trigger, cameo.Code, source, target),
            ArticleId = context.ArticleId,
            ArticleDate = context.ArticleDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            SentenceIndex = context.SentenceIndex,
            Sentence = doc.Text[sentenceStart..sentenceEnd],
            Source = source?.ToEventActor(),
            Target = target?.ToEventActor(),
            Cameo = cameo.Code,
            CameoRoot = cameo.Root,
            CameoName = cameo.Name,
            QuadClass = cameo.QuadClass,
            Goldstein = cameo.Goldstein,
            Plover = plover is null ? null : new PloverEvent(plover.Event, plover.Mode, plover.Contexts),
            Trigger = trigger,
            Modality = modality,
            Attribution = attribution,
            EventDate = date,
            Location = location,
            Confidence = EventConfidence.Of(context.Trigger, context.Chain.Count, context.Participants.Inherited, source, target, context.SentenceIndex, context.StorySentences),
            Rule = context.Trigger.Rule,
        };
    }

    private static EventDate? DateOf(EventContext context, int outer)
    {
        var tree = context.Tree;
        var expression = TimeResolver.ExpressionFor(tree, outer, context.Expressions);
        if (expression is null && context.Trigger.IsNoun)
        {
            int noun = TriggerFinder.Climb(context.Tree, outer);
            int governor = context.Tree.Head(noun);
            if (governor >= 0 && (context.Tree.Is(noun, "nsubj") || context.Tree.Is(noun, "obj")))
            {
                // "The meeting took place during the 2018 summit": the date of the verb that realises the noun.
                expression = TimeResolver.ExpressionFor(tree, governor, context.Expressions);
            }
        }
        if (expression is not null && TimeResolver.Resolve(expression, context.ArticleDate, ClauseTense.Of(tree, outer), context.Anchor) is { } date)
        {
            return date;
        }
        return TimeResolver.FromArticle(context.ArticleDate);
    }

    private EventLocation? LocationOf(EventContext context, ActorMention? source, ActorMention? target, int outer)
    {
        string code = context.Code;
        if ((code.StartsWith("042", StringComparison.Ordinal) || context.Trigger.Noun?.AtTarget == true) && target is not null)
        {
            return _locations.For(context.Tree, outer, context.Trigger.IsNoun) ?? _locations.AtActor(target);
        }
        if (code.StartsWith("043", StringComparison.Ordinal) && source is not null)
        {
            return _locations.For(context.Tree, outer, context.Trigger.IsNoun) ?? _locations.AtActor(source);
        }
        return _locations.For(context.Tree, outer, context.Trigger.IsNoun);
    }

    /// <summary>The clause that says what a demand or appeal asks ("demanded that Pakistan bring …"): a ccomp with a subject, or -1.</summary>
    private static int AskedClause(DependencyTree tree, int verb)
    {
        foreach (int c in tree.Children(verb))
        {
            if (tree.Is(c, "ccomp") && tree.Child(c, "nsubj") >= 0)
            {
                return c;
            }
        }
        return -1;
    }

    /// <summary>
    /// True when <paramref name="verb"/> says with "will" or "would", in a clause its speaker reports, what the speaker's
    /// own side will do: "Russia said it would help Poland", "Obama announced that he would send troops". Not when
    /// someone else is the doer ("officials said the rebels would attack"), nor when it is negated (a refusal).
    /// </summary>
    private bool IsStatedIntent(DependencyTree tree, int verb, ActorMention? source, EventAttribution? attribution, ArticleActors actors)
    {
        if (source?.Code is null || !tree.Is(verb, "ccomp") || tree.Head(verb) is not (int reporting and >= 0)
            || !_patterns.Modality.ReportingVerbs.Contains(tree.Lemma(reporting)))
        {
            return false;
        }
        int subject = tree.Child(reporting, "nsubj");
        string? speaker = (subject >= 0 ? actors.At(subject)?.Code : null) ?? attribution?.Code;
        if (speaker is null)
        {
            return false;
        }
        var (future, negated) = FutureAndNegation(tree, verb);
        return future && !negated && SideOf(speaker) == SideOf(source.Code);
    }

    /// <summary>The verb of the clause an event stands in: an event noun's governing verb ("would hold talks"), else <paramref name="modal"/>.</summary>
    private static int ClauseVerb(DependencyTree tree, Trigger trigger, int modal) =>
        trigger.IsNoun && modal == trigger.Token && TriggerFinder.Governor(tree, modal) is int governor and >= 0 ? governor : modal;

    /// <summary>The side an actor code stands for: its country, or the whole code of an international body.</summary>
    private static string SideOf(string code) => code.StartsWith("IGO", StringComparison.Ordinal) || code.Length < 3 ? code : code[..3];

    /// <summary>True when <paramref name="verb"/> is negated with a future auxiliary: "would not sign", "will never accept".</summary>
    private static bool IsRefusal(DependencyTree tree, int verb) => FutureAndNegation(tree, verb) is (true, true);

    /// <summary>
    /// Whether a negator stands between a promise and what it promises ("vowed never to recognise", "pledged not to
    /// sign"), whichever of the two the parser hangs it on; "did not promise to sign" has it before both.
    /// </summary>
    private static bool NegatedBetween(DependencyTree tree, int promise, int promised, IReadOnlySet<string> negators)
    {
        for (int t = promise + 1; t < promised; t++)
        {
            if (negators.Contains(tree.Lemma(t)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether <paramref name="verb"/> has a future auxiliary ("will", "would", "shall") and a negation of its own.</summary>
    private static (bool Future, bool Negated) FutureAndNegation(DependencyTree tree, int verb)
    {
        bool future = false, negated = false;
        foreach (int c in tree.Children(verb))
        {
            string lemma = tree.Lemma(c).ToLowerInvariant();
            future |= tree.Is(c, "aux") && lemma is "will" or "would" or "shall";
            negated |= lemma is "not" or "never" or "n't";
        }
        return (future, negated);
    }

    /// <summary>
    /// The verb that realises a noun pattern's event ("suspended talks" is 164, "halted aid" 162): its modality is the
    /// event's, and the verb is not a governor that negates the noun. Null when the trigger is not such a noun.
    /// </summary>
    private static int? RealisingVerb(DependencyTree tree, EventContext context) =>
        context.Chain.Count == 1 && context.Trigger.Noun is { Verbs.Count: > 0 } noun
            && TriggerFinder.Governor(tree, context.Chain[0]) is int verb and >= 0
            && noun.Verbs.Contains(tree.Lemma(verb), StringComparer.OrdinalIgnoreCase)
            ? verb
            : null;

    /// <summary>The trigger's words: the chain's tokens, with "…" where words between them are left out.</summary>
    private static EventTrigger TriggerOf(DependencyTree tree, List<int> chain)
    {
        var doc = tree.Doc;
        var tokens = chain.Order().ToList();
        var text = new StringBuilder(doc.Text[doc.Starts[tokens[0]]..doc.Ends[tokens[0]]]);
        for (int k = 1; k < tokens.Count; k++)
        {
            int previous = tokens[k - 1];
            int next = tokens[k];
            // Function words and modifiers between two chain words stay ("openness to exploring a potential meeting");
            // anything else is left out ("signaled … openness").
            bool close = true;
            for (int k2 = previous + 1; k2 < next; k2++)
            {
                close &= tree.Upos(k2) is "DET" or "ADP" or "PART" or "ADJ" or "SCONJ" or "AUX";
            }
            text.Append(close ? doc.Text[doc.Ends[previous]..doc.Ends[next]] : " … " + doc.Text[doc.Starts[next]..doc.Ends[next]]);
        }
        return new EventTrigger(text.ToString(), doc.Starts[tokens[0]], doc.Ends[tokens[^1]]);
    }

    private static string EventId(string articleId, int sentence, EventTrigger trigger, string code, ActorMention? source, ActorMention? target)
    {
        return IdOf(string.Join('|', articleId, sentence, trigger.Start, trigger.End, code, source?.CharStart ?? -1, target?.CharStart ?? -1));
    }

    /// <summary>An event id: the first 32 hex digits of the SHA-256 of <paramref name="key"/>.</summary>
    private static string IdOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
}

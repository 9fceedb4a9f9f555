using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Parley.Coding.Actors;
using Parley.Coding.Events;
using Parley.Coding.Time;
using Parley.Knowledge;
using Parley.Knowledge.Petrarch;
using Parley.Text;

namespace Parley.Coding.Petrarch;

/// <summary>
/// Codes events with a PETRARCH dictionary set (verbs, actors, agents, discards) instead of Parley's own patterns,
/// on Parley's dependency parse: each verb of the verb dictionary, matched with <see cref="VerbMatcher"/>, gives events
/// from its subject (the "by" agent of a passive; the controller of an infinitive; the governor's subject for a
/// pronoun) to its object or the first prepositional object that names an actor; TABARI markers in a pattern
/// (<c>$</c> source, <c>+</c> target, <c>%</c> compound, <c>^</c> skip) place the actors where the pattern says. A
/// code <c>a:b</c> gives a from source to target and b back. A verb that reports or governs a clause with a coded
/// verb in it gives way to that verb's event; a verb of intent, appeal, demand, rejection or threat governing a
/// cooperation verb gives the combined CAMEO code (030 + 07x = 033). Discarded sentences and stories give nothing.
/// Events are written as Parley event records (OUTPUT.md), with Parley's modality, attribution, date and location
/// readers. Thread-safe.
/// </summary>
public sealed class PetrarchEventCoder
{
    private readonly VerbMatcher _matcher;
    private readonly PetrarchNounCoder _nouns;
    private readonly PetrarchDiscardList? _discards;
    private readonly KnowledgeBase _knowledge;
    private readonly ModalityReader _modality;
    private readonly AttributionFinder _attribution;
    private readonly LocationResolver _locations;

    public PetrarchEventCoder(VerbLexicon verbs, IReadOnlyList<PetrarchActorDictionary> actors, PetrarchAgentDictionary? agents, PetrarchDiscardList? discards,
        KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(verbs);
        ArgumentNullException.ThrowIfNull(actors);
        ArgumentNullException.ThrowIfNull(knowledge);
        _matcher = new VerbMatcher(verbs);
        _nouns = new PetrarchNounCoder(actors, agents);
        _discards = discards;
        _knowledge = knowledge;
        _modality = new ModalityReader(knowledge.Patterns.Modality);
        _attribution = new AttributionFinder(knowledge.Patterns.Modality);
        _locations = new LocationResolver(knowledge);
        Refused = [.. verbs.Source.Refused, .. actors.SelectMany(a => a.Refused), .. agents?.Refused ?? [], .. discards?.Refused ?? []];
    }

    /// <summary>The dictionary lines that were left out because they are wrong.</summary>
    public IReadOnlyList<DictionaryProblem> Refused { get; }

    /// <summary>
    /// Loads the PETRARCH set in <paramref name="petrarchDir"/> (<see cref="PetrarchConfig.Locate"/>) leniently: wrong
    /// lines are left out and listed in <see cref="Refused"/>. <paramref name="knowledge"/> gives the CAMEO names,
    /// PLOVER types, modality cues and gazetteer of the event records.
    /// </summary>
    /// <exception cref="DictionaryException">A file is missing or the set names none.</exception>
    public static PetrarchEventCoder Load(string petrarchDir, KnowledgeBase knowledge)
    {
        var config = PetrarchConfig.Locate(petrarchDir);
        var verbs = PetrarchVerbReader.Read(config.VerbFile, lenient: true);
        var lexicon = VerbLexicon.FromPetrarch(verbs, Path.GetFileNameWithoutExtension(config.VerbFile));
        var actors = config.ActorFiles.Select(f => PetrarchActorReader.Read(f, lenient: true)).ToList();
        var agents = config.AgentFile is null ? null : PetrarchAgentReader.Read(config.AgentFile, lenient: true);
        var discards = config.DiscardFile is null ? null : PetrarchDiscardReader.Read(config.DiscardFile, lenient: true);
        return new PetrarchEventCoder(lexicon, actors, agents, discards, knowledge);
    }

    /// <summary>The events of a parsed document as Parley event records, in text order.</summary>
    public IReadOnlyList<EventRecord> Code(Document document, string articleId, DateOnly? articleDate)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(articleId);
        if (document.Count == 0 || !document.Has(Annotations.Dependencies | Annotations.Lemmas))
        {
            return [];
        }
        var tree = new DependencyTree(document);
        var sentences = CodeSentences(tree, articleDate);
        var records = new List<EventRecord>();
        var mentions = sentences.SelectMany(s => s.Events).SelectMany(e => new[] { e.Source, e.Target }).DistinctBy(a => (a.Start, a.End, a.Code))
            .OrderBy(a => a.Start).ToList();
        var actors = ArticleActorsOf(tree, mentions);
        var spans = document.Sentences.ToList();
        foreach (var sentence in sentences)
        {
            var expressions = TimeExpressionFinder.Find(spans[sentence.Index]);
            foreach (var e in sentence.Events)
            {
                records.Add(Record(tree, articleId, articleDate, spans[sentence.Index], sentence.Index, e, expressions, actors));
            }
        }
        return records;
    }

    /// <summary>Every sentence's events (or discard) with their explanations; what <see cref="Code"/> and the validation use.</summary>
    internal List<PetrarchSentence> CodeSentences(DependencyTree tree, DateOnly? date)
    {
        var doc = tree.Doc;
        var words = _matcher.Prepare(tree);
        var scratch = new PetrarchNounCoder.Scratch(tree.Count);
        var result = new List<PetrarchSentence>();
        var spans = doc.Sentences.ToList();
        var storyDiscard = _discards?.Find(doc.Text) is { WholeStory: true } story ? story : null;
        for (int s = 0; s < spans.Count; s++)
        {
            var span = spans[s];
            string text = doc.Text[doc.Starts[span.Start]..doc.Ends[span.End - 1]];
            if (storyDiscard is not null)
            {
                result.Add(new PetrarchSentence(s, [], storyDiscard.Text, true, [$"story discarded by '+{storyDiscard.Text}' (line {storyDiscard.Line})"]));
                continue;
            }
            if (_discards?.Find(text) is { } discard)
            {
                result.Add(new PetrarchSentence(s, [], discard.Text, false, [$"sentence discarded by '{discard.Text}' (line {discard.Line})"]));
                continue;
            }
            result.Add(CodeSentence(tree, words, scratch, s, span.Start, span.End, date));
        }
        return result;
    }

    private sealed record Clause(int Verb, VerbMatch Match, List<CodedActor> Sources, List<CodedActor> Targets, bool Mutual, string Why)
    {
        public bool Dropped { get; set; }

        public string? CombinedCode { get; set; }
    }

    private PetrarchSentence CodeSentence(DependencyTree tree, VerbMatcher.DocumentWords words, PetrarchNounCoder.Scratch scratch, int index, int start, int end, DateOnly? date)
    {
        var notes = new List<string>();
        var clauses = new Dictionary<int, Clause>();
        for (int t = start; t < end; t++)
        {
            if (!IsVerb(tree, t) || _matcher.Match(words, t) is not { } match)
            {
                continue;
            }
            if (match.Code.IsNone)
            {
                notes.Add($"'{tree.Word(t)}': {match.Verb} ({match.RuleId}) {(match.Specific ? "pattern '" + match.Pattern!.Text + "'" : "bare verb")} gives no event [---]");
                clauses[t] = new Clause(t, match, [], [], false, "") { Dropped = true };
                continue;
            }
            var (sources, targets, mutual, why) = Actors(tree, words, scratch, t, match, start, end, date);
            clauses[t] = new Clause(t, match, sources, targets, mutual, why);
        }
        // A verb whose complement clause holds another coded verb gives way to it ("a senior official said [Arnor is
        // about to restore ties with Gondor]"), or combines with it when the pair is one CAMEO event ("will [help]").
        foreach (var clause in clauses.Values)
        {
            for (int g = Governor(tree, clause.Verb, out bool complement); g >= 0; g = Governor(tree, g, out complement))
            {
                if (!clauses.TryGetValue(g, out var outer))
                {
                    if (!complement)
                    {
                        break;
                    }
                    continue;
                }
                if (clause.Match.Code.IsNone)
                {
                    break;
                }
                if (Combined(outer.Match.Code.Primary, clause.Match.Code.Primary) is { } combined)
                {
                    clause.CombinedCode = combined;
                    clause.Sources.Clear();
                    clause.Sources.AddRange(outer.Sources);
                    if (clause.Targets.Count == 0)
                    {
                        clause.Targets.AddRange(outer.Targets);
                    }
                    outer.Dropped = true;
                    notes.Add($"'{tree.Word(outer.Verb)}' [{outer.Match.Code}] + '{tree.Word(clause.Verb)}' [{clause.Match.Code}] = {combined}");
                }
                else if (complement)
                {
                    outer.Dropped = true;
                    notes.Add($"'{tree.Word(outer.Verb)}' gives way to '{tree.Word(clause.Verb)}' in its complement");
                }
                break;
            }
        }
        var events = new List<PetrarchEvent>();
        foreach (var clause in clauses.Values.OrderBy(c => c.Verb))
        {
            if (clause.Dropped)
            {
                continue;
            }
            var code = clause.CombinedCode is { } c ? new PetrarchCode(c, null) : clause.Match.Code;
            string rule = $"'{tree.Word(clause.Verb)}' = {clause.Match.Verb} ({clause.Match.RuleId}: {(clause.Match.Specific ? "pattern '" + clause.Match.Pattern!.Text + "'" : "bare verb")}) [{code}]";
            var pairs = new List<(CodedActor, CodedActor, string)>();
            if (clause.Targets.Count == 0 && clause.Sources.Count >= 2 && (clause.Mutual || code.Secondary is not null))
            {
                // "Gondor and Osgiliath have renewed diplomatic ties": with each other.
                for (int a = 0; a < clause.Sources.Count; a++)
                {
                    for (int b = a + 1; b < clause.Sources.Count; b++)
                    {
                        AddPair(pairs, clause.Sources[a], clause.Sources[b], code);
                    }
                }
            }
            else
            {
                foreach (var source in clause.Sources)
                {
                    foreach (var target in clause.Targets)
                    {
                        AddPair(pairs, source, target, code);
                    }
                }
            }
            if (pairs.Count == 0)
            {
                notes.Add(rule + $": no event ({(clause.Sources.Count == 0 ? "no source" : "no target")}; {clause.Why})");
            }
            foreach (var (source, target, one) in pairs)
            {
                events.Add(new PetrarchEvent(source, target, one, clause.Verb, clause.Match, rule + "; " + clause.Why));
            }
        }
        return new PetrarchSentence(index, events.DistinctBy(e => (e.Source.Code, e.Target.Code, e.Code)).ToList(), null, false, notes);
    }

    private static void AddPair(List<(CodedActor, CodedActor, string)> pairs, CodedActor source, CodedActor target, PetrarchCode code)
    {
        if (source.Code == target.Code)
        {
            return;
        }
        if (code.Primary is { } primary)
        {
            pairs.Add((source, target, primary));
        }
        if (code.Secondary is { } secondary)
        {
            pairs.Add((target, source, secondary));
        }
    }

    /// <summary>Verbs the verb dictionary is asked about: verbs and main-verb uses of "have", "be", "do".</summary>
    private static bool IsVerb(DependencyTree tree, int t) =>
        (tree.Upos(t) == "VERB" || tree.Doc.Strings[tree.Doc.Xpos[t]].StartsWith("VB", StringComparison.Ordinal)) && !tree.Is(t, "aux") && !tree.Is(t, "cop");

    /// <summary>The verb that governs <paramref name="verb"/> through a complement, an infinitive or a chain of them; -1 when none.</summary>
    private static int Governor(DependencyTree tree, int verb, out bool complement)
    {
        complement = tree.Is(verb, "ccomp");
        int head = tree.Head(verb);
        if (head < 0 || tree.SentenceOf(head) != tree.SentenceOf(verb))
        {
            return -1;
        }
        return tree.Is(verb, "ccomp") || tree.Is(verb, "xcomp") ? head : -1;
    }

    /// <summary>
    /// PETRARCH's verb combinations on CAMEO codes: intent (030), appeal (020), demand (100) and rejection (120)
    /// governing a cooperation verb give the specific code for that kind of cooperation; threat (130) governing force gives 138.
    /// </summary>
    internal static string? Combined(string? outer, string? inner)
    {
        if (outer is null || inner is null || inner.Length < 2 || !inner.All(char.IsAsciiDigit))
        {
            return null;
        }
        string root = inner[..2];
        return outer switch
        {
            "030" => root switch { "04" => "036", "05" => "032", "06" => "031", "07" => "033", "08" => "035", _ => null },
            "020" => root switch { "04" => "026", "05" => "022", "06" => "021", "07" => "023", "08" => "025", _ => null },
            "100" => root switch { "04" => "106", "05" => "102", "06" => "101", "07" => "103", "08" => "105", _ => null },
            "120" => root switch { "04" => "125", "06" => "121", "07" => "122", "08" => "124", _ => null },
            "130" => root switch { "18" or "19" or "20" => "138", "17" => "137", "16" => "131", _ => null },
            _ => null,
        };
    }

    /// <summary>Who did it and to whom, for verb <paramref name="t"/>.</summary>
    private (List<CodedActor> Sources, List<CodedActor> Targets, bool Mutual, string Why) Actors(DependencyTree tree, VerbMatcher.DocumentWords words,
        PetrarchNounCoder.Scratch scratch, int t, VerbMatch match, int start, int end, DateOnly? date)
    {
        var why = new List<string>();
        // A passive with its "by" agent is read backwards; without one, as PETRARCH does, the subject is the source.
        var agent = IsPassive(tree, t) ? Agent(tree, t, date, scratch) : [];
        bool passive = agent.Count > 0;
        List<CodedActor> sources = passive ? agent : Subject(tree, t, date, scratch, why);
        List<CodedActor> targets = passive ? Subject(tree, t, date, scratch, why) : Object(tree, t, date, scratch);
        bool mutual = false;
        if (match.Pattern is { } pattern)
        {
            // TABARI markers say where the actors are: '$' the source, '+' the target, '^' skips one, '%' a compound subject.
            var (sourceBefore, targetBefore) = ApplyMarkers(tree, scratch, pattern.Before, match.Before, before: true, start, end, date, ref sources, ref targets, ref mutual, why);
            var (sourceAfter, _) = ApplyMarkers(tree, scratch, pattern.After, match.After, before: false, start, end, date, ref sources, ref targets, ref mutual, why);
            if (targetBefore && !sourceBefore && !sourceAfter)
            {
                // "NOTED + *": the subject is the target; the source is who the sentence starts with.
                var target = targets;
                if (Mentions(tree, scratch, start, end, date).FirstOrDefault(m => !m.Codes.Any(c => target.Any(x => x.Code == c.Code))) is { Codes: { } first })
                {
                    sources = first;
                    why.Add("source: the first actor of the sentence");
                }
            }
        }
        if (sources.Count > 0)
        {
            why.Add("source " + string.Join(", ", sources.Select(s => $"{s.Code} ('{Text(tree, s)}': {s.Why})")));
        }
        if (targets.Count > 0)
        {
            why.Add("target " + string.Join(", ", targets.Select(s => $"{s.Code} ('{Text(tree, s)}': {s.Why})")));
        }
        if (passive)
        {
            why.Add("passive");
        }
        return (sources, targets, mutual, string.Join("; ", why));
    }

    private static string Text(DependencyTree tree, CodedActor actor) => tree.Doc.Text[tree.Doc.Starts[actor.Start]..tree.Doc.Ends[actor.End - 1]];

    /// <returns>Whether a '$' and a '+' marker placed an actor.</returns>
    private (bool Source, bool Target) ApplyMarkers(DependencyTree tree, PetrarchNounCoder.Scratch scratch, LexiconElement[] elements, int[] positions, bool before, int start, int end, DateOnly? date,
        ref List<CodedActor> sources, ref List<CodedActor> targets, ref bool mutual, List<string> why)
    {
        bool sourceSet = false;
        bool targetSet = false;
        List<(int Head, List<CodedActor> Codes)>? mentions = null;
        int skip = 0;
        var order = before ? Enumerable.Range(0, elements.Length).Reverse() : Enumerable.Range(0, elements.Length);
        foreach (int k in order)
        {
            if (elements[k].Kind != PetrarchElementKind.Marker)
            {
                continue;
            }
            string marker = elements[k].Text;
            if (marker == "%")
            {
                mutual = true;
                continue;
            }
            mentions ??= Mentions(tree, scratch, start, end, date);
            int at = positions[k];
            var candidates = before ? mentions.Where(m => m.Head < at).Reverse().ToList() : mentions.Where(m => m.Head > at).ToList();
            if (marker == "^")
            {
                skip++;
                continue;
            }
            if (candidates.Count <= skip)
            {
                continue;
            }
            var found = candidates[skip].Codes;
            skip = 0;
            if (marker == "$")
            {
                sources = found;
                sourceSet = true;
                why.Add("source from '$' in the pattern");
            }
            else if (marker == "+")
            {
                targets = found;
                targetSet = true;
                why.Add("target from '+' in the pattern");
            }
        }
        return (sourceSet, targetSet);
    }

    /// <summary>Every noun phrase of the sentence that names an actor, by head, in text order.</summary>
    private List<(int Head, List<CodedActor> Codes)> Mentions(DependencyTree tree, PetrarchNounCoder.Scratch scratch, int start, int end, DateOnly? date)
    {
        var mentions = new List<(int, List<CodedActor>)>();
        for (int i = start; i < end; i++)
        {
            if (tree.Upos(i) is "NOUN" or "PROPN" && !tree.Is(i, "compound") && !tree.Is(i, "flat") && !tree.Is(i, "conj") && _nouns.Code(tree, i, date, scratch) is { Count: > 0 } codes)
            {
                mentions.Add((i, codes));
            }
        }
        return mentions;
    }

    private static bool IsPassive(DependencyTree tree, int t) => tree.Child(t, "nsubj:pass") >= 0 || tree.Child(t, "aux:pass") >= 0;

    /// <summary>
    /// The subject's actors: its own subject, else a noun phrase on its left that the parser attached otherwise, else
    /// (through an infinitive, a coordination or a pronoun) the governing verb's.
    /// </summary>
    private List<CodedActor> Subject(DependencyTree tree, int t, DateOnly? date, PetrarchNounCoder.Scratch scratch, List<string> why, int depth = 0)
    {
        bool hasSubject = false;
        bool pronoun = false;
        foreach (int c in tree.Children(t))
        {
            if ((tree.Is(c, "nsubj") || tree.Is(c, "csubj")) && !tree.Is(c, "obl:agent"))
            {
                hasSubject = true;
                pronoun |= tree.Upos(c) == "PRON";
                if (_nouns.Code(tree, c, date, scratch) is { Count: > 0 } codes)
                {
                    return codes;
                }
            }
        }
        if (!hasSubject)
        {
            // "Caras Galadhon's new mayor left", "Pyongyang on Thursday fired": a name before the verb that the parser
            // did not take for its subject.
            int nearest = -1;
            foreach (int c in tree.Children(t))
            {
                if (c < t && !tree.Is(c, "punct") && !tree.Is(c, "aux") && !tree.Is(c, "mark") && !tree.Is(c, "cc") && !tree.Is(c, "advmod") && !tree.Is(c, "obl:tmod"))
                {
                    nearest = c;
                }
            }
            if (nearest >= 0 && _nouns.Code(tree, nearest, date, scratch) is { Count: > 0 } left)
            {
                return left;
            }
        }
        int head = tree.Head(t);
        if (depth > 6 || head < 0 || tree.SentenceOf(head) != tree.SentenceOf(t) || hasSubject && !pronoun)
        {
            return [];
        }
        if (tree.Is(t, "xcomp"))
        {
            // "urged Bree to help": the object controls the infinitive; "Arnor is about to restore": the subject.
            int obj = tree.Child(head, "obj");
            if (obj >= 0 && _nouns.Code(tree, obj, date, scratch) is { Count: > 0 } controller)
            {
                return controller;
            }
            return Subject(tree, head, date, scratch, why, depth + 1);
        }
        if (tree.Is(t, "conj") || pronoun && (tree.Is(t, "ccomp") || tree.Is(t, "advcl")))
        {
            return Subject(tree, head, date, scratch, why, depth + 1);
        }
        if ((tree.Is(t, "amod") || tree.Is(t, "acl")) && tree.Child(t, "cc") >= 0 && Predicate(tree, head) is int verb and >= 0)
        {
            // "condemned an attack … and promised aid", parsed with "promised" as a modifier of "aid": the first verb's subject.
            return Subject(tree, verb, date, scratch, why, depth + 1);
        }
        if (tree.Is(t, "acl") || tree.Is(t, "acl:relcl"))
        {
            // "the parade supporting Gondor": the noun the participle modifies.
            return _nouns.Code(tree, head, date, scratch);
        }
        return [];
    }

    /// <summary>The verb a noun hangs on (its governor when that is a verb), or -1.</summary>
    private static int Predicate(DependencyTree tree, int noun)
    {
        int head = tree.Head(noun);
        return head >= 0 && (tree.Upos(head) == "VERB" || tree.Doc.Strings[tree.Doc.Xpos[head]].StartsWith("VB", StringComparison.Ordinal)) ? head : -1;
    }

    /// <summary>The "by" agent of a passive.</summary>
    private List<CodedActor> Agent(DependencyTree tree, int t, DateOnly? date, PetrarchNounCoder.Scratch scratch)
    {
        foreach (int c in tree.Children(t))
        {
            if (tree.Is(c, "obl:agent") || tree.Is(c, "obl") && tree.CaseOf(c) == "by")
            {
                var codes = _nouns.Code(tree, c, date, scratch);
                if (codes.Count > 0)
                {
                    return codes;
                }
            }
        }
        return [];
    }

    /// <summary>
    /// The target: the direct object, else the indirect one, else the first noun phrase after the verb that names an
    /// actor — prepositional objects, nouns the parser attached otherwise, and those of the verb's particle, its
    /// infinitive or its complement clause (whose subject comes first: "believes Dagolath can cope").
    /// </summary>
    private List<CodedActor> Object(DependencyTree tree, int t, DateOnly? date, PetrarchNounCoder.Scratch scratch, int depth = 0)
    {
        foreach (var relation in new[] { "obj", "iobj" })
        {
            int c = tree.Child(t, relation);
            if (c >= 0 && _nouns.Code(tree, c, date, scratch) is { Count: > 0 } codes)
            {
                return codes;
            }
        }
        if ((tree.Is(t, "amod") || tree.Is(t, "acl")) && tree.Child(t, "cc") >= 0 && depth == 0 && Predicate(tree, tree.Head(t)) >= 0
            && _nouns.Code(tree, tree.Head(t), date, scratch) is { Count: > 0 } modified)
        {
            // "… and promised aid to the villages", "promised" parsed as a modifier of "aid": the noun is its object.
            return modified;
        }
        if (depth > 3)
        {
            return [];
        }
        foreach (int c in tree.Children(t))
        {
            if (c < t || tree.Is(c, "punct") || tree.Is(c, "cc") || tree.Is(c, "parataxis") || tree.Is(c, "obl:tmod") || tree.Is(c, "obl:agent")
                || tree.Is(c, "conj") && IsFinite(tree, c) || tree.Is(c, "mark") || tree.Is(c, "aux"))
            {
                continue;
            }
            if (tree.Is(c, "ccomp") || tree.Is(c, "xcomp") || tree.Is(c, "advmod") || tree.Is(c, "compound:prt")
                || tree.Is(c, "advcl") && (tree.CaseOf(c) == "to" || tree.Child(c, "nsubj") < 0 && tree.Child(c, "mark") < 0) || tree.Is(c, "conj") && tree.Upos(c) is "ADJ" or "ADV")
            {
                if (tree.Is(c, "ccomp") || tree.Is(c, "xcomp"))
                {
                    foreach (int s in tree.Children(c))
                    {
                        if ((tree.Is(s, "nsubj") || tree.Is(s, "nsubj:pass")) && _nouns.Code(tree, s, date, scratch) is { Count: > 0 } subjects)
                        {
                            return subjects;
                        }
                    }
                }
                if (tree.Upos(c) is "NOUN" or "PROPN" && _nouns.Code(tree, c, date, scratch) is { Count: > 0 } nominal)
                {
                    return nominal;
                }
                if (Object(tree, c, date, scratch, depth + 1) is { Count: > 0 } inner)
                {
                    return inner;
                }
                continue;
            }
            if (tree.Upos(c) is "NOUN" or "PROPN" or "PRON" or "NUM" or "X" || tree.Is(c, "obl") || tree.Is(c, "nmod"))
            {
                if (_nouns.Code(tree, c, date, scratch) is { Count: > 0 } codes)
                {
                    return codes;
                }
            }
        }
        return [];
    }

    private static bool IsFinite(DependencyTree tree, int t) => tree.Doc.Strings[tree.Doc.Xpos[t]] is "VBD" or "VBZ" or "VBP" or "MD";

    private static ArticleActors ArticleActorsOf(DependencyTree tree, List<CodedActor> actors)
    {
        var doc = tree.Doc;
        var mentions = new List<ActorMention>();
        int lastEnd = -1;
        foreach (var a in actors)
        {
            if (a.Start < lastEnd)
            {
                continue;
            }
            mentions.Add(Mention(doc, a));
            lastEnd = a.End;
        }
        return new ArticleActors(tree.Count, mentions, null);
    }

    private static ActorMention Mention(Document doc, CodedActor a) => new()
    {
        Start = a.Start,
        End = a.End,
        Head = a.Head,
        Text = doc.Text[doc.Starts[a.Start]..doc.Ends[a.End - 1]],
        CharStart = doc.Starts[a.Start],
        CharEnd = doc.Ends[a.End - 1],
        Code = a.Code,
        Country = a.AgentOnly || a.Code.Length < 3 ? null : a.Code[..3],
        Basis = MentionBasis.Catalogue,
    };

    private EventRecord Record(DependencyTree tree, string articleId, DateOnly? articleDate, TokenSpan sentence, int sentenceIndex, PetrarchEvent e, List<TimeExpression> expressions,
        ArticleActors actors)
    {
        var doc = tree.Doc;
        var cameo = _knowledge.Cameo.GetOrAncestor(e.Code);
        var plover = cameo is null ? null : _knowledge.Plover.Map(cameo.Code);
        int verb = e.Predicate;
        var verbTokens = e.Match.VerbTokens;
        var trigger = new EventTrigger(doc.Text[doc.Starts[verbTokens[0]]..doc.Ends[verbTokens[^1]]], doc.Starts[verbTokens[0]], doc.Ends[verbTokens[^1]]);
        var expression = TimeResolver.ExpressionFor(tree, verb, expressions);
        var date = expression is not null && TimeResolver.Resolve(expression, articleDate, ClauseTense.Of(tree, verb)) is { } resolved ? resolved : TimeResolver.FromArticle(articleDate);
        int sentenceStart = doc.Starts[sentence.Start];
        int sentenceEnd = doc.Ends[sentence.End - 1];
        var source = Mention(doc, e.Source);
        var target = Mention(doc, e.Target);
        string key = string.Join('|', articleId, sentenceIndex, trigger.Start, e.Code, source.CharStart, target.CharStart);
        return new EventRecord
        {
            EventId = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32],
            ArticleId = articleId,
            ArticleDate = articleDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            SentenceIndex = sentenceIndex,
            Sentence = doc.Text[sentenceStart..sentenceEnd],
            Source = new EventActor(source.Text, source.CharStart, source.CharEnd, e.Source.Code, source.Country, [], null),
            Target = new EventActor(target.Text, target.CharStart, target.CharEnd, e.Target.Code, target.Country, [], null),
            Cameo = e.Code,
            CameoRoot = cameo?.Root ?? (e.Code.Length >= 2 ? e.Code[..2] : e.Code),
            CameoName = cameo?.Name ?? "",
            QuadClass = cameo?.QuadClass ?? 0,
            Goldstein = cameo?.Goldstein ?? 0,
            Plover = plover is null ? null : new PloverEvent(plover.Event, plover.Mode, plover.Contexts),
            Trigger = trigger,
            Modality = _modality.Of(tree, verb),
            Attribution = _attribution.For(tree, verb, actors),
            EventDate = date,
            Location = _locations.For(tree, verb, isNoun: false),
            Confidence = e.Match.Specific ? 0.6 : 0.45,
            Rule = e.Match.RuleId,
        };
    }
}

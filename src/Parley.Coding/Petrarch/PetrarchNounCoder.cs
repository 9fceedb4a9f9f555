using System.Globalization;
using Parley.Knowledge.Petrarch;
using Parley.Text;

namespace Parley.Coding.Petrarch;

/// <summary>
/// Codes noun phrases with PETRARCH actor and agent dictionaries, on Parley's parse: the phrase's own words (head,
/// compounds, adjectives, determiners, numbers, its possessor) give the first actor found and the agents; without an
/// actor, the first prepositional modifier that names one gives it ("lawmakers in Fornost", "an attack by Osgiliath
/// soldiers"); coordinated phrases give one code per conjunct ("Fornost and Gondor"), a conjunct with agents but no
/// actor taking the others' actors ("Danish media and government"). An agent code goes after the actor's (<c>~GOV</c>)
/// or before it (<c>NGO~</c>) and is left out when the actor's code already holds it; "former" makes the agents ELI.
/// </summary>
internal sealed class PetrarchNounCoder
{
    private static readonly HashSet<string> CoreRelations = new(StringComparer.Ordinal)
    {
        "compound", "amod", "det", "nummod", "flat", "fixed", "nmod:poss", "nmod:desc", "case", "advmod", "nmod:npmod", "goeswith", "obl:npmod",
    };

    private readonly PhraseTrie<PetrarchActor> _actors = new();
    private readonly PhraseTrie<PetrarchAgent> _agents = new();

    public PetrarchNounCoder(IEnumerable<PetrarchActorDictionary> actors, PetrarchAgentDictionary? agents)
    {
        ArgumentNullException.ThrowIfNull(actors);
        foreach (var dictionary in actors)
        {
            foreach (var actor in dictionary.Actors)
            {
                foreach (var name in actor.Names)
                {
                    _actors.Add(name.Words, actor);
                }
            }
        }
        if (agents is not null)
        {
            foreach (var agent in agents.Agents)
            {
                foreach (var form in agent.Forms)
                {
                    _agents.Add(form.Words, agent);
                }
            }
        }
    }

    /// <summary>Per-document scratch: which tokens belong to the phrase being coded.</summary>
    public sealed class Scratch(int tokens)
    {
        internal bool[] InPhrase { get; } = new bool[tokens];

        internal bool[] InSubtree { get; } = new bool[tokens];

        internal bool[] Anywhere { get; } = Enumerable.Repeat(true, tokens).ToArray();
    }

    private static int SentenceEnd(DependencyTree tree, int token)
    {
        int sentence = tree.SentenceOf(token);
        int end = token + 1;
        while (end < tree.Count && tree.SentenceOf(end) == sentence)
        {
            end++;
        }
        return end;
    }

    /// <summary>The codes of the noun phrase headed by <paramref name="head"/>, one per actor (coordination and multi-actor codes expanded); empty when it names none.</summary>
    public List<CodedActor> Code(DependencyTree tree, int head, DateOnly? date, Scratch scratch) => Code(tree, head, date, scratch, depth: 0);

    private List<CodedActor> Code(DependencyTree tree, int head, DateOnly? date, Scratch scratch, int depth)
    {
        var result = new List<CodedActor>();
        if (head < 0 || depth > 4)
        {
            return result;
        }
        var conjuncts = new List<int> { head };
        for (int k = 0; k < conjuncts.Count && conjuncts.Count < 12; k++)
        {
            foreach (int c in tree.Children(conjuncts[k]))
            {
                // "Mordor, Rohan, Fornost and Bree": conjuncts hang on the first or on each other.
                if ((tree.Is(c, "conj") || tree.Is(c, "list")) && tree.Upos(c) is not ("VERB" or "AUX"))
                {
                    conjuncts.Add(c);
                }
            }
        }
        var parts = conjuncts.Select(c => Phrase(tree, c, date, scratch, depth)).ToList();
        var allActors = parts.SelectMany(p => p.Actors).ToList();
        foreach (var part in parts)
        {
            var actors = part.Actors;
            if (actors.Count == 0 && part.Agents.Count > 0 && allActors.Count > 0)
            {
                // "Danish media and government", "lawmakers and officials in Fornost": the other conjuncts' actors.
                actors = allActors;
            }
            if (actors.Count == 0)
            {
                if (part.Agents.Count > 0)
                {
                    result.Add(Compose(null, part, part.Head, part.Head, part.Head + 1, ""));
                }
                continue;
            }
            foreach (var (code, start, end, why) in actors)
            {
                result.Add(Compose(code, part, part.Head, start, end, why));
            }
        }
        // The same actor named twice in one phrase counts once.
        return result.DistinctBy(a => a.Code).ToList();
    }

    private sealed record PhraseCodes(int Head, List<(string Code, int Start, int End, string Why)> Actors, List<(PetrarchAgent Agent, int Start, int End)> Agents, bool Former);

    /// <summary>The actors and agents of one conjunct: its own words first, then its prepositional modifiers.</summary>
    private PhraseCodes Phrase(DependencyTree tree, int head, DateOnly? date, Scratch scratch, int depth)
    {
        var doc = tree.Doc;
        var inPhrase = scratch.InPhrase;
        var inSubtree = scratch.InSubtree;
        int lo = head;
        int hi = head;
        Mark(tree, head, inPhrase, ref lo, ref hi, 0);
        // A dictionary phrase may start among the phrase's own words and run on into its modifiers ("the Prince
        // [of Dol Amroth]", "Ministry [of Silly Walks]").
        int sublo = head;
        int subhi = head;
        MarkSubtree(tree, head, inSubtree, ref sublo, ref subhi, 0);
        var actors = new List<(string, int, int, string)>();
        var agents = new List<(PetrarchAgent, int, int)>();
        bool former = false;
        int firstActor = -1;
        try
        {
            for (int i = lo; i <= hi; i++)
            {
                if (!inPhrase[i])
                {
                    continue;
                }
                former |= tree.Lemma(i).Equals("former", StringComparison.OrdinalIgnoreCase);
                // The first actor names the phrase; another counts only when coordinated with it ("Eriadori and Calenardhon leaders").
                if (actors.Count == 0 || Coordinated(tree, firstActor, i))
                {
                    // An actor's name may run past the parse's phrase ("the Gondor of [the Prince] [of Dol Amroth]").
                    var (length, actor) = _actors.Longest(doc, i, SentenceEnd(tree, i), scratch.Anywhere);
                    if (actor is not null && actor.CodeOn(date) is { } code)
                    {
                        var codes = PetrarchActor.SplitCodes(code);
                        string why = $"{actor.Primary} [{code}] line {actor.Line.ToString(CultureInfo.InvariantCulture)}";
                        foreach (var one in codes)
                        {
                            actors.Add((one, i, i + length, why));
                        }
                        if (codes.Count == 0)
                        {
                            // "[---]": a known phrase that is no actor; its words are not agents either.
                            actors.Add(("", i, i + length, why));
                        }
                        firstActor = firstActor < 0 ? i : firstActor;
                        i += length - 1;
                        continue;
                    }
                }
                var (agentLength, agent) = _agents.Longest(doc, i, subhi + 1, inSubtree);
                if (agent is not null)
                {
                    agents.Add((agent, i, i + agentLength));
                    i += agentLength - 1;
                }
            }
        }
        finally
        {
            Array.Clear(inPhrase, lo, hi - lo + 1);
            Array.Clear(inSubtree, sublo, subhi - sublo + 1);
        }
        actors.RemoveAll(a => a.Item1.Length == 0);
        if (actors.Count == 0)
        {
            // "lawmakers in Fornost", "an attack by Osgiliath soldiers", "the roads leading into Mordor".
            foreach (int c in tree.Children(head))
            {
                List<CodedActor>? inner = null;
                if (tree.Is(c, "nmod") && !tree.Is(c, "nmod:poss") && !tree.Is(c, "nmod:tmod"))
                {
                    inner = Code(tree, c, date, scratch, depth + 1);
                }
                else if (tree.Is(c, "acl") && !tree.Is(c, "acl:relcl"))
                {
                    foreach (int d in tree.Children(c))
                    {
                        if ((tree.Is(d, "obj") || tree.Is(d, "obl")) && d > c)
                        {
                            inner = Code(tree, d, date, scratch, depth + 1);
                            if (inner.Count > 0)
                            {
                                break;
                            }
                        }
                    }
                }
                if (inner is { Count: > 0 })
                {
                    actors.AddRange(inner.Select(a => (a.Code, a.Start, a.End, a.Why)));
                    break;
                }
            }
        }
        return new PhraseCodes(head, actors, agents, former);
    }

    /// <summary>Marks the phrase's own words: the head and, below it, the relations that make up a name or a noun's modifiers.</summary>
    private static void Mark(DependencyTree tree, int node, bool[] inPhrase, ref int lo, ref int hi, int depth)
    {
        inPhrase[node] = true;
        lo = Math.Min(lo, node);
        hi = Math.Max(hi, node);
        if (depth > 12)
        {
            return;
        }
        foreach (int c in tree.Children(node))
        {
            // A possessor counts whole ("Gondor's", "the war-torn nation's"); below the head, only the name-making relations.
            if (CoreRelations.Contains(tree.Dep(c)) || depth > 0 && (tree.Is(c, "conj") || tree.Is(c, "cc")) || IsPossessorWord(tree, node, c))
            {
                Mark(tree, c, inPhrase, ref lo, ref hi, depth + 1);
            }
        }
    }

    /// <summary>True when token <paramref name="token"/> is coordinated with <paramref name="first"/> (one is the other's conjunct).</summary>
    private static bool Coordinated(DependencyTree tree, int first, int token)
    {
        if (first < 0)
        {
            return false;
        }
        for (int t = token, steps = 0; t >= 0 && steps < 6; t = tree.Head(t), steps++)
        {
            if (tree.Is(t, "conj") && tree.Head(t) == first)
            {
                return true;
            }
            if (!tree.Is(t, "conj") && !tree.Is(t, "flat") && !tree.Is(t, "compound"))
            {
                break;
            }
        }
        return false;
    }

    /// <summary>Marks the head's subtree without its clauses, appositions, coordination and punctuation.</summary>
    private static void MarkSubtree(DependencyTree tree, int node, bool[] marks, ref int lo, ref int hi, int depth)
    {
        marks[node] = true;
        lo = Math.Min(lo, node);
        hi = Math.Max(hi, node);
        if (depth > 12)
        {
            return;
        }
        foreach (int c in tree.Children(node))
        {
            if (depth == 0 && tree.Is(c, "conj") || tree.Is(c, "acl") || tree.Is(c, "appos") || tree.Is(c, "punct") || tree.Is(c, "parataxis") || depth == 0 && tree.Is(c, "cc"))
            {
                continue;
            }
            MarkSubtree(tree, c, marks, ref lo, ref hi, depth + 1);
        }
    }

    private static bool IsPossessorWord(DependencyTree tree, int node, int child) => tree.Is(node, "nmod:poss") && (tree.Is(child, "compound") || tree.Is(child, "flat"));

    private static CodedActor Compose(string? actor, PhraseCodes part, int head, int start, int end, string why)
    {
        var before = new System.Text.StringBuilder();
        var after = new System.Text.StringBuilder();
        string core = actor ?? "---";
        var whys = new List<string>();
        if (why.Length > 0)
        {
            whys.Add(why);
        }
        foreach (var (agent, s, e) in part.Agents)
        {
            whys.Add($"{agent.Phrase.Text.ToLowerInvariant()} [{(agent.Placement == PetrarchAgentPlacement.AfterActor ? "~" + agent.Code : agent.Code + "~")}] line {agent.Line.ToString(CultureInfo.InvariantCulture)}");
            start = Math.Min(start, s);
            end = Math.Max(end, e);
            if (part.Former)
            {
                continue;
            }
            if (agent.Placement == PetrarchAgentPlacement.BeforeActor)
            {
                before.Append(agent.Code);
            }
            else if (!Holds(core, after.ToString(), agent.Code))
            {
                after.Append(agent.Code);
            }
        }
        if (part.Former)
        {
            after.Append("ELI");
            whys.Add("'former' [~ELI]");
        }
        return new CodedActor(before + core + after, head, Math.Min(start, head), Math.Max(end, head + 1), string.Join(" + ", whys));
    }

    /// <summary>True when the actor's code (past its country) or the agents added so far already hold <paramref name="agent"/>.</summary>
    private static bool Holds(string actor, string added, string agent) =>
        actor.Length > 3 && actor.IndexOf(agent, 3, StringComparison.Ordinal) >= 0 || added.Contains(agent, StringComparison.Ordinal);
}

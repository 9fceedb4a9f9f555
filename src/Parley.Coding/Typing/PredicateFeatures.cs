using Parley.Coding.Actors;
using Parley.Coding.Events;
using Parley.Nlp.Learning;
using Parley.Text;

namespace Parley.Coding.Typing;

/// <summary>
/// The features the event model types a predicate by: its lemma and part of speech, its relation, the words that
/// complete it (object, particle, prepositions and their nouns, a governed clause), who its subject and object are
/// (an actor and of what sector, or a thing), the verb that governs a noun, a noun's modifiers, and a learned row per
/// lemma that carries what WordNet's senses and hypernyms taught the model (<see cref="WordNetVerbs"/>), and what the
/// field's verb dictionary says of the verb (<see cref="LexiconReader"/>), so a verb seen in no training sentence still
/// gets a type.
/// </summary>
internal static class PredicateFeatures
{
    private enum Template
    {
        Bias = 1, Lemma, Pos, LemmaPos, Relation, LemmaRelation, Suffix, Folded, WordNet, Particle, LemmaParticle,
        Object, LemmaObject, ObjectActor, Preposition, PrepositionNoun, LemmaPreposition, PrepositionActor,
        Complement, LemmaComplement, Subject, LemmaSubject, Governor, LemmaGovernor, Modifier, LemmaModifier, Passive,
        LemmaPassive, Negated, Lexicon, LexiconCode, LemmaLexicon,
    }

    /// <summary>The hashed feature of a lemma's folded WordNet row (what <see cref="WordNetFeature"/>s sum to once trained).</summary>
    public static ulong FoldedFeature(string lemma) => FeatureHash.Of((int)Template.Folded, lemma);

    /// <summary>The hashed feature of one WordNet fact about a lemma (training only).</summary>
    public static ulong WordNetFeature(string fact) => FeatureHash.Of((int)Template.WordNet, fact);

    /// <summary>
    /// Adds the features of candidate <paramref name="i"/> to <paramref name="into"/>. With <paramref name="wordNet"/>
    /// (training) the lemma's WordNet facts are added one by one; without it (coding) the folded row stands for them.
    /// <paramref name="lexicon"/> is the verb dictionary's reading of the candidate, when it has one.
    /// </summary>
    public static void Extract(DependencyTree tree, int i, ArticleActors actors, WordNetVerbs? wordNet, LexiconReading? lexicon, List<ulong> into)
    {
        string lemma = tree.Lemma(i).ToLowerInvariant();
        string pos = tree.Upos(i);
        string dep = PredicateCandidates.Coarse(tree.Dep(i));
        Add(into, Template.Bias, "");
        Add(into, Template.Lemma, lemma);
        Add(into, Template.Pos, pos);
        Add(into, Template.LemmaPos, lemma, pos);
        Add(into, Template.Relation, pos, dep);
        Add(into, Template.LemmaRelation, lemma, dep);
        if (lemma.Length > 4)
        {
            Add(into, Template.Suffix, pos, lemma[^4..]);
        }
        // Nouns share a verb's senses when they are the same word ("attack", "arrest", "visit", "protest").
        if (wordNet is null)
        {
            into.Add(FoldedFeature(lemma));
        }
        else
        {
            foreach (var fact in wordNet.FeaturesOf(lemma))
            {
                into.Add(WordNetFeature(fact));
            }
        }
        if (lexicon is { } reading)
        {
            // The dictionary's root and code, apart for its specific patterns and its bare verbs: the model learns how
            // far each is worth trusting, and a lemma's own weight can overrule it ("said" is no event here).
            string how = reading.Specific ? "pattern" : "verb";
            string code = reading.Code is null ? "---" : reading.Code[..Math.Min(3, reading.Code.Length)];
            Add(into, Template.Lexicon, how, code.Length == 3 ? code[..2] : code);
            Add(into, Template.LexiconCode, how, code);
            Add(into, Template.LemmaLexicon, lemma, code);
        }
        else if (pos == "VERB")
        {
            Add(into, Template.Lexicon, "unknown", "");
        }
        bool passive = false;
        foreach (int c in tree.Children(i))
        {
            string relation = tree.Dep(c);
            string coarse = PredicateCandidates.Coarse(relation);
            string child = tree.Lemma(c).ToLowerInvariant();
            switch (coarse)
            {
                case "compound" when relation == "compound:prt":
                    Add(into, Template.Particle, child);
                    Add(into, Template.LemmaParticle, lemma, child);
                    break;
                case "obj" or "iobj":
                    Add(into, Template.Object, Head(tree, c, actors));
                    Add(into, Template.LemmaObject, lemma, Head(tree, c, actors));
                    Add(into, Template.ObjectActor, ActorKind(actors.At(c)));
                    break;
                case "nmod" when relation == "nmod:poss":
                    Add(into, Template.Modifier, "poss:" + ActorKind(actors.At(c)));
                    break;
                case "obl" or "nmod":
                    string preposition = tree.CaseOf(c) ?? (relation.EndsWith(":tmod", StringComparison.Ordinal) ? "tmod" : "-");
                    Add(into, Template.Preposition, preposition);
                    Add(into, Template.PrepositionNoun, preposition, Head(tree, c, actors));
                    Add(into, Template.LemmaPreposition, lemma, preposition);
                    Add(into, Template.PrepositionActor, preposition, ActorKind(actors.At(c)));
                    break;
                case "xcomp" or "ccomp" or "advcl":
                    Add(into, Template.Complement, coarse, child);
                    Add(into, Template.LemmaComplement, lemma, child);
                    break;
                case "nsubj" or "csubj":
                    passive |= relation.EndsWith(":pass", StringComparison.Ordinal);
                    string subject = actors.At(c) is { } actor ? ActorKind(actor) : "thing:" + child;
                    Add(into, Template.Subject, subject);
                    Add(into, Template.LemmaSubject, lemma, actors.At(c) is null ? "thing" : "actor");
                    break;
                case "aux" when relation == "aux:pass":
                    passive = true;
                    break;
                case "advmod" or "aux" when child is "not" or "never" or "n't":
                    Add(into, Template.Negated, "");
                    break;
                case "amod" or "compound" when pos == "NOUN":
                    string modifier = actors.At(c) is { } owner ? ActorKind(owner) : child;
                    Add(into, Template.Modifier, modifier);
                    Add(into, Template.LemmaModifier, lemma, modifier);
                    break;
            }
        }
        if (passive)
        {
            Add(into, Template.Passive, "");
            Add(into, Template.LemmaPassive, lemma);
        }
        int governor = tree.Head(i);
        if (governor >= 0 && (pos != "VERB" || dep is "xcomp" or "ccomp"))
        {
            string head = tree.Lemma(governor).ToLowerInvariant();
            Add(into, Template.Governor, dep, head);
            Add(into, Template.LemmaGovernor, lemma, head);
        }
    }

    /// <summary>What an argument is: the actor's kind when it names one, else its head lemma.</summary>
    private static string Head(DependencyTree tree, int c, ArticleActors actors) => actors.At(c) is { } actor ? ActorKind(actor) : tree.Lemma(c).ToLowerInvariant();

    /// <summary>An actor's kind: its first sector, "person", "country" for a bare state, "-" for no actor.</summary>
    private static string ActorKind(ActorMention? actor) => actor switch
    {
        null => "-",
        { Sectors.Count: > 0 } => "actor:" + actor.Sectors[0],
        { IsPerson: true } => "actor:person",
        { Code: not null } => "actor:state",
        _ => "actor:unknown",
    };

    private static void Add(List<ulong> into, Template template, string a) => into.Add(FeatureHash.Of((int)template, a));

    private static void Add(List<ulong> into, Template template, string a, string b) => into.Add(FeatureHash.Of((int)template, a, b));
}

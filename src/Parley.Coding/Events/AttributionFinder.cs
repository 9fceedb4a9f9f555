using Parley.Coding.Actors;
using Parley.Knowledge.Patterns;
using Parley.Text;

namespace Parley.Coding.Events;

/// <summary>
/// Finds whose word an event rests on: the subject of a reporting verb that governs the event's clause ("Peskov
/// told reporters that …", "… , Peskov said"), or the object of "according to" on the way up.
/// </summary>
internal sealed class AttributionFinder(ModalityCues cues)
{
    private const int MaxSteps = 10;

    /// <summary>Longest attribution text kept, in tokens, when the speaker is not a known actor ("a new agency").</summary>
    private const int MaxSpeakerTokens = 8;

    public EventAttribution? For(DependencyTree tree, int trigger, ArticleActors actors) =>
        SpeakerToken(tree, trigger) is int speaker ? Speaker(tree, speaker, actors) : null;

    /// <summary>The actor whose word the clause of <paramref name="token"/> rests on, when the speaker is one; else null.</summary>
    public ActorMention? SpeakerOf(DependencyTree tree, int token, ArticleActors actors) =>
        SpeakerToken(tree, token) is int speaker ? actors.At(speaker) : null;

    /// <summary>
    /// The actor the sentence of <paramref name="token"/> reports as speaking when its root is a reporting verb
    /// ("Jaiswal told reporters.", "he said:"), for a quotation beside it; else null.
    /// </summary>
    public ActorMention? ReporterOf(DependencyTree tree, int token, ArticleActors actors)
    {
        int root = token;
        for (int step = 0; step < MaxSteps && tree.Head(root) >= 0 && tree.Head(root) != root; step++)
        {
            root = tree.Head(root);
        }
        return cues.ReportingVerbs.Contains(tree.Lemma(root)) && Subject(tree, root) is int subject ? actors.At(subject) : null;
    }

    /// <summary>The head of the phrase naming the speaker of <paramref name="trigger"/>'s clause, or null.</summary>
    private int? SpeakerToken(DependencyTree tree, int trigger)
    {
        int current = trigger;
        for (int step = 0; step < MaxSteps && current >= 0; step++)
        {
            foreach (int c in tree.Children(current))
            {
                if (tree.CaseOf(c) == "according to")
                {
                    return c;
                }
                if (tree.Is(c, "parataxis") && cues.ReportingVerbs.Contains(tree.Lemma(c)) && Subject(tree, c) is { } quoted)
                {
                    return quoted;
                }
            }
            int governor = tree.Head(current);
            if (governor < 0)
            {
                break;
            }
            if ((tree.Is(current, "ccomp") || tree.Is(current, "parataxis") || tree.Is(current, "advcl")) && cues.ReportingVerbs.Contains(tree.Lemma(governor))
                && Subject(tree, governor) is { } subject)
            {
                return subject;
            }
            current = governor;
        }
        // "according to X" qualifies the whole sentence wherever the parser hangs it.
        var (start, end) = tree.SentenceBounds(trigger);
        for (int k = start; k < end; k++)
        {
            if (tree.CaseOf(k) == "according to")
            {
                return k;
            }
        }
        return null;
    }

    private static int? Subject(DependencyTree tree, int verb)
    {
        int subject = tree.Child(verb, "nsubj");
        return subject >= 0 ? subject : null;
    }

    private static EventAttribution Speaker(DependencyTree tree, int token, ArticleActors actors)
    {
        var doc = tree.Doc;
        if (actors.At(token) is { } mention)
        {
            // "media reported": a speaker coded only by the story's country is not known to be of it.
            string? code = mention.Basis is Actors.MentionBasis.StoryCountry ? null : mention.Code;
            return new EventAttribution(mention.Text, code, mention.CharStart, mention.CharEnd);
        }
        var (start, end) = tree.Extent(token);
        // The speaker's phrase without the preposition that introduced it ("according to state media").
        while (start < token && (tree.Is(start, "case") || tree.Is(start, "fixed")))
        {
            start++;
        }
        end = Math.Min(end, start + MaxSpeakerTokens);
        while (end - 1 > start && tree.Upos(end - 1) == "PUNCT")
        {
            end--;
        }
        return new EventAttribution(doc.Text[doc.Starts[start]..doc.Ends[end - 1]], null, doc.Starts[start], doc.Ends[end - 1]);
    }
}

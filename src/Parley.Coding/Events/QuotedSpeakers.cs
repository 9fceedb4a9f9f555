using Parley.Coding.Actors;
using Parley.Text;

namespace Parley.Coding.Events;

/// <summary>
/// "We strongly reject the allegations," the Indian foreign ministry's spokesperson told reporters: a first-person
/// pronoun in reported speech stands for its speaker (or the body the speaker speaks for), so "we" is India here.
/// </summary>
internal static class QuotedSpeakers
{
    private static readonly HashSet<string> FirstPerson = new(StringComparer.OrdinalIgnoreCase) { "we", "us", "our", "ours", "i", "me", "my" };

    /// <summary>
    /// <paramref name="actors"/> with a mention added for every first-person pronoun no actor covers whose clause is
    /// reported speech of a known actor; the same object when there is none.
    /// </summary>
    public static ArticleActors Resolve(DependencyTree tree, ArticleActors actors, AttributionFinder attribution)
    {
        List<ActorMention>? added = null;
        Quotations? quotes = null;
        for (int i = 0; i < tree.Count; i++)
        {
            if (tree.Upos(i) != "PRON" || !FirstPerson.Contains(tree.Word(i)) || actors.At(i) is not null)
            {
                continue;
            }
            quotes ??= Quotations.Of(tree);
            if ((attribution.SpeakerOf(tree, i, actors) ?? QuotationSpeaker(tree, quotes, i, actors, attribution)) is not { Code: not null } speaker)
            {
                continue;
            }
            (added ??= []).Add(speaker.RestatedAt(tree.Doc, i, i + 1, i, MentionBasis.Pronoun, "first-person pronoun: the speaker of the quotation"));
        }
        if (added is null)
        {
            return actors;
        }
        var mentions = actors.Mentions.Concat(added).OrderBy(m => m.Start).ToList();
        return new ArticleActors(tree.Count, mentions, actors.StoryCountry);
    }

    /// <summary>
    /// The speaker of the quotation around token <paramref name="i"/> when its own sentence names none: a quotation
    /// runs over several sentences and is attributed once, at its end ("…,” Jaiswal said) or just before it
    /// (Jaiswal told reporters: “…”). Null outside quotation marks.
    /// </summary>
    private static ActorMention? QuotationSpeaker(DependencyTree tree, Quotations quotes, int i, ArticleActors actors, AttributionFinder attribution)
    {
        if (quotes.Around(i) is not var (open, close))
        {
            return null;
        }
        ActorMention? speaker = close - 1 > open ? attribution.SpeakerOf(tree, close - 1, actors) : null;
        if (speaker is null && close + 1 < tree.Count && tree.SentenceOf(close + 1) == tree.SentenceOf(close))
        {
            speaker = attribution.ReporterOf(tree, close + 1, actors);
        }
        if (speaker is null && open > 0)
        {
            speaker = attribution.ReporterOf(tree, open - 1, actors);
        }
        return speaker;
    }
}

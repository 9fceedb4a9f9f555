using Parley.Coding.Actors;

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
    public static ArticleActors Resolve(Tree tree, ArticleActors actors, AttributionFinder attribution)
    {
        List<ActorMention>? added = null;
        for (int i = 0; i < tree.Count; i++)
        {
            if (tree.Upos(i) != "PRON" || !FirstPerson.Contains(tree.Word(i)) || actors.At(i) is not null)
            {
                continue;
            }
            if (attribution.SpeakerOf(tree, i, actors) is not { Code: not null } speaker)
            {
                continue;
            }
            var doc = tree.Doc;
            (added ??= []).Add(speaker with
            {
                Start = i,
                End = i + 1,
                Head = i,
                Text = tree.Word(i),
                CharStart = doc.Starts[i],
                CharEnd = doc.Ends[i],
                Basis = MentionBasis.Pronoun,
            });
        }
        if (added is null)
        {
            return actors;
        }
        var mentions = actors.Mentions.Concat(added).OrderBy(m => m.Start).ToList();
        return new ArticleActors(tree.Count, mentions, actors.StoryCountry);
    }
}

using Parley.Coding.Actors;

namespace Parley.Coding.Events;

/// <summary>
/// How likely an event is to be right, from how it was found: how sure its actors are, whether its source is the
/// trigger's own subject, how long the chain of folded complements is.
/// </summary>
internal static class EventConfidence
{
    public static double Of(Trigger trigger, int chainLength, bool inheritedSource, ActorMention? source, ActorMention? target)
    {
        double score = 0.45;
        // An agentless event ("was arrested") is surer of what happened than of whom; it counts as a weak actor.
        score += source is null ? -0.1 : Actor(source);
        // A target the pattern expects but the story does not name ("launched an offensive") leaves the event less sure.
        score += target is null ? (trigger.TargetOptional ? 0.05 : -0.15) : Actor(target);
        if (inheritedSource)
        {
            score -= 0.05;
        }
        score -= 0.05 * Math.Max(0, chainLength - 2);
        if (trigger.Probability is double probability)
        {
            // The event model's own doubt about the type multiplies the doubt about the actors.
            score *= probability;
        }
        return Math.Round(Math.Clamp(score, 0.05, 0.95), 2);
    }

    private static double Actor(ActorMention mention) => mention.Basis switch
    {
        MentionBasis.Catalogue => 0.15,
        MentionBasis.Imported => 0.06,
        MentionBasis.Described => 0.12,
        MentionBasis.Coreference => 0.08,
        MentionBasis.Pronoun => 0.05,
        MentionBasis.StoryCountry => -0.12,
        _ => -0.25,
    };
}

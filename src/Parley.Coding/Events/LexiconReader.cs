using Parley.Coding.Actors;
using Parley.Coding.Petrarch;
using Parley.Coding.Typing;
using Parley.Knowledge.Petrarch;

namespace Parley.Coding.Events;

/// <summary>
/// Reads every clause verb of a document with the field's verb dictionary (PETRARCH2's CAMEO verb lexicon, compiled
/// into <c>cameo-verbs.yaml</c>): thousands of verbs and verb phrases ("telephoned", "expelled", "cordoned off",
/// "launched an offensive") that a few hundred team patterns cannot list. Its codes are not used as events directly:
/// on news they are wrong more often than right ("said" is a statement, 010; "took" a seizure, 171), so they are
/// evidence the event model weighs (<see cref="EventTypeModel"/>), learning from gold and labelled stories when the
/// dictionary is worth trusting.
/// </summary>
internal sealed class LexiconReader
{
    private readonly VerbMatcher _matcher;

    public LexiconReader(VerbLexicon lexicon) => _matcher = new VerbMatcher(lexicon);

    /// <summary>The dictionary's reading of each verb the event model may type; null where it knows no such verb.</summary>
    public LexiconReading?[] Read(Tree tree, ArticleActors actors)
    {
        var readings = new LexiconReading?[tree.Count];
        VerbMatcher.DocumentWords? words = null;
        for (int i = 0; i < tree.Count; i++)
        {
            if (tree.Upos(i) != "VERB" || !PredicateCandidates.IsCandidate(tree, i, actors))
            {
                continue;
            }
            words ??= _matcher.Prepare(tree);
            if (_matcher.Match(words, i) is { } match)
            {
                // A code back from the target alone (":173") says nothing of the subject's deed: no event from it.
                readings[i] = new LexiconReading(match.Code.Primary, match.Specific, match.RuleId);
            }
        }
        return readings;
    }
}

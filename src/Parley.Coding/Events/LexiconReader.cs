using Parley.Coding.Petrarch;
using Parley.Coding.Typing;
using Parley.Knowledge.Petrarch;
using Parley.Text;

namespace Parley.Coding.Events;

/// <summary>
/// Reads clause verbs with the field's verb dictionary (PETRARCH2's CAMEO verb lexicon, compiled into
/// <c>cameo-verbs.yaml</c>): thousands of verbs and verb phrases ("telephoned", "expelled", "cordoned off",
/// "launched an offensive") that a few hundred team patterns cannot list. Its codes are not used as events directly:
/// on news they are wrong more often than right ("said" is a statement, 010; "took" a seizure, 171), so they are
/// evidence the event model weighs (<see cref="EventTypeModel"/>), learning from gold and labelled stories when the
/// dictionary is worth trusting. Thread-safe; <see cref="For"/> makes the per-document state.
/// </summary>
internal sealed class LexiconReader
{
    private readonly VerbMatcher _matcher;

    public LexiconReader(VerbLexicon lexicon) => _matcher = new VerbMatcher(lexicon);

    /// <summary>A reader of one document's verbs, which looks its words up once, when first asked.</summary>
    public DocumentReader For(DependencyTree tree) => new(_matcher, tree);

    /// <summary>One document's verbs, read on demand: matching a verb's patterns costs, and the model asks about few verbs.</summary>
    public sealed class DocumentReader
    {
        private readonly VerbMatcher _matcher;
        private readonly DependencyTree _tree;
        private VerbMatcher.DocumentWords? _words;

        internal DocumentReader(VerbMatcher matcher, DependencyTree tree)
        {
            _matcher = matcher;
            _tree = tree;
        }

        /// <summary>The dictionary's reading of verb <paramref name="token"/>, or null when it is no verb the dictionary knows.</summary>
        public LexiconReading? At(int token)
        {
            if (_tree.Upos(token) != "VERB")
            {
                return null;
            }
            _words ??= _matcher.Prepare(_tree);
            // A code back from the target alone (":173") says nothing of the subject's deed: no event from it.
            return _matcher.Match(_words, token) is { } match ? new LexiconReading(match.Code.Primary, match.Specific, match.RuleId) : null;
        }
    }
}

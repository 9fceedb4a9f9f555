using Parley.Knowledge;
using Parley.Text;

namespace Parley.Coding.Actors;

/// <summary>
/// Resolves one actor description ("Britain's Defence Ministry", "the Armenian prime minister", "Iranian-backed
/// rebels") the way the event coder resolves the actors of a story, and says why: for dictionary keepers checking
/// what a string codes to on a date. Thread-safe.
/// </summary>
public sealed class ActorResolver
{
    private readonly ActorLinker _linker;

    public ActorResolver(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        _linker = new ActorLinker(knowledge);
    }

    /// <summary>
    /// The actor <paramref name="document"/> (the description, tokenised, tagged, lemmatised and parsed) names, as
    /// it stands on <paramref name="date"/> (null: as the dictionaries stand now). <paramref name="country"/> is the
    /// country the text is about, for agent nouns that name none ("police"). When the text names several actors, the
    /// one that holds the head word of the first sentence is taken, else the first. Never null: an unresolved
    /// description comes back with a null code.
    /// </summary>
    public ActorMention Resolve(Document document, DateOnly? date, string? country)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Count == 0 || !document.Has(Annotations.Dependencies | Annotations.Lemmas))
        {
            return Unresolved(document);
        }
        var tree = new DependencyTree(document);
        var actors = _linker.Link(tree, date, country);
        var mentions = actors.Mentions.Where(m => m.Basis != MentionBasis.Pronoun).ToList();
        if (mentions.Count == 0)
        {
            return Unresolved(document);
        }
        int root = -1;
        var firstSentence = document.Sentences.First();
        for (int i = firstSentence.Start; i < firstSentence.End; i++)
        {
            if (tree.Head(i) < 0)
            {
                root = i;
                break;
            }
        }
        return mentions.FirstOrDefault(m => m.Start <= root && root < m.End) ?? mentions[0];
    }

    private static ActorMention Unresolved(Document document) => new()
    {
        Start = 0,
        End = document.Count,
        Head = 0,
        Text = document.Text,
        CharStart = 0,
        CharEnd = document.Text.Length,
        Basis = MentionBasis.Unresolved,
    };
}

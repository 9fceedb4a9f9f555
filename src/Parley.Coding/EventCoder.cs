using Parley.Knowledge;
using Parley.Text;

namespace Parley.Coding;

/// <summary>
/// Codes the events of one parsed article: actors, CAMEO and PLOVER codes, modality, attribution, date, location.
/// </summary>
/// <remarks>Thread-safe: one coder serves any number of threads.</remarks>
public sealed class EventCoder
{
    public EventCoder(KnowledgeBase knowledge)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        Knowledge = knowledge;
    }

    public KnowledgeBase Knowledge { get; }

    /// <summary>Loads the dictionaries in <paramref name="dictionariesDir"/>; throws <see cref="DictionaryException"/> when they are wrong.</summary>
    public static EventCoder Load(string dictionariesDir) => new(KnowledgeBase.Load(dictionariesDir));

    /// <summary>
    /// The events of <paramref name="document"/> (tokenised, split, tagged, lemmatised, parsed, with entities), in
    /// text order. <paramref name="articleDate"/> anchors relative dates and dated actor roles.
    /// </summary>
    public IReadOnlyList<EventRecord> Code(Document document, string articleId, DateOnly? articleDate)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(articleId);
        return [];
    }
}

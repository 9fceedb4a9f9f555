using Parley.Text;

namespace Parley.Engine;

/// <summary>
/// The sentence pipe for a text known to be one phrase (an actor description such as "Mike Waltz"): every token in
/// one sentence. The learned splitter reads a capitalised word after a name as a new sentence often enough on such
/// short texts ("Mike | Waltz") that a description would lose its head.
/// </summary>
internal sealed class OneSentence : IPipe
{
    public string Name => "one-sentence";

    public Annotations Requires => Annotations.Tokens;

    public Annotations Assigns => Annotations.Sentences;

    public void Process(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        doc.ClearSentences();
        if (doc.Count > 0)
        {
            doc.StartSentence(0);
        }
        doc.Mark(Annotations.Sentences);
    }
}

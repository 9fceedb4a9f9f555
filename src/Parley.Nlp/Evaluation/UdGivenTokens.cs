using Parley.Text;

namespace Parley.Nlp.Evaluation;

/// <summary>
/// Stands first in a pipeline whose documents already have their tokens and sentences (gold tokenisation
/// for UD evaluation), so that the pipeline's requirement check passes without a tokenizer. It changes
/// nothing; a document without tokens and sentences is refused.
/// </summary>
public sealed class UdGivenTokens : IPipe
{
    public string Name => "given-tokens";

    public Annotations Requires => Annotations.None;

    public Annotations Assigns => Annotations.Tokens | Annotations.Sentences;

    public void Process(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (!doc.Has(Annotations.Tokens | Annotations.Sentences))
        {
            throw new InvalidOperationException("The document has no tokens and sentences; build it with UdEvaluator.TokenDocument, or put a tokenizer first in the pipeline.");
        }
    }
}

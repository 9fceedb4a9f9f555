using Parley.Nlp.Conllu;
using Parley.Text;
using Parley.Text.Tokenization;

namespace Parley.Nlp.Evaluation;

/// <summary>
/// Turns a treebank into training data for <see cref="SentenceBoundaryTrainer"/>: the raw text rebuilt as
/// for evaluation (<see cref="GoldText"/>), tokenized by our tokenizer, with each gold sentence start mapped
/// to the token that starts at the same character. A gold start inside one of our tokens has no such token
/// and is dropped (the tokenizer, not the splitter, is wrong there).
/// </summary>
public static class SentenceBoundaryCorpus
{
    public static (Document Doc, IReadOnlySet<int> SentenceStarts) FromConllu(IReadOnlyList<ConlluSentence> sentences, Tokenizer tokenizer)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        ArgumentNullException.ThrowIfNull(tokenizer);
        var doc = new Document(GoldText.Build(sentences));
        tokenizer.Process(doc);
        var system = Segmentation.FromDocument(doc);
        var tokenAt = new Dictionary<int, int>(system.Tokens.Count);
        for (int k = 0; k < system.Tokens.Count; k++)
        {
            tokenAt[system.Tokens[k].Start] = k;
        }
        var starts = new HashSet<int>();
        foreach (var sentence in Segmentation.FromConllu(sentences).Sentences)
        {
            if (tokenAt.TryGetValue(sentence.Start, out int token))
            {
                starts.Add(token);
            }
        }
        return (doc, starts);
    }
}

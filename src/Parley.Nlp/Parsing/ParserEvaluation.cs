using Parley.Text;

namespace Parley.Nlp.Parsing;

/// <summary>Scores a parser against gold-annotated documents (gold tokens and sentences).</summary>
public static class ParserEvaluation
{
    /// <summary>
    /// Parses each document and compares its heads and relations with the gold ones it held before. With a
    /// <paramref name="tagger"/>, the gold tags are first replaced by the tagger's, so the score is the one a
    /// user sees; without it, the parser reads gold tags. The documents are left with the predicted annotation.
    /// </summary>
    public static AttachmentScores Evaluate(DependencyParser parser, IEnumerable<Document> documents, IPipe? tagger = null)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(documents);
        int words = 0, heads = 0, labelled = 0, full = 0;
        foreach (var doc in documents)
        {
            int[] goldHeads = doc.Heads.ToArray();
            int[] goldDeps = doc.Deps.ToArray();
            tagger?.Process(doc);
            parser.Process(doc);
            for (int i = 0; i < doc.Count; i++)
            {
                words++;
                if (doc.Heads[i] != goldHeads[i])
                {
                    continue;
                }
                heads++;
                if (doc.Deps[i] == goldDeps[i])
                {
                    full++;
                    labelled++;
                }
                else if (AttachmentScores.Universal(doc.Strings[doc.Deps[i]]).SequenceEqual(AttachmentScores.Universal(doc.Strings[goldDeps[i]])))
                {
                    labelled++;
                }
            }
        }
        return new AttachmentScores(words, heads, labelled, full);
    }
}

using System.Text;
using Parley.Nlp.Conllu;

namespace Parley.Nlp.Evaluation;

/// <summary>
/// Rebuilds the raw text of a treebank the way the CoNLL 2018 shared task did: each sentence's
/// <c># text</c> in order, separated by a space (none when the sentence's last token has
/// <c>SpaceAfter=No</c>), and a blank line where a new paragraph or document starts.
/// </summary>
public static class GoldText
{
    /// <summary>The raw text of <paramref name="sentences"/>. A sentence without <c># text</c> is rebuilt from its tokens.</summary>
    public static string Build(IEnumerable<ConlluSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var text = new StringBuilder();
        bool spaceAfterLast = true;
        foreach (var sentence in sentences)
        {
            if (text.Length > 0)
            {
                if (sentence.NewDocument || sentence.NewParagraph)
                {
                    text.Append("\n\n");
                }
                else if (spaceAfterLast)
                {
                    text.Append(' ');
                }
            }
            text.Append(sentence.Text ?? FromTokens(sentence));
            spaceAfterLast = sentence.SurfaceTokens().LastOrDefault().SpaceAfter;
        }
        return text.ToString();
    }

    private static string FromTokens(ConlluSentence sentence)
    {
        var text = new StringBuilder();
        foreach (var (form, spaceAfter) in sentence.SurfaceTokens())
        {
            text.Append(form);
            if (spaceAfter)
            {
                text.Append(' ');
            }
        }
        return text.ToString().TrimEnd();
    }
}

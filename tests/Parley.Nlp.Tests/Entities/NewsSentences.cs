using System.Text.RegularExpressions;
using Parley.Text;

namespace Parley.Nlp.Tests.Entities;

/// <summary>Splits news text into tokens and sentences with a plain rule, so model tests need no tokenizer model.</summary>
internal static partial class NewsSentences
{
    // Abbreviations with dots stay whole ("U.S."); other punctuation is a token of its own.
    [GeneratedRegex(@"(?:[A-Z]\.){2,}|\w+(?:['’]\w+)*|[^\w\s]")]
    private static partial Regex TokenPattern();

    public static Document Tokenize(string text)
    {
        var doc = new Document(text);
        bool sentenceStart = true;
        foreach (Match match in TokenPattern().Matches(text))
        {
            int i = doc.AddToken(match.Index, match.Index + match.Length);
            if (sentenceStart)
            {
                doc.StartSentence(i);
            }
            sentenceStart = match.Value is "." or "?" or "!" && !match.Value.EndsWith("..", StringComparison.Ordinal);
            if (match.Index + match.Length < text.Length && text[match.Index + match.Length] == '\n')
            {
                sentenceStart = true;
            }
        }
        doc.Mark(Annotations.Tokens | Annotations.Sentences);
        return doc;
    }

    public static IEnumerable<string> Entities(Document doc) =>
        doc.Entities.Select(e => $"{new TokenSpan(doc, e.Start, e.End).Text}/{e.Label}");
}

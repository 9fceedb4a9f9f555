using Parley.Text;

namespace Parley.Nlp.Parsing;

/// <summary>
/// The dateline that opens a wire story's first sentence: "KABUL, Afghanistan (AP) —", "JERUSALEM (Reuters) -",
/// "BEIJING, Dec. 5 (Xinhua) --", "WASHINGTON —". It names where the story was filed and who filed it, and is no part
/// of the sentence's grammar; the parser, which never saw one in training, makes the city the verb's subject.
/// </summary>
internal static class Dateline
{
    /// <summary>The most words before the dash: a city, its state or country, a date and an agency.</summary>
    private const int MaxTokens = 12;

    /// <summary>Fewest words after the dash for it to open a sentence rather than end a heading.</summary>
    private const int MinBodyTokens = 3;

    /// <summary>
    /// The index of the first token after the dateline of the sentence <c>[start, start + length)</c>, or
    /// <paramref name="start"/> when it has none. A dateline starts with a word in capitals ("KABUL", "SAN JUAN"),
    /// holds only capitalised words, numbers, commas, full stops and one agency in brackets, and ends with a dash
    /// that has space before it.
    /// </summary>
    public static int BodyStart(Document doc, int start, int length)
    {
        var text = doc.Text.AsSpan();
        if (length <= MinBodyTokens || !IsCapitals(Word(doc, text, start)))
        {
            return start;
        }
        int end = start + Math.Min(length - MinBodyTokens, MaxTokens + 1);
        bool inBrackets = false;
        for (int t = start + 1; t < end; t++)
        {
            var word = Word(doc, text, t);
            if (IsDash(word) && !inBrackets && doc.Starts[t] > doc.Ends[t - 1])
            {
                int body = t + 1;
                while (body < start + length && IsDash(Word(doc, text, body)))
                {
                    body++;
                }
                return start + length - body >= MinBodyTokens ? body : start;
            }
            bool fits = word switch
            {
                "(" => !inBrackets,
                ")" => inBrackets,
                "," or "." => true,
                _ => char.IsUpper(word[0]) || char.IsDigit(word[0]),
            };
            if (!fits)
            {
                return start;
            }
            inBrackets = word is "(" || (inBrackets && word is not ")");
        }
        return start;
    }

    private static ReadOnlySpan<char> Word(Document doc, ReadOnlySpan<char> text, int t) => text[doc.Starts[t]..doc.Ends[t]];

    private static bool IsDash(ReadOnlySpan<char> word) => word is "-" or "--" or "\u2014" or "\u2013";

    /// <summary>A word of two or more letters, all of them capitals: "KABUL", not "Kabul" or "A".</summary>
    private static bool IsCapitals(ReadOnlySpan<char> word)
    {
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }
            letters += char.IsLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }
}

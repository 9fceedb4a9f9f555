namespace Parley.Nlp.Tagging;

/// <summary>
/// Tells, token by token, whether a sentence is written like a headline: in Title Case ("Gunmen Attack Hotel in
/// Somalia": every word capitalised but short function words) or in capitals ("RUSSIA EXPELS DIPLOMATS"). Needs at
/// least three capitalised words; one ordinary lower-case word ("Putin met Trump in Helsinki") and it is not.
/// Add the sentence's tokens in order with <see cref="Add"/>, then read <see cref="IsHeadline"/>.
/// </summary>
public struct TitleCaseDetector
{
    private int _capitalised;
    private bool _lowerContentWord;

    /// <summary>Takes the next token of the sentence.</summary>
    public void Add(ReadOnlySpan<char> form)
    {
        if (form.IsEmpty)
        {
            return;
        }
        if (char.IsUpper(form[0]))
        {
            _capitalised++;
        }
        else if (char.IsLetter(form[0]) && !IsFunctionWord(form))
        {
            _lowerContentWord = true;
        }
    }

    /// <summary>True when the tokens added so far read as a headline.</summary>
    public readonly bool IsHeadline => !_lowerContentWord && _capitalised >= 3;

    /// <summary>Words that Title Case leaves in lower case (articles, short prepositions and conjunctions, "to").</summary>
    private static bool IsFunctionWord(ReadOnlySpan<char> form) => form switch
    {
        "a" or "an" or "the" or "and" or "or" or "but" or "nor" or "of" or "in" or "on" or "at" or "to" or "for" or "by"
            or "with" or "from" or "as" or "into" or "over" or "vs" or "via" or "per" or "up" or "off" or "out" or "amid"
            or "after" or "than" or "'s" or "n't" or "'" => true,
        _ => false,
    };
}

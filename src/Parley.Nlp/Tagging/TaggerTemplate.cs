namespace Parley.Nlp.Tagging;

/// <summary>
/// The tagger's feature templates, in Honnibal's notation. The numbers are hashed into every feature id
/// and so into the model file: never renumber one, add new templates at the end.
/// </summary>
public enum TaggerTemplate
{
    /// <summary><c>bias</c>: always present, gives each tag a prior.</summary>
    Bias = 1,
    /// <summary><c>i word</c>: the lowercased, digit-normalised word.</summary>
    Word = 2,
    /// <summary><c>i suffix</c>: the last three characters (lowercased).</summary>
    Suffix3 = 3,
    /// <summary><c>i pref1</c>: the first character, case kept.</summary>
    Prefix1 = 4,
    /// <summary><c>i-1 tag</c>.</summary>
    PreviousTag = 5,
    /// <summary><c>i-2 tag</c>.</summary>
    SecondPreviousTag = 6,
    /// <summary><c>i-1 tag+i-2 tag</c>.</summary>
    PreviousTags = 7,
    /// <summary><c>i-1 tag+i word</c>.</summary>
    PreviousTagWord = 8,
    /// <summary><c>i-1 word</c>.</summary>
    PreviousWord = 9,
    /// <summary><c>i-1 suffix</c>.</summary>
    PreviousSuffix3 = 10,
    /// <summary><c>i-2 word</c>.</summary>
    SecondPreviousWord = 11,
    /// <summary><c>i+1 word</c>.</summary>
    NextWord = 12,
    /// <summary><c>i+1 suffix</c>.</summary>
    NextSuffix3 = 13,
    /// <summary><c>i+2 word</c>.</summary>
    SecondNextWord = 14,
    /// <summary><c>i shape</c>: characters mapped to X/x/d, runs cut at two ("Obama" → "Xxx", "1,234" → "d,dd").</summary>
    Shape = 15,
    /// <summary><c>i suffix1</c>.</summary>
    Suffix1 = 16,
    /// <summary><c>i suffix2</c>.</summary>
    Suffix2 = 17,
    /// <summary><c>i suffix4</c>.</summary>
    Suffix4 = 18,
    /// <summary><c>i flags</c>: capitalised, all capitals, has a digit, has a hyphen, first in the sentence.</summary>
    Flags = 19,
    /// <summary><c>i word+i+1 word</c>.</summary>
    WordNextWord = 20,
    /// <summary><c>i-1 tag+i+1 word</c>.</summary>
    PreviousTagNextWord = 21,
    /// <summary><c>i-1 word+i word</c>.</summary>
    PreviousWordWord = 22,
    /// <summary><c>i+1 shape</c>.</summary>
    NextShape = 23,
    /// <summary><c>i form</c>: the word exactly as written.</summary>
    Form = 24,
    /// <summary><c>i pref2</c> (lowercased).</summary>
    Prefix2 = 25,
    /// <summary><c>i pref3</c> (lowercased).</summary>
    Prefix3 = 26,
    /// <summary><c>i suffix5</c> (lowercased).</summary>
    Suffix5 = 27,
    /// <summary><c>i class</c>: the word's ambiguity class (<see cref="AmbiguityClasses"/>).</summary>
    Class = 28,
    /// <summary><c>i-1 class</c>.</summary>
    PreviousClass = 29,
    /// <summary><c>i+1 class</c>.</summary>
    NextClass = 30,
    /// <summary><c>i+2 class</c>.</summary>
    SecondNextClass = 31,
    /// <summary><c>i-1 tag+i class</c>.</summary>
    PreviousTagClass = 32,
    /// <summary><c>i class+i+1 class</c>.</summary>
    ClassNextClass = 33,
    /// <summary><c>i guess</c>: the first pass's tag of the word itself (second pass only).</summary>
    Guess = 34,
    /// <summary><c>i+1 guess</c>: the first pass's tag of the next word (second pass only).</summary>
    NextGuess = 35,
    /// <summary><c>i+2 guess</c> (second pass only).</summary>
    SecondNextGuess = 36,
    /// <summary><c>i+1 guess+i+2 guess</c> (second pass only).</summary>
    NextGuesses = 37,
    /// <summary><c>i-1 tag+i+1 guess</c> (second pass only).</summary>
    PreviousTagNextGuess = 38,
    /// <summary><c>i word+i+1 guess</c> (second pass only).</summary>
    WordNextGuess = 39,
    /// <summary><c>i guess+i+1 guess</c> (second pass only).</summary>
    GuessNextGuess = 40,
}

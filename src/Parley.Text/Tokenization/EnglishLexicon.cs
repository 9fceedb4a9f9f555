using System.Collections.Frozen;

namespace Parley.Text.Tokenization;

/// <summary>
/// Small word lists that encode how Universal Dependencies English splits words: which hyphen prefixes
/// stay attached, which units come off a number, which run-together contractions split, and which
/// capitalised words start a sentence after an abbreviation. Written by hand from the guidelines.
/// </summary>
internal static class EnglishLexicon
{
    // UD English splits hyphenated compounds ("well - known") but keeps bound prefixes ("non-stop", "e-mail").
    private static readonly FrozenSet<string> HyphenPrefixSet = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "e", "non", "anti", "pre", "re", "mid", "post", "multi", "pro", "co", "ex", "sub", "cross", "neo", "psycho", "semi", "over",
        "arch", "intra", "inter", "extra", "un", "micro", "macro", "mini", "ultra", "counter", "pseudo", "quasi", "trans", "bi", "tri",
        "de", "mis", "hyper", "cyber", "infra", "meta", "proto", "wi", "uni", "geo", "eco",
    ]);

    // Units that UD English writes as their own token after a number ("5 kg", "10 pm", "$ 3 M").
    private static readonly FrozenSet<string> UnitSet = FrozenSet.Create(StringComparer.Ordinal,
    [
        "am", "pm", "AM", "PM", "a.m", "p.m", "a.m.", "p.m.", "kg", "km", "cm", "mm", "ml", "mg", "lb", "lbs", "oz", "ft", "mph", "kph", "kmh",
        "hz", "Hz", "kHz", "KHz", "MHz", "GHz", "kb", "KB", "mb", "MB", "gb", "GB", "tb", "TB", "k", "K", "m", "M", "bn", "b", "B", "mn", "mln", "tr",
        "yr", "yrs", "hr", "hrs", "min", "mins", "sec", "secs", "ms", "kW", "MW", "GW", "kw", "mw", "kWh", "MWh", "GWh", "V", "W", "mA",
        "x", "X", "g", "l", "L",
    ]);

    // Contractions written without an apostrophe, and where UD English splits them ("gonna" -> "gon" + "na").
    private static readonly FrozenDictionary<string, int> RunTogetherSet = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
    {
        ["cannot"] = 3, ["gonna"] = 3, ["wanna"] = 3, ["gotta"] = 3, ["dont"] = 2, ["wont"] = 2, ["cant"] = 2, ["didnt"] = 3,
        ["doesnt"] = 4, ["isnt"] = 2, ["wasnt"] = 3, ["arent"] = 3, ["werent"] = 4, ["couldnt"] = 5, ["wouldnt"] = 5,
        ["shouldnt"] = 6, ["havent"] = 4, ["hasnt"] = 3, ["hadnt"] = 3, ["aint"] = 2, ["im"] = 1, ["ive"] = 1, ["youre"] = 3,
        ["thats"] = 4, ["whats"] = 4, ["theres"] = 5, ["hes"] = 2, ["youll"] = 3, ["theyre"] = 4,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    // Capitalised words that, after "U.S." or "Inc.", begin a new sentence rather than continue a name.
    private static readonly FrozenSet<string> SentenceStarterSet = FrozenSet.Create(StringComparer.Ordinal,
    [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There", "His", "Her", "Their",
        "Its", "Our", "My", "Your", "But", "And", "Or", "So", "Yet", "In", "On", "At", "For", "From", "With", "By", "To", "As", "If",
        "When", "While", "After", "Before", "Since", "Although", "Though", "However", "Meanwhile", "Also", "Still", "Now", "Then",
        "Today", "Yesterday", "Tomorrow", "What", "Who", "Why", "How", "Where", "Which", "Some", "Many", "Most", "All", "Both",
        "Each", "Every", "Other", "Several", "According", "During", "Despite", "Until", "Officials", "Instead", "Thus", "Moreover",
        "Furthermore", "Nevertheless", "Indeed", "Earlier", "Later", "Last", "Next", "No", "Not", "Such", "Here", "Please", "Thanks",
    ]);

    // Last parts of domain and file names: "enron.com", "memo.doc" stay one token.
    private static readonly FrozenSet<string> NameSuffixSet = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "com", "org", "net", "gov", "edu", "mil", "int", "info", "biz", "io", "co", "uk", "us", "ca", "de", "fr", "ru", "cn", "jp", "au",
        "in", "nz", "ie", "es", "it", "nl", "ch", "se", "no", "tv", "me", "ly", "eu", "ua", "il", "za", "br", "mx", "kr", "tw", "hk", "sg",
        "html", "htm", "php", "asp", "aspx", "jsp", "cgi", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "txt", "rtf", "csv", "xml",
        "json", "jpg", "jpeg", "png", "gif", "bmp", "zip", "exe", "mp3", "mp4", "avi", "mov", "wav",
    ]);

    // Emoticons are one token however many punctuation characters they use.
    private static readonly FrozenSet<string> EmoticonSet = FrozenSet.Create(StringComparer.Ordinal,
    [
        ":)", ":-)", ":(", ":-(", ";)", ";-)", ":D", ":-D", ":P", ":-P", ":p", ":-p", ":O", ":o", ":/", ":-/", ":|", "=)", "=(", "(:", "):",
        "^_^", "^^", "<3", ":'(", "xD", "XD", ":*", ";D", "-_-",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HyphenPrefixes = HyphenPrefixSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Units = UnitSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> RunTogether = RunTogetherSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SentenceStarters = SentenceStarterSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> NameSuffixes = NameSuffixSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Emoticons = EmoticonSet.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsHyphenPrefix(ReadOnlySpan<char> word) => HyphenPrefixes.Contains(word);

    public static bool IsUnit(ReadOnlySpan<char> word) => Units.Contains(word);

    /// <summary>Where a run-together contraction splits ("cannot" at 3), or 0 when <paramref name="word"/> is not one.</summary>
    public static int RunTogetherSplit(ReadOnlySpan<char> word) => RunTogether.TryGetValue(word, out int at) ? at : 0;

    public static bool IsSentenceStarter(ReadOnlySpan<char> word) => SentenceStarters.Contains(word);

    public static bool IsNameSuffix(ReadOnlySpan<char> word) => NameSuffixes.Contains(word);

    public static bool IsEmoticon(ReadOnlySpan<char> chunk) => Emoticons.Contains(chunk);
}

namespace Parley.Knowledge.Petrarch;

/// <summary>
/// One verb of a <see cref="VerbLexicon"/>: its words (a multi-word verb has the verb word at
/// <see cref="VerbIndex"/>), the code it has when no pattern matches, and its block's patterns.
/// </summary>
public sealed class LexiconVerb
{
    internal LexiconVerb(string id, int line, string block, PetrarchCode code, string[] words, int[] wordIds, int verbIndex, IReadOnlyList<LexiconPattern> patterns)
    {
        Id = id;
        Line = line;
        Block = block;
        Code = code;
        Words = words;
        WordIds = wordIds;
        VerbIndex = verbIndex;
        Patterns = patterns;
    }

    /// <summary>The rule id of the bare verb: the lexicon's name and the verb's source line ("cameo-verbs#L710").</summary>
    public string Id { get; }

    public int Line { get; }

    /// <summary>The block's name, lower case ("accelerate"): transformations name verbs by it.</summary>
    public string Block { get; }

    /// <summary>The verb's own code, else its block's (<see cref="PetrarchCode.None"/>: the bare verb is no event).</summary>
    public PetrarchCode Code { get; }

    /// <summary>The base form's words, lower case ("cordon", "off"); one word for most verbs.</summary>
    public string[] Words { get; }

    /// <summary>The ids of <see cref="Words"/>; the one at <see cref="VerbIndex"/> is the verb's.</summary>
    public int[] WordIds { get; }

    public int VerbIndex { get; }

    /// <summary>The verb word's base form, lower case: the lemma Parley's lemmatizer gives ("cordon" for "cordoned off").</summary>
    public string Lemma => Words[VerbIndex];

    /// <summary>The block's patterns, most specific first, file order among equals.</summary>
    public IReadOnlyList<LexiconPattern> Patterns { get; }

    public override string ToString() => string.Join(' ', Words);
}

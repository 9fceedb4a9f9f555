using Parley.Knowledge.Petrarch;

namespace Parley.Coding.Petrarch;

/// <summary>
/// What <see cref="VerbMatcher"/> found for one predicate: the lexicon verb, the pattern that matched (or none:
/// the bare verb's code), the code, and the tokens the pattern's elements matched.
/// </summary>
internal sealed class VerbMatch
{
    public VerbMatch(LexiconVerb verb, LexiconPattern? pattern, int predicate, int[] verbTokens, int[] before, int[] after, int[] prepositions, int obj)
    {
        Verb = verb;
        Pattern = pattern;
        Predicate = predicate;
        VerbTokens = verbTokens;
        Before = before;
        After = after;
        Prepositions = prepositions;
        Object = obj;
    }

    public LexiconVerb Verb { get; }

    /// <summary>The most specific pattern that matched, or null when the verb's own (block) code applies.</summary>
    public LexiconPattern? Pattern { get; }

    /// <summary>The predicate token the match was asked for.</summary>
    public int Predicate { get; }

    /// <summary>The code: the pattern's, else the verb's. <see cref="PetrarchCode.IsNone"/> means no event.</summary>
    public PetrarchCode Code => Pattern?.Code ?? Verb.Code;

    /// <summary>The rule id: the pattern's ("cameo-verbs#L719"), else the verb's line.</summary>
    public string RuleId => Pattern?.Id ?? Verb.Id;

    /// <summary>True when a specific pattern decided, false for the bare verb.</summary>
    public bool Specific => Pattern is not null;

    /// <summary>The tokens of the verb itself: the predicate and, for a multi-word verb, its other words, in text order.</summary>
    public int[] VerbTokens { get; }

    /// <summary>For each element before the verb, the token its head matched (-1 for a marker).</summary>
    public int[] Before { get; }

    /// <summary>For each element after the verb, the token its head matched: the noun for a word or phrase, the
    /// preposition's noun for a prepositional phrase (the preposition itself when it has none); -1 for a marker.</summary>
    public int[] After { get; }

    /// <summary>For each element after the verb, the preposition token of a prepositional phrase; -1 for other elements.</summary>
    public int[] Prepositions { get; }

    /// <summary>The first object-side noun (or pronoun, or number) a word or phrase element of the pattern matched, or -1.</summary>
    public int Object { get; }

    /// <summary>The first prepositional phrase the pattern named after the verb: its preposition token and its noun (-1 when it names none), or (-1, -1).</summary>
    public (int Preposition, int Noun) PrepositionalPhrase
    {
        get
        {
            for (int k = 0; k < Prepositions.Length; k++)
            {
                if (Prepositions[k] >= 0)
                {
                    return (Prepositions[k], After[k] == Prepositions[k] ? -1 : After[k]);
                }
            }
            return (-1, -1);
        }
    }

    public override string ToString() => $"{Verb} {(Pattern is null ? "(bare)" : Pattern.Text)} [{Code}] {RuleId}";
}

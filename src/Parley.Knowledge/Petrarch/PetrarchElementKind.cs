namespace Parley.Knowledge.Petrarch;

/// <summary>What one element of a PETRARCH verb pattern stands for.</summary>
public enum PetrarchElementKind
{
    /// <summary>A bare word (a noun, adverb, auxiliary…) or a synset reference <c>&amp;NAME</c>.</summary>
    Word,

    /// <summary>A noun phrase in braces, <c>{FINANCIAL AID}</c>: the last word is the head, the others modify it.</summary>
    Phrase,

    /// <summary>A prepositional phrase in parentheses, <c>(FOR AID)</c> or <c>(TO)</c>: the preposition and an optional noun phrase.</summary>
    Preposition,

    /// <summary>A TABARI position marker (<c>$</c> source, <c>+</c> target, <c>^</c> skip, <c>%</c> compound), which PETRARCH2 reads but does not match on.</summary>
    Marker,
}

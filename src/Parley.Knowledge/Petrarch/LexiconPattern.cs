namespace Parley.Knowledge.Petrarch;

/// <summary>A verb pattern of a <see cref="VerbLexicon"/>: the elements around the verb and the code they give.</summary>
public sealed class LexiconPattern
{
    internal LexiconPattern(string id, int line, PetrarchCode code, string text, LexiconElement[] before, LexiconElement[] after, bool joinedToVerb, int specificity)
    {
        Id = id;
        Line = line;
        Code = code;
        Text = text;
        Before = before;
        After = after;
        JoinedToVerb = joinedToVerb;
        Specificity = specificity;
    }

    /// <summary>The rule id: the lexicon's name and the source line ("cameo-verbs#L719").</summary>
    public string Id { get; }

    /// <summary>The line in the source dictionary.</summary>
    public int Line { get; }

    public PetrarchCode Code { get; }

    /// <summary>The pattern as written, lower case ("* (for {financial aid})").</summary>
    public string Text { get; }

    /// <summary>Elements before the verb, in text order (subject side).</summary>
    public LexiconElement[] Before { get; }

    /// <summary>Elements after the verb, in text order (object side).</summary>
    public LexiconElement[] After { get; }

    /// <summary>True when the last element before the verb must stand right before it.</summary>
    public bool JoinedToVerb { get; }

    /// <summary>How many words the pattern asks for besides the verb.</summary>
    public int Specificity { get; }

    public override string ToString() => $"{Id} {Text} [{Code}]";
}

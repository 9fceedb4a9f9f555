namespace Parley.Knowledge.Petrarch;

/// <summary>
/// A phrase string of an actor, agent or discard entry: upper-case words that were separated by <c>_</c> (the words
/// must be consecutive) or by blanks.
/// </summary>
public sealed record PetrarchPhrase
{
    /// <summary>The words, upper case, in order.</summary>
    public required IReadOnlyList<string> Words { get; init; }

    /// <summary>True when the phrase ended in <c>_</c> (TABARI: the last word is whole, not a stem).</summary>
    public bool EndsWord { get; init; }

    /// <summary>The words joined by blanks ("NEW ZEALAND").</summary>
    public string Text => string.Join(' ', Words);

    public override string ToString() => Text;

    /// <summary>Reads a phrase string as written ("MINAS_TIRITH", "AFGHANISTAN_", "THE DARK TOWER").</summary>
    /// <returns>Null when the string holds no word.</returns>
    public static PetrarchPhrase? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        text = text.Trim();
        var words = PetrarchLines.Words(text.ToUpperInvariant());
        return words.Length == 0 ? null : new PetrarchPhrase { Words = words, EndsWord = text.EndsWith('_') };
    }
}

namespace Parley.Coding.Petrarch;

/// <summary>An actor a noun phrase was coded as: its code (country or organisation with agents added), and where it stands.</summary>
/// <param name="Code">The PETRARCH code ("ARNGOV", "---GOV" for an agent without a country).</param>
/// <param name="Head">The noun phrase's head token.</param>
/// <param name="Start">First token of the words that gave the code.</param>
/// <param name="End">One past the last token of those words.</param>
/// <param name="Why">The dictionary entries that gave the code, for explanations ("GONDOR [GON] line 140 + police [~COP] line 60").</param>
internal sealed record CodedActor(string Code, int Head, int Start, int End, string Why)
{
    /// <summary>True for an agent with no country or organisation ("---GOV").</summary>
    public bool AgentOnly => Code.StartsWith("---", StringComparison.Ordinal);
}

namespace Parley.Coding;

/// <summary>Whether the text says the event happened (OUTPUT.md, "modality").</summary>
public enum Modality
{
    /// <summary>The text says it happened or is happening.</summary>
    Asserted,
    /// <summary>Scheduled, announced or promised.</summary>
    Future,
    /// <summary>Possible, proposed, speculated or conditional.</summary>
    Hypothetical,
    /// <summary>The text says it did not or will not happen, or a party denies it.</summary>
    Negated,
}

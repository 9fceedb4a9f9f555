namespace Parley.Coding.Evaluation;

/// <summary>
/// A story labelled with the one event it was written to describe (the NGEC synthetic stories): its PLOVER event
/// type and, where given, the PLOVER mode.
/// </summary>
/// <param name="Id">The story's id (<c>s0042</c>).</param>
/// <param name="Line">The 1-based line of the file where the story's record starts.</param>
public sealed record LabelledStory(string Id, int Line, string Title, string Text, string Label, string? Mode)
{
    /// <summary>
    /// True for the stories of the development split: those whose id's number is a multiple of five. The split is
    /// fixed by the id, so every command (training, evaluation) agrees on it without a file of its own.
    /// </summary>
    public bool IsDev => StoryNumber(Id) is long n && n % 5 == 0;

    private static long? StoryNumber(string id)
    {
        int start = 0;
        while (start < id.Length && !char.IsAsciiDigit(id[start]))
        {
            start++;
        }
        return long.TryParse(id.AsSpan(start), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long n) ? n : null;
    }
}

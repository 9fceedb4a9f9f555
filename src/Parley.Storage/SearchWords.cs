using System.Globalization;

namespace Parley.Storage;

/// <summary>
/// How a store splits what a user types into the words it searches for: runs of letters, digits and combining marks;
/// everything else only separates them, so no character of user input is ever search syntax.
/// </summary>
public static class SearchWords
{
    /// <summary>The words of <paramref name="text"/>, in order (repeats kept); empty when it has none.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var wordChar = i < text.Length && IsWordChar(text[i]);
            if (wordChar && start < 0)
            {
                start = i;
            }
            else if (!wordChar && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }
        return words;
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}

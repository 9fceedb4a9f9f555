using System.Globalization;

namespace Parley.Storage;

/// <summary>
/// How every store splits a full-text search into words: runs of letters, digits and combining marks; anything
/// else (punctuation, quotes, operators) only separates them, so user input is never read as query syntax.
/// </summary>
internal static class SearchWords
{
    public static List<string> Split(string text)
    {
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

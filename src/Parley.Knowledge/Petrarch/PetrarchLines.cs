namespace Parley.Knowledge.Petrarch;

/// <summary>
/// The non-empty lines of a PETRARCH dictionary with their 1-based numbers, the way PETRARCH's <c>read_FIN_line</c>
/// sees them: <c>#</c> comments and <c>&lt;!-- … --&gt;</c> comments (which may span lines) removed, blank lines skipped.
/// A <c>#</c> inside <c>[…]</c> is part of a code (<c>[###]</c>), not a comment.
/// </summary>
internal static class PetrarchLines
{
    /// <param name="semicolonComments">Actor files also end a line at <c>;</c> ("JAMES_BYRNES_  ; CountryInfo.txt").</param>
    public static IEnumerable<(int Line, string Text, string? Comment)> Read(string path, bool semicolonComments = false)
    {
        int number = 0;
        bool inComment = false;
        // Latin-1 reads every byte: the shipped files are ASCII with a few stray bytes that UTF-8 would refuse.
        foreach (var raw in File.ReadLines(path, System.Text.Encoding.Latin1))
        {
            number++;
            string line = raw;
            if (inComment)
            {
                int close = line.IndexOf("-->", StringComparison.Ordinal);
                if (close < 0)
                {
                    continue;
                }
                inComment = false;
                line = line[(close + 3)..];
            }
            while (true)
            {
                int open = line.IndexOf("<!", StringComparison.Ordinal);
                if (open < 0)
                {
                    break;
                }
                int close = line.IndexOf("-->", open, StringComparison.Ordinal);
                if (close < 0)
                {
                    inComment = true;
                    line = line[..open];
                    break;
                }
                line = line[..open] + line[(close + 3)..];
            }
            int cut = CommentStart(line, semicolonComments);
            string? comment = cut < line.Length ? line[(cut + 1)..].Trim() : null;
            line = line[..cut];
            if (line.Trim().Length > 0)
            {
                yield return (number, line.TrimEnd(), string.IsNullOrEmpty(comment) ? null : comment);
            }
        }
    }

    /// <summary>Where the line's comment starts (its length when there is none).</summary>
    private static int CommentStart(string line, bool semicolon)
    {
        int depth = 0;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (c == '[')
            {
                depth++;
            }
            else if (c == ']' && depth > 0)
            {
                depth--;
            }
            else if ((c == '#' && depth == 0) || (semicolon && c == ';'))
            {
                return i;
            }
        }
        return line.Length;
    }

    /// <summary>Words of a phrase string: split on blanks and underscores, empty pieces dropped.</summary>
    public static string[] Words(string phrase) =>
        phrase.Split([' ', '_', '\t'], StringSplitOptions.RemoveEmptyEntries);
}

using System.Text.RegularExpressions;
using System.Xml;

namespace Parley.Ingest.Formats;

/// <summary>
/// Turns an exception thrown while reading one input into a reported problem that ends that input
/// only: I/O errors, XML that breaks off, a library failing on a strange page. The batch goes on.
/// </summary>
internal static partial class FailureGuard
{
    public static IEnumerable<IngestResult> Guard(IEnumerable<IngestResult> source, ReadContext context)
    {
        using var results = source.GetEnumerator();
        while (true)
        {
            IngestResult current;
            IngestProblem? failure = null;
            try
            {
                if (!results.MoveNext())
                {
                    yield break;
                }
                current = results.Current;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                current = null!;
                failure = Describe(e, context);
            }
            if (failure is not null)
            {
                yield return failure;
                yield break;
            }
            yield return current;
        }
    }

    public static IngestProblem Describe(Exception exception, ReadContext context) => exception switch
    {
        XmlException xml when xml.Message.StartsWith("Unexpected end of file", StringComparison.Ordinal) =>
            context.Problem(IngestProblemKind.Truncated, $"truncated XML: {XmlMessage(xml)}; the rest of the feed is skipped", LineOf(xml)),
        XmlException xml =>
            context.Problem(IngestProblemKind.Malformed, $"not well-formed XML: {XmlMessage(xml)}; the rest of the feed is skipped", LineOf(xml)),
        UnauthorizedAccessException => context.Problem(IngestProblemKind.Unreadable, "cannot read: permission denied; skipped"),
        FileNotFoundException or DirectoryNotFoundException => context.Problem(IngestProblemKind.Unreadable, "cannot read: no such file or directory; skipped"),
        InvalidDataException data => context.Problem(IngestProblemKind.Malformed, $"corrupt compressed data: {data.Message}; skipped"),
        IOException io => context.Problem(IngestProblemKind.Unreadable, $"cannot read: {io.Message}; skipped"),
        _ => context.Problem(IngestProblemKind.Malformed, $"could not be read ({exception.GetType().Name}: {exception.Message}); skipped"),
    };

    private static int? LineOf(XmlException xml) => xml.LineNumber > 0 ? xml.LineNumber : null;

    private static string XmlMessage(XmlException xml) => XmlPosition().Replace(xml.Message, "").TrimEnd('.', ' ');

    [GeneratedRegex(@"\s*Line \d+, position \d+\.?\s*$")]
    private static partial Regex XmlPosition();
}

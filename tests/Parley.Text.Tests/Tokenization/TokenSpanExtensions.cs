namespace Parley.Text.Tests.Tokenization;

/// <summary>Lets tests use LINQ over a <see cref="TokenSpan"/>.</summary>
internal static class TokenSpanExtensions
{
    public static IEnumerable<Token> AsEnumerable(this TokenSpan span)
    {
        for (int i = 0; i < span.Length; i++)
        {
            yield return span[i];
        }
    }
}

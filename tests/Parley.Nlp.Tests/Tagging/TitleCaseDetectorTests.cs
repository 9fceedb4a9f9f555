using Parley.Nlp.Tagging;

namespace Parley.Nlp.Tests.Tagging;

public class TitleCaseDetectorTests
{
    private static bool IsHeadline(string sentence)
    {
        var detector = new TitleCaseDetector();
        foreach (var token in sentence.Split(' '))
        {
            detector.Add(token);
        }
        return detector.IsHeadline;
    }

    [Theory]
    [InlineData("Kremlin Signals Meeting With Trump", true)]
    [InlineData("Gunmen Attack Hotel in Somalia", true)]
    [InlineData("RUSSIA EXPELS 20 DIPLOMATS", true)]
    [InlineData("Air Strikes Kill 40 in Gaza", true)]
    [InlineData("Putin met Trump in Helsinki on Monday .", false)]
    [InlineData("Secretary of State Antony Blinken met Crown Prince Mohammed in Riyadh .", false)]
    [InlineData("Israel launches strikes on southern Lebanon", false)]
    [InlineData("Putin and Trump", false)]
    public void A_sentence_reads_as_a_headline_when_only_function_words_are_lower_case(string sentence, bool expected)
        => Assert.Equal(expected, IsHeadline(sentence));
}

using Parley.Text.Tokenization;

namespace Parley.Text.Tests.Tokenization;

public class SeedStoryTests
{
    private static readonly string[] Expected =
    [
        "Kremlin Signals Meeting Between Trump, Putin in Beijing",
        "(MENAFN) Russia signaled on Monday its openness to exploring a potential meeting between President Vladimir Putin and U.S. President Donald Trump, contingent on Trump’s attendance at upcoming World War II commemorative events in Beijing, according to Kremlin spokesman Dmitry Peskov.",
        "The Chinese capital is set to host a major military parade on September 3, marking the 80th anniversary of the end of World War II.",
        "President Putin has already confirmed his participation in the ceremony.",
        "Amid growing speculation about a possible high-level summit involving Putin, Trump, and Chinese President Xi Jinping, media reported that Beijing has decided to extend an invitation to Trump.",
        "Meanwhile, a new agency suggested China is positioning itself to host a trilateral meeting.",
        "However, Chinese authorities have not officially verified these reports.",
        "“If it so happens that [Trump] is there, then, of course, we cannot rule out that the question of the expediency of holding a meeting will be raised,” Peskov told reporters, emphasizing that the Kremlin has yet to receive confirmation of Trump’s travel plans to China.",
        "Just a day earlier, Peskov acknowledged that while a meeting between Putin and Trump is inevitable, it would require significant groundwork, and the current moment is not yet ripe for such discussions.",
        "The recent wave of speculation was fueled by a June phone conversation between Trump and Xi, during which Trump mentioned receiving an invitation to visit China, though no specific date was agreed upon.",
        "Putin and Trump have held several phone conversations in recent months, primarily addressing the ongoing war in Ukraine.",
        "Trump has publicly criticized Putin for what he characterized as a reluctance to seek a resolution to the conflict.",
        "The Kremlin responded that it took the remarks in stride and remains committed to ongoing communication with Washington.",
        "China has maintained a position of neutrality in the Ukraine war.",
        "Foreign Minister Wang Yi has called for a “fair, lasting, and binding” peace accord and has urged all parties to prioritize ceasefire efforts and diplomatic negotiations.",
        "Beijing has also voiced support for direct negotiations between Moscow and Kiev.",
        "The last face-to-face meeting between Putin and Trump took place during the 2018 U.S.-Russia summit in Helsinki, Finland.",
    ];

    [Fact]
    public void The_seed_story_is_its_title_and_sixteen_body_sentences()
    {
        var doc = new Pipeline(new Tokenizer(), new SentenceSplitter()).Process(Fixtures.SeedArticle);
        var sentences = doc.Sentences.Select(s => s.Text).ToArray();
        Assert.Equal(17, Expected.Length);
        Assert.Equal(Expected, sentences);
    }

    [Fact]
    public void The_seed_story_tokens_match_the_text_they_point_at()
    {
        var text = Fixtures.SeedArticle;
        var doc = new Tokenizer().Tokenize(text);
        var tokens = Enumerable.Range(0, doc.Count).Select(i => doc[i].Text).ToList();
        Assert.Contains("U.S.", tokens);
        Assert.Contains("80th", tokens);
        Assert.Contains("’s", tokens);
        Assert.DoesNotContain("Trump’s", tokens);
        Assert.Equal(["face", "-", "to", "-", "face"], tokens.SkipWhile(t => t != "face").Take(5));
    }
}

using Parley.Text.Tokenization;

namespace Parley.Text.Tests.Tokenization;

public class TokenizerTests
{
    private static readonly Tokenizer Tokenizer = new();

    /// <summary>The tokens of <paramref name="text"/>, joined by '|'.</summary>
    private static string Tokens(string text)
    {
        var doc = Tokenizer.Tokenize(text);
        return string.Join("|", doc.All.AsEnumerable().Select(t => t.Text));
    }

    [Theory]
    [InlineData("don't", "do|n't")]
    [InlineData("Don't", "Do|n't")]
    [InlineData("can't", "ca|n't")]
    [InlineData("won't", "wo|n't")]
    [InlineData("didn’t", "did|n’t")]
    [InlineData("Trump's", "Trump|'s")]
    [InlineData("Trump’s attendance", "Trump|’s|attendance")]
    [InlineData("they're", "they|'re")]
    [InlineData("We've", "We|'ve")]
    [InlineData("I'll", "I|'ll")]
    [InlineData("she'd", "she|'d")]
    [InlineData("I'm", "I|'m")]
    [InlineData("gonna", "gon|na")]
    [InlineData("wanna", "wan|na")]
    [InlineData("cannot", "can|not")]
    [InlineData("Cannot", "Can|not")]
    [InlineData("O'Brien", "O'Brien")]
    [InlineData("the voters' choice", "the|voters|'|choice")]
    public void Clitics_are_split_as_in_UD_English(string text, string expected) => Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("U.S. President Donald Trump", "U.S.|President|Donald|Trump")]
    [InlineData("the U.N. said", "the|U.N.|said")]
    [InlineData("Mr. Smith", "Mr.|Smith")]
    [InlineData("Gen. Mark Milley", "Gen.|Mark|Milley")]
    [InlineData("Sen. Jones", "Sen.|Jones")]
    [InlineData("on Jan. 5", "on|Jan.|5")]
    [InlineData("since Sept. 11", "since|Sept.|11")]
    [InlineData("St. Petersburg", "St.|Petersburg")]
    [InlineData("at 9 a.m. today", "at|9|a.m.|today")]
    [InlineData("George W. Bush", "George|W.|Bush")]
    [InlineData("Acme Inc., a firm", "Acme|Inc.|,|a|firm")]
    [InlineData("e.g. this", "e.g.|this")]
    [InlineData("the 2018 U.S.-Russia summit", "the|2018|U.S.|-|Russia|summit")]
    public void Abbreviations_and_initials_keep_their_period(string text, string expected) => Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("They met in the U.S. The next day", "They|met|in|the|U.S|.|The|next|day")]
    [InlineData("made in the U.S.", "made|in|the|U.S|.")]
    [InlineData("cats, dogs, etc.\nNext", "cats|,|dogs|,|etc|.|Next")]
    public void An_abbreviation_that_ends_a_sentence_gives_up_its_period(string text, string expected) => Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("3.5 percent", "3.5|percent")]
    [InlineData("10,000 troops", "10,000|troops")]
    [InlineData("1,650,000", "1,650,000")]
    [InlineData("the 1990s", "the|1990s")]
    [InlineData("the 80th anniversary", "the|80th|anniversary")]
    [InlineData("$5", "$|5")]
    [InlineData("$10,000.50", "$|10,000.50")]
    [InlineData("$3M", "$|3|M")]
    [InlineData("5%", "5|%")]
    [InlineData("5kg", "5|kg")]
    [InlineData("#1 seed", "#|1|seed")]
    [InlineData("+44 20 7946", "+44|20|7946")]
    public void Numbers_stay_whole_and_signs_come_off(string text, string expected) => Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("at 9:30", "at|9:30")]
    [InlineData("10:30am", "10:30|am")]
    [InlineData("on 2025-07-22", "on|2025-07-22")]
    [InlineData("on 7/22/2025", "on|7/22/2025")]
    [InlineData("call 713-853-3989", "call|713-853-3989")]
    [InlineData("in 2013-2014", "in|2013|-|2014")]
    public void Times_dates_and_phone_numbers_stay_whole(string text, string expected) => Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("See https://example.com/a?b=1.", "See|https://example.com/a?b=1|.")]
    [InlineData("(http://www.un.org/ha/chernobyl/)", "(|http://www.un.org/ha/chernobyl/|)")]
    [InlineData("visit www.kremlin.ru today", "visit|www.kremlin.ru|today")]
    [InlineData("Write to press@example.org.", "Write|to|press@example.org|.")]
    [InlineData("via @realDonaldTrump:", "via|@realDonaldTrump|:")]
    [InlineData("#Ukraine #peace", "#Ukraine|#peace")]
    [InlineData("the file memo.doc", "the|file|memo.doc")]
    public void URLs_addresses_handles_and_tags_are_one_token(string text, string expected) => Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("“Yes,” he said.", "“|Yes|,|”|he|said|.")]
    [InlineData("\"Yes,\" he said.", "\"|Yes|,|\"|he|said|.")]
    [InlineData("a ‘fair’ deal", "a|‘|fair|’|deal")]
    [InlineData("'Go home,' she said", "'|Go|home|,|'|she|said")]
    [InlineData("that [Trump] is there", "that|[|Trump|]|is|there")]
    [InlineData("(Reuters)", "(|Reuters|)")]
    [InlineData("``quoted''", "``|quoted|''")]
    public void Quotes_and_brackets_are_split_off(string text, string expected) => Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("Kyiv—Moscow", "Kyiv|—|Moscow")]
    [InlineData("Kyiv – Moscow", "Kyiv|–|Moscow")]
    [InlineData("yes--no", "yes|--|no")]
    [InlineData("Wait... what", "Wait|...|what")]
    [InlineData("Wait…", "Wait|…")]
    [InlineData("Really?!", "Really|?!")]
    [InlineData("well-known", "well|-|known")]
    [InlineData("al-Qaeda", "al|-|Qaeda")]
    [InlineData("e-mail", "e-mail")]
    [InlineData("non-stop pre-war", "non-stop|pre-war")]
    [InlineData("and/or", "and|/|or")]
    public void Dashes_ellipses_and_hyphens_follow_UD_English(string text, string expected) => Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("MOSCOW, June 7 (Reuters) - The Kremlin", "MOSCOW|,|June|7|(|Reuters|)|-|The|Kremlin")]
    [InlineData("(MENAFN) Russia signaled", "(|MENAFN|)|Russia|signaled")]
    [InlineData("- first item\n* second item\n• third", "-|first|item|*|second|item|•|third")]
    [InlineData("Headline Here\n\nBody text.", "Headline|Here|Body|text|.")]
    public void Datelines_bullets_and_paragraphs_tokenize_cleanly(string text, string expected) => Assert.Equal(expected, Tokens(text));

    [Theory]
    [InlineData("Путин встретился с Си.", "Путин|встретился|с|Си|.")]
    [InlineData("中国外交部长王毅说。", "中国外交部长王毅说|。")]
    [InlineData("قال بوتين، إن", "قال|بوتين|،|إن")]
    [InlineData("Great 👍 news", "Great|👍|news")]
    [InlineData("café naïve", "café|naïve")]
    [InlineData("cafe\u0301", "cafe\u0301")]
    public void Non_Latin_text_is_not_broken(string text, string expected) => Assert.Equal(expected, Tokens(text));

    [Fact]
    public void Tokens_are_offsets_into_the_original_text()
    {
        const string text = "  “If it so happens that [Trump] is there,” Peskov said.";
        var doc = Tokenizer.Tokenize(text);
        Assert.Same(text, doc.Text);
        Assert.Equal(2, doc[0].Start);
        Assert.Equal("“", doc[0].Text);
        Assert.Equal(text.Length, doc[doc.Count - 1].End);
    }

    [Fact]
    public void Split_clitics_are_reported_as_continuing_the_word_before_them()
    {
        var doc = new Document("I don't know Trump's plan, gonna see the voters' view.");
        var continuations = new List<int>();
        Tokenizer.Process(doc, continuations);
        var texts = continuations.Select(i => doc[i].Text).ToArray();
        Assert.Equal(["n't", "'s", "na", "'"], texts);
    }

    [Fact]
    public void A_document_that_already_has_tokens_is_refused()
    {
        var doc = Tokenizer.Tokenize("Hello.");
        Assert.Throws<InvalidOperationException>(() => Tokenizer.Process(doc));
    }

    [Fact]
    public void Tokenizing_marks_the_tokens_layer()
    {
        var doc = Tokenizer.Tokenize("Hello.");
        Assert.True(doc.Has(Annotations.Tokens));
    }
}

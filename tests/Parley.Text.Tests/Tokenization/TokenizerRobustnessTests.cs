using Parley.Text.Tokenization;

namespace Parley.Text.Tests.Tokenization;

/// <summary>Properties that hold for any input: tokens are in order, inside the text, never empty, never cut a character in two.</summary>
public class TokenizerRobustnessTests
{
    public static TheoryData<string, string> OddInputs() => new()
    {
        { "empty", string.Empty },
        { "only whitespace", " \t\r\n\u00A0\u2003\n\n " },
        { "one character, a megabyte of it", new string('a', 1 << 20) },
        { "a megabyte of periods", new string('.', 1 << 20) },
        { "a megabyte of closing brackets", new string(')', 1 << 20) },
        { "a megabyte of apostrophes", new string('\'', 1 << 20) },
        { "a megabyte of initials", string.Concat(Enumerable.Repeat("a.", 1 << 19)) },
        { "a megabyte of hyphens between words", string.Concat(Enumerable.Repeat("ab-", 1 << 18)) },
        { "lone surrogates", "a\uD800b \uDC00c \uD83D \uDE00 end\uD800" },
        { "emoji and joiners", "👩‍👩‍👧 flags 🇷🇺🇨🇳 ok👍🏽." },
        { "control characters", "\u0000abc\u0001 def\u0007\u001B[0m\u007F ghi\u0085jkl\u200Bmno\uFEFF" },
        { "combining marks at the start", "\u0301abc \u0301 .\u0301" },
        { "punctuation soup", "((([[{\"“‘'`--...!!??''””)))]]}>>,,;;::" },
        { "mixed scripts", "Путин—Xi 中国。 بوتين، 1,000.5 U.S.A. e-mail@x.y http://a.b/c?d=e" },
    };

    [Theory]
    [MemberData(nameof(OddInputs))]
    public void Odd_inputs_give_well_formed_tokens(string name, string text)
    {
        Assert.NotNull(name);
        var doc = new Pipeline(new Tokenizer(), new SentenceSplitter()).Process(text);
        AssertWellFormed(doc);
    }

    [Fact]
    public void The_seed_story_gives_well_formed_tokens()
    {
        var text = Fixtures.SeedFile;
        var doc = new Pipeline(new Tokenizer(), new SentenceSplitter()).Process(text);
        AssertWellFormed(doc);
    }

    private static void AssertWellFormed(Document doc)
    {
        var text = doc.Text;
        int previousEnd = 0;
        var covered = new bool[text.Length];
        for (int i = 0; i < doc.Count; i++)
        {
            int start = doc.Starts[i];
            int end = doc.Ends[i];
            Assert.True(start >= previousEnd, $"token {i} starts at {start}, before the previous token's end {previousEnd}");
            Assert.True(end > start && end <= text.Length, $"token {i} [{start}, {end}) is empty or outside the text");
            Assert.False(char.IsLowSurrogate(text[start]) && start > 0 && char.IsHighSurrogate(text[start - 1]), $"token {i} starts inside a surrogate pair");
            Assert.False(char.IsHighSurrogate(text[end - 1]) && end < text.Length && char.IsLowSurrogate(text[end]), $"token {i} ends inside a surrogate pair");
            for (int c = start; c < end; c++)
            {
                Assert.False(char.IsWhiteSpace(text[c]), $"token {i} contains whitespace at {c}");
                covered[c] = true;
            }
            previousEnd = end;
        }
        for (int c = 0; c < text.Length; c++)
        {
            // Every visible character belongs to some token; only separators are dropped.
            if (!covered[c])
            {
                Assert.True(char.IsWhiteSpace(text[c]) || char.IsControl(text[c]) || text[c] is '\u200B' or '\uFEFF' or '\u2060',
                    $"character U+{(int)text[c]:X4} at {c} is in no token");
            }
        }
        if (doc.Count > 0)
        {
            Assert.Equal(0, doc.SentenceStarts[0]);
        }
    }
}

namespace Parley.Knowledge.Tests;

public class NameKeyTests
{
    [Theory]
    [InlineData("The Kremlin", "kremlin")]
    [InlineData("KREMLIN", "kremlin")]
    [InlineData("the Élysée", "elysee")]
    [InlineData("Zelenskyy", "zelenskyy")]
    [InlineData("al-Qaeda", "al qaeda")]
    [InlineData("Lee Jae-myung", "lee jae myung")]
    [InlineData("Sa’ar", "sa ar")]
    [InlineData("Sa'ar", "sa ar")]
    [InlineData("Kurdistan Workers' Party", "kurdistan workers party")]
    [InlineData("Władysław Kosiniak-Kamysz", "wladyslaw kosiniak kamysz")]
    [InlineData("  Vladimir   Putin ", "vladimir putin")]
    [InlineData("U.S.", "u.s.")]
    [InlineData("the", "the")]
    public void Names_fold_to_one_key_whatever_their_case_accents_and_hyphens(string name, string key)
    {
        Assert.Equal(key, NameKey.Of(name));
    }

    [Fact]
    public void A_token_window_folds_like_the_same_name_written_out()
    {
        string[] tokens = ["said", "the", "Kremlin", "on", "Monday"];
        Assert.Equal(NameKey.Of("the Kremlin"), NameKey.Of(tokens, 1, 2));
    }

    [Fact]
    public void A_possessive_the_tokenizer_splits_off_folds_like_the_name_written_whole()
    {
        string[] tokens = ["the", "People", "'s", "Protection", "Units", "and", "the", "Kurdistan", "Workers", "'", "Party"];
        Assert.Equal(NameKey.Of("People's Protection Units"), NameKey.Of(tokens, 1, 4));
        Assert.Equal(NameKey.Of("Kurdistan Workers' Party"), NameKey.Of(tokens, 7, 4));
    }

    [Fact]
    public void Exact_keys_keep_capitals()
    {
        Assert.Equal("US", NameKey.ExactOf("US"));
        Assert.NotEqual(NameKey.ExactOf("us"), NameKey.ExactOf("US"));
    }
}

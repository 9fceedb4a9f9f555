using Parley.Nlp.Tagging;

namespace Parley.Nlp.Tests.Tagging;

public class TaggerFeaturesTests
{
    private static readonly string[] Sentence = ["The", "cat", "sat", "."];

    private static ulong[] FeaturesOf(int i, int previous, int secondPrevious)
    {
        var features = new ulong[TaggerFeatures.Count];
        int n = TaggerFeatures.Extract(Sentence, i, previous, secondPrevious, features);
        return features[..n];
    }

    [Fact]
    public void A_token_in_context_gets_every_template_once()
    {
        var features = FeaturesOf(1, previous: 3, secondPrevious: TaggerFeatures.NoTag);

        Assert.Equal(TaggerFeatures.Count, features.Length);
        Assert.Equal(features.Length, features.Distinct().Count());
        Assert.Contains(TaggerFeatures.Bias, features);
        Assert.Contains(TaggerFeatures.Of(TaggerTemplate.Word, "cat"), features);
        Assert.Contains(TaggerFeatures.Of(TaggerTemplate.Form, "cat"), features);
        Assert.Contains(TaggerFeatures.Of(TaggerTemplate.Suffix3, "cat"), features);
        Assert.Contains(TaggerFeatures.Of(TaggerTemplate.Suffix1, "t"), features);
        Assert.Contains(TaggerFeatures.Of(TaggerTemplate.Prefix1, "c"), features);
        Assert.Contains(TaggerFeatures.Of(TaggerTemplate.Shape, "xx"), features);
        Assert.Contains(TaggerFeatures.OfTag(TaggerTemplate.PreviousTag, 3), features);
        Assert.Contains(TaggerFeatures.OfTag(TaggerTemplate.SecondPreviousTag, TaggerFeatures.NoTag), features);
        Assert.Contains(TaggerFeatures.OfTags(TaggerTemplate.PreviousTags, 3, TaggerFeatures.NoTag), features);
        Assert.Contains(TaggerFeatures.OfTagAndWord(TaggerTemplate.PreviousTagWord, 3, "cat"), features);
        Assert.Contains(TaggerFeatures.Of(TaggerTemplate.PreviousWord, "the"), features);
        Assert.Contains(TaggerFeatures.Of(TaggerTemplate.PreviousSuffix3, "the"), features);
        Assert.Contains(TaggerFeatures.Of(TaggerTemplate.SecondPreviousWord, "-START-"), features);
        Assert.Contains(TaggerFeatures.Of(TaggerTemplate.NextWord, "sat"), features);
        Assert.Contains(TaggerFeatures.Of(TaggerTemplate.SecondNextWord, "."), features);
        Assert.Contains(TaggerFeatures.Of(TaggerTemplate.WordNextWord, "cat", "sat"), features);
        Assert.Contains(TaggerFeatures.Of(TaggerTemplate.PreviousWordWord, "the", "cat"), features);
        Assert.Contains(TaggerFeatures.OfTagAndWord(TaggerTemplate.PreviousTagNextWord, 3, "sat"), features);
        Assert.Contains(TaggerFeatures.OfFlags(0), features);
        Assert.Contains(TaggerFeatures.OfClass(TaggerTemplate.Class, Parley.Nlp.Tagging.AmbiguityClasses.Unknown), features);
    }

    [Fact]
    public void The_last_token_sees_end_padding_to_its_right()
    {
        var features = FeaturesOf(3, previous: 1, secondPrevious: 2);

        Assert.Contains(TaggerFeatures.Of(TaggerTemplate.NextWord, "-END-"), features);
        Assert.Contains(TaggerFeatures.Of(TaggerTemplate.SecondNextWord, "-END-"), features);
        Assert.Contains(TaggerFeatures.Of(TaggerTemplate.PreviousWord, "sat"), features);
        Assert.Contains(TaggerFeatures.Of(TaggerTemplate.SecondPreviousWord, "cat"), features);
    }

    [Fact]
    public void The_first_token_is_flagged_and_keeps_its_capital_in_the_form_feature_only()
    {
        var features = FeaturesOf(0, TaggerFeatures.NoTag, TaggerFeatures.NoTag);

        Assert.Contains(TaggerFeatures.Of(TaggerTemplate.Word, "the"), features);
        Assert.Contains(TaggerFeatures.Of(TaggerTemplate.Form, "The"), features);
        Assert.Contains(TaggerFeatures.Of(TaggerTemplate.Prefix1, "T"), features);
        Assert.Contains(TaggerFeatures.OfFlags(1 | 16), features);
        Assert.Contains(TaggerFeatures.Of(TaggerTemplate.PreviousWord, "-START-"), features);
    }

    [Fact]
    public void Known_words_carry_their_ambiguity_class_to_their_neighbours()
    {
        ulong nounOrVerb = AmbiguityClasses.ClassOf([new(0, 5), new(1, 3)], minShare: 0.05);
        var classes = new AmbiguityClasses([new("sat", nounOrVerb)]);
        var features = new ulong[TaggerFeatures.Count];

        TaggerFeatures.Extract(Sentence, classes, 1, TaggerFeatures.NoTag, TaggerFeatures.NoTag, features);

        Assert.Contains(TaggerFeatures.OfClass(TaggerTemplate.NextClass, nounOrVerb), features);
        Assert.Contains(TaggerFeatures.OfClass(TaggerTemplate.Class, AmbiguityClasses.Unknown), features);
    }

    [Fact]
    public void Rare_labels_are_left_out_of_an_ambiguity_class()
    {
        ulong withRare = AmbiguityClasses.ClassOf([new(0, 99), new(1, 1)], minShare: 0.05);
        ulong alone = AmbiguityClasses.ClassOf([new(0, 10)], minShare: 0.05);

        Assert.Equal(alone, withRare);
    }

    [Theory]
    [InlineData("1984", "!YEAR")]
    [InlineData("42", "!DIGITS")]
    [InlineData("3rd", "!DIGITS")]
    [InlineData("Obama", "obama")]
    public void Words_are_lowercased_and_numbers_folded(string form, string expected)
        => Assert.Equal(expected, TaggerFeatures.NormalisedWord(form));

    [Theory]
    [InlineData("Obama", "Xxx")]
    [InlineData("1,234", "d,dd")]
    [InlineData("NATO", "XX")]
    [InlineData("e-mail", "x-xx")]
    public void Shapes_map_characters_to_classes_and_cut_runs_at_two(string form, string expected)
        => Assert.Equal(expected, TaggerFeatures.ShapeOf(form));

    [Theory]
    [InlineData("Paris", false, 1)]
    [InlineData("NATO", true, 1 | 2 | 16)]
    [InlineData("F-16", false, 1 | 2 | 4 | 8)]
    [InlineData("cat", false, 0)]
    public void Flags_say_case_digits_hyphens_and_position(string form, bool first, int expected)
        => Assert.Equal(expected, TaggerFeatures.FlagsOf(form, first));

    [Fact]
    public void A_second_pass_sees_the_first_pass_guesses_to_the_right_and_end_padding_after_the_last_token()
    {
        var features = new ulong[TaggerFeatures.RefinedCount];
        int[] guesses = [4, 5, 6, 7];

        int n = TaggerFeatures.ExtractRefined(Sentence, 2, guesses, previousTag: 5, secondPreviousTag: 4, features);

        Assert.Equal(TaggerFeatures.RefinedCount, n);
        Assert.Equal(n, features.Distinct().Count());
        Assert.Contains(TaggerFeatures.OfTag(TaggerTemplate.Guess, 6), features);
        Assert.Contains(TaggerFeatures.OfTag(TaggerTemplate.NextGuess, 7), features);
        Assert.Contains(TaggerFeatures.OfTag(TaggerTemplate.SecondNextGuess, TaggerFeatures.EndTag), features);
        Assert.Contains(TaggerFeatures.OfTags(TaggerTemplate.PreviousTagNextGuess, 5, 7), features);
    }
}

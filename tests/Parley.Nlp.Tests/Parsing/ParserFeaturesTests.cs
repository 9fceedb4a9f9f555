using Parley.Nlp.Parsing;

namespace Parley.Nlp.Tests.Parsing;

public class ParserFeaturesTests
{
    // "She saw him ." with tag codes 1..4, after Shift: S0 = She, N0 = saw, N1 = him, N2 = ".".
    private static ParserConfiguration SheOnTheStack()
    {
        var config = new ParserConfiguration();
        config.Reset(4);
        string[] forms = ["She", "saw", "him", "."];
        for (int i = 0; i < forms.Length; i++)
        {
            config.Words[i] = DependencyParser.WordCode(forms[i]);
            config.Tags[i] = i + 1;
        }
        config.Apply(Transition.Shift, -1);
        return config;
    }

    [Fact]
    public void The_first_templates_are_the_stack_top_and_buffer_front_words_and_tags()
    {
        var config = SheOnTheStack();
        Span<ulong> features = stackalloc ulong[ParserFeatures.MaxFeatures];
        int count = ParserFeatures.Extract(config, features);
        uint she = DependencyParser.WordCode("she");
        uint saw = DependencyParser.WordCode("saw");
        // Tag codes are shifted by two: 0 is "no token", 1 the root.
        Assert.Equal(ParserFeatures.Key(1, ParserFeatures.Words(she), ParserFeatures.Pack(3)), features[0]);
        Assert.Equal(ParserFeatures.Key(2, ParserFeatures.Words(she), 0), features[1]);
        Assert.Equal(ParserFeatures.Key(4, ParserFeatures.Words(saw), ParserFeatures.Pack(4)), features[3]);
        // S1 is the root.
        Assert.Equal(ParserFeatures.Key(13, ParserFeatures.Words(1), ParserFeatures.Pack(1)), features[12]);
        Assert.InRange(count, 50, ParserFeatures.MaxFeatures);
    }

    [Fact]
    public void Words_are_matched_without_case_and_with_digits_folded()
    {
        Assert.Equal(DependencyParser.WordCode("she"), DependencyParser.WordCode("She"));
        Assert.Equal(DependencyParser.WordCode("1998"), DependencyParser.WordCode("2025"));
        Assert.NotEqual(DependencyParser.WordCode("she"), DependencyParser.WordCode("he"));
        Assert.True(DependencyParser.WordCode("") > 1);
    }

    [Fact]
    public void The_same_configuration_always_gives_the_same_distinct_features()
    {
        Span<ulong> a = stackalloc ulong[ParserFeatures.MaxFeatures];
        Span<ulong> b = stackalloc ulong[ParserFeatures.MaxFeatures];
        int countA = ParserFeatures.Extract(SheOnTheStack(), a);
        int countB = ParserFeatures.Extract(SheOnTheStack(), b);
        Assert.True(a[..countA].SequenceEqual(b[..countB]));
        // Templates are distinguished even when their values coincide (empty children, absent tokens).
        Assert.Equal(countA, a[..countA].ToArray().Distinct().Count());
    }

    [Fact]
    public void Moving_a_token_changes_the_features()
    {
        var config = SheOnTheStack();
        Span<ulong> before = stackalloc ulong[ParserFeatures.MaxFeatures];
        Span<ulong> after = stackalloc ulong[ParserFeatures.MaxFeatures];
        int count = ParserFeatures.Extract(config, before);
        config.Apply(Transition.Left, 0);
        ParserFeatures.Extract(config, after);
        Assert.NotEqual(before[0], after[0]);
        Assert.Equal(before[..count].ToArray().Length, count);
    }

    [Fact]
    public void Label_features_depend_on_the_direction_of_the_arc()
    {
        var config = SheOnTheStack();
        Span<ulong> left = stackalloc ulong[ParserFeatures.MaxFeatures];
        Span<ulong> right = stackalloc ulong[ParserFeatures.MaxFeatures];
        int count = ParserFeatures.ExtractLabel(config, head: 1, dependent: 0, left);
        ParserFeatures.ExtractLabel(config, head: config.Root, dependent: 0, right);
        Assert.InRange(count, 10, ParserFeatures.MaxFeatures);
        Assert.NotEqual(left[0], right[0]);
    }

    [Fact]
    public void The_templates_fingerprint_is_stable()
    {
        Assert.Equal(ParserFeatures.Fingerprint(), ParserFeatures.Fingerprint());
        Assert.NotEqual(0UL, ParserFeatures.Fingerprint());
    }
}

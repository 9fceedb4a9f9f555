using Parley.Coding.Events;
using Parley.Knowledge;
using Parley.Nlp.Lemmatization;
using Parley.Testing;

namespace Parley.Coding.Tests.Events;

public class TriggerFinderTests
{
    private static readonly Lazy<KnowledgeBase> Knowledge = new(() => KnowledgeBase.Load(RepositoryPaths.InRepo("dictionaries")));

    [Theory]
    [InlineData("telephoned", "telephone")]
    [InlineData("shelled", "shell")]
    [InlineData("carries", "carry")]
    [InlineData("expels", "expel")]
    [InlineData("bombing", "bomb")]
    public void A_regular_verb_form_gives_its_base_among_the_forms_tried(string form, string lemma)
    {
        Assert.Contains(lemma, RegularVerbForms.Bases(form));
    }

    [Fact]
    public void A_short_word_or_one_without_a_regular_ending_gives_no_base()
    {
        Assert.Empty(RegularVerbForms.Bases("bed"));
        Assert.Empty(RegularVerbForms.Bases("fought"));
    }

    [Fact]
    public void A_verb_the_lemmatizer_got_wrong_is_still_found_by_its_form()
    {
        // The lemma "telephon" is what the shipped lemmatizer gives "telephoned"; the patterns list "telephone".
        var events = new EventCoder(Knowledge.Value).Code(Parsed.Of(
            "Biden/PROPN/NNP/Biden/2/nsubj telephoned/VERB/VBD/telephon/0/root Putin/PROPN/NNP/Putin/2/obj ./PUNCT/././2/punct"), "test", new DateOnly(2024, 5, 1));

        Assert.Contains(events, e => e.Cameo == "041" && e.Source?.Country == "USA" && e.Target?.Country == "RUS");
    }
}

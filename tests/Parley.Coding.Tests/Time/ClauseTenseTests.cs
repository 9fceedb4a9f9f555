using Parley.Coding.Time;

namespace Parley.Coding.Tests.Time;

public class ClauseTenseTests
{
    [Theory]
    [InlineData(Parses.SignaledOnMonday, "signaled", Tense.Past)]
    [InlineData(Parses.SetToHostOnSeptember3, "host", Tense.Future)]
    [InlineData(Parses.SetToHostOnSeptember3, "parade", Tense.Future)]
    [InlineData(Parses.SetToHostOnSeptember3, "set", Tense.Present)]
    [InlineData(Parses.FueledByAJuneConversation, "conversation", Tense.Past)]
    [InlineData(Parses.HaveHeldConversations, "held", Tense.Past)]
    [InlineData(Parses.WillHostTalks, "host", Tense.Future)]
    [InlineData(Parses.HostsTalks, "hosts", Tense.Present)]
    [InlineData(Parses.IsToHostTalks, "host", Tense.Future)]
    [InlineData(Parses.PlansToHostTalks, "host", Tense.Future)]
    [InlineData(Parses.PlannedToHostTalks, "host", Tense.Unknown)]
    [InlineData(Parses.AttendsTheUpcomingSummit, "summit", Tense.Future)]
    [InlineData(Parses.CouldMeetTrump, "meet", Tense.Unknown)]
    [InlineData(Parses.ADayEarlierPeskovAcknowledged, "acknowledged", Tense.Past)]
    public void Reads_the_tense_from_the_parse(string tokens, string predicate, Tense expected)
    {
        var doc = HandBuilt.Sentence(tokens);

        Assert.Equal(expected, ClauseTense.Of(doc, HandBuilt.IndexOf(doc, predicate)));
    }

    [Theory]
    [InlineData("Russia/PROPN/NNP signaled/VERB/VBD on/ADP/IN Monday/PROPN/NNP", "signaled", Tense.Past)]
    [InlineData("The/DET/DT capital/NOUN/NN is/AUX/VBZ set/VERB/JJ to/PART/TO host/VERB/VB a/DET/DT parade/NOUN/NN", "parade", Tense.Future)]
    [InlineData("The/DET/DT capital/NOUN/NN was/AUX/VBD set/VERB/VBN to/PART/TO host/VERB/VB a/DET/DT parade/NOUN/NN", "host", Tense.Unknown)]
    [InlineData("Trump/PROPN/NNP has/AUX/VBZ publicly/ADV/RB criticized/VERB/VBN Putin/PROPN/NNP", "criticized", Tense.Past)]
    [InlineData("Russia/PROPN/NNP will/AUX/MD host/VERB/VB talks/NOUN/NNS", "host", Tense.Future)]
    [InlineData("China/PROPN/NNP hosts/VERB/VBZ talks/NOUN/NNS", "talks", Tense.Present)]
    [InlineData("China/PROPN/NNP is/AUX/VBZ to/PART/TO host/VERB/VB talks/NOUN/NNS", "host", Tense.Future)]
    [InlineData("Trump/PROPN/NNP attends/VERB/VBZ the/DET/DT upcoming/ADJ/JJ summit/NOUN/NN", "summit", Tense.Future)]
    [InlineData("Peskov/PROPN/NNP could/AUX/MD meet/VERB/VB Trump/PROPN/NNP", "meet", Tense.Unknown)]
    public void Reads_the_tense_from_the_nearest_verb_when_there_is_no_parse(string tokens, string predicate, Tense expected)
    {
        var doc = HandBuilt.Sentence(tokens);

        Assert.Equal(expected, ClauseTense.Of(doc, HandBuilt.IndexOf(doc, predicate)));
    }

    [Fact]
    public void An_untagged_document_has_unknown_tense()
    {
        var doc = HandBuilt.Sentence("Russia signaled on Monday");

        Assert.Equal(Tense.Unknown, ClauseTense.Of(doc, 1));
    }
}

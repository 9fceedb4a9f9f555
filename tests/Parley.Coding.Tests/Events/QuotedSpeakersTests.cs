using Parley.Knowledge;
using Parley.Testing;

namespace Parley.Coding.Tests.Events;

public sealed class QuotedSpeakersTests
{
    private static readonly Lazy<KnowledgeBase> Knowledge = new(() => KnowledgeBase.Load(RepositoryPaths.InRepo("dictionaries")));

    [Fact]
    public void We_in_reported_speech_is_the_speaker()
    {
        // "We criticized Japan, Putin said."
        var events = new EventCoder(Knowledge.Value, TestPatterns.Create()).Code(Parsed.Of(
            "We/PRON/PRP/we/2/nsubj criticized/VERB/VBD/criticize/0/root Japan/PROPN/NNP/Japan/2/obj ,/PUNCT/,/,/2/punct Putin/PROPN/NNP/Putin/6/nsubj said/VERB/VBD/say/2/parataxis"),
            "test", new DateOnly(2025, 7, 22));
        var e = Assert.Single(events);
        Assert.Equal(("RUSGOV", "We", "JPN"), (e.Source!.Code, e.Source.Text, e.Target!.Country));
        Assert.Equal("Putin", e.Attribution!.Text);
    }

    [Fact]
    public void We_outside_reported_speech_stays_unresolved()
    {
        Assert.Empty(new EventCoder(Knowledge.Value, TestPatterns.Create()).Code(Parsed.Of(
            "We/PRON/PRP/we/2/nsubj criticized/VERB/VBD/criticize/0/root Japan/PROPN/NNP/Japan/2/obj"), "test", new DateOnly(2025, 7, 22)));
    }
}

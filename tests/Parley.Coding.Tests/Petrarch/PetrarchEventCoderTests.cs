using Parley.Coding.Petrarch;
using Parley.Coding.Tests.Events;
using Parley.Knowledge;
using Parley.Knowledge.Petrarch;
using Parley.Testing;

namespace Parley.Coding.Tests.Petrarch;

public class PetrarchEventCoderTests
{
    private static readonly Lazy<PetrarchEventCoder> Coder = new(() =>
    {
        string dir = Path.Combine(Path.GetTempPath(), "parley-petrarch-coder-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, "test.verbs.txt"), "--- CONDEMN [122] ---\nCONDEMN\n--- MEET [031:032] ---\nMEET\n--- OPPOSE [112] ---\nOPPOSE\n");
            File.WriteAllText(Path.Combine(dir, "test.actors.txt"), "ARNOR [ARN]\nGONDOR [GON]\nOSGILIATH [OSG]\nGOLLUM\n\t[HOB <19950601]\n\t[HOBGOV >19950602]\n");
            File.WriteAllText(Path.Combine(dir, "test.agents.txt"), "SOLDIER [~MIL]\nMSF {} [NGO~]\n");
            File.WriteAllText(Path.Combine(dir, "test.discards.txt"), "BASEBALL\n");
            return PetrarchEventCoder.Load(dir, KnowledgeBase.Load(RepositoryPaths.InRepo("dictionaries")));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    });

    private static List<(string, string, string)> Code(string parsed, DateOnly date) =>
        Coder.Value.Code(Parsed.Of(parsed), "test", date).Select(e => (e.Source!.Code!, e.Target!.Code!, e.Cameo)).ToList();

    [Fact]
    public void An_agent_adds_its_code_to_the_actor_in_the_same_phrase_and_a_by_phrase_is_searched_for_the_target()
    {
        var events = Code("Arnor/PROPN/NNP/Arnor/2/nsubj condemned/VERB/VBD/condemn/0/root an/DET/DT/a/4/det attack/NOUN/NN/attack/2/obj by/ADP/IN/by/7/case "
            + "Osgiliath/PROPN/NNP/Osgiliath/7/compound soldiers/NOUN/NNS/soldier/4/nmod", new DateOnly(1995, 1, 1));
        Assert.Equal([("ARN", "OSGMIL", "122")], events);
    }

    [Fact]
    public void Coordinated_subjects_each_act_and_a_two_part_code_gives_the_event_back()
    {
        var events = Code("Arnor/PROPN/NNP/Arnor/4/nsubj and/CCONJ/CC/and/3/cc Osgiliath/PROPN/NNP/Osgiliath/1/conj met/VERB/VBD/meet/0/root Gondor/PROPN/NNP/Gondor/4/obj",
            new DateOnly(1995, 1, 1));
        Assert.Equal([("ARN", "GON", "031"), ("GON", "ARN", "032"), ("OSG", "GON", "031"), ("GON", "OSG", "032")], events);
    }

    [Theory]
    [InlineData(1995, "HOB")]
    [InlineData(1996, "HOBGOV")]
    public void An_actors_code_is_the_one_its_dates_give_on_the_article_date(int year, string code)
    {
        var events = Code("Gollum/PROPN/NNP/Gollum/2/nsubj met/VERB/VBD/meet/0/root Gondor/PROPN/NNP/Gondor/2/obj", new DateOnly(year, 3, 1));
        Assert.Equal((code, "GON", "031"), events[0]);
    }

    [Fact]
    public void A_passive_with_a_by_agent_is_read_backwards()
    {
        var events = Code("Arnor/PROPN/NNP/Arnor/3/nsubj:pass was/AUX/VBD/be/3/aux:pass opposed/VERB/VBN/oppose/0/root by/ADP/IN/by/5/case MSF/PROPN/NNP/MSF/6/compound "
            + "Gondor/PROPN/NNP/Gondor/3/obl:agent", new DateOnly(1995, 1, 1));
        Assert.Equal([("NGOGON", "ARN", "112")], events);
    }

    [Fact]
    public void A_sentence_with_a_discard_phrase_is_not_coded()
    {
        Assert.Empty(Code("Arnor/PROPN/NNP/Arnor/2/nsubj met/VERB/VBD/meet/0/root Gondor/PROPN/NNP/Gondor/4/compound baseball/NOUN/NN/baseball/2/obj", new DateOnly(1995, 1, 1)));
    }
}

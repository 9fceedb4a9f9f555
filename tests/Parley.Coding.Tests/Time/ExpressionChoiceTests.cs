using Parley.Coding.Time;

namespace Parley.Coding.Tests.Time;

public class ExpressionChoiceTests
{
    private static readonly DateOnly Tuesday = new(2025, 7, 22);

    [Theory]
    [InlineData(Parses.SignaledOnMonday, "signaled", "on Monday")]
    [InlineData(Parses.SetToHostOnSeptember3, "host", "on September 3")]
    [InlineData(Parses.SetToHostOnSeptember3, "parade", "on September 3")]
    [InlineData(Parses.FueledByAJuneConversation, "conversation", "June")]
    [InlineData(Parses.FueledByAJuneConversation, "fueled", "June")]
    [InlineData(Parses.TookPlaceDuringThe2018Summit, "summit", "2018")]
    [InlineData(Parses.TookPlaceDuringThe2018Summit, "meeting", "2018")]
    [InlineData(Parses.The2018SummitMisattached, "summit", "2018")]
    [InlineData(Parses.SaidOnMondayThatTheMeetingTookPlace, "said", "On Monday")]
    [InlineData(Parses.SaidOnMondayThatTheMeetingTookPlace, "took", null)]
    [InlineData(Parses.CriticizedThe2018Summit, "criticized", null)]
    [InlineData(Parses.CriticizedThe2018Summit, "summit", "2018")]
    [InlineData(Parses.ADayEarlierPeskovAcknowledged, "acknowledged", "a day earlier")]
    public void Picks_the_expression_of_the_triggers_clause_from_the_parse(string tokens, string trigger, string? expected)
    {
        var doc = HandBuilt.Sentence(tokens);

        Assert.Equal(expected, TimeResolver.ExpressionFor(doc, HandBuilt.IndexOf(doc, trigger))?.Text);
    }

    [Theory]
    [InlineData("After/ADP/IN talks/NOUN/NNS on/ADP/IN Monday/PROPN/NNP ,/PUNCT/, leaders/NOUN/NNS agreed/VERB/VBD to/PART/TO meet/VERB/VB in/ADP/IN June/PROPN/NNP", "meet", "in June")]
    [InlineData("After/ADP/IN talks/NOUN/NNS on/ADP/IN Monday/PROPN/NNP ,/PUNCT/, leaders/NOUN/NNS agreed/VERB/VBD to/PART/TO meet/VERB/VB in/ADP/IN June/PROPN/NNP", "talks", "on Monday")]
    [InlineData("Russia/PROPN/NNP signaled/VERB/VBD on/ADP/IN Monday/PROPN/NNP its/PRON/PRP$ openness/NOUN/NN", "openness", "on Monday")]
    public void Without_a_parse_takes_the_only_or_the_nearest_expression_with_no_verb_between(string tokens, string trigger, string expected)
    {
        var doc = HandBuilt.Sentence(tokens);

        Assert.Equal(expected, TimeResolver.ExpressionFor(doc, HandBuilt.IndexOf(doc, trigger))?.Text);
    }

    [Theory]
    [InlineData(Parses.SignaledOnMonday, "signaled", "2025-07-21", "day", "text")]
    [InlineData(Parses.SetToHostOnSeptember3, "parade", "2025-09-03", "day", "text")]
    [InlineData(Parses.FueledByAJuneConversation, "conversation", "2025-06", "month", "text")]
    [InlineData(Parses.TookPlaceDuringThe2018Summit, "meeting", "2018", "year", "text")]
    [InlineData(Parses.SaidOnMondayThatTheMeetingTookPlace, "took", "2025-07-22", "day", "article")]
    [InlineData(Parses.WillHostTalks, "host", "2025-07-22", "day", "article")]
    public void Resolves_an_events_date_from_its_trigger(string tokens, string trigger, string value, string precision, string basis)
    {
        var doc = HandBuilt.Sentence(tokens);

        var date = TimeResolver.ResolveEvent(doc, HandBuilt.IndexOf(doc, trigger), Tuesday);

        Assert.Equal((value, precision, basis), (date?.Value, date?.Precision, date?.Basis));
    }

    [Fact]
    public void An_event_with_no_expression_and_no_article_date_has_no_date()
    {
        var doc = HandBuilt.Sentence(Parses.WillHostTalks);

        Assert.Null(TimeResolver.ResolveEvent(doc, 2, null));
    }

    [Fact]
    public void A_relative_expression_without_an_article_date_falls_back_to_nothing()
    {
        var doc = HandBuilt.Sentence(Parses.SignaledOnMonday);

        Assert.Null(TimeResolver.ResolveEvent(doc, 1, null));
    }
}

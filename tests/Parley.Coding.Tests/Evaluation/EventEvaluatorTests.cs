using Parley.Coding.Evaluation;
using static Parley.Coding.Tests.Evaluation.Build;

namespace Parley.Coding.Tests.Evaluation;

public class EventEvaluatorTests
{
    [Fact]
    public void An_identical_event_matches_at_root_and_code()
    {
        var result = EventEvaluator.Evaluate([Gold("0841", "NGA", "NGA")], [Predicted("0841", "NGAUAF", "NGACVL")]);

        Assert.Equal((1, 1, 1), (result.Root.Gold, result.Root.System, result.Root.Correct));
        Assert.Equal(1, result.Code.Correct);
        Assert.Equal(1.0, result.Root.F1);
        Assert.Empty(result.Misses);
        Assert.Empty(result.FalsePositives);
    }

    [Fact]
    public void A_code_under_the_same_root_matches_at_root_level_only()
    {
        var result = EventEvaluator.Evaluate([Gold("0841", "NGA", "NGA")], [Predicted("084", "NGAGOV", "NGACVL")]);

        Assert.Equal(1, result.Root.Correct);
        Assert.Equal(0, result.Code.Correct);
        Assert.Equal(new Agreement(0, 1), result.SameCode);
        Assert.Empty(result.FalsePositives);
    }

    [Theory]
    [InlineData("190", "NGA", "NGA", "a1", 1)]   // another root
    [InlineData("0841", "NGA", "NGA", "a1", 2)]  // another sentence
    [InlineData("0841", "NGA", "NGA", "a2", 1)]  // another article (scored, as a2 has gold too)
    [InlineData("0841", "NGA", "CHN", "a1", 1)]  // another target
    [InlineData("0841", "NER", "NGA", "a1", 1)]  // another source
    [InlineData("0841", "NGA", null, "a1", 1)]   // no target
    public void A_prediction_that_differs_in_sentence_root_or_actors_is_a_miss_and_a_false_positive(string cameo, string? source, string? target, string article, int sentence)
    {
        GoldEvent[] gold = [Gold("0841", "NGA", "NGA"), Gold("010", "USA", null, article: "a2", sentence: 0)];
        var result = EventEvaluator.Evaluate(gold, [Predicted(cameo, source, target, article, sentence)]);

        Assert.Equal(0, result.Root.Correct);
        Assert.Equal(2, result.Misses.Count);
        Assert.Single(result.FalsePositives);
    }

    [Fact]
    public void Swapped_actors_match_only_a_symmetric_gold_event()
    {
        var swapped = Predicted("040", "USAGOV", "RUSGOV");

        Assert.Equal(0, EventEvaluator.Evaluate([Gold("040", "RUS", "USA")], [swapped]).Root.Correct);
        Assert.Equal(1, EventEvaluator.Evaluate([Gold("040", "RUS", "USA", symmetric: true)], [swapped]).Root.Correct);
        Assert.Equal(1, EventEvaluator.Evaluate([Gold("040", "RUS", "USA", symmetric: true)], [Predicted("040", "RUSGOV", "USAGOV")]).Root.Correct);
    }

    [Fact]
    public void Each_gold_event_takes_one_prediction_and_the_duplicate_is_a_false_positive()
    {
        var first = Predicted("036", "RUSGOV", "USAGOV");
        var second = Predicted("036", "RUSGOV", "USAGOV");
        var result = EventEvaluator.Evaluate([Gold("036", "RUS", "USA")], [first, second]);

        Assert.Equal(1, result.Root.Correct);
        Assert.Equal(1, result.Code.Correct);
        Assert.Single(result.FalsePositives);
        Assert.Equal(0.5, result.Root.Precision);
        Assert.Equal(1.0, result.Root.Recall);
    }

    [Fact]
    public void Each_prediction_serves_one_gold_event()
    {
        var result = EventEvaluator.Evaluate([Gold("036", "RUS", "USA"), Gold("036", "RUS", "USA")], [Predicted("036", "RUSGOV", "USAGOV")]);

        Assert.Equal(1, result.Root.Correct);
        Assert.Single(result.Misses);
        Assert.Empty(result.FalsePositives);
    }

    [Fact]
    public void Pairs_with_the_exact_code_are_preferred_whatever_the_order()
    {
        GoldEvent[] gold = [Gold("042", "RUS", "USA"), Gold("043", "RUS", "USA")];
        EventRecord[] predicted = [Predicted("043", "RUSGOV", "USAGOV"), Predicted("042", "RUSGOV", "USAGOV")];
        var result = EventEvaluator.Evaluate(gold, predicted);

        Assert.Equal(2, result.Root.Correct);
        Assert.Equal(new Agreement(2, 2), result.SameCode);
        Assert.All(result.Matches, m => Assert.Equal(m.Gold.Cameo, m.Predicted.Cameo));
    }

    [Fact]
    public void Pairs_with_the_same_modality_are_preferred_next()
    {
        GoldEvent[] gold = [Gold("040", "RUS", "USA", modality: Modality.Asserted), Gold("040", "RUS", "USA", modality: Modality.Future)];
        EventRecord[] predicted = [Predicted("040", "RUSGOV", "USAGOV", modality: Modality.Future), Predicted("040", "RUSGOV", "USAGOV", modality: Modality.Asserted)];
        var result = EventEvaluator.Evaluate(gold, predicted);

        Assert.Equal(new Agreement(2, 2), result.SameModality);
    }

    [Fact]
    public void An_exact_code_outweighs_the_same_modality()
    {
        GoldEvent[] gold = [Gold("042", "RUS", "USA", modality: Modality.Asserted), Gold("043", "RUS", "USA", modality: Modality.Future)];
        EventRecord[] predicted = [Predicted("042", "RUSGOV", "USAGOV", modality: Modality.Future), Predicted("043", "RUSGOV", "USAGOV", modality: Modality.Asserted)];
        var result = EventEvaluator.Evaluate(gold, predicted);

        Assert.Equal(new Agreement(2, 2), result.SameCode);
        Assert.Equal(new Agreement(0, 2), result.SameModality);
    }

    [Fact]
    public void More_pairs_win_over_exact_codes_and_the_exact_score_has_its_own_matching()
    {
        // Taking the exact pair (g1, p1) would leave g2 alone: p2 fits only the symmetric g1, p1 fits both.
        var g1 = Gold("042", "RUS", "USA", symmetric: true);
        var g2 = Gold("040", "USA", "RUS");
        var p1 = Predicted("042", "USAGOV", "RUSGOV");
        var p2 = Predicted("043", "RUSGOV", "USAGOV");
        var result = EventEvaluator.Evaluate([g1, g2], [p1, p2]);

        Assert.Equal(2, result.Root.Correct);
        Assert.Same(p2, result.Matches.Single(m => ReferenceEquals(m.Gold, g1)).Predicted);
        Assert.Equal(new Agreement(0, 2), result.SameCode);
        Assert.Equal(1, result.Code.Correct);
    }

    [Theory]
    [InlineData("IGOUNO", null, "IGO")]
    [InlineData("NGOAMN", null, "NGO")]
    [InlineData("IMGISI", null, "IMG")]
    [InlineData("MNCSHL", null, "MNC")]
    [InlineData("UAF", null, "UAF")]
    [InlineData("IGOEUREUN", "BEL", "BEL")]  // the country, when the record has one, comes first
    [InlineData("USAGOV", null, null)]       // only international prefixes stand in for a missing country
    [InlineData("RUSGOV", "RUS", "RUS")]
    [InlineData(null, null, null)]           // an actor Parley could not resolve
    public void An_actor_is_compared_by_its_country_or_its_international_prefix(string? code, string? country, string? expected)
    {
        var actor = new EventActor("them", 0, 4, code, country, [], null);
        Assert.Equal(expected, EventEvaluator.Country(actor));
    }

    [Fact]
    public void An_international_actor_matches_its_prefix_in_the_gold()
    {
        var result = EventEvaluator.Evaluate([Gold("0231", "IGO", "UKR")], [Predicted("0231", "IGOEU", "UKRGOV")]);
        Assert.Equal(1, result.Root.Correct);
    }

    [Fact]
    public void A_null_target_matches_a_prediction_without_target_or_with_an_unresolved_one()
    {
        var unresolved = new EventActor("the crowd", 0, 9, null, null, [], null);
        GoldEvent[] gold = [Gold("141", "PAK", null), Gold("141", "PAK", null, sentence: 2)];
        EventRecord[] predicted = [Predicted("141", "PAKOPP", null), Predicted("141", "PAKOPP", null, sentence: 2, targetActor: unresolved)];

        Assert.Equal(2, EventEvaluator.Evaluate(gold, predicted).Root.Correct);
        Assert.Equal(0, EventEvaluator.Evaluate([Gold("141", "PAK", null)], [Predicted("141", "PAKOPP", "PAKGOV")]).Root.Correct);
        Assert.Equal(0, EventEvaluator.Evaluate([Gold("141", "PAK", "PAK")], [Predicted("141", "PAKOPP", null)]).Root.Correct);
    }

    [Theory]
    [InlineData("2021-03-02", "2021-03-02", true, true)]
    [InlineData("2021-03", "2021-03-02", false, true)]   // finer than the gold is right to the gold's precision
    [InlineData("2021", "2021-12-31", false, true)]
    [InlineData("2021-03-02", "2021-03", false, false)]  // coarser than the gold is not
    [InlineData("2021-03-02", "2021-03-01", false, false)]
    [InlineData("2021-03", "2021-04-01", false, false)]
    [InlineData(null, null, true, true)]
    [InlineData(null, "2021-03-02", false, false)]
    [InlineData("2021-03-02", null, false, false)]
    public void Dates_are_compared_by_value_and_to_the_gold_precision(string? gold, string? predicted, bool same, bool toPrecision)
    {
        var match = new EventMatch(Gold("0841", "NGA", "NGA", date: gold), Predicted("0841", "NGAGOV", "NGAGOV", date: predicted));
        Assert.Equal(same, match.SameDate);
        Assert.Equal(toPrecision, match.SameDateToGoldPrecision);
    }

    [Theory]
    [InlineData("NGA", "NGA", true)]
    [InlineData("NGA", "NER", false)]
    [InlineData(null, null, true)]
    [InlineData(null, "NGA", false)]
    [InlineData("NGA", null, false)]
    public void Locations_agree_when_their_countries_are_equal(string? gold, string? predicted, bool same)
    {
        var match = new EventMatch(Gold("0841", "NGA", "NGA", location: gold), Predicted("0841", "NGAGOV", "NGAGOV", location: predicted));
        Assert.Equal(same, match.SameLocation);
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData("Peskov", "Kremlin spokesman Dmitry Peskov", true)]
    [InlineData("Peskov", null, false)]
    [InlineData(null, "state media", false)]
    public void Attributions_agree_when_both_or_neither_have_one(string? gold, string? predicted, bool same)
    {
        var match = new EventMatch(Gold("036", "RUS", "USA", attribution: gold), Predicted("036", "RUSGOV", "USAGOV", attribution: predicted));
        Assert.Equal(same, match.SameAttributionPresence);
    }

    [Fact]
    public void Agreements_are_counted_over_the_matched_pairs_only()
    {
        GoldEvent[] gold = [Gold("036", "RUS", "USA", modality: Modality.Asserted, location: "RUS"), Gold("190", "UKR", "RUS", sentence: 2)];
        EventRecord[] predicted = [Predicted("036", "RUSGOV", "USAGOV", modality: Modality.Future, location: "RUS"), Predicted("111", "CHNGOV", null, sentence: 4)];
        var result = EventEvaluator.Evaluate(gold, predicted);

        Assert.Equal(new Agreement(0, 1), result.SameModality);
        Assert.Equal(new Agreement(1, 1), result.SameLocation);
    }

    [Fact]
    public void Predictions_for_articles_without_gold_events_are_ignored_and_counted()
    {
        GoldEvent[] gold = [Gold("036", "RUS", "USA", article: "a1")];
        EventRecord[] predicted = [Predicted("036", "RUSGOV", "USAGOV", article: "a1"), Predicted("190", "SYRMIL", null, article: "b7"),
            Predicted("141", "FRAOPP", null, article: "b8"), Predicted("111", "CHNGOV", null, article: "a1", sentence: 5)];
        var result = EventEvaluator.Evaluate(gold, predicted);

        Assert.Equal(1, result.GoldArticles);
        Assert.Equal(2, result.IgnoredPredictions);
        Assert.Equal(2, result.Root.System);
        Assert.Equal("111", Assert.Single(result.FalsePositives).Cameo);
    }

    [Fact]
    public void The_table_by_root_counts_gold_predictions_and_matches_of_each_root()
    {
        GoldEvent[] gold = [Gold("036", "RUS", "USA"), Gold("0311", "RUS", "CHN"), Gold("190", "UKR", "RUS", sentence: 2)];
        EventRecord[] predicted = [Predicted("036", "RUSGOV", "USAGOV"), Predicted("111", "CHNGOV", "USAGOV"), Predicted("190", "RUSMIL", "UKRMIL", sentence: 2)];
        var byRoot = EventEvaluator.Evaluate(gold, predicted).ByRoot.ToDictionary();

        Assert.Equal(["03", "11", "19"], byRoot.Keys);
        Assert.Equal((2, 1, 1), (byRoot["03"].Gold, byRoot["03"].System, byRoot["03"].Correct));
        Assert.Equal((0, 1, 0), (byRoot["11"].Gold, byRoot["11"].System, byRoot["11"].Correct));
        Assert.Equal((1, 1, 0), (byRoot["19"].Gold, byRoot["19"].System, byRoot["19"].Correct));
    }

    [Fact]
    public void Misses_and_false_positives_keep_their_file_order()
    {
        GoldEvent[] gold = [Gold("190", "UKR", "RUS", sentence: 3), Gold("036", "RUS", "USA", sentence: 1), Gold("141", "PAK", null, sentence: 2)];
        EventRecord[] predicted = [Predicted("111", "CHNGOV", null, sentence: 9), Predicted("036", "RUSGOV", "USAGOV", sentence: 1), Predicted("120", "IRNGOV", null, sentence: 0)];
        var result = EventEvaluator.Evaluate(gold, predicted);

        Assert.Equal(["190", "141"], result.Misses.Select(g => g.Cameo));
        Assert.Equal(["111", "120"], result.FalsePositives.Select(p => p.Cameo));
    }

    [Fact]
    public void Matching_finds_the_most_pairs_then_the_most_exact_codes_then_the_most_modalities_on_random_sentences()
    {
        // Small enough to check every one-to-one matching by brute force; few codes and actors, so that
        // events compete for the same partners.
        var random = new Random(20250722);
        string[] codes = ["040", "042", "043", "036"];
        string?[] countries = ["RUS", "USA", "RUS", "USA", null];
        Modality[] modalities = [Modality.Asserted, Modality.Future];
        for (int round = 0; round < 300; round++)
        {
            var gold = Enumerable.Range(0, random.Next(0, 6)).Select(_ => Gold(Pick(codes), Pick(countries), Pick(countries), symmetric: random.Next(3) == 0, modality: Pick(modalities))).ToList();
            var predicted = Enumerable.Range(0, random.Next(0, 6)).Select(_ => Predicted(Pick(codes), Pick(countries) is { } s ? s + "GOV" : null, Pick(countries) is { } t ? t + "GOV" : null, modality: Pick(modalities))).ToList();
            if (gold.Count == 0)
            {
                continue;
            }
            var result = EventEvaluator.Evaluate(gold, predicted);
            var (pairs, exact, modality) = BestByBruteForce(gold, predicted, (g, p) => EventEvaluator.Matches(g, p));
            var (codePairs, _, _) = BestByBruteForce(gold, predicted, (g, p) => EventEvaluator.Matches(g, p) && g.Cameo == p.Cameo);

            Assert.Equal(pairs, result.Root.Correct);
            Assert.Equal(exact, result.SameCode.Right);
            Assert.Equal(modality, result.SameModality.Right);
            Assert.Equal(codePairs, result.Code.Correct);
            Assert.All(result.Matches, m => Assert.True(EventEvaluator.Matches(m.Gold, m.Predicted)));
            Assert.Equal(result.Matches.Count, result.Matches.Select(m => m.Predicted).Distinct(ReferenceEqualityComparer.Instance).Count());
        }

        T Pick<T>(T[] items) => items[random.Next(items.Length)];
    }

    /// <summary>
    /// The best (pairs, identical codes, same modalities) of any one-to-one matching, compared in that order.
    /// </summary>
    private static (int Pairs, int Exact, int Modality) BestByBruteForce(List<GoldEvent> gold, List<EventRecord> predicted, Func<GoldEvent, EventRecord, bool> fits)
    {
        var best = (Pairs: 0, Exact: 0, Modality: 0);
        var used = new bool[predicted.Count];
        void Search(int g, (int Pairs, int Exact, int Modality) sum)
        {
            if (g == gold.Count)
            {
                if (sum.CompareTo(best) > 0)
                {
                    best = sum;
                }
                return;
            }
            Search(g + 1, sum);
            for (int p = 0; p < predicted.Count; p++)
            {
                if (!used[p] && fits(gold[g], predicted[p]))
                {
                    used[p] = true;
                    Search(g + 1, (sum.Pairs + 1, sum.Exact + (gold[g].Cameo == predicted[p].Cameo ? 1 : 0), sum.Modality + (gold[g].Modality == predicted[p].Modality ? 1 : 0)));
                    used[p] = false;
                }
            }
        }
        Search(0, (0, 0, 0));
        return best;
    }

    [Fact]
    public void Calibration_counts_right_predictions_by_confidence_band()
    {
        var result = EventEvaluator.Evaluate(
            [Gold("111", "USA", "RUS"), Gold("040", "RUS", "USA", sentence: 2)],
            [
                Predicted("111", "USA", "RUS") with { Confidence = 0.9 },
                Predicted("040", "RUS", "USA", sentence: 2) with { Confidence = 0.3 },
                Predicted("190", "RUS", "UKR", sentence: 3) with { Confidence = 0.35 },
                Predicted("190", "RUS", "UKR", sentence: 4) with { Confidence = 1.0 },
            ]);

        var bands = result.Calibration;
        Assert.Equal(5, bands.Count);
        Assert.Equal((1, 2), (bands[1].Right.Right, bands[1].Right.Total));
        Assert.Equal((1, 2), (bands[4].Right.Right, bands[4].Right.Total));
        Assert.Equal(0, bands[0].Right.Total);
    }
    [Fact]
    public void An_agentless_prediction_matches_a_gold_event_whose_agent_is_implicit_only()
    {
        var implicitAgent = Gold("173", "USA", "USA") with { SourceText = null };
        var namedAgent = Gold("173", "USA", "USA", sentence: 2) with { SourceText = "Police" };
        var result = EventEvaluator.Evaluate([implicitAgent, namedAgent], [Predicted("173", null, "USA"), Predicted("173", null, "USA", sentence: 2)]);

        Assert.Equal(1, result.Root.Correct);
        Assert.Equal(2, Assert.Single(result.Misses).SentenceIndex);
    }
}

using Parley.Nlp.Evaluation;
using Parley.Text;

namespace Parley.Nlp.Tests.Evaluation;

public class NerEvaluatorTests
{
    [Fact]
    public void Only_exact_spans_of_the_right_type_count_as_correct()
    {
        var evaluator = new NerEvaluator();
        // Gold: PER 0-2, LOC 3-4, ORG 5-6. Predicted: PER 0-2 (right), LOC 3-5 (wrong end), PER 5-6 (wrong type), LOC 7-8 (spurious).
        evaluator.Add(
            [new(0, 2, "PER"), new(3, 4, "LOC"), new(5, 6, "ORG")],
            [new(0, 2, "PER"), new(3, 5, "LOC"), new(5, 6, "PER"), new(7, 8, "LOC")]);
        evaluator.Add([new(0, 1, "LOC")], [new(0, 1, "LOC")]);

        Assert.Equal(new NerScore(4, 5, 2), evaluator.Overall);
        Assert.Equal(40.0, evaluator.Overall.Precision, 6);
        Assert.Equal(50.0, evaluator.Overall.Recall, 6);
        Assert.Equal(2 * 40.0 * 50.0 / 90.0, evaluator.Overall.F1, 6);
        Assert.Equal(new NerScore(1, 2, 1), evaluator.ByType["PER"]);
        Assert.Equal(new NerScore(2, 3, 1), evaluator.ByType["LOC"]);
        Assert.Equal(new NerScore(1, 0, 0), evaluator.ByType["ORG"]);
        Assert.Equal(0.0, evaluator.ByType["ORG"].Precision);
        Assert.Equal(0.0, evaluator.ByType["ORG"].F1);
        Assert.Equal(["LOC", "ORG", "PER"], evaluator.ByType.Keys);
    }

    [Fact]
    public void Nothing_to_find_and_nothing_found_scores_zero_not_nan()
    {
        var evaluator = new NerEvaluator();
        evaluator.Add([], []);
        Assert.Equal(0.0, evaluator.Overall.F1);
        Assert.Empty(evaluator.ByType);
    }
}

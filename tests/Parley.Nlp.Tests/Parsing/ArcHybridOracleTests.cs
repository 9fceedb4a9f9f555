using Parley.Nlp.Conllu;
using Parley.Nlp.Parsing;
using Parley.Testing;

namespace Parley.Nlp.Tests.Parsing;

public class ArcHybridOracleTests
{
    public static TheoryData<int> ProjectiveSentences() => [0, 1, 2];

    [Theory]
    [MemberData(nameof(ProjectiveSentences))]
    public void Following_zero_cost_moves_rebuilds_the_gold_tree(int sentence)
    {
        var gold = TreeBank.OracleHeads(TreeBank.Projective[sentence]);
        for (int seed = 0; seed < 20; seed++)
        {
            Assert.Equal(gold, FollowZeroCost(gold, new Random(seed)));
        }
    }

    [Fact]
    public void Every_configuration_on_the_gold_path_has_a_zero_cost_move()
    {
        foreach (var words in TreeBank.Projective)
        {
            var gold = TreeBank.OracleHeads(words);
            var config = new ParserConfiguration();
            config.Reset(gold.Length);
            while (!config.IsTerminal)
            {
                var zero = Enum.GetValues<Transition>().Where(m => config.IsLegal(m) && ArcHybridOracle.Cost(config, m, gold) == 0).ToArray();
                Assert.NotEmpty(zero);
                config.Apply(zero[0], 0);
            }
        }
    }

    [Fact]
    public void Shifting_a_token_away_from_its_dependent_and_its_head_costs_both_arcs()
    {
        // "She saw him .": with "She" on the stack and "saw" in front, Shift loses She ← saw, and
        // root → saw too, since the root would no longer be next to "saw" on the stack.
        var gold = TreeBank.OracleHeads(TreeBank.SheSawHim);
        var config = new ParserConfiguration();
        config.Reset(gold.Length);
        config.Apply(Transition.Shift, -1);
        Assert.Equal(2, ArcHybridOracle.Cost(config, Transition.Shift, gold));
        Assert.Equal(0, ArcHybridOracle.Cost(config, Transition.Left, gold));
    }

    [Fact]
    public void Popping_a_token_before_its_dependents_are_attached_costs_each_of_them()
    {
        // "The old man sleeps ...": Left on "The" with "old" in front loses The ← man.
        var gold = TreeBank.OracleHeads(TreeBank.TheOldManSleeps);
        var config = new ParserConfiguration();
        config.Reset(gold.Length);
        config.Apply(Transition.Shift, -1);
        Assert.Equal(1, ArcHybridOracle.Cost(config, Transition.Left, gold));
        config.Apply(Transition.Shift, -1);
        config.Apply(Transition.Shift, -1);
        // Stack: root The old man; buffer: sleeps …  Right(man → old) loses man ← sleeps.
        Assert.Equal(1, ArcHybridOracle.Cost(config, Transition.Right, gold));
        // Shift "sleeps" loses man ← sleeps (a stack dependent) and root → sleeps (the root is no longer next to it).
        Assert.Equal(2, ArcHybridOracle.Cost(config, Transition.Shift, gold));
    }

    [Fact]
    public void After_a_mistake_the_oracle_still_finds_the_best_remaining_tree()
    {
        // Shift "saw" onto "She" (cost 2), then follow the cheapest moves: no further arc is lost.
        var gold = TreeBank.OracleHeads(TreeBank.SheSawHim);
        var config = new ParserConfiguration();
        config.Reset(gold.Length);
        config.Apply(Transition.Shift, -1);
        config.Apply(Transition.Shift, -1);
        var random = new Random(3);
        while (!config.IsTerminal)
        {
            var moves = Enum.GetValues<Transition>().Where(config.IsLegal).ToArray();
            int lowest = moves.Min(m => ArcHybridOracle.Cost(config, m, gold));
            var best = moves.Where(m => ArcHybridOracle.Cost(config, m, gold) == lowest).ToArray();
            config.Apply(best[random.Next(best.Length)], 0);
        }
        int wrong = Enumerable.Range(0, gold.Length).Count(i => config.Heads[i] != gold[i]);
        Assert.Equal(2, wrong);
    }

    [SharedDataFact("ud/en_ewt-ud-dev.conllu")]
    public void Following_zero_cost_moves_rebuilds_every_projective_tree_of_EWT_dev()
    {
        var random = new Random(7);
        int checkedTrees = 0;
        foreach (var sentence in ConlluReader.ReadFile(RepositoryPaths.InSharedData("ud", "en_ewt-ud-dev.conllu")))
        {
            var heads = sentence.Words.Select(w => w.Head - 1).ToArray();
            if (!Projectivity.IsProjective(heads))
            {
                continue;
            }
            var gold = heads.Select(h => h < 0 ? heads.Length : h).ToArray();
            Assert.Equal(gold, FollowZeroCost(gold, random));
            checkedTrees++;
        }
        Assert.True(checkedTrees > 1800, $"only {checkedTrees} projective trees");
    }

    private static int[] FollowZeroCost(int[] gold, Random random)
    {
        var config = new ParserConfiguration();
        config.Reset(gold.Length);
        while (!config.IsTerminal)
        {
            var zero = Enum.GetValues<Transition>().Where(m => config.IsLegal(m) && ArcHybridOracle.Cost(config, m, gold) == 0).ToArray();
            Assert.NotEmpty(zero);
            config.Apply(zero[random.Next(zero.Length)], 0);
        }
        return config.Heads.ToArray();
    }
}

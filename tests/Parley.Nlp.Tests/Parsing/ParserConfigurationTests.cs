using Parley.Nlp.Parsing;

namespace Parley.Nlp.Tests.Parsing;

public class ParserConfigurationTests
{
    [Fact]
    public void A_new_configuration_has_only_the_root_on_the_stack_and_every_token_in_the_buffer()
    {
        var config = new ParserConfiguration();
        config.Reset(3);
        Assert.Equal(1, config.StackCount);
        Assert.Equal(config.Root, config.Stack(0));
        Assert.Equal(3, config.Root);
        Assert.Equal(0, config.BufferFront);
        Assert.Equal(2, config.Buffer(2));
        Assert.Equal(ParserConfiguration.None, config.Buffer(3));
        Assert.All(config.Heads.ToArray(), h => Assert.Equal(ParserConfiguration.None, h));
        Assert.False(config.IsTerminal);
    }

    [Fact]
    public void Only_shift_is_legal_at_the_start()
    {
        var config = new ParserConfiguration();
        config.Reset(2);
        Assert.True(config.IsLegal(Transition.Shift));
        Assert.False(config.IsLegal(Transition.Left));
        Assert.False(config.IsLegal(Transition.Right));
    }

    [Fact]
    public void Left_attaches_the_stack_top_to_the_buffer_front()
    {
        var config = new ParserConfiguration();
        config.Reset(2);
        config.Apply(Transition.Shift, -1);
        Assert.True(config.IsLegal(Transition.Left));
        Assert.Equal(1, config.HeadOf(Transition.Left));
        config.Apply(Transition.Left, 4);
        Assert.Equal(1, config.Heads[0]);
        Assert.Equal(4, config.Labels[0]);
        Assert.Equal(1, config.StackCount);
        Assert.Equal(0, config.LeftChild(1, 0));
        Assert.Equal(1, config.LeftValency(1));
        Assert.Equal(1UL << 4, config.LeftLabelSet(1));
    }

    [Fact]
    public void Right_onto_the_root_waits_until_the_buffer_is_empty()
    {
        var config = new ParserConfiguration();
        config.Reset(2);
        config.Apply(Transition.Shift, -1);
        Assert.False(config.IsLegal(Transition.Right));
        config.Apply(Transition.Shift, -1);
        Assert.False(config.IsLegal(Transition.Shift));
        Assert.False(config.IsLegal(Transition.Left));
        Assert.True(config.IsLegal(Transition.Right));
        config.Apply(Transition.Right, 0);
        Assert.Equal(0, config.Heads[1]);
        Assert.Equal(1, config.RightChild(0, 0));
        Assert.True(config.IsLegal(Transition.Right));
        config.Apply(Transition.Right, 1);
        Assert.Equal(config.Root, config.Heads[0]);
        Assert.True(config.IsTerminal);
    }

    [Fact]
    public void An_illegal_move_is_refused()
    {
        var config = new ParserConfiguration();
        config.Reset(1);
        Assert.Throws<InvalidOperationException>(() => config.Apply(Transition.Left, 0));
        Assert.Throws<InvalidOperationException>(() => config.Apply(Transition.Right, 0));
    }

    [Fact]
    public void Left_and_right_children_are_kept_outermost_first()
    {
        var config = new ParserConfiguration();
        config.Reset(5);
        // 0 1 ← 2 ; 0 ← 2 ; 2 → 3 ; 2 → 4 ; root → 2
        config.Apply(Transition.Shift, -1);
        config.Apply(Transition.Shift, -1);
        config.Apply(Transition.Left, 1);
        config.Apply(Transition.Left, 2);
        config.Apply(Transition.Shift, -1);
        config.Apply(Transition.Shift, -1);
        config.Apply(Transition.Right, 3);
        config.Apply(Transition.Shift, -1);
        config.Apply(Transition.Right, 4);
        config.Apply(Transition.Right, 0);
        Assert.True(config.IsTerminal);
        Assert.Equal(0, config.LeftChild(2, 0));
        Assert.Equal(1, config.LeftChild(2, 1));
        Assert.Equal(4, config.RightChild(2, 0));
        Assert.Equal(3, config.RightChild(2, 1));
        Assert.Equal(2, config.LeftValency(2));
        Assert.Equal(2, config.RightValency(2));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Any_sequence_of_legal_moves_ends_in_one_tree(int seed)
    {
        var random = new Random(seed);
        var config = new ParserConfiguration(4);
        for (int round = 0; round < 200; round++)
        {
            int n = random.Next(1, 30);
            config.Reset(n);
            int steps = 0;
            while (!config.IsTerminal)
            {
                var legal = Enum.GetValues<Transition>().Where(config.IsLegal).ToArray();
                Assert.NotEmpty(legal);
                config.Apply(legal[random.Next(legal.Length)], random.Next(10));
                steps++;
            }
            Assert.Equal(2 * n, steps);
            AssertOneTree(config);
        }
    }

    internal static void AssertOneTree(ParserConfiguration config)
    {
        var heads = config.Heads;
        Assert.Equal(1, heads.ToArray().Count(h => h == config.Root));
        for (int i = 0; i < config.Length; i++)
        {
            Assert.InRange(heads[i], 0, config.Root);
            Assert.NotEqual(i, heads[i]);
            // Walking up from any token reaches the root within Length steps: no cycles.
            int x = i, steps = 0;
            while (x != config.Root)
            {
                x = heads[x];
                Assert.True(++steps <= config.Length, $"token {i} is on a cycle");
            }
        }
        var asDocument = heads.ToArray().Select(h => h == config.Root ? -1 : h).ToArray();
        Assert.True(Projectivity.IsProjective(asDocument));
    }
}

using Parley.Nlp.Iob;
using Parley.Text;

namespace Parley.Nlp.Tests.Iob;

public class IobSchemeTests
{
    [Fact]
    public void Spans_survive_a_round_trip_through_iob2_labels()
    {
        EntitySpan[] spans = [new(0, 2, "PER"), new(2, 3, "PER"), new(5, 8, "LOC")];
        var labels = IobScheme.Encode(spans, 9);
        Assert.Equal(["B-PER", "I-PER", "B-PER", "O", "O", "B-LOC", "I-LOC", "I-LOC", "O"], labels);
        Assert.Equal(spans, IobScheme.Decode(labels));
    }

    [Theory]
    [InlineData("O I-PER I-PER O", "1-3:PER")]
    [InlineData("I-PER", "0-1:PER")]
    [InlineData("B-PER I-LOC", "0-1:PER 1-2:LOC")]
    [InlineData("B-ORG I-ORG B-ORG", "0-2:ORG 2-3:ORG")]
    [InlineData("B-LOC O I-LOC", "0-1:LOC 2-3:LOC")]
    [InlineData("O O", "")]
    public void Ill_formed_inside_labels_start_an_entity_as_conlleval_does(string labels, string expected)
    {
        var spans = IobScheme.Decode(labels.Split(' '));
        Assert.Equal(expected, string.Join(' ', spans.Select(s => $"{s.Start}-{s.End}:{s.Label}")));
    }

    [Fact]
    public void Overlapping_entities_cannot_be_encoded()
    {
        Assert.Throws<ArgumentException>(() => IobScheme.Encode([new(0, 2, "PER"), new(1, 3, "LOC")], 3));
    }
}

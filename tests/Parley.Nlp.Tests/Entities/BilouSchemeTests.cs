using Parley.Nlp.Entities;
using Parley.Text;

namespace Parley.Nlp.Tests.Entities;

public class BilouSchemeTests
{
    [Fact]
    public void Spans_survive_a_round_trip_through_bilou_labels()
    {
        EntitySpan[] spans = [new(0, 1, "LOC"), new(2, 5, "PER"), new(5, 7, "ORG")];
        var labels = BilouScheme.Encode(spans, 8);
        Assert.Equal(["U-LOC", "O", "B-PER", "I-PER", "L-PER", "B-ORG", "L-ORG", "O"], labels);
        Assert.Equal(spans, BilouScheme.Decode(labels));
    }

    [Fact]
    public void Iob_labels_convert_to_bilou_and_back()
    {
        string[] iob = ["B-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-LOC", "I-LOC"];
        var spans = Parley.Nlp.Iob.IobScheme.Decode(iob);
        var bilou = BilouScheme.Encode(spans, iob.Length);
        Assert.Equal(["B-PER", "L-PER", "O", "U-LOC", "B-LOC", "I-LOC", "L-LOC"], bilou);
        Assert.Equal(["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC", "I-LOC"], Parley.Nlp.Iob.IobScheme.Encode(BilouScheme.Decode(bilou), iob.Length));
    }

    [Theory]
    [InlineData("O I-PER L-PER", "1-3:PER")]
    [InlineData("B-PER O", "0-1:PER")]
    [InlineData("B-PER L-LOC", "0-1:PER 1-2:LOC")]
    [InlineData("L-ORG", "0-1:ORG")]
    [InlineData("B-PER I-PER", "0-2:PER")]
    [InlineData("U-PER I-PER", "0-1:PER 1-2:PER")]
    public void Ill_formed_sequences_decode_leniently(string labels, string expected)
    {
        var spans = BilouScheme.Decode(labels.Split(' '));
        Assert.Equal(expected, string.Join(' ', spans.Select(s => $"{s.Start}-{s.End}:{s.Label}")));
    }
}

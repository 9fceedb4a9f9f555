using Parley.Text.Tokenization;

namespace Parley.Text.Tests.Tokenization;

public class SentenceBoundaryModelTests
{
    private static readonly Tokenizer Tokenizer = new();

    // "Thanks, Anna will call" is a sign-off followed by a new sentence; "Sadly, Anna will call" is one sentence.
    // The rules see neither as a boundary, so only a model can learn the difference.
    private static List<(Document Doc, IReadOnlySet<int> SentenceStarts)> Examples()
    {
        var examples = new List<(Document, IReadOnlySet<int>)>();
        for (int k = 0; k < 20; k++)
        {
            examples.Add((Tokenizer.Tokenize("Thanks, Anna will call"), new HashSet<int> { 0, 2 }));
            examples.Add((Tokenizer.Tokenize("Sadly, Anna will call"), new HashSet<int> { 0 }));
        }
        return examples;
    }

    private static int[] Starts(SentenceSplitter splitter, string text)
    {
        var doc = Tokenizer.Tokenize(text);
        splitter.Process(doc);
        return [.. doc.SentenceStarts];
    }

    [Fact]
    public void A_trained_model_learns_a_boundary_the_rules_cannot_see()
    {
        var model = SentenceBoundaryTrainer.Train(Examples(), epochs: 5, sizeBits: 12, threshold: 0);
        var splitter = new SentenceSplitter(model);
        Assert.Equal([0, 2], Starts(splitter, "Thanks, Anna will call"));
        Assert.Equal([0], Starts(splitter, "Sadly, Anna will call"));
        Assert.Equal([0], Starts(new SentenceSplitter(), "Thanks, Anna will call"));
    }

    [Fact]
    public void A_blank_line_ends_a_sentence_whatever_the_model_says()
    {
        var model = SentenceBoundaryTrainer.Train(Examples(), epochs: 5, sizeBits: 12, threshold: 0);
        Assert.Equal([0, 2], Starts(new SentenceSplitter(model), "Sadly,\n\nAnna will call"));
    }

    [Fact]
    public void A_saved_model_loads_with_the_same_weights_and_threshold()
    {
        var model = SentenceBoundaryTrainer.Train(Examples(), epochs: 5, sizeBits: 12, threshold: 0.5f);
        var path = System.IO.Path.GetTempFileName();
        try
        {
            model.Save(path);
            var loaded = SentenceBoundaryModel.Load(path);
            Assert.Equal(model.Size, loaded.Size);
            Assert.Equal(0.5f, loaded.Threshold);
            Assert.Equal(Starts(new SentenceSplitter(model), "Thanks, Anna will call"), Starts(new SentenceSplitter(loaded), "Thanks, Anna will call"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }, "wrong magic number")]
    [InlineData(new byte[] { 0x50, 0x42, 0x53, 0x50, 1, 0, 0, 0 }, "truncated")]
    [InlineData(new byte[] { 0x50, 0x42, 0x53, 0x50, 9, 0, 0, 0 }, "format version 9")]
    public void A_damaged_model_file_is_refused_with_its_name(byte[] bytes, string reason)
    {
        var path = System.IO.Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, bytes);
            var error = Assert.Throws<InvalidDataException>(() => SentenceBoundaryModel.Load(path));
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
            Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

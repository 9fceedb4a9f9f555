using Parley.Text;

namespace Parley.Text.Tests;

public class PipelineTests
{
    private sealed class RecordingPipe(string name, Annotations requires, Annotations assigns, List<string> log) : IPipe
    {
        public string Name => name;
        public Annotations Requires => requires;
        public Annotations Assigns => assigns;
        public void Process(Document doc) => log.Add(name);
    }

    [Fact]
    public void A_pipe_whose_requirement_no_earlier_pipe_assigns_is_refused_at_build_time()
    {
        var log = new List<string>();
        var error = Assert.Throws<PipelineException>(() => new Pipeline(
            new RecordingPipe("tagger", Annotations.Tokens, Annotations.Tags, log),
            new RecordingPipe("tokenizer", Annotations.None, Annotations.Tokens, log)));
        Assert.Contains("tagger", error.Message);
        Assert.Contains("Tokens", error.Message);
    }

    [Fact]
    public void Pipes_run_in_order_and_mark_what_they_assign()
    {
        var log = new List<string>();
        var pipeline = new Pipeline(
            new RecordingPipe("tokenizer", Annotations.None, Annotations.Tokens, log),
            new RecordingPipe("tagger", Annotations.Tokens, Annotations.Tags, log));
        var doc = pipeline.Process("text");
        Assert.Equal(["tokenizer", "tagger"], log);
        Assert.True(doc.Has(Annotations.Tokens | Annotations.Tags));
        Assert.False(doc.Has(Annotations.Dependencies));
        Assert.Equal(Annotations.Tokens | Annotations.Tags, pipeline.Assigns);
    }
}

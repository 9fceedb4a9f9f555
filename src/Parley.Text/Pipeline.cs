namespace Parley.Text;

/// <summary>
/// Pipes run in order over a document. Building one checks that every pipe's requirements are
/// assigned by an earlier pipe, so a wrongly ordered pipeline fails at start-up, not on the first story.
/// </summary>
public sealed class Pipeline
{
    private readonly IPipe[] _pipes;

    public Pipeline(IEnumerable<IPipe> pipes)
    {
        ArgumentNullException.ThrowIfNull(pipes);
        _pipes = [.. pipes];
        var available = Annotations.None;
        foreach (var pipe in _pipes)
        {
            var missing = pipe.Requires & ~available;
            if (missing != Annotations.None)
            {
                throw new PipelineException($"Pipe '{pipe.Name}' requires {missing}, which no earlier pipe assigns. Put a pipe that assigns it before '{pipe.Name}'.");
            }
            available |= pipe.Assigns;
        }
        Assigns = available;
    }

    public Pipeline(params IPipe[] pipes) : this((IEnumerable<IPipe>)pipes)
    {
    }

    public IReadOnlyList<IPipe> Pipes => _pipes;

    /// <summary>Every layer the pipeline fills in.</summary>
    public Annotations Assigns { get; }

    /// <summary>Runs every pipe over a new document of <paramref name="text"/>.</summary>
    public Document Process(string text)
    {
        var doc = new Document(text);
        Process(doc);
        return doc;
    }

    /// <summary>Runs every pipe over <paramref name="doc"/>, in order.</summary>
    public void Process(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        foreach (var pipe in _pipes)
        {
            pipe.Process(doc);
            doc.Mark(pipe.Assigns);
        }
    }
}

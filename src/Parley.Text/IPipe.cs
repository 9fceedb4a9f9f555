namespace Parley.Text;

/// <summary>A pipeline component: reads the layers it <see cref="Requires"/> and fills in the ones it <see cref="Assigns"/>, in place.</summary>
public interface IPipe
{
    /// <summary>A short name for messages and benchmarks ("tokenizer", "tagger").</summary>
    string Name { get; }
    Annotations Requires { get; }
    Annotations Assigns { get; }
    void Process(Document doc);
}

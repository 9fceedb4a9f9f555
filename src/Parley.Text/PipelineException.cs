namespace Parley.Text;

/// <summary>A pipeline was put together wrongly: a pipe needs a layer no earlier pipe fills in.</summary>
public sealed class PipelineException(string message) : Exception(message);

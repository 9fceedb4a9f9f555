namespace Parley.Queue;

/// <summary>The NATS server cannot be used as Parley's work queue, or not now: it cannot be reached, has no JetStream, or refused a request. The message names the server and says what to do.</summary>
public sealed class WorkQueueException : Exception
{
    public WorkQueueException(string server, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Server = server;
    }

    /// <summary>The server's URL.</summary>
    public string Server { get; }
}

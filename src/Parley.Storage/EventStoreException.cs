namespace Parley.Storage;

/// <summary>
/// The database cannot be used as an event store, or not now: it is not a database, is damaged, belongs to
/// another program, was written by a newer Parley, cannot be opened or written, its disk is full, or another
/// writer held it locked too long. The message names the database and says what to do.
/// </summary>
public sealed class EventStoreException : Exception
{
    public EventStoreException(string database, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Database = database;
    }

    /// <summary>The database file (or connection target) at fault.</summary>
    public string Database { get; }

    /// <summary>
    /// True when trying again later may work: the database's server cannot be reached, or is starting up or shutting
    /// down. False for a fault that waiting does not mend (a login refused, a database that cannot be created, a store
    /// of another program, a newer schema).
    /// </summary>
    public bool IsTransient { get; init; }
}

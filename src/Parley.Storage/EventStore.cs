using Parley.Storage.Postgres;
using Parley.Storage.Sqlite;

namespace Parley.Storage;

/// <summary>Opens the event store a command line names: a SQLite file, or a PostgreSQL database.</summary>
public static class EventStore
{
    /// <summary>
    /// Opens <paramref name="database"/>: a PostgreSQL database when it is a <c>postgres://</c> or <c>postgresql://</c>
    /// URI or a connection string with <c>Host=</c> (see <see cref="PostgresConnectionString"/>), else the SQLite
    /// file at that path. Either is created when absent and brought up to the current schema.
    /// </summary>
    /// <exception cref="EventStoreException">The store cannot be opened; the message names it and says what to do.</exception>
    public static async Task<IEventStore> OpenAsync(string database, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        if (!PostgresConnectionString.Recognizes(database))
        {
            return await SqliteEventStore.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        }
        try
        {
            return await PostgresEventStore.OpenAsync(database, cancellationToken).ConfigureAwait(false);
        }
        catch (FormatException e)
        {
            throw new EventStoreException(PostgresConnectionString.Describe(database), e.Message, e);
        }
    }

    /// <summary>True when <paramref name="database"/> names a PostgreSQL database rather than a file.</summary>
    public static bool IsPostgres(string database) => PostgresConnectionString.Recognizes(database);

    /// <summary><paramref name="database"/> as messages should show it: a file path as it is, a PostgreSQL database without its password.</summary>
    public static string Describe(string database) =>
        IsPostgres(database) ? PostgresConnectionString.Describe(database) : database;
}

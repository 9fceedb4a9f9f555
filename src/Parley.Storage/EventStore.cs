using System.Globalization;
using Microsoft.Extensions.Logging;
using Parley.Storage.Postgres;
using Parley.Storage.Sqlite;
using Parley.Text;

namespace Parley.Storage;

/// <summary>Opens the event store a command line names: a SQLite file, or a PostgreSQL database.</summary>
public static class EventStore
{
    /// <summary>The waits between tries to open a store whose server is away: 0.2 s, doubling up to 2 s, within which a server that comes up is found.</summary>
    private static readonly Backoff Waits = new(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(2));

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

    /// <summary>
    /// Opens <paramref name="database"/> as <see cref="OpenAsync"/> does, but waits for a server that is away (not
    /// reachable, starting up, shutting down: an <see cref="EventStoreException.IsTransient"/> fault), trying again with
    /// growing waits (up to 2 s) for at most <paramref name="patience"/>; each try that fails is logged as a warning
    /// naming the database and why. Any other fault (a refused login, a database that cannot be created) is thrown at
    /// once: waiting would not mend it. For workers, which a supervisor may start before their database server.
    /// </summary>
    /// <exception cref="EventStoreException">The store cannot be opened, or its server was still away after <paramref name="patience"/> (the message says so).</exception>
    /// <exception cref="OperationCanceledException">It was cancelled while waiting.</exception>
    public static async Task<IEventStore> OpenWaitingAsync(string database, TimeSpan patience, ILogger logger, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(database);
        ArgumentOutOfRangeException.ThrowIfLessThan(patience, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(logger);
        return await Waits.RetryAsync<IEventStore, EventStoreException>(
            token => OpenAsync(database, token),
            e => e.IsTransient,
            patience,
            (e, wait, left) => logger.LogWarning("Waiting for the database {Database}: {Reason} Trying again in {Wait:0.#} s; giving up in {Left:0} s.",
                e.Database, e.Message, wait.TotalSeconds, left.TotalSeconds),
            e => new EventStoreException(e.Database, string.Create(CultureInfo.InvariantCulture,
                $"Gave up waiting for the database {e.Database} after {patience.TotalSeconds:0.#} s. {e.Message}"), e)
            { IsTransient = true },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>True when <paramref name="database"/> names a PostgreSQL database rather than a file.</summary>
    public static bool IsPostgres(string database) => PostgresConnectionString.Recognizes(database);

    /// <summary><paramref name="database"/> as messages should show it: a file path as it is, a PostgreSQL database without its password.</summary>
    public static string Describe(string database) =>
        IsPostgres(database) ? PostgresConnectionString.Describe(database) : database;
}

using Npgsql;

namespace Parley.Storage.Postgres;

/// <summary>
/// Brings a PostgreSQL database up to the schema this build knows: the embedded scripts
/// <c>Postgres/Migrations/NNNN_name.sql</c> in number order, each recorded in <c>schema_migrations</c>, all pending
/// ones in one transaction (PostgreSQL's DDL is transactional, so a database is never left half-migrated).
/// </summary>
internal static class PostgresMigrations
{
    private const string ResourcePrefix = "Parley.Storage.Postgres.Migrations.";

    // Workers started together against a new database must not all create the tables: they take turns on this lock.
    private const long MigrationLock = 0x5061726C6579; // "Parley"

    private static readonly Lazy<IReadOnlyList<Migration>> Embedded = new(() => Migration.LoadEmbedded(ResourcePrefix));

    /// <summary>The migrations shipped with this build, in order.</summary>
    public static IReadOnlyList<Migration> All => Embedded.Value;

    /// <summary>The schema version this build writes.</summary>
    public static int Latest => All[^1].Version;

    /// <summary>Applies the pending migrations; refuses a database from a newer build, or one whose tables belong to another program.</summary>
    /// <exception cref="EventStoreException">The database is newer than this build or is not an event store.</exception>
    public static async Task ApplyAsync(NpgsqlConnection connection, string database, CancellationToken cancellationToken)
    {
        // Most opens find the schema current: look without the lock first.
        if (await CurrentVersionAsync(connection, null, database, underLock: false, cancellationToken) == Latest)
        {
            return;
        }
        // A session lock, taken before the transaction begins: the transaction's start is what makes this
        // connection see the catalog as the process that migrated before it left it.
        await LockAsync(connection, "pg_advisory_lock", cancellationToken);
        try
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var version = await CurrentVersionAsync(connection, transaction, database, underLock: true, cancellationToken);
            await ExecuteAsync(connection, transaction,
                "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())",
                cancellationToken);
            foreach (var migration in All.Where(m => m.Version > version))
            {
                await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
                await using var record = new NpgsqlCommand("INSERT INTO schema_migrations (version, name) VALUES (@version, @name)", connection, transaction);
                record.Parameters.AddWithValue("version", migration.Version);
                record.Parameters.AddWithValue("name", migration.Name);
                await record.ExecuteNonQueryAsync(cancellationToken);
            }
            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            // A connection that broke has lost the lock with the session; one that is fine goes back to the pool without it.
            if (connection.FullState == System.Data.ConnectionState.Open)
            {
                await LockAsync(connection, "pg_advisory_unlock", CancellationToken.None);
            }
        }
    }

    private static async Task LockAsync(NpgsqlConnection connection, string function, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT {function}(@key)", connection);
        command.Parameters.AddWithValue("key", MigrationLock);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>0 for a database without Parley's tables; -1, without the lock, for one that looks like another program's.</summary>
    private static async Task<int> CurrentVersionAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string database, bool underLock, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT to_regclass('schema_migrations') IS NOT NULL", connection, transaction);
        if (await command.ExecuteScalarAsync(cancellationToken) is not true)
        {
            // Other programs' tables may share the database, but not under the names the store needs.
            command.CommandText = "SELECT string_agg(name, ', ') FROM unnest(ARRAY['articles', 'events', 'failures']) AS name WHERE to_regclass(name) IS NOT NULL";
            if (await command.ExecuteScalarAsync(cancellationToken) is string taken)
            {
                // Without the lock the two statements see different moments: another process may have committed its
                // migration between them (two workers started together did). Only the look under the lock decides.
                if (!underLock)
                {
                    return -1;
                }
                throw new EventStoreException(database,
                    $"{database} is not a Parley event store: it has tables named {taken} that Parley did not make (there is no schema_migrations table). " +
                    "Give another database.");
            }
            return 0;
        }
        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_migrations";
        var version = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
        if (version > Latest)
        {
            throw new EventStoreException(database,
                $"{database} has event store schema version {version}, but this build of Parley knows versions up to {Latest}; " +
                "it was written by a newer Parley. Upgrade Parley to use it, or give another database.");
        }
        return version;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Parley.Storage.Sqlite;

/// <summary>
/// Brings a database up to the schema this build knows: the embedded scripts <c>Migrations/NNNN_name.sql</c>
/// are applied in number order, each recorded in <c>schema_migrations</c>, all pending ones in one
/// transaction so that a database is never left half-migrated.
/// </summary>
internal static class SqliteMigrations
{
    private const string ResourcePrefix = "Parley.Storage.Sqlite.Migrations.";

    private static readonly Lazy<IReadOnlyList<Migration>> Embedded = new(() => Migration.LoadEmbedded(ResourcePrefix));

    /// <summary>The migrations shipped with this build, in order, numbered 1, 2, 3, … without gaps.</summary>
    public static IReadOnlyList<Migration> All => Embedded.Value;

    /// <summary>The schema version this build writes.</summary>
    public static int Latest => All[^1].Version;

    /// <summary>Applies the pending migrations; refuses a database from a newer build or from another program.</summary>
    /// <exception cref="EventStoreException">The database is newer than this build or is not an event store.</exception>
    public static async Task ApplyAsync(SqliteConnection connection, string database, CancellationToken cancellationToken)
    {
        // Most opens find the schema current: look without taking the write lock, so that opening a
        // store does not wait for a writer in another process.
        using (var read = connection.BeginTransaction(deferred: true))
        {
            var current = await CurrentVersionAsync(connection, read, database, cancellationToken);
            read.Commit();
            if (current == Latest)
            {
                return;
            }
        }

        using var write = connection.BeginTransaction(deferred: false);
        var version = await CurrentVersionAsync(connection, write, database, cancellationToken);
        await ExecuteAsync(connection, write,
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
            cancellationToken);
        var appliedAt = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        foreach (var migration in All.Where(m => m.Version > version))
        {
            await ExecuteAsync(connection, write, migration.Sql, cancellationToken);
            using var record = connection.CreateCommand();
            record.Transaction = write;
            record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @applied_at)";
            record.Parameters.AddWithValue("@version", migration.Version);
            record.Parameters.AddWithValue("@name", migration.Name);
            record.Parameters.AddWithValue("@applied_at", appliedAt);
            await record.ExecuteNonQueryAsync(cancellationToken);
        }
        write.Commit();
    }

    /// <summary>0 for a new, empty database.</summary>
    private static async Task<int> CurrentVersionAsync(SqliteConnection connection, SqliteTransaction transaction, string database, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'";
        var hasMigrations = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture) > 0;
        if (!hasMigrations)
        {
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'";
            var objects = Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
            if (objects > 0)
            {
                throw new EventStoreException(database,
                    $"{database} is a SQLite database but not a Parley event store (it has tables but no schema_migrations); " +
                    "give a new file name or the path of an existing store.");
            }
            return 0;
        }
        command.CommandText = "SELECT coalesce(max(version), 0) FROM schema_migrations";
        var version = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        if (version > Latest)
        {
            throw new EventStoreException(database,
                $"{database} has event store schema version {version}, but this build of Parley knows versions up to {Latest}; " +
                "it was written by a newer Parley. Upgrade Parley to use it, or give another database file.");
        }
        return version;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;
using Parley.Coding;
using Parley.Ingest;

namespace Parley.Storage.Sqlite;

/// <summary>
/// The embedded event store: one SQLite file in WAL mode (readers never wait for the writer), created and
/// migrated on <see cref="OpenAsync"/>. Safe to share between threads; each call uses its own pooled
/// connection, and several processes may open the same file (writes take turns, waiting up to
/// <see cref="BusyTimeoutSeconds"/>).
/// </summary>
public sealed class SqliteEventStore : IEventStore, IFilteredEventQueries
{
    /// <summary>How long a write waits for another writer before giving up.</summary>
    public const int BusyTimeoutSeconds = 30;

    private const int SqlitePermission = 3;
    private const int SqliteBusy = 5;
    private const int SqliteReadOnly = 8;
    private const int SqliteIoError = 10;
    private const int SqliteCorrupt = 11;
    private const int SqliteFull = 13;
    private const int SqliteCantOpen = 14;
    private const int SqliteNotADatabase = 26;

    private readonly string connectionString;
    private bool disposed;

    private SqliteEventStore(string path)
    {
        Path = path;
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = BusyTimeoutSeconds,
        }.ToString();
    }

    /// <summary>The database file, as a full path.</summary>
    public string Path { get; }

    /// <summary>
    /// Opens the event store in the file at <paramref name="path"/>, creating the file when it does not exist
    /// (its folder must) and bringing its schema up to date.
    /// </summary>
    /// <exception cref="EventStoreException">The file is not a SQLite database, is damaged, belongs to another program, was written by a newer Parley, or cannot be opened or written; the message names it. Later calls throw it too when the file turns out damaged, unwritable or full.</exception>
    public static async Task<SqliteEventStore> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var fullPath = System.IO.Path.GetFullPath(path);
        if (Directory.Exists(fullPath))
        {
            throw new EventStoreException(fullPath, $"{fullPath} is a folder; give the path of a database file.");
        }
        var folder = System.IO.Path.GetDirectoryName(fullPath);
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new EventStoreException(fullPath, $"Cannot create the event store {fullPath}: the folder {folder} does not exist.");
        }

        var store = new SqliteEventStore(fullPath);
        try
        {
            await using var connection = await store.OpenConnectionAsync(cancellationToken);
            // WAL is a property of the file, so setting it once is enough; it is also the first statement
            // that reads the file header, which is where a file that is not a database shows itself.
            await ExecuteScalarAsync(connection, "PRAGMA journal_mode = WAL", cancellationToken);
            await SqliteMigrations.ApplyAsync(connection, fullPath, cancellationToken);
            return store;
        }
        catch (SqliteException ex) when (store.Fault(ex) is { } fault)
        {
            await store.DisposeAsync();
            throw fault;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    /// <inheritdoc/>
    public async Task StoreAsync(IReadOnlyList<ArticleOutcome> batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        for (var i = 0; i < batch.Count; i++)
        {
            if (batch[i] is null)
            {
                throw new ArgumentException($"Batch item {i} is null.", nameof(batch));
            }
        }
        ObjectDisposedException.ThrowIf(disposed, this);
        cancellationToken.ThrowIfCancellationRequested();
        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            await using var connection = await OpenConnectionAsync(cancellationToken);
            using var transaction = connection.BeginTransaction(deferred: false);
            using var writer = new BatchWriter(connection, transaction);
            var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
            foreach (var outcome in batch)
            {
                // Cancelling between articles leaves the transaction uncommitted, so nothing of the batch is kept.
                cancellationToken.ThrowIfCancellationRequested();
                await writer.WriteAsync(outcome, now, cancellationToken);
            }
            transaction.Commit();
        }
        catch (SqliteException ex) when (Fault(ex) is { } fault)
        {
            throw fault;
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<EventRecord>> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken = default) =>
        EventPager.ReadAsync(query, SqliteDialect.Instance, this, cancellationToken);

    Task<IReadOnlyList<T>> IFilteredEventQueries.QueryAsync<T>(EventQuery query, string select, string groupAndOrder, PageReading reading,
        string closing, Func<DbDataReader, T> readRow, CancellationToken cancellationToken) =>
        QueryFilteredAsync(query, select, withCursor: true, [], groupAndOrder, paged: true, readRow, cancellationToken, reading, closing);

    /// <inheritdoc/>
    public Task<IReadOnlyList<DyadCount>> CountByDyadAsync(EventQuery query, CancellationToken cancellationToken = default) =>
        QueryFilteredAsync(
            query,
            "SELECT source_country, target_country, quad_class, count(*) AS n FROM events",
            withCursor: false,
            [],
            " GROUP BY source_country, target_country, quad_class ORDER BY n DESC, source_country, target_country, quad_class",
            paged: true,
            reader => new DyadCount(
                reader.IsDBNull(0) ? null : reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.GetInt32(2),
                reader.GetInt64(3)),
            cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<DyadTotal>> TopDyadsAsync(EventQuery query, CancellationToken cancellationToken = default) =>
        QueryFilteredAsync(
            query,
            // Counted by dyad and quad class first, in the order of the index on those columns, then pivoted.
            "SELECT source_country, target_country, " + EventFilterSql.QuadClassTotals + " FROM (SELECT source_country, target_country, quad_class, count(*) AS n FROM events",
            withCursor: false,
            [],
            " GROUP BY source_country, target_country, quad_class) AS g GROUP BY source_country, target_country ORDER BY total DESC, source_country, target_country",
            paged: true,
            reader => new DyadTotal(
                reader.IsDBNull(0) ? null : reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.GetInt64(2),
                reader.GetInt64(3),
                reader.GetInt64(4),
                reader.GetInt64(5),
                reader.GetInt64(6)),
            cancellationToken);

    /// <inheritdoc/>
    public async Task<IReadOnlyList<PeriodCount>> CountByPeriodAsync(EventQuery query, TimeBucket bucket, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (first, _) = EventFilterSql.DateColumns(query.DateField);
        // Grouped by the day itself, in the order of the date indexes (schema 2) that also hold quad class and Goldstein
        // score, so that a million events are counted without a sort; the days are then folded into periods.
        var days = await QueryFilteredAsync(
            query,
            $"SELECT {first}, quad_class, count(*), total(goldstein) FROM events",
            withCursor: false,
            [$"{first} IS NOT NULL"],
            $" GROUP BY {first}, quad_class",
            paged: false,
            reader => new PeriodCount(ParseDate(reader.GetString(0)), reader.GetInt32(1), reader.GetInt64(2), reader.GetDouble(3)),
            cancellationToken);
        return PeriodFolding.Fold(days, bucket);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<PlaceCount>> CountByPlaceAsync(EventQuery query, CancellationToken cancellationToken = default) =>
        QueryFilteredAsync(
            query,
            "SELECT location_name, location_country, location_lat, location_lon, count(*) AS n FROM events",
            withCursor: false,
            ["location_lat IS NOT NULL", "location_lon IS NOT NULL"],
            " GROUP BY location_lat, location_lon, location_name, location_country ORDER BY n DESC, location_name, location_lat, location_lon",
            paged: true,
            reader => new PlaceCount(
                reader.IsDBNull(0) ? null : reader.GetString(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.GetDouble(2),
                reader.GetDouble(3),
                reader.GetInt64(4)),
            cancellationToken);

    // Every query over events takes the same filters; only the select list, grouping, paging and row shape differ.
    private async Task<IReadOnlyList<T>> QueryFilteredAsync<T>(EventQuery query, string select, bool withCursor, string[] extraConditions,
        string groupAndOrder, bool paged, Func<SqliteDataReader, T> readRow, CancellationToken cancellationToken, PageReading? reading = null,
        string closing = "")
    {
        ArgumentNullException.ThrowIfNull(query);
        ObjectDisposedException.ThrowIf(disposed, this);
        try
        {
            await using var connection = await OpenConnectionAsync(cancellationToken);
            using var command = connection.CreateCommand();
            var sql = new StringBuilder(select);
            EventFilterSql.AppendWhere(sql, command, SqliteDialect.Instance, query, withCursor, extraConditions, reading);
            sql.Append(groupAndOrder);
            if (paged)
            {
                EventFilterSql.AppendPaging(sql, command, SqliteDialect.Instance, query);
            }
            sql.Append(closing);
            command.CommandText = sql.ToString();
            var rows = new List<T>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(readRow(reader));
            }
            return rows;
        }
        catch (SqliteException ex) when (Fault(ex) is { } fault)
        {
            throw fault;
        }
    }

    /// <inheritdoc/>
    public async Task<Article?> GetArticleAsync(string articleId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articleId);
        ObjectDisposedException.ThrowIf(disposed, this);
        try
        {
            await using var connection = await OpenConnectionAsync(cancellationToken);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT id, date, ref, title, body, url, source, origin FROM articles WHERE id = @id";
            command.Parameters.AddWithValue("@id", articleId);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                return null;
            }
            return new Article
            {
                Id = reader.GetString(0),
                Date = reader.IsDBNull(1) ? null : ParseDate(reader.GetString(1)),
                Ref = reader.IsDBNull(2) ? null : reader.GetString(2),
                Title = reader.IsDBNull(3) ? null : reader.GetString(3),
                Body = reader.GetString(4),
                Url = reader.IsDBNull(5) ? null : reader.GetString(5),
                Source = reader.IsDBNull(6) ? null : reader.GetString(6),
                Origin = reader.GetString(7),
            };
        }
        catch (SqliteException ex) when (Fault(ex) is { } fault)
        {
            throw fault;
        }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ArticleSearchHit>> SearchArticlesAsync(string words, int limit = 20, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(words);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        ObjectDisposedException.ThrowIf(disposed, this);
        var match = FullTextMatch(words);
        if (match.Length == 0)
        {
            return [];
        }
        try
        {
            await using var connection = await OpenConnectionAsync(cancellationToken);
            using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT a.id, a.title, a.date, snippet(articles_fts, -1, '[', ']', '…', 16)
                FROM articles_fts JOIN articles a ON a.article_key = articles_fts.rowid
                WHERE articles_fts MATCH @match
                ORDER BY rank, a.id
                LIMIT @limit
                """;
            command.Parameters.AddWithValue("@match", match);
            command.Parameters.AddWithValue("@limit", limit);
            var hits = new List<ArticleSearchHit>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                hits.Add(new ArticleSearchHit(
                    reader.GetString(0),
                    reader.IsDBNull(1) ? null : reader.GetString(1),
                    reader.IsDBNull(2) ? null : ParseDate(reader.GetString(2)),
                    reader.GetString(3)));
            }
            return hits;
        }
        catch (SqliteException ex) when (Fault(ex) is { } fault)
        {
            throw fault;
        }
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<RecordedFailure>> ListFailuresAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        try
        {
            await using var connection = await OpenConnectionAsync(cancellationToken);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT article_id, origin, stage, message, failed_at FROM failures ORDER BY failure_key";
            var failures = new List<RecordedFailure>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                failures.Add(new RecordedFailure(
                    reader.IsDBNull(0) ? null : reader.GetString(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.GetString(3),
                    DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)));
            }
            return failures;
        }
        catch (SqliteException ex) when (Fault(ex) is { } fault)
        {
            throw fault;
        }
    }

    /// <summary>Closes the store's pooled connections, which releases the file.</summary>
    public ValueTask DisposeAsync()
    {
        if (!disposed)
        {
            disposed = true;
            using var connection = new SqliteConnection(connectionString);
            SqliteConnection.ClearPool(connection);
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// The words of <paramref name="words"/> (<see cref="SearchWords"/>) as an FTS5 query that requires each of them.
    /// Quoting every word keeps user input from being read as FTS5 syntax (a stray quote or AND would otherwise be an error).
    /// </summary>
    internal static string FullTextMatch(string words) => string.Join(' ', SearchWords.Split(words).Select(w => '"' + w + '"'));

    private static DateOnly ParseDate(string value) => DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // Per connection: in WAL mode NORMAL keeps the database consistent after any crash and loses
            // committed work only on power loss, at a fraction of FULL's fsyncs.
            await ExecuteScalarAsync(connection, "PRAGMA synchronous = NORMAL", cancellationToken);
            connection.CreateFunction(SqliteDialect.ContainsFunction,
                (string? text, string? word) => text is not null && word is not null && text.Contains(word, StringComparison.OrdinalIgnoreCase),
                isDeterministic: true);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task ExecuteScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>
    /// The typed exception for errors about the file rather than the statement (which the caller can only fix
    /// outside Parley); null for the rest, which are bugs and propagate as they are.
    /// </summary>
    private EventStoreException? Fault(SqliteException ex)
    {
        var reason = ex.SqliteErrorCode switch
        {
            SqliteNotADatabase => $"{Path} is not a Parley event store: it is not a SQLite database. Give a new file name or the path of an existing store.",
            SqliteCorrupt => $"{Path} is damaged. Restore it from a copy, or give a new file name.",
            SqliteCantOpen => $"Cannot open the event store {Path}. Check that the file and its folder are readable and writable.",
            SqlitePermission or SqliteReadOnly => $"The event store {Path} cannot be written. Check its permissions (and those of its folder, where SQLite keeps the -wal and -shm files).",
            SqliteFull => $"The disk holding the event store {Path} is full.",
            SqliteIoError => $"Reading or writing the event store {Path} failed.",
            SqliteBusy => $"The event store {Path} stayed locked by another writer for {BusyTimeoutSeconds} s; try again when it has finished.",
            _ => null,
        };
        return reason is null ? null : new EventStoreException(Path, $"{reason} (SQLite: {ex.Message})", ex);
    }

    /// <summary>The prepared statements of one batch, reused for every article and event in it.</summary>
    private sealed class BatchWriter : IDisposable
    {
        private readonly SqliteCommand upsertArticle;
        private readonly SqliteCommand deleteEvents;
        private readonly SqliteCommand deleteFailures;
        private readonly SqliteCommand upsertEvent;
        private readonly SqliteCommand insertFailure;
        private readonly SqliteParameter[] eventParameters;

        public BatchWriter(SqliteConnection connection, SqliteTransaction transaction)
        {
            upsertArticle = Prepare(connection, transaction, """
                INSERT INTO articles (id, date, ref, title, body, url, source, origin, content_hash, stored_at)
                VALUES (@id, @date, @ref, @title, @body, @url, @source, @origin, @content_hash, @stored_at)
                ON CONFLICT (id) DO UPDATE SET
                    date = excluded.date, ref = excluded.ref, title = excluded.title, body = excluded.body,
                    url = excluded.url, source = excluded.source, origin = excluded.origin,
                    content_hash = excluded.content_hash, stored_at = excluded.stored_at
                """, "@id", "@date", "@ref", "@title", "@body", "@url", "@source", "@origin", "@content_hash", "@stored_at");
            deleteEvents = Prepare(connection, transaction, "DELETE FROM events WHERE article_id = @id", "@id");
            deleteFailures = Prepare(connection, transaction, "DELETE FROM failures WHERE article_id = @id", "@id");
            var columns = EventColumns.Written;
            upsertEvent = Prepare(connection, transaction,
                $"INSERT INTO events ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(c => "@" + c))}) " +
                $"ON CONFLICT (event_id) DO UPDATE SET {string.Join(", ", columns.Skip(1).Select(c => $"{c} = excluded.{c}"))}",
                [.. columns.Select(c => "@" + c)]);
            eventParameters = [.. upsertEvent.Parameters.Cast<SqliteParameter>()];
            insertFailure = Prepare(connection, transaction,
                "INSERT INTO failures (article_id, origin, stage, message, failed_at) VALUES (@article_id, @origin, @stage, @message, @failed_at)",
                "@article_id", "@origin", "@stage", "@message", "@failed_at");
        }

        public async Task WriteAsync(ArticleOutcome outcome, string now, CancellationToken cancellationToken)
        {
            var article = outcome.Article;
            Bind(upsertArticle,
                article.Id,
                article.Date is { } date ? EventDatePeriod.Format(date) : null,
                article.Ref,
                article.Title,
                article.Body,
                article.Url,
                article.Source,
                article.Origin,
                Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(article.Text))),
                now);
            await upsertArticle.ExecuteNonQueryAsync(cancellationToken);

            Bind(deleteEvents, article.Id);
            await deleteEvents.ExecuteNonQueryAsync(cancellationToken);
            Bind(deleteFailures, article.Id);
            await deleteFailures.ExecuteNonQueryAsync(cancellationToken);

            foreach (var record in outcome.Events)
            {
                var row = EventColumns.ToRow(record);
                for (var i = 0; i < row.Length; i++)
                {
                    eventParameters[i].Value = row[i] ?? DBNull.Value;
                }
                await upsertEvent.ExecuteNonQueryAsync(cancellationToken);
            }

            if (outcome.Failure is { } failure)
            {
                Bind(insertFailure, article.Id, article.Origin, failure.Stage, failure.Message, now);
                await insertFailure.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        public void Dispose()
        {
            upsertArticle.Dispose();
            deleteEvents.Dispose();
            deleteFailures.Dispose();
            upsertEvent.Dispose();
            insertFailure.Dispose();
        }

        private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
        {
            var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var name in parameters)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name, Value = DBNull.Value });
            }
            command.Prepare();
            return command;
        }

        private static void Bind(SqliteCommand command, params object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i] ?? DBNull.Value;
            }
        }
    }
}

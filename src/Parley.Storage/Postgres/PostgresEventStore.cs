using System.Data.Common;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Npgsql;
using NpgsqlTypes;
using Parley.Coding;
using Parley.Ingest;

namespace Parley.Storage.Postgres;

/// <summary>
/// The shared event store: a PostgreSQL database, created when the server has none of that name and migrated on
/// <see cref="OpenAsync"/>. Safe to share between threads, and any number of processes may write to it at once
/// (a batch is one transaction; two batches that store the same article take turns on its row). Batches are
/// written with one statement per table and the events with binary COPY; an article stored again has its stored events
/// read and compared with the new ones, and only the rows that differ are deleted and written.
/// </summary>
public sealed class PostgresEventStore : IEventStore, IFilteredEventQueries
{
    // Deadlocks can only come from two writers storing the same articles at once (say, a redelivered message);
    // PostgreSQL aborts one of them, which simply writes its batch again.
    private const int AttemptsOnDeadlock = 3;

    private static readonly NpgsqlDbType[] EventColumnTypes = [.. EventColumns.Written.Select(ColumnType)];

    private static readonly string CopyEvents =
        $"COPY events ({string.Join(", ", EventColumns.Written)}) FROM STDIN (FORMAT BINARY)";

    private static readonly string StoredEventsOfArticles =
        $"SELECT {string.Join(", ", EventColumns.Written)} FROM events WHERE article_id = ANY(@article_ids) OR event_id = ANY(@event_ids)";

    private static readonly string StoredEventsById =
        $"SELECT {string.Join(", ", EventColumns.Written)} FROM events WHERE event_id = ANY(@event_ids)";

    private readonly NpgsqlDataSource dataSource;
    private bool disposed;

    private PostgresEventStore(NpgsqlDataSource dataSource, string database)
    {
        this.dataSource = dataSource;
        Database = database;
    }

    /// <summary>The database as messages name it (<c>postgres://user@host:port/database</c>, never the password).</summary>
    public string Database { get; }

    /// <summary>
    /// Opens the event store in the database <paramref name="connectionString"/> names (a <c>postgres://</c> URI or an
    /// Npgsql connection string, see <see cref="PostgresConnectionString"/>), creating the database when the server
    /// has none of that name and bringing its schema up to date.
    /// </summary>
    /// <exception cref="FormatException">The connection string cannot be read.</exception>
    /// <exception cref="EventStoreException">The server cannot be reached or refuses the login, the database cannot be created, belongs to another program or was written by a newer Parley; the message names it. Later calls throw it too when the server goes away.</exception>
    public static async Task<PostgresEventStore> OpenAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var settings = PostgresConnectionString.Parse(connectionString);
        if (string.IsNullOrEmpty(settings.ApplicationName))
        {
            settings.ApplicationName = "parley";
        }
        var database = PostgresConnectionString.Describe(settings);
        var store = new PostgresEventStore(NpgsqlDataSource.Create(settings), database);
        try
        {
            await using var connection = await store.OpenConnectionCreatingDatabaseAsync(settings, cancellationToken);
            await PostgresMigrations.ApplyAsync(connection, database, cancellationToken);
            return store;
        }
        catch (NpgsqlException ex) when (store.Fault(ex) is { } fault)
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

        var rows = new BatchRows(batch);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await WriteAsync(rows, cancellationToken);
                return;
            }
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure && attempt < AttemptsOnDeadlock)
            {
                // The other writer has committed or is about to: try again.
            }
            catch (NpgsqlException ex) when (Fault(ex) is { } fault)
            {
                throw fault;
            }
        }
    }

    private async Task WriteAsync(BatchRows rows, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var now = DateTimeOffset.UtcNow;
        var articles = rows.Articles;

        // Articles first, in id order: their rows are what concurrent writers of the same article queue on, and a
        // fixed order keeps two batches from each holding a row the other wants. An article stored again as it was
        // (coded again) keeps its row, and with it the stored_at of when it last changed: rewriting it would write its
        // text, its search vector and their index entries once more, the dearest part of storing an article. The
        // conflicting row is locked all the same, so writers of one article still take turns on it. The statement
        // returns the ids it inserted (a row it inserted has no xmax; one it updated carries this transaction's lock):
        // an article that was not there has no events yet.
        var inserted = new HashSet<string>(StringComparer.Ordinal);
        await using (var prepare = new NpgsqlBatch(connection, transaction))
        {
            // An article stored exactly as proposed is locked by the first part ('kept') and not offered to the INSERT at
            // all: INSERT computes the generated search vector of every row it is offered before it finds the conflict,
            // and that parse was most of the server's time for a batch stored again. Re-checked under the lock, an
            // article that a concurrent writer has just changed drops out of 'kept' and is upserted. The two parts lock
            // in id order each; two writers proposing different texts of the same articles at once may deadlock, and a
            // deadlock is retried below.
            var upsert = new NpgsqlBatchCommand("""
                WITH proposed AS (
                    SELECT * FROM unnest(@id, @date, @ref, @title, @body, @url, @source, @origin, @content_hash)
                        AS a (id, date, ref, title, body, url, source, origin, content_hash)
                ), kept AS (
                    SELECT articles.id FROM articles JOIN proposed ON proposed.id = articles.id
                    WHERE (articles.date, articles.ref, articles.title, articles.body, articles.url, articles.source, articles.origin)
                        IS NOT DISTINCT FROM (proposed.date, proposed.ref, proposed.title, proposed.body, proposed.url, proposed.source, proposed.origin)
                    ORDER BY articles.id
                    FOR NO KEY UPDATE OF articles
                ), stored AS (
                    INSERT INTO articles (id, date, ref, title, body, url, source, origin, content_hash, stored_at)
                    SELECT a.id, a.date, a.ref, a.title, a.body, a.url, a.source, a.origin, a.content_hash, @stored_at
                    FROM proposed AS a
                    WHERE a.id NOT IN (SELECT id FROM kept)
                    ON CONFLICT (id) DO UPDATE SET
                        date = excluded.date, ref = excluded.ref, title = excluded.title, body = excluded.body,
                        url = excluded.url, source = excluded.source, origin = excluded.origin,
                        content_hash = excluded.content_hash, stored_at = excluded.stored_at
                    WHERE (articles.date, articles.ref, articles.title, articles.body, articles.url, articles.source, articles.origin)
                        IS DISTINCT FROM (excluded.date, excluded.ref, excluded.title, excluded.body, excluded.url, excluded.source, excluded.origin)
                    RETURNING id, xmax = 0 AS fresh)
                SELECT id FROM stored WHERE fresh
                """);
            AddArray(upsert, "id", articles.Select(a => a.Id));
            upsert.Parameters.Add(new NpgsqlParameter<DateOnly?[]>("date", NpgsqlDbType.Array | NpgsqlDbType.Date) { TypedValue = [.. articles.Select(a => a.Date)] });
            AddArray(upsert, "ref", articles.Select(a => a.Ref));
            AddArray(upsert, "title", articles.Select(a => a.Title));
            AddArray(upsert, "body", articles.Select(a => a.Body));
            AddArray(upsert, "url", articles.Select(a => a.Url));
            AddArray(upsert, "source", articles.Select(a => a.Source));
            AddArray(upsert, "origin", articles.Select(a => a.Origin));
            AddArray(upsert, "content_hash", articles.Select(a => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(a.Text)))));
            upsert.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("stored_at", now));
            prepare.BatchCommands.Add(upsert);

            var deleteFailures = new NpgsqlBatchCommand("DELETE FROM failures WHERE article_id = ANY(@ids)");
            AddArray(deleteFailures, "ids", articles.Select(a => a.Id));
            prepare.BatchCommands.Add(deleteFailures);

            if (rows.Failures.Count > 0)
            {
                var insertFailures = new NpgsqlBatchCommand("""
                    INSERT INTO failures (article_id, origin, stage, message, failed_at)
                    SELECT f.article_id, f.origin, f.stage, f.message, @failed_at
                    FROM unnest(@article_id, @origin, @stage, @message) WITH ORDINALITY AS f (article_id, origin, stage, message, n)
                    ORDER BY f.n
                    """);
                AddArray(insertFailures, "article_id", rows.Failures.Select(f => f.Article.Id));
                AddArray(insertFailures, "origin", rows.Failures.Select(f => f.Article.Origin));
                AddArray(insertFailures, "stage", rows.Failures.Select(f => f.Failure!.Stage));
                AddArray(insertFailures, "message", rows.Failures.Select(f => f.Failure!.Message));
                insertFailures.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("failed_at", now));
                prepare.BatchCommands.Add(insertFailures);
            }
            await using var reader = await prepare.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                inserted.Add(reader.GetString(0));
            }
            while (await reader.NextResultAsync(cancellationToken))
            {
            }
        }

        // The rows to write, and the stored events to remove first: those of the batch's articles that were there
        // before, and any with one of the batch's event ids (an event id stored under another article moves to this
        // one, as in every store). A stored event that is exactly the row the batch brings stays as it is: an article
        // coded again by the same coder (a redelivered message, a rerun) then costs a read of its events instead of
        // rewriting every row with its eleven index entries, and leaves no dead rows for vacuum.
        var written = rows.Events.Select(EventColumns.ToRow).ToList();
        var stale = new List<string>();
        var unchanged = new HashSet<string>(StringComparer.Ordinal);
        var existing = articles.Where(a => !inserted.Contains(a.Id)).Select(a => a.Id).ToList();
        if (existing.Count > 0 || written.Count > 0)
        {
            var stored = await StoredEventsAsync(connection, transaction, existing, rows.Events, cancellationToken);
            foreach (var row in written)
            {
                var id = (string)row[0]!;
                if (stored.TryGetValue(id, out var before) && before.AsSpan().SequenceEqual(row))
                {
                    unchanged.Add(id);
                }
            }
            stale.AddRange(stored.Keys.Where(id => !unchanged.Contains(id)));
        }
        if (stale.Count > 0)
        {
            await using var delete = new NpgsqlCommand("DELETE FROM events WHERE event_id = ANY(@ids)", connection, transaction);
            delete.Parameters.Add(new NpgsqlParameter<string[]>("ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. stale] });
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        if (written.Count > unchanged.Count)
        {
            await using var copy = await connection.BeginBinaryImportAsync(CopyEvents, cancellationToken);
            foreach (var row in written)
            {
                if (unchanged.Contains((string)row[0]!))
                {
                    continue;
                }
                // Cancelling between events abandons the COPY and so the transaction: nothing of the batch is kept.
                cancellationToken.ThrowIfCancellationRequested();
                await copy.StartRowAsync(cancellationToken);
                for (var i = 0; i < row.Length; i++)
                {
                    await WriteValueAsync(copy, row[i], EventColumnTypes[i], cancellationToken);
                }
            }
            await copy.CompleteAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// The stored rows (every written column, by event id) of the events of <paramref name="articleIds"/> and of any
    /// event with one of <paramref name="events"/>' ids; a new batch's articles have none, so only the ids are looked up.
    /// </summary>
    private static async Task<Dictionary<string, object?[]>> StoredEventsAsync(NpgsqlConnection connection, NpgsqlTransaction transaction,
        List<string> articleIds, List<EventRecord> events, CancellationToken cancellationToken)
    {
        var sql = articleIds.Count > 0 ? StoredEventsOfArticles : StoredEventsById;
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        if (articleIds.Count > 0)
        {
            command.Parameters.Add(new NpgsqlParameter<string[]>("article_ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. articleIds] });
        }
        command.Parameters.Add(new NpgsqlParameter<string[]>("event_ids", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. events.Select(e => e.EventId)] });
        var stored = new Dictionary<string, object?[]>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var row = new object?[EventColumns.Written.Length];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
            stored[(string)row[0]!] = row;
        }
        return stored;
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<EventRecord>> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken = default) =>
        EventPager.ReadAsync(query, PostgresDialect.Instance, this, cancellationToken);

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
            // NULLS FIRST: the order the SQLite store gives, so that both page through the same way.
            " GROUP BY source_country, target_country, quad_class ORDER BY n DESC, source_country NULLS FIRST, target_country NULLS FIRST, quad_class",
            paged: true,
            reader => new DyadCount(
                NullableString(reader, 0),
                NullableString(reader, 1),
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
            " GROUP BY source_country, target_country, quad_class) AS g GROUP BY source_country, target_country ORDER BY total DESC, source_country NULLS FIRST, target_country NULLS FIRST",
            paged: true,
            reader => new DyadTotal(
                NullableString(reader, 0),
                NullableString(reader, 1),
                reader.GetInt64(2),
                reader.GetInt64(3),
                reader.GetInt64(4),
                reader.GetInt64(5),
                reader.GetInt64(6)),
            cancellationToken);

    /// <inheritdoc/>
    public Task<IReadOnlyList<PeriodCount>> CountByPeriodAsync(EventQuery query, TimeBucket bucket, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var (first, _) = EventFilterSql.DateColumns(query.DateField);
        return QueryFilteredAsync(
            query,
            $"SELECT {PostgresDialect.Instance.PeriodStart(first, bucket)} AS period, quad_class, count(*), sum(goldstein) FROM events",
            withCursor: false,
            [$"{first} IS NOT NULL"],
            " GROUP BY period, quad_class ORDER BY period, quad_class",
            paged: false,
            reader => new PeriodCount(DateOnly.ParseExact(reader.GetString(0), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                reader.GetInt32(1), reader.GetInt64(2), reader.GetDouble(3)),
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<PlaceCount>> CountByPlaceAsync(EventQuery query, CancellationToken cancellationToken = default) =>
        QueryFilteredAsync(
            query,
            "SELECT location_name, location_country, location_lat, location_lon, count(*) AS n FROM events",
            withCursor: false,
            ["location_lat IS NOT NULL", "location_lon IS NOT NULL"],
            " GROUP BY location_lat, location_lon, location_name, location_country ORDER BY n DESC, location_name NULLS FIRST, location_lat, location_lon",
            paged: true,
            reader => new PlaceCount(
                NullableString(reader, 0),
                NullableString(reader, 1),
                reader.GetDouble(2),
                reader.GetDouble(3),
                reader.GetInt64(4)),
            cancellationToken);

    // Every query over events takes the same filters; only the select list, grouping, paging and row shape differ.
    private async Task<IReadOnlyList<T>> QueryFilteredAsync<T>(EventQuery query, string select, bool withCursor, string[] extraConditions,
        string groupAndOrder, bool paged, Func<DbDataReader, T> readRow, CancellationToken cancellationToken, PageReading? reading = null,
        string closing = "")
    {
        ArgumentNullException.ThrowIfNull(query);
        ObjectDisposedException.ThrowIf(disposed, this);
        try
        {
            await using var command = dataSource.CreateCommand();
            var sql = new StringBuilder(select);
            EventFilterSql.AppendWhere(sql, command, PostgresDialect.Instance, query, withCursor, extraConditions, reading);
            sql.Append(groupAndOrder);
            if (paged)
            {
                EventFilterSql.AppendPaging(sql, command, PostgresDialect.Instance, query);
            }
            sql.Append(closing);
            command.CommandText = sql.ToString();
            return await ReadAllAsync(command, readRow, cancellationToken);
        }
        catch (NpgsqlException ex) when (Fault(ex) is { } fault)
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
            await using var command = dataSource.CreateCommand("SELECT id, date, ref, title, body, url, source, origin FROM articles WHERE id = @id");
            command.Parameters.AddWithValue("id", articleId);
            var articles = await ReadAllAsync(command, reader => new Article
            {
                Id = reader.GetString(0),
                Date = reader.IsDBNull(1) ? null : reader.GetFieldValue<DateOnly>(1),
                Ref = NullableString(reader, 2),
                Title = NullableString(reader, 3),
                Body = reader.GetString(4),
                Url = NullableString(reader, 5),
                Source = NullableString(reader, 6),
                Origin = reader.GetString(7),
            }, cancellationToken);
            return articles.Count > 0 ? articles[0] : null;
        }
        catch (NpgsqlException ex) when (Fault(ex) is { } fault)
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
        var split = SearchWords.Split(words);
        if (split.Count == 0)
        {
            return [];
        }
        try
        {
            // plainto_tsquery requires every word and reads none of them as an operator. The excerpt is made
            // for the page of hits only: ts_headline re-parses the whole text.
            await using var command = dataSource.CreateCommand("""
                WITH q AS (SELECT plainto_tsquery('parley_search', @words) AS q),
                hits AS (
                    SELECT a.id, a.title, a.date, a.body, ts_rank(a.search, q.q) AS rank
                    FROM articles a, q
                    WHERE a.search @@ q.q
                    ORDER BY rank DESC, a.id
                    LIMIT @limit)
                SELECT h.id, h.title, h.date,
                       ts_headline('parley_search', concat_ws(E'\n\n', h.title, h.body), q.q,
                                   'StartSel="[", StopSel="]", MaxWords=16, MinWords=8, ShortWord=0, MaxFragments=1, FragmentDelimiter="…"')
                FROM hits h, q
                ORDER BY h.rank DESC, h.id
                """);
            command.Parameters.AddWithValue("words", string.Join(' ', split));
            command.Parameters.AddWithValue("limit", limit);
            return await ReadAllAsync(command, reader => new ArticleSearchHit(
                reader.GetString(0),
                NullableString(reader, 1),
                reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2),
                reader.GetString(3)), cancellationToken);
        }
        catch (NpgsqlException ex) when (Fault(ex) is { } fault)
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
            await using var command = dataSource.CreateCommand("SELECT article_id, origin, stage, message, failed_at FROM failures ORDER BY failure_key");
            return await ReadAllAsync(command, reader => new RecordedFailure(
                NullableString(reader, 0),
                reader.GetString(1),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetFieldValue<DateTimeOffset>(4)), cancellationToken);
        }
        catch (NpgsqlException ex) when (Fault(ex) is { } fault)
        {
            throw fault;
        }
    }

    /// <summary>How many articles are stored (coded or failed).</summary>
    /// <exception cref="EventStoreException">The server cannot be reached.</exception>
    public async Task<long> CountArticlesAsync(CancellationToken cancellationToken = default)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        try
        {
            await using var command = dataSource.CreateCommand("SELECT count(*) FROM articles");
            return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        catch (NpgsqlException ex) when (Fault(ex) is { } fault)
        {
            throw fault;
        }
    }

    /// <summary>Closes the store's pooled connections.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!disposed)
        {
            disposed = true;
            await dataSource.DisposeAsync();
        }
    }

    private async Task<NpgsqlConnection> OpenConnectionCreatingDatabaseAsync(NpgsqlConnectionStringBuilder settings, CancellationToken cancellationToken)
    {
        try
        {
            return await dataSource.OpenConnectionAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidCatalogName && !string.IsNullOrEmpty(settings.Database))
        {
            // Like the SQLite store's new file: a database that is not there yet is made. Its owner is the user
            // connecting, who then may create the text search extension in it.
            var maintenance = new NpgsqlConnectionStringBuilder(settings.ConnectionString) { Database = "postgres", Pooling = false };
            await using (var connection = new NpgsqlConnection(maintenance.ConnectionString))
            {
                await connection.OpenAsync(cancellationToken);
                await using var create = new NpgsqlCommand($"CREATE DATABASE {QuoteIdentifier(settings.Database)}", connection);
                try
                {
                    await create.ExecuteNonQueryAsync(cancellationToken);
                }
                catch (PostgresException raced) when (raced.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
                {
                    // Another process created it first (the unique violation is what a creation at the same moment gives).
                }
                catch (PostgresException refused) when (refused.SqlState == PostgresErrorCodes.InsufficientPrivilege)
                {
                    // Said here: past this point the refusal reads as a missing right in a database that is there.
                    var user = string.IsNullOrEmpty(settings.Username) ? Environment.UserName : settings.Username;
                    throw new EventStoreException(Database,
                        $"The database {Database} does not exist, and the user {user} may not create it. Create it " +
                        $"(createdb -O {user} {settings.Database}), or give one that exists. (PostgreSQL: {refused.MessageText})", refused);
                }
            }
            return await dataSource.OpenConnectionAsync(cancellationToken);
        }
    }

    private static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static async Task<IReadOnlyList<T>> ReadAllAsync<T>(NpgsqlCommand command, Func<DbDataReader, T> readRow, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(readRow(reader));
        }
        return rows;
    }

    private static string? NullableString(DbDataReader reader, int i) => reader.IsDBNull(i) ? null : reader.GetString(i);

    private static void AddArray(NpgsqlBatchCommand command, string name, IEnumerable<string?> values) =>
        command.Parameters.Add(new NpgsqlParameter<string?[]>(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. values] });

    private static Task WriteValueAsync(NpgsqlBinaryImporter copy, object? value, NpgsqlDbType type, CancellationToken cancellationToken) => value switch
    {
        null => copy.WriteNullAsync(cancellationToken),
        string text => copy.WriteAsync(text, type, cancellationToken),
        int number => copy.WriteAsync(number, type, cancellationToken),
        double number => copy.WriteAsync(number, type, cancellationToken),
        _ => throw new InvalidOperationException($"No COPY conversion for {value.GetType().Name}."),
    };

    private static NpgsqlDbType ColumnType(string column) => column switch
    {
        "sentence_index" or "source_start" or "source_end" or "target_start" or "target_end" or "quad_class"
            or "trigger_start" or "trigger_end" or "attribution_start" or "attribution_end" => NpgsqlDbType.Integer,
        "goldstein" or "location_lat" or "location_lon" or "confidence" => NpgsqlDbType.Double,
        _ => NpgsqlDbType.Text,
    };

    /// <summary>
    /// The typed exception for errors about the server or the database rather than the statement (which the caller
    /// can only fix outside Parley); null for the rest, such as a value the database rejects, which propagate as they are.
    /// </summary>
    private EventStoreException? Fault(NpgsqlException ex)
    {
        string? reason;
        // Waiting may mend these: a server that is not there, starting up, shutting down or full. Not a refused login or
        // a missing database: a worker that waited for those would wait for ever.
        var transient = false;
        if (ex is PostgresException pg)
        {
            transient = pg.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow
                or PostgresErrorCodes.TooManyConnections
                || (pg.SqlState.StartsWith("08", StringComparison.Ordinal) && pg.SqlState != PostgresErrorCodes.ProtocolViolation);
            reason = pg.SqlState switch
            {
                PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification =>
                    $"The PostgreSQL server refused the login to {Database}. Check the user name and password (in the URI, or in ~/.pgpass).",
                PostgresErrorCodes.InvalidCatalogName =>
                    $"The database {Database} does not exist and could not be created. Create it, or give one that exists.",
                PostgresErrorCodes.InsufficientPrivilege =>
                    $"The user may not do what the event store needs in {Database}. Grant it the right to create tables there " +
                    "(and, on a new database, to create the unaccent extension), or give a database it owns.",
                PostgresErrorCodes.UndefinedFile or PostgresErrorCodes.FeatureNotSupported when pg.MessageText.Contains("unaccent", StringComparison.Ordinal) =>
                    $"The PostgreSQL server of {Database} lacks the unaccent extension that full-text search uses; install PostgreSQL's contrib modules (Debian: postgresql-contrib).",
                PostgresErrorCodes.DiskFull => $"The disk of the PostgreSQL server holding {Database} is full.",
                PostgresErrorCodes.OutOfMemory => $"The PostgreSQL server holding {Database} ran out of memory.",
                PostgresErrorCodes.TooManyConnections => $"The PostgreSQL server holding {Database} has too many connections; try again later or raise max_connections.",
                PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow =>
                    $"The PostgreSQL server holding {Database} is shutting down or starting up; try again when it is up.",
                PostgresErrorCodes.ReadOnlySqlTransaction => $"{Database} is read-only (a standby server?); give the primary.",
                var state when state.StartsWith("08", StringComparison.Ordinal) => $"The connection to {Database} failed.",
                _ => null,
            };
        }
        else
        {
            // Not an error the server sent: the connection could not be made or was lost, or timed out.
            transient = ex.InnerException is SocketException or TimeoutException or IOException or EndOfStreamException || ex.IsTransient;
            reason = transient
                ? $"Cannot reach the PostgreSQL server of {Database}; check that it is running and accepts connections."
                : null;
        }
        return reason is null ? null : new EventStoreException(Database, $"{reason} (PostgreSQL: {ex.Message})", ex) { IsTransient = transient };
    }

    /// <summary>
    /// A batch as rows to write: one outcome per article (a later one for the same article replaces an earlier, as
    /// storing them one after another would), articles in id order, one row per event id (the later wins).
    /// </summary>
    private sealed class BatchRows
    {
        public BatchRows(IReadOnlyList<ArticleOutcome> batch)
        {
            var lastPerArticle = new Dictionary<string, ArticleOutcome>(StringComparer.Ordinal);
            foreach (var outcome in batch)
            {
                lastPerArticle[outcome.Article.Id] = outcome;
            }
            var ordered = lastPerArticle.Values.OrderBy(o => o.Article.Id, StringComparer.Ordinal).ToList();
            Articles = [.. ordered.Select(o => o.Article)];
            Failures = [.. batch.Where(o => o.Failure is not null && ReferenceEquals(lastPerArticle[o.Article.Id], o))];
            var lastPerEvent = new Dictionary<string, EventRecord>(StringComparer.Ordinal);
            foreach (var outcome in batch.Where(o => ReferenceEquals(lastPerArticle[o.Article.Id], o)))
            {
                foreach (var record in outcome.Events)
                {
                    lastPerEvent[record.EventId] = record;
                }
            }
            Events = [.. lastPerEvent.Values];
        }

        public List<Article> Articles { get; }

        public List<ArticleOutcome> Failures { get; }

        public List<EventRecord> Events { get; }
    }
}

using Parley.Storage.Sqlite;

namespace Parley.Storage.Tests;

/// <summary>What is particular to the SQLite file: its schema, migrations, journal mode and the files it refuses.</summary>
public sealed class SqliteSchemaTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_new_file_gets_the_whole_schema_in_WAL_mode()
    {
        var path = folder.File("new.db");

        await using (await SqliteEventStore.OpenAsync(path))
        {
        }

        Assert.True(File.Exists(path));
        var objects = SqliteFile.Rows(path, "SELECT name FROM sqlite_master").Select(r => (string)r[0]!).ToHashSet();
        Assert.Superset(new HashSet<string> { "articles", "events", "failures", "articles_fts", "schema_migrations", "events_dyad" }, objects);
        Assert.Equal("wal", SqliteFile.Scalar(path, "PRAGMA journal_mode"));
        Assert.Equal(3L, SqliteFile.Scalar(path, "SELECT max(version) FROM schema_migrations"));
    }

    [Fact]
    public async Task The_events_table_has_a_column_for_every_field_of_the_event_record()
    {
        var path = folder.File("columns.db");
        await using (await SqliteEventStore.OpenAsync(path))
        {
        }

        var columns = SqliteFile.Rows(path, "SELECT name FROM pragma_table_info('events')").Select(r => (string)r[0]!).ToList();

        // OUTPUT.md flattened with '_'; listed here, not taken from the code, so the contract is checked against itself.
        string[] contract =
        [
            "schema", "event_id", "article_id", "article_date", "sentence_index", "sentence",
            "source_text", "source_start", "source_end", "source_code", "source_country", "source_sectors", "source_name", "source_basis",
            "target_text", "target_start", "target_end", "target_code", "target_country", "target_sectors", "target_name", "target_basis",
            "cameo", "cameo_root", "cameo_name", "quad_class", "goldstein", "plover_event", "plover_mode", "plover_context",
            "trigger_text", "trigger_start", "trigger_end", "modality",
            "attribution_text", "attribution_code", "attribution_start", "attribution_end",
            "event_date_value", "event_date_precision", "event_date_basis", "event_date_text",
            "location_text", "location_name", "location_country", "location_lat", "location_lon",
            "confidence", "rule",
        ];
        Assert.Empty(contract.Except(columns));
    }

    [Fact]
    public async Task Reopening_a_store_does_not_run_its_migrations_again()
    {
        var path = folder.File("reopen.db");
        await using (var store = await SqliteEventStore.OpenAsync(path))
        {
            await store.StoreAsync(SampleEvents.Corpus());
        }
        SqliteFile.Execute(path, "UPDATE schema_migrations SET applied_at = 'first open'");

        await using (var store = await SqliteEventStore.OpenAsync(path))
        {
            Assert.Equal(5, (await store.QueryEventsAsync(EventQuery.All)).Count);
        }

        var migrations = SqliteFile.Rows(path, "SELECT version, applied_at FROM schema_migrations ORDER BY version");
        Assert.Equal([[1L, "first open"], [2L, "first open"], [3L, "first open"]], migrations);
    }

    [Fact]
    public async Task A_store_of_schema_1_gets_the_query_indexes_of_schema_2_and_keeps_its_events()
    {
        var path = folder.File("schema1.db");
        await using (var store = await SqliteEventStore.OpenAsync(path))
        {
            await store.StoreAsync(SampleEvents.Corpus());
        }
        // Schema 1's indexes, as a store written before schema 2 has them.
        SqliteFile.Execute(path, """
            DROP INDEX events_order; DROP INDEX events_place; DROP INDEX events_dyad_class;
            DROP INDEX events_dyad; CREATE INDEX events_dyad ON events (source_country, target_country, quad_class);
            DROP INDEX events_target_country; CREATE INDEX events_target_country ON events (target_country);
            DROP INDEX events_event_date; CREATE INDEX events_event_date ON events (event_date_first, event_date_last);
            DROP INDEX events_article_date; CREATE INDEX events_article_date ON events (article_date);
            DELETE FROM schema_migrations WHERE version >= 2;
            ALTER TABLE events DROP COLUMN source_basis; ALTER TABLE events DROP COLUMN target_basis;
            """);

        await using (var store = await SqliteEventStore.OpenAsync(path))
        {
            Assert.Equal(5, (await store.QueryEventsAsync(new EventQuery { NewestFirst = true })).Count);
        }

        Assert.Equal(3L, SqliteFile.Scalar(path, "SELECT max(version) FROM schema_migrations"));
        var indexes = SqliteFile.Rows(path, "SELECT name FROM sqlite_master WHERE type = 'index'").Select(r => (string)r[0]!).ToHashSet();
        Assert.Superset(new HashSet<string> { "events_order", "events_place", "events_dyad", "events_dyad_class" }, indexes);
    }

    [Fact]
    public async Task A_database_from_a_newer_Parley_is_refused_with_the_file_named()
    {
        var path = folder.File("future.db");
        await using (await SqliteEventStore.OpenAsync(path))
        {
        }
        SqliteFile.Execute(path, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from_the_future', 'later')");

        var error = await Assert.ThrowsAsync<EventStoreException>(() => SqliteEventStore.OpenAsync(path));

        Assert.Equal(path, error.Database);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("newer Parley", error.Message, StringComparison.Ordinal);
        Assert.Contains("999", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("random bytes")]
    [InlineData("damaged header")]
    public async Task A_file_that_is_not_a_SQLite_database_is_refused_with_the_file_named_and_left_alone(string kind)
    {
        var path = folder.File("not-a-store.db");
        byte[] content;
        switch (kind)
        {
            case "text":
                content = "date 2025-07-22\nKremlin open to talks\nThis is a story, not a database.\n"u8.ToArray();
                break;
            case "random bytes":
                content = new byte[8192];
                new Random(7).NextBytes(content);
                break;
            default:
                await using (var store = await SqliteEventStore.OpenAsync(path))
                {
                    await store.StoreAsync(SampleEvents.Corpus());
                }
                content = await File.ReadAllBytesAsync(path);
                "Not SQLite at all"u8.CopyTo(content);
                break;
        }
        await File.WriteAllBytesAsync(path, content);

        var error = await Assert.ThrowsAsync<EventStoreException>(() => SqliteEventStore.OpenAsync(path));

        Assert.Equal(path, error.Database);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("not a SQLite database", error.Message, StringComparison.Ordinal);
        Assert.Equal(content, await File.ReadAllBytesAsync(path));
    }

    [Fact]
    public async Task A_store_with_damaged_pages_gives_a_typed_exception_naming_the_file()
    {
        var path = folder.File("damaged.db");
        await using (var store = await SqliteEventStore.OpenAsync(path))
        {
            await store.StoreAsync(SampleEvents.Corpus());
        }
        var content = await File.ReadAllBytesAsync(path);
        // Keep page 1 (header and schema), scribble over every other page.
        Array.Fill(content, (byte)0xA5, 4096, content.Length - 4096);
        await File.WriteAllBytesAsync(path, content);

        var error = await Assert.ThrowsAsync<EventStoreException>(async () =>
        {
            await using var store = await SqliteEventStore.OpenAsync(path);
            await store.QueryEventsAsync(EventQuery.All);
        });

        Assert.Equal(path, error.Database);
        Assert.Contains($"{path} is damaged", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_SQLite_database_of_another_program_is_refused()
    {
        var path = folder.File("other.db");
        SqliteFile.Execute(path, "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)");

        var error = await Assert.ThrowsAsync<EventStoreException>(() => SqliteEventStore.OpenAsync(path));

        Assert.Contains("not a Parley event store", error.Message, StringComparison.Ordinal);
        Assert.Equal(["invoices"], SqliteFile.Rows(path, "SELECT name FROM sqlite_master").Select(r => (string)r[0]!));
    }

    [Fact]
    public async Task A_store_in_a_missing_folder_is_refused_with_the_file_named()
    {
        var path = folder.File(Path.Combine("no-such-folder", "parley.db"));

        var error = await Assert.ThrowsAsync<EventStoreException>(() => SqliteEventStore.OpenAsync(path));

        Assert.Equal(path, error.Database);
        Assert.Contains("does not exist", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reader_is_not_kept_waiting_by_an_open_write_transaction()
    {
        var path = folder.File("wal.db");
        await using var store = await SqliteEventStore.OpenAsync(path);
        await store.StoreAsync(SampleEvents.Corpus());

        // Another process in the middle of a write: it holds the write lock and has uncommitted rows.
        using var writer = SqliteFile.Open(path);
        using var transaction = writer.BeginTransaction(deferred: false);
        using (var delete = writer.CreateCommand())
        {
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM events";
            delete.ExecuteNonQuery();
        }

        var read = store.QueryEventsAsync(EventQuery.All);
        var finished = await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(5)));

        Assert.Same(read, finished);
        Assert.Equal(5, (await read).Count);
        transaction.Rollback();
    }

    [Fact]
    public async Task Two_stores_on_one_file_take_turns_to_write()
    {
        var path = folder.File("shared.db");
        await using var first = await SqliteEventStore.OpenAsync(path);
        await using var second = await SqliteEventStore.OpenAsync(path);

        await Task.WhenAll(
            Task.Run(async () =>
            {
                for (var i = 0; i < 20; i++)
                {
                    await first.StoreAsync([SampleEvents.Counted($"first{i}", 3)]);
                }
            }),
            Task.Run(async () =>
            {
                for (var i = 0; i < 20; i++)
                {
                    await second.StoreAsync([SampleEvents.Counted($"second{i}", 2)]);
                }
            }));

        Assert.Equal(20 * 3 + 20 * 2, (await first.QueryEventsAsync(EventQuery.All)).Count);
    }
}

using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Parley.Storage.Sqlite;

/// <summary>SQLite's side of the shared event filters.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    /// <summary>
    /// The name of the SQL function (registered on every connection) that is true when its first argument contains
    /// its second, ignoring case: SQLite's own LIKE and lower() ignore the case of ASCII letters only.
    /// </summary>
    public const string ContainsFunction = "parley_contains";

    public static SqliteDialect Instance { get; } = new();

    public override object NoLimit => -1;

    public override string ByOrderIndex => "events INDEXED BY events_order";

    // Unary plus changes no value, but SQLite matches no index to it.
    public override string Unindexed(string expression) => "+" + expression;

    public override DbCommand NewCommand() => new SqliteCommand();

    public override IEnumerable<string> SentenceContains(DbCommand command, string text, IReadOnlyList<string> words, bool perEvent)
    {
        // The articles' full-text index says which articles hold every word; the sentence is then checked word by word.
        // As the set of those articles' ids, SQLite can go by it (a rare word finds its few events at once), but it must
        // gather the set first, reading every such article (most of the store for a common word). Event by event, each
        // event's article key is looked up in the set of the index's row ids, which the index gives without reading them.
        EventFilterSql.AddParameter(command, "@words", SqliteEventStore.FullTextMatch(text));
        yield return perEvent
            ? "(SELECT a.article_key FROM articles a WHERE a.id = events.article_id) IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @words)"
            : "article_id IN (SELECT a.id FROM articles_fts JOIN articles a ON a.article_key = articles_fts.rowid WHERE articles_fts MATCH @words)";
        for (var i = 0; i < words.Count; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"@word{i}");
            EventFilterSql.AddParameter(command, name, words[i]);
            yield return $"{ContainsFunction}(sentence, {name})";
        }
    }

    public override string PeriodStart(string column, TimeBucket bucket) => bucket switch
    {
        TimeBucket.Day => column,
        // The Monday on or before the day: the first Monday on or after six days earlier.
        TimeBucket.Week => $"date({column}, '-6 days', 'weekday 1')",
        TimeBucket.Month => $"substr({column}, 1, 7) || '-01'",
        _ => throw new ArgumentOutOfRangeException(nameof(bucket), bucket, "Unknown time bucket."),
    };
}

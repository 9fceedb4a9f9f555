using System.Data.Common;
using System.Globalization;

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

    public override IEnumerable<string> SentenceContains(DbCommand command, string text, IReadOnlyList<string> words)
    {
        // The articles' full-text index finds the few articles that hold every word; the sentence is then checked
        // word by word, so a million events are never scanned for a word.
        EventFilterSql.AddParameter(command, "@words", SqliteEventStore.FullTextMatch(text));
        yield return "article_id IN (SELECT a.id FROM articles_fts JOIN articles a ON a.article_key = articles_fts.rowid WHERE articles_fts MATCH @words)";
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

using System.Data.Common;
using System.Globalization;
using Npgsql;

namespace Parley.Storage.Postgres;

/// <summary>PostgreSQL's side of the shared event filters.</summary>
internal sealed class PostgresDialect : SqlDialect
{
    public static PostgresDialect Instance { get; } = new();

    public override object NoLimit => DBNull.Value;

    // PostgreSQL takes the order's index by itself for a stretch of the order with a limit.
    public override string ByOrderIndex => "events";

    public override string Unindexed(string expression) => $"({expression} || '')";

    public override DbCommand NewCommand() => new NpgsqlCommand();

    // PostgreSQL knows from its statistics how many articles hold a word, and plans each query the one way.
    public override IEnumerable<string> SentenceContains(DbCommand command, string text, IReadOnlyList<string> words, bool perEvent)
    {
        // As in SQLite: the articles' full-text index narrows to the articles that hold every word, then each
        // sentence is checked word by word (lower() follows the database's locale, as its full-text search does).
        EventFilterSql.AddParameter(command, "@words", string.Join(' ', words));
        yield return "article_id IN (SELECT id FROM articles WHERE search @@ plainto_tsquery('parley_search', @words))";
        for (var i = 0; i < words.Count; i++)
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"@word{i}");
            EventFilterSql.AddParameter(command, name, words[i]);
            yield return $"strpos(lower(sentence), lower({name})) > 0";
        }
    }

    public override string PeriodStart(string column, TimeBucket bucket) => bucket switch
    {
        TimeBucket.Day => column,
        // ISO weeks start on Monday, as date_trunc's do.
        TimeBucket.Week => $"to_char(date_trunc('week', {column}::date), 'YYYY-MM-DD')",
        TimeBucket.Month => $"substr({column}, 1, 7) || '-01'",
        _ => throw new ArgumentOutOfRangeException(nameof(bucket), bucket, "Unknown time bucket."),
    };
}

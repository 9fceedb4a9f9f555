using System.Data.Common;
using System.Text;

namespace Parley.Storage;

/// <summary>
/// Turns an <see cref="EventQuery"/> into a WHERE clause over <c>events</c> and its paging into LIMIT/OFFSET, with every
/// value as a parameter. The SQL is the same for every store (both SQLite and PostgreSQL take <c>@name</c> parameters,
/// row comparisons and coalesce); what differs is asked of a <see cref="SqlDialect"/>.
/// </summary>
internal static class EventFilterSql
{
    /// <summary>
    /// The order of <see cref="IEventStore.QueryEventsAsync"/>, as sort key columns. Undated articles sort as the empty
    /// string, first, so that a cursor can compare the key as one row value (NULL would compare as unknown).
    /// </summary>
    public const string OrderKey = "coalesce(article_date, ''), article_id, sentence_index, trigger_start, event_id";

    /// <summary>
    /// <c>ORDER BY</c> for <see cref="IEventStore.QueryEventsAsync"/>, written as <paramref name="reading"/> says (by
    /// default, for the order's index).
    /// </summary>
    public static string OrderBy(EventQuery query, SqlDialect dialect, PageReading? reading = null)
    {
        var first = FirstKey(dialect, reading ?? PageReading.Plain);
        return query.NewestFirst
            ? $" ORDER BY {first} DESC, article_id DESC, sentence_index DESC, trigger_start DESC, event_id DESC"
            : $" ORDER BY {first}, article_id, sentence_index, trigger_start, event_id";
    }

    /// <summary>The cursor at the sort key an <see cref="OrderKey"/> select list holds from column <paramref name="first"/> on.</summary>
    public static EventCursor ReadKey(DbDataReader reader, int first) => new(
        reader.GetString(first) is { Length: > 0 } date ? date : null,
        reader.GetString(first + 1),
        reader.GetInt32(first + 2),
        reader.GetInt32(first + 3),
        reader.GetString(first + 4));

    /// <summary>
    /// Appends <c>WHERE …</c> (or nothing when no condition holds) and adds the parameters to <paramref name="command"/>:
    /// the query's filters, its cursor when <paramref name="withCursor"/>, and any <paramref name="extra"/> conditions,
    /// written as <paramref name="reading"/> says (by default, for the database to plan alone).
    /// </summary>
    public static void AppendWhere(StringBuilder sql, DbCommand command, SqlDialect dialect, EventQuery query, bool withCursor, string[] extra,
        PageReading? reading = null)
    {
        reading ??= PageReading.Plain;
        var conditions = new List<string>();

        void Bound(string name, EventCursor at, string comparison)
        {
            if (reading.ByOrderIndex)
            {
                // SQLite starts an index scan at a row comparison only when the key's first column is a plain column, and
                // it is an expression here; on the date alone it does, and the row comparison then settles the ties.
                conditions.Add($"coalesce(article_date, '') {comparison[0]}= @{name}_date");
            }
            conditions.Add($"({FirstKey(dialect, reading)}, article_id, sentence_index, trigger_start, event_id) {comparison} (@{name}_date, @{name}_article, @{name}_sentence, @{name}_trigger, @{name}_event)");
            AddParameter(command, $"@{name}_date", at.ArticleDate ?? "");
            AddParameter(command, $"@{name}_article", at.ArticleId);
            AddParameter(command, $"@{name}_sentence", at.SentenceIndex);
            AddParameter(command, $"@{name}_trigger", at.TriggerStart);
            AddParameter(command, $"@{name}_event", at.EventId);
        }

        void Add(string condition, string parameter, object value)
        {
            conditions.Add(condition);
            AddParameter(command, parameter, value);
        }

        if (query.ArticleId is not null)
        {
            Add("article_id = @article_id", "@article_id", query.ArticleId);
        }
        var (firstColumn, lastColumn) = DateColumns(query.DateField);
        if (query.From is { } from)
        {
            Add($"{firstColumn} >= @from", "@from", EventDatePeriod.Format(from));
        }
        if (query.To is { } to)
        {
            Add($"{lastColumn} <= @to", "@to", EventDatePeriod.Format(to));
        }
        if (query.SourceCountry is not null)
        {
            Add("source_country = @source_country", "@source_country", query.SourceCountry);
        }
        if (query.SourceCode is not null)
        {
            Add("source_code = @source_code", "@source_code", query.SourceCode);
        }
        if (query.TargetCountry is not null)
        {
            Add("target_country = @target_country", "@target_country", query.TargetCountry);
        }
        if (query.TargetCode is not null)
        {
            Add("target_code = @target_code", "@target_code", query.TargetCode);
        }
        if (query.Country is not null)
        {
            Add("(source_country = @country OR target_country = @country)", "@country", query.Country);
        }
        if (query.CameoRoot is not null)
        {
            Add("cameo_root = @cameo_root", "@cameo_root", query.CameoRoot);
        }
        if (query.Cameo is not null)
        {
            Add("cameo = @cameo", "@cameo", query.Cameo);
        }
        if (query.PloverEvent is not null)
        {
            Add("plover_event = @plover_event", "@plover_event", query.PloverEvent);
        }
        if (query.QuadClass is { } quadClass)
        {
            Add("quad_class = @quad_class", "@quad_class", quadClass);
        }
        if (query.Modality is { } modality)
        {
            Add("modality = @modality", "@modality", EventColumns.StoredModality(modality));
        }
        if (query.MinConfidence is { } minConfidence)
        {
            Add("confidence >= @min_confidence", "@min_confidence", minConfidence);
        }
        if (query.Words is not null && SearchWords.Split(query.Words) is { Count: > 0 } words)
        {
            conditions.AddRange(dialect.SentenceContains(command, query.Words, words, reading.WordsPerEvent));
        }
        if (withCursor && query.After is { } after)
        {
            Bound("after", after, query.NewestFirst ? "<" : ">");
        }
        if (reading.Through is { } through)
        {
            Bound("through", through, query.NewestFirst ? ">=" : "<=");
        }
        conditions.AddRange(extra);
        if (conditions.Count > 0)
        {
            sql.Append(" WHERE ").AppendJoin(" AND ", conditions);
        }
    }

    private static string FirstKey(SqlDialect dialect, PageReading reading) =>
        reading.ByOrderIndex ? "coalesce(article_date, '')" : dialect.Unindexed("coalesce(article_date, '')");

    /// <summary>The columns holding the first and last day of the date <paramref name="field"/> names.</summary>
    public static (string First, string Last) DateColumns(DateField field) => field switch
    {
        DateField.EventDate => ("event_date_first", "event_date_last"),
        DateField.ArticleDate => ("article_date", "article_date"),
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Unknown date field."),
    };

    /// <summary>
    /// Sums a subquery's counts <c>n</c> per <c>quad_class</c> into the columns of <see cref="DyadTotal"/>, the last named
    /// <c>total</c>; cast, as PostgreSQL sums big integers as numeric.
    /// </summary>
    public const string QuadClassTotals =
        "CAST(sum(CASE WHEN quad_class = 1 THEN n ELSE 0 END) AS bigint), CAST(sum(CASE WHEN quad_class = 2 THEN n ELSE 0 END) AS bigint), " +
        "CAST(sum(CASE WHEN quad_class = 3 THEN n ELSE 0 END) AS bigint), CAST(sum(CASE WHEN quad_class = 4 THEN n ELSE 0 END) AS bigint), " +
        "CAST(sum(n) AS bigint) AS total";

    /// <summary>Appends <c>LIMIT … OFFSET …</c>.</summary>
    public static void AppendPaging(StringBuilder sql, DbCommand command, SqlDialect dialect, EventQuery query)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(query.Limit ?? 0, nameof(query));
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset, nameof(query));
        sql.Append(" LIMIT @limit OFFSET @offset");
        AddParameter(command, "@limit", query.Limit is { } limit ? limit : dialect.NoLimit);
        AddParameter(command, "@offset", query.Offset);
    }

    /// <summary>Adds a parameter to any ADO.NET command (<c>AddWithValue</c> is not on the common base).</summary>
    public static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}

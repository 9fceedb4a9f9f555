using System.Data.Common;
using System.Text;

namespace Parley.Storage;

/// <summary>
/// Turns an <see cref="EventQuery"/> into a WHERE clause over <c>events</c> and its paging into LIMIT/OFFSET, with every
/// value as a parameter. The SQL is the same for every store (both SQLite and PostgreSQL take <c>@name</c> parameters).
/// </summary>
internal static class EventFilterSql
{
    /// <summary>Appends <c>WHERE …</c> (or nothing when no filter is set) and adds the parameters to <paramref name="command"/>.</summary>
    public static void AppendWhere(StringBuilder sql, DbCommand command, EventQuery query)
    {
        var conditions = new List<string>();

        void Add(string condition, string parameter, object value)
        {
            conditions.Add(condition);
            AddParameter(command, parameter, value);
        }

        if (query.ArticleId is not null)
        {
            Add("article_id = @article_id", "@article_id", query.ArticleId);
        }
        var (firstColumn, lastColumn) = query.DateField switch
        {
            DateField.EventDate => ("event_date_first", "event_date_last"),
            DateField.ArticleDate => ("article_date", "article_date"),
            _ => throw new ArgumentOutOfRangeException(nameof(query), query.DateField, "Unknown date field."),
        };
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
        if (query.CameoRoot is not null)
        {
            Add("cameo_root = @cameo_root", "@cameo_root", query.CameoRoot);
        }
        if (query.QuadClass is { } quadClass)
        {
            Add("quad_class = @quad_class", "@quad_class", quadClass);
        }
        if (query.Modality is { } modality)
        {
            Add("modality = @modality", "@modality", EventColumns.StoredModality(modality));
        }
        if (conditions.Count > 0)
        {
            sql.Append(" WHERE ").AppendJoin(" AND ", conditions);
        }
    }

    /// <summary>Appends <c>LIMIT … OFFSET …</c>; <paramref name="noLimit"/> is how the database spells "no limit" (SQLite -1, PostgreSQL NULL).</summary>
    public static void AppendPaging(StringBuilder sql, DbCommand command, EventQuery query, object noLimit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(query.Limit ?? 0, nameof(query));
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset, nameof(query));
        sql.Append(" LIMIT @limit OFFSET @offset");
        AddParameter(command, "@limit", query.Limit is { } limit ? limit : noLimit);
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

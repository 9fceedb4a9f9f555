using System.Data.Common;

namespace Parley.Storage;

/// <summary>How a store runs a query over events with the shared filters (<see cref="EventFilterSql"/>).</summary>
internal interface IFilteredEventQueries
{
    /// <summary>
    /// Runs <paramref name="select"/>, then <c>WHERE</c> with the query's filters and cursor written as
    /// <paramref name="reading"/> says, <paramref name="groupAndOrder"/>, the query's limit and offset, and
    /// <paramref name="closing"/>; one result per row.
    /// </summary>
    Task<IReadOnlyList<T>> QueryAsync<T>(EventQuery query, string select, string groupAndOrder, PageReading reading, string closing,
        Func<DbDataReader, T> readRow, CancellationToken cancellationToken);
}

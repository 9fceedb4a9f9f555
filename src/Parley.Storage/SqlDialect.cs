using System.Data.Common;

namespace Parley.Storage;

/// <summary>What differs between the stores' SQL in the filters that <see cref="EventFilterSql"/> writes for both.</summary>
internal abstract class SqlDialect
{
    /// <summary>The LIMIT value that means "no limit".</summary>
    public abstract object NoLimit { get; }

    /// <summary>
    /// The condition that an event's sentence contains every one of <paramref name="words"/> (<see cref="SearchWords"/>
    /// of <paramref name="text"/>, at least one), ignoring case; it adds its parameters to <paramref name="command"/>.
    /// <paramref name="perEvent"/> asks for it written to be checked event by event (see <see cref="PageReading"/>).
    /// </summary>
    public abstract IEnumerable<string> SentenceContains(DbCommand command, string text, IReadOnlyList<string> words, bool perEvent);

    /// <summary>The events read by the order's index (<see cref="EventFilterSql.OrderKey"/>), for a FROM clause.</summary>
    public abstract string ByOrderIndex { get; }

    /// <summary><paramref name="expression"/>, its value unchanged, written so that the database matches no index to it.</summary>
    public abstract string Unindexed(string expression);

    /// <summary>A command of this database's kind, to write SQL and parameters into without running it.</summary>
    public abstract DbCommand NewCommand();

    /// <summary>The SQL that turns the <c>yyyy-MM-dd</c> day in <paramref name="column"/> into the first day of its period, as <c>yyyy-MM-dd</c>.</summary>
    public abstract string PeriodStart(string column, TimeBucket bucket);
}

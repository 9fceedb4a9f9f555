namespace Parley.Storage;

/// <summary>The length of the periods <see cref="IEventStore.CountByPeriodAsync"/> counts events in.</summary>
public enum TimeBucket
{
    /// <summary>One calendar day.</summary>
    Day,

    /// <summary>An ISO week, Monday to Sunday, named by its Monday.</summary>
    Week,

    /// <summary>A calendar month, named by its first day.</summary>
    Month,
}

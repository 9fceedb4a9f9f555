namespace Parley.Knowledge.Actors;

/// <summary>
/// The actors of a compiled PETRARCH/Phoenix dictionary (imported-actors.tsv) before they join the catalogue: named
/// people with dated roles, organisations and groups, and more names of the team's countries.
/// </summary>
internal sealed record ImportedActors(
    IReadOnlyList<Person> People,
    IReadOnlyList<Organization> Bodies,
    IReadOnlyList<(Country Country, IReadOnlyList<string> Names, EntryOrigin Origin)> CountryNames);

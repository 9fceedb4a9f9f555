namespace Parley.Knowledge.Actors;

/// <summary>
/// The actors of a compiled PETRARCH/Phoenix dictionary (imported-actors.tsv) before they join the catalogue: named
/// people with dated roles, organisations and groups, and more names of the team's countries.
/// </summary>
internal sealed record ImportedActors(
    IReadOnlyList<Person> People,
    IReadOnlyList<Organization> Bodies,
    IReadOnlyList<(Country Country, IReadOnlyList<string> Names, EntryOrigin Origin)> CountryNames)
{
    /// <summary>How many names the entries have in all, for the catalogue to make room for them at once.</summary>
    public int NameCount
    {
        get
        {
            int count = 0;
            foreach (var person in People)
            {
                count += 1 + person.Aliases.Count;
            }
            foreach (var body in Bodies)
            {
                count += 1 + body.Aliases.Count;
            }
            foreach (var (_, names, _) in CountryNames)
            {
                count += names.Count;
            }
            return count;
        }
    }
}

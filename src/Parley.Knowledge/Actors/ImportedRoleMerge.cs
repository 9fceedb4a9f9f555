namespace Parley.Knowledge.Actors;

/// <summary>
/// Joins the dated roles of an imported (PETRARCH/Phoenix) entry to the team's entry for the same person. The team's
/// roles win on every day one of them holds; an imported role answers only on the days none does, so the team's
/// entry written for 2015–2026 no longer hides what the imported one knows of the 1990s.
/// </summary>
internal static class ImportedRoleMerge
{
    /// <summary>
    /// The team's roles, in their order, followed by the parts of the imported roles that fall on days no team role
    /// covers, each marked with the imported entry it came from (several imported entries may name the person). A part after the end of the team's last role is
    /// kept only when the imported role began on or after that end: a role the team saw end ("Former …" is implied
    /// from then) is not continued by an imported role that was still open when the source stopped (about 2015).
    /// For the same reason an open imported role (no end, or no dates at all) answers only before the team's first
    /// role, never in a gap between the team's roles.
    /// </summary>
    public static IReadOnlyList<ActorRole> Merge(IReadOnlyList<ActorRole> team, IEnumerable<(ActorRole Role, EntryOrigin? Entry)> imported)
    {
        var covered = Union(team);
        // The span of the team's knowledge of this person: null on a side a team role leaves open.
        DateOnly? teamStart = team.Count == 0 || team.Any(r => r.From is null) ? null : team.Min(r => r.From);
        DateOnly? teamEnd = team.Count == 0 || team.Any(r => r.To is null) ? null : team.Max(r => r.To);
        var merged = new List<ActorRole>(team);
        foreach (var (role, entry) in imported)
        {
            // A role that begins after everything the team wrote is a fact the team did not know.
            bool afterTeam = teamEnd is { } last && role.From is { } begins && begins >= last;
            foreach (var (from, to) in Uncovered(role.From, role.To, covered))
            {
                // An open role was still held when the source stopped (about 2015), not necessarily later: it fills
                // no gap between the team's roles ("AUSGOV 2010.." is not Penny Wong in opposition, 2013–2022), only
                // the time before the team's first role.
                bool beforeTeam = teamStart is { } first && to is { } ends && ends <= first;
                bool keep = afterTeam || beforeTeam || (role.To is not null && (teamEnd is not { } end || from is not { } f || f < end));
                if (keep)
                {
                    merged.Add(role with { From = from, To = to, ImportedFrom = entry });
                }
            }
        }
        return merged;
    }

    /// <summary>The days the roles cover, as sorted, disjoint [from, to) spans (null: unbounded on that side).</summary>
    private static List<(DateOnly? From, DateOnly? To)> Union(IReadOnlyList<ActorRole> roles)
    {
        var spans = roles.Select(r => (r.From, r.To)).OrderBy(s => s.From ?? DateOnly.MinValue).ToList();
        var union = new List<(DateOnly? From, DateOnly? To)>();
        foreach (var span in spans)
        {
            if (union.Count > 0 && (union[^1].To is null || (span.From ?? DateOnly.MinValue) <= union[^1].To))
            {
                var last = union[^1];
                union[^1] = (last.From, last.To is null || span.To is null ? null : (span.To > last.To ? span.To : last.To));
            }
            else
            {
                union.Add(span);
            }
        }
        return union;
    }

    /// <summary>The parts of [from, to) that none of the sorted, disjoint <paramref name="covered"/> spans holds.</summary>
    private static IEnumerable<(DateOnly? From, DateOnly? To)> Uncovered(DateOnly? from, DateOnly? to, List<(DateOnly? From, DateOnly? To)> covered)
    {
        DateOnly? cursor = from;
        foreach (var span in covered)
        {
            // Spans entirely before the cursor do not cut it.
            if (span.To is { } spanTo && cursor is { } c && spanTo <= c)
            {
                continue;
            }
            // The span starts at or after the role's end: nothing more of the role is covered.
            if (to is { } end && span.From is { } spanStart && spanStart >= end)
            {
                break;
            }
            if (span.From is { } s && (cursor is null || s > cursor))
            {
                yield return (cursor, s);
            }
            if (span.To is null)
            {
                yield break;
            }
            cursor = cursor is { } cur && cur > span.To ? cur : span.To;
            if (to is { } e && cursor >= e)
            {
                yield break;
            }
        }
        yield return (cursor, to);
    }
}

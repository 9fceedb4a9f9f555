using Parley.Coding.Actors;
using Parley.Knowledge;
using Parley.Knowledge.Places;
using Parley.Text;

namespace Parley.Coding.Events;

/// <summary>
/// Finds where an event happens according to its own clause: a place introduced by "in" or "at" on the trigger, on
/// the verb that governs an event noun ("the meeting took place in …"), or one step further through "during" or
/// "at" ("during the 2018 summit in Helsinki"). "Helsinki, Finland" is read as a city of that country.
/// </summary>
internal sealed class LocationResolver(KnowledgeBase knowledge)
{
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase) { "in", "at", "inside", "near", "outside" };
    private static readonly HashSet<string> EventPrepositions = new(StringComparer.OrdinalIgnoreCase) { "during", "at", "on", "on the sidelines of", "after", "before" };

    public EventLocation? For(DependencyTree tree, int trigger, bool isNoun)
    {
        if (Search(tree, trigger) is { } own)
        {
            return own;
        }
        // "met Shoigu in Pyongyang": the parser often hangs the place on the object; a place is not a modifier a
        // person needs, so it tells where the meeting was.
        int obj = tree.Child(trigger, "obj");
        if (!isNoun && obj >= 0 && tree.Upos(obj) == "PROPN" && Search(tree, obj) is { } atObject)
        {
            return atObject;
        }
        int governor = tree.Head(trigger);
        if (isNoun && governor >= 0 && (tree.Is(trigger, "nsubj") || tree.Is(trigger, "obj") || tree.Is(trigger, "nsubj:pass")))
        {
            return Search(tree, governor);
        }
        // A place hung on the head of the trigger's own clause ("signed the deal … in Doha" with the verb in a
        // coordinated or participial clause attached lower).
        int clause = tree.ClauseOf(trigger);
        return clause != trigger ? Search(tree, clause) : null;
    }

    /// <summary>The location of an event that happens where an actor is (a visit, at its host).</summary>
    public EventLocation? AtActor(ActorMention actor)
    {
        if (actor.Country is null || knowledge.Countries.Get(actor.Country) is not { } country)
        {
            return null;
        }
        var point = country.CapitalLocation ?? country.Centroid;
        return new EventLocation(actor.Text, country.Name, country.Id, point?.Latitude, point?.Longitude);
    }

    private EventLocation? Search(DependencyTree tree, int i)
    {
        foreach (int c in tree.Children(i))
        {
            if (!(tree.Is(c, "obl") || tree.Is(c, "nmod") || tree.Is(c, "advmod")))
            {
                continue;
            }
            string? preposition = tree.CaseOf(c);
            if (preposition is null)
            {
                continue;
            }
            if (PlacePrepositions.Contains(preposition) && Place(tree, c) is { } place)
            {
                return place;
            }
            if (EventPrepositions.Contains(preposition) && Within(tree, c) is { } nested)
            {
                return nested;
            }
        }
        return null;
    }

    /// <summary>A place introduced by "in" or "at" anywhere in the phrase of <paramref name="head"/> ("during the summit in Helsinki").</summary>
    private EventLocation? Within(DependencyTree tree, int head)
    {
        var (start, end) = tree.Extent(head);
        for (int k = start; k < end; k++)
        {
            if (k != head && tree.CaseOf(k) is { } preposition && PlacePrepositions.Contains(preposition) && Place(tree, k) is { } place)
            {
                return place;
            }
        }
        return null;
    }

    /// <summary>The gazetteer place that phrase <paramref name="head"/> names, with a country named beside it ("Helsinki, Finland") deciding between places of one name.</summary>
    private EventLocation? Place(DependencyTree tree, int head)
    {
        var (start, end) = tree.Extent(head);
        var words = new List<string>(end - start);
        for (int i = start; i < end; i++)
        {
            words.Add(tree.Word(i));
        }
        for (int k = 0; k < words.Count; k++)
        {
            if (!char.IsUpper(words[k], 0))
            {
                continue;
            }
            var match = knowledge.Gazetteer.LongestMatch(words, k);
            if (match is null)
            {
                continue;
            }
            var candidates = match.Entries;
            // A country named right after ("Helsinki, Finland") picks among places of one name.
            string? country = CountryAfter(words, match.End);
            var place = (country is null ? null : candidates.FirstOrDefault(p => p.Country == country)) ?? candidates[0];
            var doc = tree.Doc;
            int first = start + match.Start;
            int last = start + match.End - 1;
            return new EventLocation(doc.Text[doc.Starts[first]..doc.Ends[last]], place.Name, place.Country, place.Location.Latitude, place.Location.Longitude);
        }
        return null;
    }

    private string? CountryAfter(List<string> words, int k)
    {
        if (k < words.Count && words[k] == ",")
        {
            k++;
        }
        if (k >= words.Count)
        {
            return null;
        }
        var match = knowledge.Gazetteer.LongestMatch(words, k);
        return match?.Entries.FirstOrDefault(p => p.Kind == PlaceKind.Country)?.Country;
    }
}

using Parley.Coding.Events;
using Parley.Coding.Time;
using Parley.Knowledge;
using Parley.Knowledge.Actors;
using Parley.Text;

namespace Parley.Coding.Actors;

/// <summary>
/// Finds the actors a story names and resolves them to codes valid on the article date. A mention is a run of
/// catalogue names, agent nouns and entity spans ("U.S. President Donald Trump", "Kremlin spokesman Dmitry
/// Peskov", "Chinese authorities"); a named person in it decides the code, else an organisation, else a country
/// (or seat of power) with the sectors of its agent nouns. Then, over the whole story: bare surnames and titles
/// ("Odinga", "the president") take the code of the person named earlier, pronouns that of the nearest earlier
/// actor of their kind, and agent nouns with no country ("police") the story's main country.
/// </summary>
/// <remarks>Stateless apart from the knowledge it reads; thread-safe.</remarks>
internal sealed class ActorLinker(KnowledgeBase knowledge)
{
    private static readonly HashSet<string> PersonPronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "him", "her", "his", "hers" };
    private static readonly HashSet<string> BodyPronouns = new(StringComparer.OrdinalIgnoreCase) { "it", "its", "they", "them", "their" };

    /// <summary>How many sentences back a pronoun looks for its antecedent.</summary>
    private const int PronounReach = 2;

    public ArticleActors Link(DependencyTree tree, DateOnly? date) => Link(tree, date, null);

    /// <param name="defaultCountry">The country a story is known to be about; agent nouns with no country of their own fall back to it before the story's main country.</param>
    public ArticleActors Link(DependencyTree tree, DateOnly? date, string? defaultCountry)
    {
        var doc = tree.Doc;
        var mentions = new List<ActorMention>();
        var words = new List<string>();
        var sentences = doc.Sentences.ToList();
        var entities = EntitiesBySentence(tree, sentences);
        for (int s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            words.Clear();
            for (int i = sentence.Start; i < sentence.End; i++)
            {
                words.Add(tree.Word(i));
            }
            FindMentions(tree, sentence.Start, words, date, entities[s], mentions);
        }
        return Resolve(tree, mentions, defaultCountry);
    }

    /// <summary>
    /// The entity spans that lie wholly inside each sentence, in the document's order: bucketed in one pass, so that
    /// a story of many sentences is not rescanned per sentence (cost linear in the story).
    /// </summary>
    private static List<EntitySpan>[] EntitiesBySentence(DependencyTree tree, List<TokenSpan> sentences)
    {
        var buckets = new List<EntitySpan>[sentences.Count];
        var starts = new int[sentences.Count];
        for (int s = 0; s < buckets.Length; s++)
        {
            buckets[s] = [];
            starts[s] = sentences[s].Start;
        }
        foreach (var found in tree.Doc.Entities)
        {
            if (BeforeFiniteVerb(tree, found) is not { } entity)
            {
                continue;
            }
            int s = Array.BinarySearch(starts, entity.Start);
            s = s >= 0 ? s : ~s - 1;
            if (s >= 0 && entity.End <= sentences[s].End)
            {
                buckets[s].Add(entity);
            }
        }
        return buckets;
    }

    /// <summary>
    /// The part of an entity before its first finite verb, or null when it begins with one: in a headline every word is
    /// capitalised and the recognizer runs names on into the verb ("Austria Imposes Sanctions" as one organisation),
    /// while a name never holds a verb of its sentence.
    /// </summary>
    private static EntitySpan? BeforeFiniteVerb(DependencyTree tree, EntitySpan entity)
    {
        for (int k = entity.Start; k < entity.End; k++)
        {
            if (tree.Xpos(k) is "VBZ" or "VBP" or "VBD" or "MD")
            {
                return k > entity.Start ? entity with { End = k } : null;
            }
        }
        return entity;
    }

    private enum Part { None, Person, Organization, Seat, Country, Agent, Name, Backer }

    /// <param name="Implied">Sectors the component implies by itself: a people ("Algerians" → CVL, "ethnic Albanians" → ETH), the agent noun heading an unknown body ("Ministry of Mines" → GOV).</param>
    private readonly record struct Component(int Start, int End, Part Part, Actor? Actor, AgentNoun? Agent, string? Label, IReadOnlyList<string>? Implied = null, string? Reason = null);

    /// <summary>Words after a name that make it the backer of the actor, not the actor: "Iranian-backed", "U.S.-supported".</summary>
    private static readonly HashSet<string> BackingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "backed", "supported", "sponsored", "funded", "financed", "armed", "allied", "aligned", "linked", "affiliated", "inspired", "trained",
    };

    /// <summary>Words before a title or name that make the actor a former office-holder ("former defence minister").</summary>
    private static readonly HashSet<string> FormerWords = new(StringComparer.OrdinalIgnoreCase) { "former", "ex", "ex-", "retired", "onetime", "erstwhile" };

    /// <summary>Words after a description that place the people it names: "ethnic Albanians in south Serbia", "refugees from Syria".</summary>
    private static readonly HashSet<string> PlaceWords = new(StringComparer.OrdinalIgnoreCase) { "in", "inside", "across", "throughout", "from" };

    /// <summary>
    /// Participles that may come between a description and the place that places it ("fighters based in Syria").
    /// Not "stationed" or "deployed": troops stationed in Germany are most often another country's.
    /// </summary>
    private static readonly HashSet<string> PlacingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "based", "present", "operating", "hiding", "active", "living", "sheltering",
    };

    private void FindMentions(DependencyTree tree, int offset, List<string> words, DateOnly? date, List<EntitySpan> entities, List<ActorMention> into)
    {
        var components = new List<Component>();
        for (int i = 0; i < words.Count;)
        {
            var component = ComponentAt(tree, offset, words, i, entities, date);
            if (component.Part == Part.None)
            {
                i++;
                continue;
            }
            components.Add(component);
            i = component.End - offset;
        }
        // Group components into mentions: neighbours join, across at most one possessive or adjective; two
        // countries in a row ("U.S.-Russia"), two people, or two bodies stay apart.
        int c = 0;
        while (c < components.Count)
        {
            int first = c;
            while (c + 1 < components.Count && Joins(tree, components[c], components[c + 1]) && !Clash(tree, components, first, c + 1))
            {
                c++;
            }
            if (Build(tree, components, first, c, date, PlaceAfter(tree, offset, words, components, c)) is { } mention)
            {
                into.Add(mention);
            }
            c++;
        }
    }

    /// <summary>Nouns for a part of a place, named after them with "of": "in the north of Kosovo", "on the outskirts of Kabul".</summary>
    private static readonly HashSet<string> PartsOfPlaces = new(StringComparer.OrdinalIgnoreCase)
    {
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "centre", "center", "part", "parts",
        "area", "areas", "outskirts", "suburbs", "border", "borders",
    };

    /// <summary>
    /// The country of a place named right after component <paramref name="last"/> ("… in south Serbia", "… from
    /// Syria", "… in Sydney"), or null: where a people, a backed group or a bare agent noun is, which decides its
    /// country. The place is a country or capital of the catalogue, or a city of the gazetteer.
    /// </summary>
    private Actor? PlaceAfter(DependencyTree tree, int offset, List<string> words, List<Component> components, int last)
    {
        int from = components[last].End;
        int end = offset + words.Count;
        if (from + 2 < end && PlacingWords.Contains(tree.Word(from)))
        {
            // "militants based in Afghanistan", "militants present on Afghan soil".
            from++;
        }
        bool onSoil = from + 1 < end && tree.Word(from).Equals("on", StringComparison.OrdinalIgnoreCase);
        if (from + 1 >= end || !(PlaceWords.Contains(tree.Word(from)) || onSoil))
        {
            return null;
        }
        int next = last + 1 < components.Count ? components[last + 1].Start : end;
        int reach = from + 3;
        for (int k = from + 1; k <= reach && k < end; k++)
        {
            if (k < next - 1 && (IsPlaceNoun(tree.Word(k)) || PartsOfPlaces.Contains(tree.Word(k))) && tree.Word(k + 1).Equals("of", StringComparison.OrdinalIgnoreCase))
            {
                // "in the Drenica region of Kosovo", "in the north of Kosovo": the place is the one after "of".
                k++;
                reach = k + 3;
                continue;
            }
            if (k == next)
            {
                if (components[last + 1].Part is not (Part.Country or Part.Seat))
                {
                    return null;
                }
                // "on" places them only on a country's ground ("on Afghan soil", "on Russian territory"), not on whom
                // they act ("attacks by militants on Pakistani soldiers").
                int after = components[last + 1].End;
                if (onSoil && (after >= end || tree.Lemma(after) is not ("soil" or "territory")))
                {
                    return null;
                }
                // A capital or seat of power places them in its country: "the government in Islamabad".
                var place = components[last + 1].Actor;
                return place is { Kind: ActorKind.SeatOfPower } && place.RoleOn(null)?.Country is { } seatCountry ? knowledge.Countries.Get(seatCountry) : place;
            }
            if (tree.Upos(k) == "PROPN" && char.IsUpper(words[k - offset], 0)
                && knowledge.Gazetteer.LongestMatch(words, k - offset) is { } city && offset + city.End <= next
                && city.Entries[0].Country is { } cityCountry)
            {
                return knowledge.Countries.Get(cityCountry);
            }
            if (tree.Word(k) is "-" && k > from + 1 && k + 1 < end && tree.Upos(k - 1) == "PROPN" && tree.Upos(k + 1) == "PROPN")
            {
                // "in Nagorno-Karabakh", written as three tokens: the name goes on after the hyphen.
                continue;
            }
            if (tree.Upos(k) is not ("ADJ" or "DET" or "NOUN" or "PROPN") || char.IsUpper(tree.Word(k), 0) && tree.Upos(k) == "NOUN")
            {
                return null;
            }
        }
        return null;
    }

    private Component ComponentAt(DependencyTree tree, int offset, List<string> words, int i, List<EntitySpan> entities, DateOnly? date)
    {
        int token = offset + i;
        if (IsDateMonth(tree, token))
        {
            // "Thursday, May 7, 2015": a month, not Theresa May.
            return default;
        }
        if (BackerAt(tree, offset, words, i) is { } backer)
        {
            return backer;
        }
        if (OwnerAt(offset, words, i) is { } owner)
        {
            return owner;
        }
        var best = default(Component);
        int bestLength = 0;
        // Names are keyed without a leading "the", so a match at "the" would swallow the article and, for an agent
        // noun, the capitalised word after it: "the State Department" read as the agent noun "state". The article
        // joins the mention when it is built; the names are matched from the word after it.
        bool article = tree.Lemma(token) == "the";
        if (!article && (char.IsUpper(words[i], 0) || words[i].StartsWith("U.", StringComparison.Ordinal) || StartsWithArabicArticle(words, i)))
        {
            var actor = knowledge.Actors.LongestMatch(words, i);
            if (actor is not null && actor.Length > bestLength)
            {
                var entry = Prefer(actor.Entries, date);
                best = new Component(token, offset + actor.End, PartOf(entry), entry, null, null);
                bestLength = actor.Length;
            }
            if ((actor is null || (actor.Length == 1 && best.Actor is Person matchedPerson && !InOfficeOn(matchedPerson, date)))
                && OfficeHolderSurnameAt(tree, offset, words, i, date) is { } holder)
            {
                best = new Component(token, token + 1, Part.Person, holder, null, null, Reason: "surname of the office-holder on that date");
                bestLength = 1;
            }
        }
        foreach (var entity in entities)
        {
            if (entity.Start == token && entity.Label is "PER" or "ORG" && entity.End - entity.Start > bestLength
                && (entity.Label == "ORG" || HasProperNoun(tree, entity.Start, entity.End)))
            {
                // An entity longer than any catalogue name: the catalogue may still know its whole text.
                var known = knowledge.Actors.Find(words, i, entity.End - entity.Start);
                if (known.Count == 0 && entity.Label == "PER" && entity.End - entity.Start > 1 && Honorifics.Contains(words[i]))
                {
                    // "Sheikh Mishal al-Ahmad al-Jaber al-Sabah", "Dr. Hans Blix": an honorific before a full name the
                    // catalogue knows. Read as one unknown name it would take a country from inside the name ("Sabah").
                    known = [.. knowledge.Actors.Find(words, i + 1, entity.End - entity.Start - 1).Where(a => a.Kind == ActorKind.Person)];
                }
                if (known.Count == 0 && best.Part is Part.Organization or Part.Seat or Part.Country
                    && knowledge.Agents.LongestMatch(words, best.End - offset) is { } title && offset + title.End == entity.End)
                {
                    // "State Department Spokesperson", "Chinese Foreign Ministry": a known name and an agent noun, read
                    // as the two, not as one unknown name.
                    continue;
                }
                best = known.Count > 0
                    ? new Component(entity.Start, entity.End, PartOf(Prefer(known, date)), Prefer(known, date), null, null)
                    : new Component(entity.Start, entity.End, Part.Name, CountryWithin(words, i, entity.End - offset, person: entity.Label == "PER"), null, entity.Label,
                        entity.Label == "ORG" ? AgentWithin(words, i, entity.End - offset) : null);
                bestLength = entity.End - entity.Start;
            }
        }
        var agent = article ? null : knowledge.Agents.LongestMatch(words, i);
        if (agent is null && i >= 3 && LedBodies.TryGetValue(words[i], out var ledBody)
            && LedWords.Contains(words[i - 1]) && words[i - 2] is "-" or "‑" && tree.Upos(token) is "NOUN" or "PROPN"
            && !knowledge.Actors.Find(words, i - 3, 1).Any(a => a is Organization { Category: "party" }))
        {
            // "the Saudi-led coalition", "the U.S.-led coalition": the forces of the countries one of them leads, its
            // military; elsewhere a coalition is as often a government's parties ("the Likud-led coalition"), so the
            // noun is no agent on its own. "The Saudi-led bloc", "a Russian-led alliance": the states it leads.
            agent = new CatalogMatch<AgentNoun>(i, 1, [ledBody]);
        }
        // An agent noun as long as an entity the catalogue does not know is the better reading: "Defence Ministry"
        // is a ministry even when the recogniser calls it a person.
        bool beats = agent is not null && (agent.Length > bestLength || (agent.Length == bestLength && best.Part == Part.Name));
        // After a people's own word the noun is theirs even where the tagger read it as a verb, as it may when the
        // phrase stands alone: "Rohingya refugees in Bangladesh".
        if (beats && (tree.Upos(offset + agent!.End - 1) is "NOUN" or "PROPN" || (i > 0 && IsPeopleWord(words[i - 1]))))
        {
            best = new Component(token, offset + agent.End, Part.Agent, null, agent.Entries[0], null);
        }
        if (best.Part == Part.None && NameEndingInPlace(tree, offset, words, i) is { } named)
        {
            best = named;
        }
        if (!article && PlaceNameAt(tree, offset, words, i) is { } placeName
            && (placeName.End - placeName.Start > best.End - best.Start || (placeName.End == best.End && best.Part is Part.Name or Part.Agent)))
        {
            // "Gaza City", "Helmand province": a place, not the agent noun "city" or "province" of the story's country,
            // nor a name the recogniser took for a body.
            return placeName;
        }
        if (best is { Part: Part.Country, Actor: Country nation, Implied: null } && nation.Peoples.Count > 0
            && nation.Peoples.Contains(tree.Doc.Text[tree.Doc.Starts[best.Start]..tree.Doc.Ends[best.End - 1]], StringComparer.OrdinalIgnoreCase))
        {
            // "Rohingya": an ethnic group of the country, not its state; before an agent noun ("Rohingya refugees") it
            // says whose they are, and a place after them says where they live ("… in Bangladesh").
            bool described = knowledge.Agents.LongestMatch(words, best.End - offset) is not null;
            best = best with { Implied = described ? Array.Empty<string>() : [EthnicSector], Reason = "ethnic group" };
        }
        if (best is { Part: Part.Country, Actor: Country ofPeople, Implied: null } && i > 0 && words[i - 1].Equals("ethnic", StringComparison.OrdinalIgnoreCase)
            && best.End - best.Start == 1 && ofPeople.Adjectives.Contains(words[i], StringComparer.OrdinalIgnoreCase))
        {
            // "ethnic Albanian leaders", "an ethnic Serb": a people, who may live in another country than the one
            // their adjective names; a place after them says which ("… in Skopje" are Macedonia's), as for "ethnic
            // Albanians". Before an agent noun, the noun says what they are.
            bool described = knowledge.Agents.LongestMatch(words, best.End - offset) is not null;
            best = best with { Implied = described ? Array.Empty<string>() : [EthnicSector], Reason = "nationality (ethnic group)" };
        }
        // "Algerians": a nationality plural is the people of the country, even when the recogniser took it for a name.
        if (best.Part is Part.None or Part.Name && best.End - best.Start <= 1 && PeopleAt(tree, offset, words, i) is { } people)
        {
            best = people;
        }
        if (best.Part == Part.Agent && ModifiesThing(tree, offset, words, best))
        {
            // "intelligence cooperation", "police reform", "military aid": the agent noun says what kind of thing the
            // phrase is about, and no one acts in it.
            return default;
        }
        return best;
    }

    private const string EthnicSector = "ETH";

    /// <summary>True for a word a country lists among its peoples ("Rohingya").</summary>
    private bool IsPeopleWord(string word) =>
        char.IsUpper(word, 0) && knowledge.Actors.Find(word).Any(a => a is Country nation && nation.Peoples.Contains(word, StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// "al-Qaeda in the Arabian Peninsula", "al-Shabaab": names news writes with a lower-case Arabic article, looked up
    /// whole like capitalised names (else only the recogniser's shorter span, "al-Qaeda", would be matched).
    /// </summary>
    private static bool StartsWithArabicArticle(List<string> words, int i)
    {
        string word = words[i];
        if (word.Length > 3 && (word.StartsWith("al-", StringComparison.Ordinal) || word.StartsWith("el-", StringComparison.Ordinal)))
        {
            return char.IsUpper(word, 3);
        }
        // The tokenizer may split the article off: "al", "-", "Qaeda".
        return word is "al" or "el" && i + 2 < words.Count && words[i + 1] is "-" or "‑" && words[i + 2].Length > 0 && char.IsUpper(words[i + 2], 0);
    }

    /// <summary>
    /// Nouns that end a place's name ("Gaza City", "Helmand Province", "Kaduna State"). "State" counts only written
    /// with a capital: "the Jewish state", "Israel state media" are no places.
    /// </summary>
    private static readonly HashSet<string> PlaceNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "city", "province", "district", "region", "county", "governorate", "oblast", "prefecture", "municipality",
    };

    /// <summary>
    /// A place named by one to three capitalised proper nouns and a noun such as "City" or "province" at token
    /// <paramref name="i"/> ("Gaza City", "Helmand province", "Kaduna State"), as a place of its country: the country
    /// the gazetteer or the catalogue gives its name, else none (the story's may still be given it later). Null when
    /// the words are no such name, when the noun begins a longer agent noun ("… state media"), or when no dictionary
    /// knows the place and its noun is no agent noun either.
    /// </summary>
    private Component? PlaceNameAt(DependencyTree tree, int offset, List<string> words, int i)
    {
        int token = offset + i;
        if (tree.Upos(token) != "PROPN" || !char.IsUpper(words[i], 0))
        {
            return null;
        }
        int end = i;
        while (end < words.Count && end - i < 3 && char.IsUpper(words[end], 0) && tree.Upos(offset + end) == "PROPN" && !IsPlaceNoun(words[end]))
        {
            end++;
        }
        if (end == i || end >= words.Count || !IsPlaceNoun(words[end]) || knowledge.Agents.LongestMatch(words, end) is { Length: > 1 })
        {
            return null;
        }
        string? country = null;
        if (knowledge.Gazetteer.LongestMatch(words, i) is { } place && (place.End == end || place.End == end + 1))
        {
            country = place.Entries[0].Country;
        }
        else if (knowledge.Actors.LongestMatch(words, i) is { } named && named.End == end)
        {
            country = named.Entries.Select(e => e.Kind switch
            {
                ActorKind.Country => e.Id,
                ActorKind.SeatOfPower => e.RoleOn(null)?.Country,
                _ => null,
            }).FirstOrDefault(c => c is not null);
        }
        var nation = country is null ? null : knowledge.Countries.Get(country);
        if (nation is not null)
        {
            return new Component(token, offset + end + 1, Part.Country, nation, null, null, Reason: "place name (its country)");
        }
        // A place no dictionary knows: when its noun is an agent noun ("Paktika province") it is kept as a name, which
        // takes the story's country, rather than read as the province's civilians; other nouns ("Sahel region") made
        // no actor before and make none now.
        return knowledge.Agents.LongestMatch(words, end) is null ? null
            : new Component(token, offset + end + 1, Part.Name, null, null, "LOC", Reason: "place name");
    }

    private static bool IsPlaceNoun(string word) =>
        PlaceNouns.Contains(word) || (word is "State" or "STATE");

    /// <summary>
    /// True when the person held a role on the date that is no former office-holder's. A one-word name of someone out
    /// of office ("Clinton", Hillary's surname in the team's dictionary, in 1998) gives way to the office-holder of
    /// that surname then (Bill).
    /// </summary>
    private static bool InOfficeOn(Person person, DateOnly? date) => person.RoleOn(date) is { } role && !role.Sectors.Contains("ELI");

    /// <summary>Words before a surname that leave it standing alone: "Mr. Bush", "Dr. Abiy".</summary>
    private static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Dr.", "Dr", "Sir", "Dame", "Sheikh", "Gen.",
    };

    /// <summary>
    /// The person a capitalised proper noun that stands alone ("Bush", "Mr. Bush") names as a surname on the story's
    /// date: the one person of that surname in a single-holder office then (<see cref="ActorCatalog.OfficeHolderBySurname"/>).
    /// Null when the word is part of a longer name, is a place, or no single office-holder has it.
    /// </summary>
    private Person? OfficeHolderSurnameAt(DependencyTree tree, int offset, List<string> words, int i, DateOnly? date)
    {
        int token = offset + i;
        if (date is not { } day || tree.Upos(token) != "PROPN" || !char.IsUpper(words[i], 0) || words[i].Length < 2
            || (i + 1 < words.Count && char.IsUpper(words[i + 1], 0) && tree.Upos(token + 1) == "PROPN")
            || (i > 0 && char.IsUpper(words[i - 1], 0) && tree.Upos(token - 1) == "PROPN" && !Honorifics.Contains(words[i - 1])
                && Office.ForTitle(words[i - 1]) is null))
        {
            return null;
        }
        var holder = knowledge.Actors.OfficeHolderBySurname(words[i], day);
        return holder is not null && knowledge.Gazetteer.Find(words, i, 1).Count == 0 ? holder : null;
    }

    /// <summary>
    /// True when the tagger has a proper noun among tokens [<paramref name="start"/>, <paramref name="end"/>): a
    /// person's name has one, where a Title Case headline's "Raises Possibility" has only common nouns and verbs.
    /// </summary>
    private static bool HasProperNoun(DependencyTree tree, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (tree.Upos(k) == "PROPN")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when agent noun <paramref name="agent"/> only modifies a common noun after it that names no person or
    /// body ("intelligence cooperation", "government policy"), rather than heading its own phrase ("the
    /// intelligence agency", "police officers", where the noun after it is an agent noun of its own).
    /// </summary>
    private bool ModifiesThing(DependencyTree tree, int offset, List<string> words, Component agent)
    {
        int last = agent.End - 1;
        int head = tree.Head(last);
        int end = offset + words.Count;
        // A capitalised head is left alone: in a Title Case headline the tagger's compounds are unreliable ("Mali
        // Leader Raises Prospect" parsed as a noun phrase).
        if (head < agent.End || head >= end || tree.BaseDep(last) is not ("compound" or "amod") || tree.Upos(head) != "NOUN"
            || !char.IsLower(tree.Word(head), 0) || Holdings.Contains(tree.Lemma(head)) || DoneEvents.Contains(tree.Lemma(head))
            || DoneEvents.Contains(tree.Word(head)) || PeopleBodies.Contains(tree.Lemma(head)))
        {
            return false;
        }
        for (int k = agent.End; k <= head; k++)
        {
            if (tree.Upos(k) is not ("NOUN" or "ADJ") || knowledge.Agents.LongestMatch(words, k - offset) is not null)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// Places and things a group holds, which stand for the group when attacked ("shelled rebel positions", "raided a
    /// police station", "bombed militant camps"): an agent noun before them is still the actor.
    /// </summary>
    private static readonly HashSet<string> Holdings = new(StringComparer.OrdinalIgnoreCase)
    {
        "position", "base", "camp", "station", "post", "outpost", "headquarters", "stronghold", "barracks", "checkpoint",
        "convoy", "office", "compound", "hideout", "facility", "vehicle", "patrol", "unit",
    };

    /// <summary>
    /// Nouns that name an event someone does ("a police raid", "the rebel attack", "an army offensive", "a court
    /// summons", "the government crackdown"): an agent noun before them is who does it, so it stays the actor. Nouns
    /// for things given or shared ("military aid", "intelligence cooperation", "police reform") are not here: no one
    /// acts in those phrases. Matched on the lemma and on the word ("summons" is its own lemma or "summon").
    /// </summary>
    private static readonly HashSet<string> DoneEvents = new(StringComparer.OrdinalIgnoreCase)
    {
        "attack", "counterattack", "raid", "offensive", "counteroffensive", "assault", "incursion", "invasion", "ambush",
        "strike", "airstrike", "bombing", "bombardment", "shelling", "shooting", "gunfire", "fire", "killing", "massacre",
        "kidnapping", "abduction", "arrest", "detention", "crackdown", "clampdown", "blockade", "siege", "operation",
        "sweep", "advance", "push", "withdrawal", "pullout", "retreat", "deployment", "mobilisation", "mobilization",
        "coup", "mutiny", "uprising", "rebellion", "insurgency", "summons", "summon", "ruling", "verdict", "order",
        "warrant", "ban", "decision", "statement", "announcement", "warning", "threat", "ultimatum", "demand",
        "accusation", "indictment", "investigation", "probe", "inquiry", "boycott", "protest", "demonstration", "veto",
        "ceasefire", "truce",
    };

    /// <summary>
    /// Nouns for bodies of people that an agent noun before them says the kind of ("Iraqi opposition groups", "a rebel
    /// group", "the militant movement", "police delegation"): the phrase is that agent's body, an actor.
    /// </summary>
    private static readonly HashSet<string> PeopleBodies = new(StringComparer.OrdinalIgnoreCase)
    {
        "group", "movement", "faction", "coalition", "alliance", "bloc", "wing", "organisation", "organization", "network",
        "cell", "member", "supporter", "leadership", "delegation", "body",
    };

    /// <summary>Capitalised words that begin place names ("East Jerusalem", "New Delhi"), not given names.</summary>
    private static readonly HashSet<string> PlacePrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "new", "old", "greater", "upper", "lower",
        "great", "little", "port", "fort", "saint", "st.", "san", "santa", "mount", "lake", "cape",
    };

    /// <summary>
    /// A personal name whose last word the catalogue knows as a place ("Valeska Paris", "Michael Jordan"): a
    /// capitalised proper noun the catalogue does not know, with the place word as its flat name dependent, that no
    /// dictionary knows as a whole. Read as an unknown person's name, so that the place does not code it.
    /// </summary>
    private Component? NameEndingInPlace(DependencyTree tree, int offset, List<string> words, int i)
    {
        int token = offset + i;
        if (tree.Upos(token) != "PROPN" || !char.IsUpper(words[i], 0) || PlacePrefixes.Contains(words[i]))
        {
            return null;
        }
        int end = token + 1;
        while (end - offset < words.Count && tree.Head(end) == token && tree.Is(end, "flat") && char.IsUpper(tree.Word(end), 0))
        {
            end++;
        }
        int length = end - token;
        if (length < 2 || knowledge.Actors.LongestMatch(words, end - 1 - offset) is not { Length: 1 } last
            || !last.Entries.All(e => e.Kind is ActorKind.Country or ActorKind.SeatOfPower)
            || knowledge.Actors.Find(words, i, length).Count > 0 || knowledge.Gazetteer.Find(words, i, length).Count > 0)
        {
            return null;
        }
        return new Component(token, end, Part.Name, null, null, "PER");
    }

    /// <summary>A month written in full next to a number, the day or the year ("May 7", "7 May", "May 2015"): part of a date, whatever else the word names.</summary>
    private static bool IsDateMonth(DependencyTree tree, int token)
    {
        if (!TimeWords.TryMonth(tree.Word(token), out _, out bool abbreviated, out _) || abbreviated)
        {
            return false;
        }
        int sentence = tree.SentenceOf(token);
        return (token + 1 < tree.Count && tree.SentenceOf(token + 1) == sentence && tree.Upos(token + 1) == "NUM")
            || (token > 0 && tree.SentenceOf(token - 1) == sentence && tree.Upos(token - 1) == "NUM");
    }

    /// <summary>
    /// A nationality written as a plural noun, naming the people of a country: "Algerians" → DZA civilians,
    /// "ethnic Albanians" → ALB ethnic group (a place named after it may move it: "in south Serbia").
    /// </summary>
    private Component? PeopleAt(DependencyTree tree, int offset, List<string> words, int i)
    {
        string word = words[i];
        if (word.Length < 4 || !char.IsUpper(word, 0) || !word.EndsWith('s') || tree.Upos(offset + i) is not ("NOUN" or "PROPN"))
        {
            return null;
        }
        var country = knowledge.Countries.Find(word[..^1]).FirstOrDefault();
        if (country is null || !country.Adjectives.Any(a => a.Equals(word[..^1], StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }
        bool ethnic = i > 0 && words[i - 1].Equals("ethnic", StringComparison.OrdinalIgnoreCase);
        string sector = ethnic && knowledge.Agents.IsSector("ETH") ? "ETH" : "CVL";
        return new Component(offset + i, offset + i + 1, Part.Country, country, null, null, [sector], ethnic ? "nationality (ethnic group)" : "nationality (people)");
    }

    /// <summary>
    /// "Iranian-backed", "U.S.-supported", "pro-Russian": a country or body that backs the actor, which is not the
    /// actor's country. Written as one token ("pro-Iranian") or three ("U.S.", "-", "backed").
    /// </summary>
    private Component? BackerAt(DependencyTree tree, int offset, List<string> words, int i)
    {
        string word = words[i];
        if (word.StartsWith("pro-", StringComparison.OrdinalIgnoreCase) && word.Length > 4)
        {
            var backer = knowledge.Actors.Find(word[4..]).FirstOrDefault();
            return backer is null ? null : new Component(offset + i, offset + i + 1, Part.Backer, backer, null, null);
        }
        int dash = word.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0 && BackingWords.Contains(word[(dash + 1)..]))
        {
            var backer = knowledge.Actors.Find(word[..dash]).FirstOrDefault();
            return backer is null ? null : new Component(offset + i, offset + i + 1, Part.Backer, backer, null, null);
        }
        if (i + 2 < words.Count && words[i + 1] is "-" or "‑" && BackingWords.Contains(words[i + 2]) && char.IsUpper(word, 0))
        {
            var match = knowledge.Actors.LongestMatch(words, i);
            if (match is not null && match.End == i + 1)
            {
                return new Component(offset + i, offset + i + 3, Part.Backer, Prefer(match.Entries), null, null);
            }
        }
        return null;
    }

    private const string OwnerReason = "owner of the vessel or craft";

    /// <summary>Why a weapon or craft whose owner is a possessive pronoun ("its jets") waits for the pronoun's actor.</summary>
    private const string PronounOwnerReason = "weapon or craft of a possessive pronoun's owner";

    /// <summary>Words after a name that make it the owner of the actor, a ship or plane: "British-flagged", "U.S.-owned".</summary>
    private static readonly HashSet<string> OwningWords = new(StringComparer.OrdinalIgnoreCase) { "flagged", "owned", "registered", "operated" };

    /// <summary>
    /// "a British-flagged oil tanker", "the U.S.-flagged container ship Maersk Alabama", "a Turkish-owned ship": the
    /// vessel is of the country (or body) that flags or owns it, which the rest of the phrase joins. Written as one
    /// token or three, as backers are. Null when no owner is named there.
    /// </summary>
    private Component? OwnerAt(int offset, List<string> words, int i)
    {
        string word = words[i];
        int dash = word.IndexOf('-', StringComparison.Ordinal);
        Actor? owner = null;
        int end = i + 1;
        if (dash > 0 && OwningWords.Contains(word[(dash + 1)..]) && char.IsUpper(word, 0))
        {
            owner = knowledge.Actors.Find(word[..dash]).FirstOrDefault();
        }
        else if (i + 2 < words.Count && words[i + 1] is "-" or "‑" && OwningWords.Contains(words[i + 2]) && char.IsUpper(word, 0)
            && knowledge.Actors.LongestMatch(words, i) is { } match && match.End == i + 1)
        {
            owner = Prefer(match.Entries);
            end = i + 3;
        }
        return owner is null ? null : new Component(offset + i, offset + end, PartOf(owner), owner, null, null, Reason: OwnerReason);
    }

    /// <summary>The sectors of the first agent noun inside an unknown body's name ("Ministry of Mines" → GOV), or null.</summary>
    private IReadOnlyList<string>? AgentWithin(List<string> words, int start, int end)
    {
        for (int k = start; k < end; k++)
        {
            if (knowledge.Agents.LongestMatch(words, k) is { } match && match.End <= end)
            {
                return match.Entries[0].Sectors;
            }
        }
        return null;
    }

    /// <summary>
    /// A country named inside an entity the catalogue does not know ("United States National Security Council"), or null.
    /// In a person's name a word after the Arabic article is a family name, not a place: "Sheikh Khalid al-Sabah" is
    /// no Malaysian of Sabah.
    /// </summary>
    private Actor? CountryWithin(List<string> words, int start, int end, bool person = false)
    {
        for (int k = start; k < end; k++)
        {
            if (person && (StartsWithArabicArticle(words, k) || (k >= 2 && words[k - 1] is "-" or "‑" && words[k - 2] is "al" or "el")))
            {
                continue;
            }
            if (knowledge.Actors.LongestMatch(words, k) is { } match && match.End <= end && match.Entries.FirstOrDefault(e => e.Kind == ActorKind.Country) is { } country)
            {
                return country;
            }
        }
        return null;
    }

    /// <summary>
    /// Of several entries for one name, a person first (the name is most specific), then a body, a seat, a country;
    /// of the same kind, one that held a role on the date, one in office before a former office-holder ("President
    /// Bush" in 2003 is George W. Bush, not his father, whom the source lists as an elite from 1993), and a role of the
    /// team's before an imported one ("Assad" in 1995 is Hafez al-Assad, in 2005 Bashar).
    /// </summary>
    private static Actor Prefer(IReadOnlyList<Actor> entries, DateOnly? date = null) =>
        entries.OrderBy(e => e.Kind switch { ActorKind.Person => 0, ActorKind.Organization => 1, ActorKind.SeatOfPower => 2, _ => 3 })
            .ThenBy(e => date is null ? 0 : e.RoleOn(date) is not { } role ? 4
                : (role.Sectors.Contains("ELI") ? 2 : 0) + (e.IsImported || role.ImportedFrom is not null ? 1 : 0))
            .First();

    private static Part PartOf(Actor actor) => actor.Kind switch
    {
        ActorKind.Person => Part.Person,
        ActorKind.Organization => Part.Organization,
        ActorKind.SeatOfPower => Part.Seat,
        _ => Part.Country,
    };

    private static bool Joins(DependencyTree tree, Component left, Component right)
    {
        int gap = right.Start - left.End;
        if (gap == 0)
        {
            // A hyphen glued between two names ("U.S.-Russia") is a gap token of its own; adjacent names join.
            return true;
        }
        if (gap == 2 && tree.Word(left.End) is "-" or "‑" && LedWords.Contains(tree.Word(left.End + 1))
            && left.Part is Part.Organization or Part.Country or Part.Seat && right.Part is Part.Agent)
        {
            // "Vietnamese-led forces", "Saudi-led coalition troops": the forces of the one who leads them.
            return true;
        }
        if (gap > 1 && right.Part is Part.Agent or Part.Organization && left.Part is not (Part.Agent or Part.Backer) && IsPossessive(tree, left.End)
            && gap <= 4 && Enumerable.Range(left.End + 1, gap - 1).All(k => tree.Upos(k) is "ADJ" or "ADV" || RulingWords.Contains(tree.Word(k))
                || (tree.Upos(k) == "NOUN" && tree.Is(k, "compound") && char.IsLower(tree.Word(k), 0))))
        {
            // "Ivory Coast's tiny air force", "the United Nations' highest court", "South Africa's ruling ANC",
            // "Britain's ruling Conservatives", "Iran's morality police": the owner's, whatever the adjectives and the
            // nouns that say what kind of body it is.
            return true;
        }
        if (gap <= 2 && left.Part is Part.Organization or Part.Country or Part.Seat or Part.Agent && right.Part is Part.Person or Part.Name
            && Enumerable.Range(left.End, gap).All(k => tree.Upos(k) is "NOUN" or "ADJ" && !char.IsUpper(tree.Word(k), 0)))
        {
            // "IS deputy caliph Abdallah …", "Hamas political chief Ismail Haniyeh": a title the dictionaries lack,
            // between the body and the name.
            return true;
        }
        if (gap > 1)
        {
            // "UN Secretary-General António Guterres": a capitalised title the catalogue lacks, between a body and a person.
            // The title's words are nouns and adjectives: a Title Case headline's verb ("Oman Condemns Violence Against
            // Civilians") ends the mention.
            return gap <= 3 && left.Part is Part.Organization or Part.Country or Part.Seat && right.Part is Part.Person or Part.Name or Part.Agent
                && Enumerable.Range(left.End, gap).All(k => tree.Word(k) is "-" or "‑"
                    || char.IsUpper(tree.Word(k), 0) && tree.Upos(k) is "NOUN" or "PROPN" or "ADJ");
        }
        int between = left.End;
        // "Bosnian Serb wartime commander", "Chinese aid workers": a lowercase noun saying what kind of agent it is
        // stands between a country or body and its agent noun as an adjective does.
        bool kindNoun = tree.Upos(between) == "NOUN" && tree.Is(between, "compound") && char.IsLower(tree.Word(between), 0)
            && left.Part is Part.Country or Part.Organization or Part.Seat;
        return IsPossessive(tree, between) || ((tree.Upos(between) == "ADJ" || kindNoun) && right.Part is Part.Agent);
    }

    /// <summary>True when token <paramref name="i"/> makes the name before it a possessive: "'s", or "'" after a plural ("the United Nations'").</summary>
    private static bool IsPossessive(DependencyTree tree, int i) =>
        tree.Word(i) is "'s" or "’s" || (tree.Word(i) is "'" or "’" && i > 0 && tree.Word(i - 1).EndsWith('s') && tree.SentenceOf(i - 1) == tree.SentenceOf(i));

    /// <summary>A body that has national branches named after it: an NGO, a company, a news organisation.</summary>
    private static bool IsBranchable(Organization body) =>
        body.Category is "ngo" or "company" or "media" || body.Roles[0].Code.StartsWith("NGO", StringComparison.Ordinal) || body.Roles[0].Code.StartsWith("MNC", StringComparison.Ordinal);

    /// <summary>Participles a tagger may read as verbs that describe a party between its country and its name: "Turkey's ruling AKP".</summary>
    private static readonly HashSet<string> RulingWords = new(StringComparer.OrdinalIgnoreCase) { "ruling", "governing" };

    /// <summary>
    /// Groups one party leads, after "X-led": a coalition is the allied forces ("the Saudi-led coalition" SAUMIL); a bloc
    /// or an alliance the states the leader speaks for ("the Saudi-led bloc" SAU).
    /// </summary>
    private static readonly Dictionary<string, AgentNoun> LedBodies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["coalition"] = new("coalition", ["MIL"]),
        ["bloc"] = new("bloc", []),
        ["alliance"] = new("alliance", []),
    };

    /// <summary>Words after a name and a hyphen that make the name the leader of the actor: "Vietnamese-led forces".</summary>
    private static readonly HashSet<string> LedWords = new(StringComparer.OrdinalIgnoreCase) { "led", "run", "controlled", "commanded", "dominated" };

    /// <summary>
    /// Peoples of the Balkans and the Caucasus that news names after the country or region they live in ("Bosnian
    /// Serbs", "Bosnian Croat leaders", "Kosovo Albanians", "Macedonian Albanians", "Karabakh Armenians"): after
    /// another country's name or adjective, the word is their ethnic group, not a second country. Elsewhere English
    /// puts the country last ("Turkish Cypriots", "Chinese Americans"), so the rule is kept to these words.
    /// </summary>
    private static readonly HashSet<string> PeoplesAfterPlace = new(StringComparer.OrdinalIgnoreCase)
    {
        "Serb", "Serbs", "Croat", "Croats", "Albanian", "Albanians", "Armenian", "Armenians",
    };

    /// <summary>True when adding component <paramref name="next"/> to the mention begun at <paramref name="first"/> would join two actors.</summary>
    private static bool Clash(DependencyTree tree, List<Component> components, int first, int next)
    {
        var part = components[next].Part;
        if (part is Part.Agent or Part.Backer)
        {
            return false;
        }
        if (part is Part.Country && next == first + 1 && components[first] is { Part: Part.Organization, Actor: Organization body } && IsBranchable(body)
            && components[first].End == components[next].Start)
        {
            // "Oxfam Canada", "Save the Children UK": a national branch of the body is the body.
            return false;
        }
        if (part is Part.Country && components[next - 1] is { Part: Part.Country, Implied: null } before && before.End == components[next].Start
            && components[next].End - components[next].Start == 1 && PeoplesAfterPlace.Contains(tree.Word(components[next].Start)))
        {
            // "Bosnian Serb forces", "Croatian Serbs", "Kosovo Albanians": the Serbs of Bosnia, one actor whose
            // country is where they live (the first word), not two countries.
            return false;
        }
        for (int k = first; k < next; k++)
        {
            var earlier = components[k].Part;
            if (earlier is Part.Backer)
            {
                continue;
            }
            if (earlier == part || (earlier is Part.Person or Part.Name && part is Part.Person or Part.Name or Part.Country or Part.Seat))
            {
                return true;
            }
            if (earlier is Part.Organization && part is Part.Organization or Part.Country)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The mention components [<paramref name="first"/>, <paramref name="last"/>] make, or null when they name no actor (a weapon no one is said to own).</summary>
    private ActorMention? Build(DependencyTree tree, List<Component> components, int first, int last, DateOnly? date, Actor? place)
    {
        var doc = tree.Doc;
        int start = components[first].Start;
        int end = components[last].End;
        // "the Kremlin", "the Chinese authorities": the article belongs to the text.
        if (start > 0 && tree.Lemma(start - 1) == "the" && tree.SentenceOf(start - 1) == tree.SentenceOf(start))
        {
            start--;
        }
        bool former = IsFormer(tree, start);
        int head = tree.HeadOf(start, end);
        string text = doc.Text[doc.Starts[start]..doc.Ends[end - 1]];
        var mention = new ActorMention
        {
            Start = start,
            End = end,
            Head = head,
            Text = text,
            CharStart = doc.Starts[start],
            CharEnd = doc.Ends[end - 1],
            Basis = MentionBasis.Unresolved,
        };
        Actor? person = null, body = null, seat = null, country = null, backer = null;
        int personEnd = -1;
        string? countryWord = null;
        string? unknownName = null, reason = null, personReason = null;
        bool unknownIsPerson = false, people = false;
        var sectors = new List<string>();
        var agents = new List<AgentNoun>();
        void AddSectors(IEnumerable<string>? more)
        {
            foreach (var sector in more ?? [])
            {
                if (!sectors.Contains(sector))
                {
                    sectors.Add(sector);
                }
            }
        }
        for (int k = first; k <= last; k++)
        {
            var component = components[k];
            switch (component.Part)
            {
                case Part.Person: person = component.Actor; personEnd = component.End; personReason = component.Reason; break;
                case Part.Organization: body = component.Actor; break;
                case Part.Seat: seat = component.Actor; break;
                case Part.Backer: backer = component.Actor; break;
                case Part.Country:
                    if (country is null && component.Implied is null)
                    {
                        countryWord = doc.Text[doc.Starts[component.Start]..doc.Ends[component.End - 1]];
                    }
                    country ??= component.Actor;
                    AddSectors(component.Implied);
                    people |= component.Implied is not null;
                    reason ??= component.Reason;
                    break;
                case Part.Agent:
                    AddSectors(component.Agent!.Sectors);
                    agents.Add(component.Agent);
                    break;
                case Part.Name:
                    unknownName = doc.Text[doc.Starts[component.Start]..doc.Ends[component.End - 1]];
                    unknownIsPerson = component.Label == "PER";
                    country ??= component.Actor;
                    AddSectors(component.Implied);
                    break;
            }
        }
        if (country is Country named && countryWord is not null && person is null && body is null && seat is null && unknownName is null
            && agents.Count > 0 && agents.All(a => TopicNouns.Contains(a.Text)) && !named.Adjectives.Contains(countryWord, StringComparer.OrdinalIgnoreCase))
        {
            // "a China scholar", "Korea expert Bruce Klingner": the country is what they study, not theirs ("a Chinese
            // scholar" and "a U.S. analyst" are).
            country = null;
        }
        if (first == last && components[first].Reason == OwnerReason)
        {
            // "Turkish-owned" before a noun that names no actor ("a Turkish-owned ship"): a description of the thing.
            return null;
        }
        if (agents.Count > 0 && agents[^1].NeedsOwner && country is null && person is null && body is null && seat is null
            && unknownName is null && backer is null && tree.Child(head, "nmod:poss") is int weaponOwner and >= 0 && tree.Upos(weaponOwner) == "PRON")
        {
            // "Pakistan said its jets struck Kabul": the owner is whom the pronoun stands for, found with the pronouns;
            // until then the weapon has no country, not the story's.
            return mention with { Sectors = sectors, AgentOnly = true, CountryOpen = true, Reason = PronounOwnerReason, Entry = agents[0].Origin };
        }
        if (agents.Count > 0 && agents[^1].NeedsOwner && country is null && person is null && body is null && seat is null
            && unknownName is null && backer is null)
        {
            // "a drone", "the tanks", "intelligence aircraft": a weapon whose owner the words do not name is a thing, not
            // an actor (another agent noun before it says what kind of weapon); "Turkish jets" and "Hamas rockets" are
            // their owners'.
            return null;
        }
        // Agent nouns with no country of their own, perhaps after a name the dictionaries lack ("Rohingya refugees").
        bool agentOnly = country is null && person is null && body is null && seat is null && !unknownIsPerson && agents.Count > 0;
        if (agentOnly && tree.Child(head, "nmod:poss") is int owner and >= 0 && tree.Upos(owner) == "PRON")
        {
            // "withdrew his troops from Lebanon": the troops are his, whoever the pronoun stands for (found with the
            // pronouns), not the place's they leave or are in.
            place = null;
        }
        // "Armenian separatists in Nagorno-Karabakh", "Russian separatists in eastern Ukraine": separatists are of the
        // country they would leave, where they are, whatever people their adjective names.
        bool separatists = country is Country && sectors.Contains(SeparatistSector) && person is null && body is null && unknownName is null && backer is null;
        if (place is not null && (people || separatists || (backer is not null && country is null && person is null && body is null) || (agentOnly && backer is null)))
        {
            // "ethnic Albanians in south Serbia", "Rwandan-backed rebels in eastern Congo", "forces in Somalia's Puntland
            // region", "mosques across Turkey": where they are decides.
            country = place;
            reason = people ? "nationality, placed by the text" : separatists ? "separatists, placed by the text"
                : backer is not null ? "backed group, placed by the text" : "agent noun, placed by the text";
        }
        if (person is not null && (person.RoleOn(date) ?? (person as Person)?.FormerRoleOn(date)) is { } personRole)
        {
            bool wasFormer = !personRole.IsValidOn(date ?? DateOnly.MaxValue) && date is not null;
            var role = former || wasFormer ? Person.AsFormer(personRole) : personRole;
            if (!former && role.Sectors.Contains("ELI") && country is Country titled && role.Country == titled.Id && agents.Count > 0
                && sectors.Count > 0 && sectors.All(OfficeSectors.Contains))
            {
                // "Japanese Foreign Minister Yoshimasa Hayashi" in 2022, whom the dictionaries know only out of office
                // then: the text gives the office of the person's own country on its date, and is the better witness.
                return mention with
                {
                    Code = titled.Id + string.Concat(sectors),
                    Country = titled.Id,
                    Sectors = sectors,
                    Name = person.Name,
                    IsPerson = true,
                    Title = agents[^1].Text,
                    Basis = MentionBasis.Described,
                    Reason = "named person with a title the dictionaries do not give on that date",
                    Entry = agents[0].Origin,
                };
            }
            // "the Trump administration", "the Assad family", "Putin's allies": the person's, but a body or several
            // people (a collective noun or a plural after the name), not the "he" of a later sentence.
            bool collective = head >= personEnd && tree.Upos(head) == "NOUN" && (Collectives.Contains(tree.Lemma(head)) || !tree.Lemma(head).Equals(tree.Word(head), StringComparison.OrdinalIgnoreCase));
            return mention with
            {
                Code = role.Code,
                Country = role.Country,
                Sectors = role.Sectors,
                Name = person.Name,
                IsPerson = !collective,
                Title = collective ? null : role.Title,
                // A team entry's role on a day only the imported dictionary knows of is as sure as an imported entry.
                Basis = person.IsImported || personRole.ImportedFrom is not null ? MentionBasis.Imported : MentionBasis.Catalogue,
                Reason = role == personRole ? personReason ?? "named person on that date" : "named person, a former office-holder on that date",
                Entry = personRole.ImportedFrom ?? person.Origin,
            };
        }
        if (body?.RoleOn(date) is { } groupRole && groupRole.Country is null && groupRole.Code.StartsWith("IMG", StringComparison.Ordinal)
            && place is Country placedIn && person is null && unknownName is null && agents.Count > 0)
        {
            // "IS militants in Iraq", "al-Qaeda fighters in Yemen": the fighters of a group acting across borders, where
            // the text places them, are an armed group of that country (rebels, unless their agent noun says
            // otherwise). The group itself stays transnational: "the leader of ISIS in Iraq" leads IMGISI.
            IReadOnlyList<string> placed = sectors.Count > 0 ? sectors : [RebelSector];
            return mention with
            {
                Code = placedIn.Id + string.Concat(placed),
                Country = placedIn.Id,
                Sectors = placed,
                Name = body!.Name,
                Basis = body.IsImported ? MentionBasis.Imported : MentionBasis.Described,
                Reason = "transnational group, placed by the text",
                Entry = body.Origin,
            };
        }
        if (body?.RoleOn(date) is { } bodyRole)
        {
            // "Taliban insurgents", "Hamas gunmen": a national armed group's fighters named by an armed agent noun keep
            // the group's code and add the noun's sector, which says what kind of fighters the text calls them. A
            // transnational group's code (IMGISI) stays as it is: its fighters are placed above, or not at all.
            if (bodyRole.Country is not null && bodyRole.Sectors.Any(ArmedSectors.Contains))
            {
                var added = sectors.Where(ArmedSectors.Contains).Except(bodyRole.Sectors).ToList();
                if (added.Count > 0)
                {
                    bodyRole = bodyRole with { Code = bodyRole.Code + string.Concat(added), Sectors = [.. bodyRole.Sectors, .. added] };
                }
            }
            // "IS deputy caliph Abdallah Makki Muslih al-Rufay'i": a person the dictionaries lack acts for the body;
            // the name is kept, so that "al-Rufay'i" later in the story is him.
            bool member = unknownName is not null && unknownIsPerson;
            return mention with
            {
                Code = bodyRole.Code,
                Country = bodyRole.Country,
                Sectors = bodyRole.Sectors,
                Name = member ? unknownName : body.Name,
                IsPerson = member,
                Title = member ? null : bodyRole.Title,
                Basis = body.IsImported ? MentionBasis.Imported : MentionBasis.Catalogue,
                Reason = backer is null ? "named body" : "named body (its backer is not the actor)",
                Entry = body.Origin,
            };
        }
        string? name = (person ?? body)?.Name ?? unknownName;
        bool isPerson = person is not null || unknownIsPerson;
        if (former)
        {
            // "former defence minister", "a retired general": no longer in office.
            sectors = ["ELI"];
        }
        if (seat?.RoleOn(date) is { } seatRole)
        {
            var merged = former ? sectors : seatRole.Sectors.Concat(sectors).Distinct().ToList();
            return mention with
            {
                Code = seatRole.Country is null ? seatRole.Code : seatRole.Country + string.Concat(merged),
                Country = seatRole.Country,
                Sectors = merged,
                Name = name ?? seat.Name,
                IsPerson = isPerson,
                IsPlace = name is null && agents.Count == 0,
                Basis = MentionBasis.Catalogue,
                Reason = "metonym (seat of power or capital)",
                Entry = seat.Origin,
            };
        }
        if (country is not null)
        {
            if (name is null && !former && agents.Count == 1 && !people && Office.ForTitle(agents[0].Text) is { } office
                && knowledge.Actors.HolderOf(country.Id, office, date) is { Role: { } holderRole } holder)
            {
                // "the Armenian prime minister": whoever held the office on the story's date.
                return mention with
                {
                    Code = holderRole.Code,
                    Country = holderRole.Country,
                    Sectors = holderRole.Sectors,
                    Name = holder.Actor.Name,
                    IsPerson = true,
                    Title = holderRole.Title,
                    Basis = MentionBasis.Described,
                    Reason = "title with nationality: the office-holder on that date",
                    Entry = holder.Actor.Origin,
                };
            }
            return mention with
            {
                Code = country.Id + string.Concat(sectors),
                Country = country.Id,
                Sectors = sectors,
                Name = name,
                IsPerson = isPerson,
                IsPlace = name is null && sectors.Count == 0,
                Basis = name is null && sectors.Count == 0 ? MentionBasis.Catalogue
                    : agents.Count > 0 && agents.All(a => a.IsImported) ? MentionBasis.Imported : MentionBasis.Described,
                Reason = reason ?? (sectors.Count == 0 ? "country" : name is not null ? "unknown name with its country and title" : "title or agent noun with nationality"),
                Entry = agents.Count > 0 ? agents[0].Origin : country.Origin,
            };
        }
        bool foreign = backer is null && name is null && agents.Count > 0 && (IsForeign(tree, start, head) || IsSeveralStates(tree, head));
        if (!foreign && backer is null && name is null && !former && agents.Count > 0 && sectors.Count > 0 && sectors.All(CivilSocietySectors.Contains)
            && agents.All(a => BodyWords.Contains(a.Text.Split(' ')[^1])))
        {
            // "aid agencies", "rights groups", "humanitarian organisations" that no country is given: the international
            // non-governmental bodies news means by them (PLOVER: AID_GROUP, RIGHTS_GROUP ~NGO), not the story's
            // country's. With a nationality ("Kenyan rights groups") they are that country's, above; people ("rights
            // activists", "aid workers") are most often of the story's country.
            return OfNoCountry(mention, [NgoSector, .. sectors], agents, "aid or rights group of no country: non-governmental");
        }
        if (backer is null && name is null && !former && sectors.Count > 0 && knowledge.Agents.Sector(sectors[0]) is { IsInternational: true })
        {
            // "the international community", "UN monitors": an agent noun whose sector begins codes in place of a
            // country is of no country, not the story's ("Indonesia appealed to the international community" is no
            // Indonesian body).
            return OfNoCountry(mention, sectors, agents, "international agent noun: of no country");
        }
        return mention with
        {
            Sectors = sectors,
            Name = name,
            IsPerson = isPerson,
            AgentOnly = name is null && sectors.Count > 0 && backer is null && !foreign,
            CountryOpen = backer is not null || foreign,
            Reason = backer is not null ? $"backed by {backer.Name}; its own country is not given"
                : foreign ? "foreign, international or several states: its country is not given" : agents.Count > 0 ? "agent noun" : null,
            Entry = agents.Count > 0 ? agents[0].Origin : null,
        };
    }

    private const string RebelSector = "REB";

    private const string SeparatistSector = "SEP";

    /// <summary>Sectors of the agents a state or its leader owns ("its troops", "his ministers"): not JUD, whose "his lawyer" is a person's.</summary>
    private static readonly HashSet<string> StateAgentSectors = new(StringComparer.Ordinal) { "GOV", "MIL", "LEG", "COP", "SPY" };

    /// <summary>Sectors of offices a title names (minister, general, lawmaker, judge, police chief), as against a former holder's.</summary>
    private static readonly HashSet<string> OfficeSectors = new(StringComparer.Ordinal) { "GOV", "MIL", "LEG", "JUD", "COP", "SPY" };

    private const string NgoSector = "NGO";

    /// <summary>Sectors of aid and rights workers and groups, whom news names by no country when they are international.</summary>
    private static readonly HashSet<string> CivilSocietySectors = new(StringComparer.Ordinal) { "DEV", "HRI" };

    /// <summary>The last words of agent nouns that name a body rather than people: "rights group", "aid agency".</summary>
    private static readonly HashSet<string> BodyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "group", "agency", "organization", "organisation", "charity", "NGO", "watchdog",
    };

    /// <summary>The sectors of armed non-state fighters: rebels, insurgents, separatists, unidentified armed men.</summary>
    private static readonly HashSet<string> ArmedSectors = new(StringComparer.Ordinal) { "REB", "INS", "SEP", "UAF" };

    /// <summary>Adjectives that say an agent noun is not of the country the story is about, without naming another: "international forces", "foreign fighters".</summary>
    private static readonly HashSet<string> ForeignWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "foreign", "international", "multinational", "overseas", "western", "european", "african", "arab", "asian",
    };

    /// <summary>Nouns that, in the plural, name the governments of several states: "the governments of the region".</summary>
    private static readonly HashSet<string> StateNouns = new(StringComparer.OrdinalIgnoreCase) { "government", "state", "nation", "country", "regime" };

    /// <summary>
    /// True when the mention's head is a plural <see cref="StateNouns"/> word: no one country's. Not when counted
    /// ("the two governments", "both countries"): those are the story's parties, its main country among them.
    /// </summary>
    private static bool IsSeveralStates(DependencyTree tree, int head)
    {
        if (!StateNouns.Contains(tree.Lemma(head)) || tree.Word(head).Equals(tree.Lemma(head), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        foreach (int c in tree.Children(head))
        {
            if (tree.Is(c, "nummod") || tree.Lemma(c) == "both")
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// True when a modifier of the mention's head just before it is a <see cref="ForeignWords"/> word. Words inside the
    /// mention do not count: they belong to its agent nouns ("Foreign Minister").
    /// </summary>
    private static bool IsForeign(DependencyTree tree, int start, int head)
    {
        foreach (int c in tree.Children(head))
        {
            if (c < start && c >= start - 3 && (tree.Is(c, "amod") || tree.Is(c, "compound")) && ForeignWords.Contains(tree.Word(c)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Nouns for people who study something: a country's name before them ("a China scholar") is their subject.</summary>
    private static readonly HashSet<string> TopicNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "expert", "experts", "analyst", "analysts", "scholar", "scholars", "specialist", "specialists", "researcher", "researchers",
        "observer", "observers", "watcher", "watchers", "historian", "historians", "academic", "academics", "correspondent", "correspondents",
    };

    /// <summary>Nouns for a body a person leads or belongs to: "the Trump administration", "the Assad regime".</summary>
    private static readonly HashSet<string> Collectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "administration", "government", "regime", "family", "camp", "campaign", "team", "cabinet", "office", "party", "clan", "dynasty", "circle",
    };

    /// <summary>True when a word such as "former" or "retired" stands right before the mention, or its first word is "ex-…".</summary>
    private static bool IsFormer(DependencyTree tree, int start)
    {
        int first = tree.Lemma(start) == "the" ? start + 1 : start;
        if (first < tree.Count && tree.Word(first).StartsWith("ex-", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        int before = start - 1;
        return before >= 0 && tree.SentenceOf(before) == tree.SentenceOf(start) && FormerWords.Contains(tree.Word(before));
    }

    /// <summary>
    /// The cities of the gazetteer the story names outside its actors ("Sydney", "Brooklyn"), each with its country
    /// and token: where a story happens is evidence of whose police, courts and people it speaks of.
    /// </summary>
    private IEnumerable<(string Country, int Start)> CitiesNamed(DependencyTree tree, List<ActorMention> found)
    {
        var covered = new bool[tree.Count];
        foreach (var m in found)
        {
            Array.Fill(covered, true, m.Start, m.End - m.Start);
        }
        var words = new List<string>();
        foreach (var sentence in tree.Doc.Sentences)
        {
            words.Clear();
            for (int i = sentence.Start; i < sentence.End; i++)
            {
                words.Add(tree.Word(i));
            }
            for (int i = sentence.Start; i < sentence.End; i++)
            {
                if (!covered[i] && tree.Upos(i) == "PROPN" && char.IsUpper(words[i - sentence.Start], 0)
                    && knowledge.Gazetteer.LongestMatch(words, i - sentence.Start) is { } city && city.Entries[0].Country is { } country
                    && !Enumerable.Range(i, city.Length).Any(k => covered[k]))
                {
                    yield return (country, i);
                    i += city.Length - 1;
                }
            }
        }
    }

    private ArticleActors Resolve(DependencyTree tree, List<ActorMention> found, string? defaultCountry)
    {
        found = WithDescribedNames(tree, WithoutBorrowedSurnames(found));
        var storyCountry = defaultCountry ?? found
            .Where(m => m.Country is not null && m.Basis is MentionBasis.Catalogue or MentionBasis.Described or MentionBasis.Imported)
            .Select(m => (Country: m.Country!, m.Start))
            .Concat(CitiesNamed(tree, found))
            .GroupBy(m => m.Country)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(m => m.Start))
            .Select(g => g.Key)
            .FirstOrDefault();
        var resolved = new List<ActorMention>(found.Count + 16);
        var named = new NamedActors();
        foreach (var mention in found)
        {
            var linked = mention.Code is not null || mention.CountryOpen ? mention
                : DescribedGroup(tree, mention, resolved) ?? Corefer(mention, named, storyCountry);
            if (linked is { AgentOnly: true, Basis: MentionBasis.StoryCountry } && SameKindBefore(tree, linked, resolved) is { } kin)
            {
                linked = linked with
                {
                    Code = kin.Country + string.Concat(linked.Sectors),
                    Country = kin.Country,
                    Basis = MentionBasis.Coreference,
                    Reason = "the same kind of actor named just before with its country",
                };
            }
            named.Add(linked);
            resolved.Add(linked);
        }
        // Pronouns in argument positions: the nearest earlier resolved actor of their kind, a few sentences back at most.
        // Mentions end in text order, so the actors before a pronoun are a prefix of the list, and those within reach a
        // window at its end; a pronoun looks only there (and at the pronouns resolved before it, which come after every
        // mention in the list), so a long story costs no more per pronoun than a short one.
        int mentionCount = resolved.Count;
        var pronouns = new List<ActorMention>();
        int before = 0;
        // The mention at each token, restated ones included as they are made: a pronoun looks up the subjects of the
        // clauses above it here.
        var at = new ActorMention?[tree.Count];
        foreach (var mention in resolved)
        {
            Array.Fill(at, mention, mention.Start, mention.End - mention.Start);
        }
        Quotations? quotes = null;
        // People the story has named in full so far, by the last word of their name: "Zamora" after "Luis Fernando
        // Zamora" is him even where the entity tagger did not mark the lone word.
        var surnames = new Dictionary<string, ActorMention>(StringComparer.Ordinal);
        int seen = 0;
        for (int i = 0; i < tree.Count; i++)
        {
            while (seen < mentionCount && resolved[seen].End <= i)
            {
                if (resolved[seen] is { IsPerson: true, Code: not null, Name: { } fullName } fullyNamed && fullName.LastIndexOf(' ') is int space and > 0)
                {
                    surnames[fullName[(space + 1)..]] = fullyNamed;
                }
                seen++;
            }
            if (tree.Upos(i) == "PROPN" && at[i] is null && surnames.Count > 0 && surnames.TryGetValue(tree.Word(i), out var earlier)
                && (i == 0 || tree.Upos(i - 1) != "PROPN") && (i + 1 == tree.Count || tree.Upos(i + 1) != "PROPN"))
            {
                Restate(earlier.RestatedAt(tree.Doc, i, i + 1, i, MentionBasis.Coreference, "the same person named earlier in the story"));
                continue;
            }
            if (tree.Upos(i) == "NOUN" && at[i] is null && DefiniteDescription(tree, i) is { } kind)
            {
                while (before < mentionCount && resolved[before].End <= i)
                {
                    before++;
                }
                if (NearestOfKind(tree, resolved, before, tree.SentenceOf(i) - DescriptionReach, kind) is { } referent)
                {
                    Restate(referent.RestatedAt(tree.Doc, tree.Child(i, "det"), i + 1, i, MentionBasis.Coreference,
                        "the " + kind.ToString().ToLowerInvariant() + " named earlier in the story"));
                }
                continue;
            }
            if (tree.Upos(i) != "PRON")
            {
                continue;
            }
            string lemma = tree.Word(i);
            bool person = PersonPronouns.Contains(lemma);
            if ((!person && !BodyPronouns.Contains(lemma)) || IsExpletive(tree, i))
            {
                continue;
            }
            while (before < mentionCount && resolved[before].End <= i)
            {
                before++;
            }
            quotes ??= Quotations.Of(tree);
            var antecedent = Antecedent(tree, i, person, resolved, before, pronouns, at, quotes);
            if (antecedent is not null)
            {
                Restate(antecedent.RestatedAt(tree.Doc, i, i + 1, i, MentionBasis.Pronoun, "pronoun"));
            }
        }
        for (int m = 0; m < mentionCount; m++)
        {
            if (resolved[m] is { AgentOnly: true, Sectors.Count: > 0 } ownedAgent && ownedAgent.Basis is MentionBasis.StoryCountry or MentionBasis.Unresolved
                && (ownedAgent.Basis == MentionBasis.StoryCountry || ownedAgent.Reason == PronounOwnerReason)
                && tree.Child(ownedAgent.Head, "nmod:poss") is int groupOwner and >= 0
                && at[groupOwner] is { Basis: MentionBasis.Pronoun, IsPerson: false, Name: not null, Code: { } groupCode } group
                && groupCode != group.Country)
            {
                // "The PKK said its fighters attacked", "Hamas said its gunmen": a named group's own fighters, members or
                // weapons act for the group, as "the leader of Hamas" does.
                resolved[m] = ownedAgent with
                {
                    Code = groupCode,
                    Country = group.Country,
                    Sectors = group.Sectors,
                    Name = group.Name,
                    AgentOnly = false,
                    CountryOpen = false,
                    Basis = MentionBasis.Coreference,
                    Reason = "agent noun of the group its possessive pronoun stands for",
                };
                continue;
            }
            if (resolved[m] is { AgentOnly: true, CountryOpen: true, Reason: PronounOwnerReason } weapon
                && at[tree.Child(weapon.Head, "nmod:poss")] is { Basis: MentionBasis.Pronoun, Country: { } weaponCountry }
                && !(tree.Dep(weapon.Head) is "obj" or "obl" && tree.Child(tree.Head(weapon.Head), "nsubj") is int user and >= 0
                    && at[user] is { Country: { } userCountry } && userCountry == weaponCountry))
            {
                // "Pakistan said its jets struck Kabul": the weapon is of the country the pronoun stands for.
                resolved[m] = weapon with
                {
                    Code = weaponCountry + string.Concat(weapon.Sectors),
                    Country = weaponCountry,
                    CountryOpen = false,
                    Basis = MentionBasis.Coreference,
                    Reason = "weapon or craft owned by the actor its possessive pronoun stands for",
                };
                continue;
            }
            if (resolved[m] is { AgentOnly: true, Basis: MentionBasis.StoryCountry, Sectors.Count: > 0 } owned && owned.Sectors.All(StateAgentSectors.Contains)
                && tree.Child(owned.Head, "nmod:poss") is int owner and >= 0
                && at[owner] is { Basis: MentionBasis.Pronoun, Country: { } ownerCountry })
            {
                // "Assad announced a withdrawal of his troops", "Berlin would not withdraw its troops": a state's
                // agents are the owner's, whom the pronoun stands for, not the story's country's. Relatives, lawyers
                // and businesses ("his mother", "his lawyer", "his own business") keep the story's guess: they are
                // nobody's state.
                resolved[m] = owned with
                {
                    Code = ownerCountry + string.Concat(owned.Sectors),
                    Country = ownerCountry,
                    Basis = MentionBasis.Coreference,
                    Reason = "agent noun owned by the actor its possessive pronoun stands for",
                };
            }
        }
        // A weapon whose pronoun found no owner, or whose owner is the one using it ("the pilots flew their jets to
        // Malta": their instrument, not someone they acted on), is a thing, as "a drone" is.
        resolved.RemoveAll(m => m.Reason == PronounOwnerReason);
        resolved.AddRange(pronouns);
        resolved.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new ArticleActors(tree.Count, resolved, storyCountry);

        void Restate(ActorMention mention)
        {
            pronouns.Add(mention);
            Array.Fill(at, mention, mention.Start, mention.End - mention.Start);
        }
    }

    /// <summary>Singular nouns that name a body of many: "police responded", "the army".</summary>
    private static readonly HashSet<string> ForceNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "police", "military", "army", "navy", "militia", "gendarmerie", "coast guard", "air force",
    };

    /// <summary><paramref name="mention"/> as agents of no country, coded by their sectors alone.</summary>
    private static ActorMention OfNoCountry(ActorMention mention, IReadOnlyList<string> sectors, List<AgentNoun> agents, string reason) => mention with
    {
        Code = string.Concat(sectors),
        Sectors = sectors,
        Basis = agents.All(a => a.IsImported) ? MentionBasis.Imported : MentionBasis.Described,
        Reason = reason,
        Entry = agents[0].Origin,
    };

    /// <summary>
    /// The nearest earlier actor of its own sentence with the same sectors as bare agent noun <paramref name="bare"/>,
    /// whose country the text gave with a nationality, or null: "Israeli police … and police responded", "Israeli
    /// tanks rolled into Jenin, and troops exchanged fire with Palestinian gunmen" are Israel's, not the story's main
    /// country's. Only the nearest of that kind counts: one whose country came otherwise stops the search. A noun
    /// with an "of" says whose it is itself ("the captain of a Chinese fishing boat" after "Japan's coast guard"), and
    /// earlier sentences are too far: there the story's country is as good a guess.
    /// </summary>
    private static ActorMention? SameKindBefore(DependencyTree tree, ActorMention bare, List<ActorMention> resolved)
    {
        if (tree.Xpos(bare.Head) is not ("NNS" or "NNPS") && !ForceNouns.Contains(tree.Lemma(bare.Head)))
        {
            // A singular title is one person, whom an earlier body of the same sector need not employ: "resign as
            // Foreign Affairs minister".
            return null;
        }
        int sentence = tree.SentenceOf(bare.Start);
        foreach (int c in tree.Children(bare.Head))
        {
            if (tree.Is(c, "nmod") && tree.CaseOf(c) == "of")
            {
                return null;
            }
        }
        for (int k = resolved.Count - 1; k >= 0; k--)
        {
            var m = resolved[k];
            if (tree.SentenceOf(m.Start) < sentence)
            {
                break;
            }
            if (m.IsPerson || m.Country is null || !m.Sectors.SequenceEqual(bare.Sectors))
            {
                continue;
            }
            return m.Basis is MentionBasis.Described ? m : null;
        }
        return null;
    }

    /// <summary>
    /// True when the mention is a subject, or the "of" of a subject no actor covers: "three members of the U.S. Senate
    /// led a group", "some of the militants fled".
    /// </summary>
    private static bool IsSubject(DependencyTree tree, ActorMention m, ActorMention?[] at)
    {
        if (tree.Is(m.Head, "nsubj"))
        {
            return true;
        }
        int owner = tree.Head(m.Head);
        return tree.Is(m.Head, "nmod") && tree.CaseOf(m.Head) == "of" && owner >= 0 && owner < m.Start && tree.Is(owner, "nsubj") && at[owner] is null;
    }

    /// <summary>
    /// True for an "it" that stands for no actor but for a clause after it: "it was damning that the Home Office …",
    /// "it is worth noting that …", "it is clear the talks failed".
    /// </summary>
    private static bool IsExpletive(DependencyTree tree, int i)
    {
        if (tree.Is(i, "expl"))
        {
            return true;
        }
        if (!tree.Word(i).Equals("it", StringComparison.OrdinalIgnoreCase) || !tree.Is(i, "nsubj") || tree.Head(i) is not (int predicate and >= 0)
            || tree.Upos(predicate) is not ("ADJ" or "NOUN"))
        {
            return false;
        }
        foreach (int c in tree.Children(predicate))
        {
            if (c > predicate && (tree.Is(c, "ccomp") || tree.Is(c, "csubj") || tree.Is(c, "xcomp")))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// The antecedent of pronoun <paramref name="pronoun"/>: an earlier actor with a code, of the pronoun's kind, from
    /// <paramref name="resolved"/>[0..<paramref name="before"/>) and the mentions restated so far
    /// (<paramref name="restated"/>, in text order), or null. First the subject of a clause above the pronoun ("Trump
    /// said he …", "the group was on a pace to double the attacks it had carried out"); then, sentence by sentence
    /// from the pronoun's own back to <see cref="PronounReach"/> before it, the nearest actor in its own sentence
    /// ("senators sent a letter to Rubio, urging him" is Rubio) and the nearest subject, else the nearest actor, in
    /// earlier ones ("Trump met Xi. He …" is Trump). An object pronoun is never the subject of its own verb ("Xi
    /// told him": not Xi). Actors on the pronoun's side of the quotation marks are tried first: inside a quotation,
    /// those quoted ("“Putin will not attend,” Peskov said. “He has other plans.”" is Putin); outside, those of the
    /// story's own voice ("Countryman said … “… Mr. Berisha …,” he said" is Countryman).
    /// </summary>
    private static ActorMention? Antecedent(DependencyTree tree, int pronoun, bool person, List<ActorMention> resolved, int before, List<ActorMention> restated,
        ActorMention?[] at, Quotations quotes)
    {
        int sentence = tree.SentenceOf(pronoun);
        int bound = tree.Is(pronoun, "obj") || tree.Is(pronoun, "iobj") ? BoundSubject(tree, tree.Head(pronoun)) : -1;
        bool quoted = quotes.Around(pronoun) is not null;
        bool Fits(ActorMention m, bool sameSide) =>
            m.Code is not null && m.IsPerson == person && m.End <= pronoun && !(bound >= m.Start && bound < m.End)
            && (!sameSide || (quotes.Around(m.Start) is not null) == quoted);
        foreach (bool quotedOnly in (ReadOnlySpan<bool>)[true, false])
        {
            for (int a = tree.Head(pronoun), depth = 0; a >= 0 && depth < 12; a = tree.Head(a), depth++)
            {
                foreach (int c in tree.Children(a))
                {
                    if (c < pronoun && tree.Is(c, "nsubj") && at[c] is { } subject && Fits(subject, quotedOnly))
                    {
                        return subject;
                    }
                }
            }
            for (int s = sentence; s >= sentence - PronounReach && s >= 0; s--)
            {
                ActorMention? nearest = null;
                // Both lists are in text order: walk them back together, nearest first.
                int r = before - 1, p = restated.Count - 1;
                while (r >= 0 || p >= 0)
                {
                    var m = p < 0 || (r >= 0 && resolved[r].Start > restated[p].Start) ? resolved[r--] : restated[p--];
                    int ms = tree.SentenceOf(m.Start);
                    if (ms > s)
                    {
                        continue;
                    }
                    if (ms < s)
                    {
                        break;
                    }
                    if (!Fits(m, quotedOnly))
                    {
                        continue;
                    }
                    if (s == sentence || IsSubject(tree, m, at))
                    {
                        return m;
                    }
                    nearest ??= m;
                }
                if (nearest is not null)
                {
                    return nearest;
                }
            }
        }
        return null;
    }

    /// <summary>
    /// The subject of verb <paramref name="verb"/>, which its object pronoun cannot stand for: its own, else, for a
    /// participle or infinitive with none ("… cut ties with Qatar, accusing it of …", "asked Iran to release it"), the
    /// subject of the verb it hangs on. -1 when there is none.
    /// </summary>
    private static int BoundSubject(DependencyTree tree, int verb)
    {
        if (verb < 0)
        {
            return -1;
        }
        int own = tree.Child(verb, "nsubj");
        if (own >= 0 || !(tree.Is(verb, "advcl") || tree.Is(verb, "xcomp") || tree.Is(verb, "conj")) || tree.Upos(verb) != "VERB")
        {
            return own;
        }
        return tree.Head(verb) is int governor and >= 0 ? tree.Child(governor, "nsubj") : -1;
    }

    /// <summary>
    /// <paramref name="found"/> with every bare surname the catalogue resolved undone when the story names someone
    /// else by it: after "publisher Jimmy Lai", "Lai" is him, not Taiwan's president Lai Ching-te; "Publisher Zamora"
    /// in a headline over "Jose Ruben Zamora" is not Andorra's Victor Naudi Zamora. The story's own full name, before
    /// or after, is better evidence than a dictionary's surname. Such a mention is left unresolved with the story's
    /// name, for the coreference that follows. The same list when nothing changes.
    /// </summary>
    private static List<ActorMention> WithoutBorrowedSurnames(List<ActorMention> found)
    {
        Dictionary<string, string>? fullNames = null;
        foreach (var m in found)
        {
            if (m is { IsPerson: true, Name: { } name } && name.Contains(' ') && (m.Code is null || NameIn(m.Text, name)))
            {
                string last = LastWord(name);
                // A full name as the story writes it (resolved through it, or not resolved at all).
                fullNames ??= new(StringComparer.OrdinalIgnoreCase);
                fullNames.TryAdd(last, name);
            }
        }
        if (fullNames is null)
        {
            return found;
        }
        List<ActorMention>? changed = null;
        for (int k = 0; k < found.Count; k++)
        {
            var m = found[k];
            string? storyName = null;
            bool borrowed = m is { IsPerson: true, Code: not null, Name: { } catalogueName } && LastWord(m.Text) is { } surname
                && !NameIn(m.Text, catalogueName) && fullNames.TryGetValue(surname, out storyName)
                && !string.Equals(storyName, catalogueName, StringComparison.OrdinalIgnoreCase);
            // "Paris" after "Valeska Paris": a place word standing alone is the person the story named with it.
            bool place = !borrowed && m is { IsPlace: true } && m.End - m.Start == 1 && fullNames.TryGetValue(m.Text, out storyName);
            if (borrowed || place)
            {
                changed ??= [.. found];
                changed[k] = m with
                {
                    Code = null, Country = null, Sectors = [], Name = storyName, IsPerson = true, IsPlace = false, Title = null,
                    Basis = MentionBasis.Unresolved, Reason = null, Entry = null,
                };
            }
        }
        return changed ?? found;

        static string LastWord(string text)
        {
            int space = text.LastIndexOf(' ');
            return space < 0 ? text : text[(space + 1)..];
        }

        // Whether the text writes at least two words of the name ("Vladimir Putin", "Lai Ching-te"), not just the one
        // a surname match found ("Putin"; "Lai" in "Jimmy Lai").
        static bool NameIn(string text, string name)
        {
            var written = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => written.Contains(w, StringComparer.OrdinalIgnoreCase)) >= 2;
        }
    }

    /// <summary>The reason a name described in apposition is given, by which the names listed with it find it.</summary>
    private const string DescribedName = "unknown name, described in apposition";

    /// <summary>
    /// <paramref name="found"/> with every name the dictionaries do not know given the actor of the words set beside it
    /// in apposition, either way round: "Valeska Paris, an Australian woman" → Australian civilians; "Jeff Rathke, the
    /// State Department spokesperson" → the US government; "Artur Romeu, director of RSF's Latin America office" →
    /// Reporters Without Borders. The text's own description is better evidence than the story's main country, which
    /// such names would otherwise take. The same list when nothing changes.
    /// </summary>
    private static List<ActorMention> WithDescribedNames(DependencyTree tree, List<ActorMention> found)
    {
        List<ActorMention>? changed = null;
        int[]? byToken = null;
        for (int k = 0; k < found.Count; k++)
        {
            var m = found[k];
            if (m.Code is not null || m.Name is null || m.CountryOpen)
            {
                continue;
            }
            if (byToken is null)
            {
                byToken = new int[tree.Count];
                Array.Fill(byToken, -1);
                for (int f = 0; f < found.Count; f++)
                {
                    for (int t = found[f].Start; t < found[f].End; t++)
                    {
                        byToken[t] = f;
                    }
                }
            }
            var description = Apposed(tree, m, k, found, byToken);
            if (description is null && tree.Is(m.Head, "conj") && byToken[tree.Head(m.Head)] is int first and >= 0 && first != k
                && (changed ?? found)[first] is { Reason: DescribedName } described)
            {
                // "three senators — Chuck Grassley, Jeanne Shaheen and Jim Risch": names in one list share the description.
                description = described;
            }
            description ??= FromPlace(tree, m, k, found, byToken);
            if (description is null)
            {
                continue;
            }
            changed ??= [.. found];
            changed[k] = m with
            {
                Code = description.Code,
                Country = description.Country,
                Sectors = description.Sectors,
                Basis = MentionBasis.Described,
                Reason = DescribedName,
                Entry = description.Entry,
            };
        }
        return changed ?? found;
    }

    /// <summary>Words between the comma after a list of names and the "from" of their country: "Amirov and Omarov, both from Azerbaijan".</summary>
    private static readonly HashSet<string> ListQuantifiers = new(StringComparer.OrdinalIgnoreCase) { "both", "all", "each", "originally" };

    /// <summary>
    /// The country a name the dictionaries lack is said to come from, set off by commas after it or after the list of
    /// names it ends ("Jane Doe, from Kenya, said", "Amirov and Omarov, both from Azerbaijan, have pleaded"), or
    /// null. The parser reads such phrases every which way, so they are read by their words.
    /// </summary>
    private static ActorMention? FromPlace(DependencyTree tree, ActorMention m, int k, List<ActorMention> found, int[] byToken)
    {
        int sentence = tree.SentenceOf(m.Start);
        int i = m.End;
        // Past the rest of the list: ", NAME", "and NAME".
        for (int next = k + 1; next < found.Count && i < tree.Count && tree.Word(i) is "," or "and" && found[next].Start == i + 1 && found[next].Name is not null; next++)
        {
            i = found[next].End;
        }
        if (i + 2 >= tree.Count || tree.Word(i) != "," || tree.SentenceOf(i + 2) != sentence)
        {
            return null;
        }
        int from = ListQuantifiers.Contains(tree.Word(i + 1)) ? i + 2 : i + 1;
        if (from + 1 >= tree.Count || !tree.Word(from).Equals("from", StringComparison.OrdinalIgnoreCase) || byToken[from + 1] is not (int place and >= 0) || place == k)
        {
            return null;
        }
        var country = found[place];
        int after = country.End;
        bool closed = after >= tree.Count || tree.SentenceOf(after) != sentence || tree.Upos(after) == "PUNCT";
        return closed && country is { IsPlace: true, Country: not null, Basis: MentionBasis.Catalogue } ? country : null;
    }

    /// <summary>Nouns whose "of" names the other side, not the body a person belongs to: "a critic of Tehran".</summary>
    private static readonly HashSet<string> OpposingWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "critic", "opponent", "rival", "enemy", "foe", "adversary", "detractor", "victim", "target", "challenger", "hostage", "prisoner",
    };

    /// <summary>
    /// The resolved actor that describes mention <paramref name="k"/> in apposition: the mention that holds the word in
    /// apposition (or the word the mention is in apposition to), else, when that word is a bare title ("director"),
    /// an actor it is "of" two steps down at most ("director of RSF's … office"). Null when there is none.
    /// </summary>
    private static ActorMention? Apposed(DependencyTree tree, ActorMention m, int k, List<ActorMention> found, int[] byToken)
    {
        int head = m.Head;
        int other = tree.Child(head, "appos");
        if (other < 0 && tree.Is(head, "appos"))
        {
            other = tree.Head(head);
        }
        if (other < 0 && m.End + 1 < tree.Count && tree.Word(m.End) == "," && tree.SentenceOf(m.End + 1) == tree.SentenceOf(m.Start))
        {
            // "Jeff Rathke, the State Department spokesperson, said": the parser may not call it an apposition, but
            // the phrase after the comma hangs on the name.
            int next = tree.Lemma(m.End + 1) is "a" or "an" && m.End + 2 < tree.Count ? m.End + 2 : m.End + 1;
            int n = byToken[next];
            if (n >= 0 && n != k && Enumerable.Range(found[n].Start, found[n].End - found[n].Start).Any(t => tree.Head(t) >= m.Start && tree.Head(t) < m.End))
            {
                other = found[n].Head;
            }
        }
        if (other < 0 || byToken[other] == k)
        {
            return null;
        }
        if (Described(byToken[other]) is { } direct)
        {
            return direct;
        }
        if (OpposingWords.Contains(tree.Lemma(other)))
        {
            // "Alinejad, a vocal critic of Tehran's abuses": the one a critic is "of" is the other side.
            return null;
        }
        foreach (int c in tree.Children(other))
        {
            if (!tree.Is(c, "nmod"))
            {
                continue;
            }
            if (Described(byToken[c]) is { } owner)
            {
                return owner;
            }
            foreach (int g in tree.Children(c))
            {
                if (tree.Is(g, "nmod") && Described(byToken[g]) is { } further)
                {
                    return further;
                }
            }
        }
        return null;

        ActorMention? Described(int index) =>
            index >= 0 && index != k && found[index] is { Code: not null, Basis: MentionBasis.Catalogue or MentionBasis.Described or MentionBasis.Imported } d ? d : null;
    }

    /// <summary>What a definite description with no name of its own can stand for ("the group", "the bloc").</summary>
    private enum DescribedKind
    {
        /// <summary>A non-state group: armed, political or civil ("the group", "the militants", "the movement").</summary>
        Group,
        /// <summary>An international body ("the bloc", "the alliance", "the regional body").</summary>
        Body,
    }

    /// <summary>Nouns that, after "the" or "this" and with no modifier of their own, name an actor the story introduced.</summary>
    private static readonly Dictionary<string, DescribedKind> DescriptionNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["group"] = DescribedKind.Group, ["militant"] = DescribedKind.Group, ["movement"] = DescribedKind.Group, ["insurgent"] = DescribedKind.Group,
        ["outfit"] = DescribedKind.Group, ["faction"] = DescribedKind.Group, ["militia"] = DescribedKind.Group, ["organization"] = DescribedKind.Group,
        ["organisation"] = DescribedKind.Group, ["bloc"] = DescribedKind.Body, ["alliance"] = DescribedKind.Body,
        ["body"] = DescribedKind.Body, ["grouping"] = DescribedKind.Body,
    };

    /// <summary>How many sentences back a definite description looks: a story keeps saying "the group" for a while.</summary>
    private const int DescriptionReach = 4;

    /// <summary>Sectors of the groups a story goes on calling "the group": armed, rebel, opposition, party, radical, criminal.</summary>
    private static readonly HashSet<string> GroupSectors = new(StringComparer.Ordinal) { "REB", "INS", "UAF", "SEP", "OPP", "PTY", "RAD", "CRM" };

    /// <summary>The kind of actor token <paramref name="i"/> refers back to as "the group" or "the bloc", or null when it is no such description.</summary>
    private static DescribedKind? DefiniteDescription(DependencyTree tree, int i)
    {
        if (!DescriptionNouns.TryGetValue(tree.Lemma(i), out var kind))
        {
            return null;
        }
        int det = tree.Child(i, "det");
        if (det < 0 || det > i || tree.Lemma(det) is not ("the" or "this"))
        {
            return null;
        }
        foreach (int c in tree.Children(i))
        {
            // "the armed group Hamas", "the Wagner group", "the Somali group", "the group's leader" name or describe it
            // themselves; a plain word before the noun does not ("the terror group", "the militant group").
            // Nor does a phrase after it that names no one ("the regional body of failing to protect", a misparse
            // of "accused the body of failing").
            bool plain = (tree.Is(c, "amod") || tree.Is(c, "compound") || (tree.Is(c, "nmod") && c > i)) && tree.Upos(c) is "ADJ" or "NOUN" or "VERB"
                && !char.IsUpper(tree.Word(c), 0);
            if (!plain && (tree.Is(c, "amod") || tree.Is(c, "compound") || tree.Is(c, "appos") || tree.Is(c, "flat") || tree.Is(c, "nmod")))
            {
                return null;
            }
        }
        return kind;
    }

    /// <summary>Heads of a group descriptor that is an agent noun ("the militant group", "the terror group", "the separatist group").</summary>
    private static readonly HashSet<string> GroupHeads = new(StringComparer.OrdinalIgnoreCase) { "group", "organization", "organisation", "movement", "faction", "outfit" };

    /// <summary>
    /// "the militant group", "the terror group" after "al-Shabaab": the group named before, restated, rather than a new
    /// group of the story's country. Null when the mention is no such description or no group is within reach.
    /// </summary>
    private static ActorMention? DescribedGroup(DependencyTree tree, ActorMention mention, List<ActorMention> earlier)
    {
        if (!mention.AgentOnly || !GroupHeads.Contains(tree.Lemma(mention.Head)) || !DefiniteBefore(tree, mention.Head) || NamedByItself(tree, mention.Head))
        {
            return null;
        }
        return NearestOfKind(tree, earlier, earlier.Count, tree.SentenceOf(mention.Head) - DescriptionReach, DescribedKind.Group)
            ?.RestatedAt(tree.Doc, mention.Start, mention.End, mention.Head, MentionBasis.Coreference, "the group named earlier in the story");
    }

    /// <summary>
    /// True when words that hang on the group noun name or place it ("The rebel group URNG", "the militant group in
    /// Somalia"): the phrase describes a group of its own, not the one named before.
    /// </summary>
    private static bool NamedByItself(DependencyTree tree, int head)
    {
        foreach (int c in tree.Children(head))
        {
            bool plain = (tree.Is(c, "amod") || tree.Is(c, "compound")) && tree.Upos(c) is "ADJ" or "NOUN" or "VERB" && !char.IsUpper(tree.Word(c), 0);
            if (!plain && (tree.Is(c, "amod") || tree.Is(c, "compound") || tree.Is(c, "appos") || tree.Is(c, "flat") || tree.Is(c, "nmod")))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// True when "the" or "this" begins the phrase <paramref name="head"/> heads, across plain lower-case words only
    /// ("the banned separatist militant group", whose article the parser may hang on a word before the head): a
    /// capitalised word ("the Somali …") or a name describes the group itself.
    /// </summary>
    private static bool DefiniteBefore(DependencyTree tree, int head)
    {
        for (int k = head - 1; k >= 0 && tree.SentenceOf(k) == tree.SentenceOf(head); k--)
        {
            if (tree.Lemma(k) is "the" or "this")
            {
                return true;
            }
            if (tree.Upos(k) is not ("ADJ" or "NOUN" or "VERB") || char.IsUpper(tree.Word(k), 0))
            {
                return false;
            }
        }
        return false;
    }

    /// <summary>The last resolved non-person actor of <paramref name="kind"/> among <paramref name="mentions"/>[0..<paramref name="count"/>) within reach, or null.</summary>
    private static ActorMention? NearestOfKind(DependencyTree tree, List<ActorMention> mentions, int count, int earliest, DescribedKind kind)
    {
        for (int k = count - 1; k >= 0; k--)
        {
            var m = mentions[k];
            if (tree.SentenceOf(m.Start) < earliest)
            {
                return null;
            }
            if (m.Code is null || m.IsPerson)
            {
                continue;
            }
            bool international = m.Country is null;
            bool fits = kind switch
            {
                DescribedKind.Body => international && m.Code.StartsWith("IGO", StringComparison.Ordinal),
                _ => (international && (m.Code.StartsWith("IMG", StringComparison.Ordinal) || m.Code.StartsWith("NGO", StringComparison.Ordinal)))
                    || m.Sectors.Any(GroupSectors.Contains),
            };
            if (fits)
            {
                return m;
            }
        }
        return null;
    }

    private static ActorMention Corefer(ActorMention mention, NamedActors earlier, string? storyCountry)
    {
        if (mention.Name is { } name && mention.IsPerson)
        {
            // "Odinga" after "opposition leader Raila Odinga": the same person.
            // A lone name may be the family name written first ("Kim" after "Kim Jong Un") or last ("Odinga").
            string[] words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var match = earlier.LastPerson(words);
            if (match is not null)
            {
                return mention with { Code = match.Code, Country = match.Country, Sectors = match.Sectors, Name = match.Name, Basis = MentionBasis.Coreference, Reason = "the same person named earlier in the story" };
            }
        }
        if (mention.Name is not null && storyCountry is not null)
        {
            // A person or body the catalogue does not know, in a story about one country, most likely belongs to it
            // ("Ahmed Mohamed" in a story from Texas): coded so, with the least sure basis.
            return mention with { Code = storyCountry + string.Concat(mention.Sectors), Country = storyCountry, Basis = MentionBasis.StoryCountry, Reason = "the story's country" };
        }
        if (mention.AgentOnly)
        {
            // "the president" after "President Vladimir Putin": the person who holds that title.
            string words = mention.Text.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? mention.Text[4..] : mention.Text;
            var holder = earlier.LastHolder(words);
            if (holder is not null)
            {
                return mention with { Code = holder.Code, Country = holder.Country, Sectors = holder.Sectors, Name = holder.Name, IsPerson = true, Basis = MentionBasis.Coreference, Reason = "the holder of that title named earlier in the story" };
            }
            if (storyCountry is not null)
            {
                return mention with { Code = storyCountry + string.Concat(mention.Sectors), Country = storyCountry, Basis = MentionBasis.StoryCountry, Reason = "the story's country" };
            }
        }
        return mention;
    }

    /// <summary>
    /// The resolved people seen so far, indexed by the first and last word of their name and by their title, so that a
    /// bare surname or title finds the latest earlier holder without rescanning the story. Name keys are
    /// <see cref="NameKey"/>s ("al-Rufay'i" and "al-Rufay’i" are one); titles compare ignoring case.
    /// </summary>
    private sealed class NamedActors
    {
        private readonly List<ActorMention> _people = [];
        private readonly Dictionary<string, int> _lastWord = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, int> _firstWord = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, int> _title = new(StringComparer.OrdinalIgnoreCase);

        /// <summary>Words that make a title a lesser office than the rest of it names: "Vice President", "Deputy Prime Minister".</summary>
        private static readonly HashSet<string> RankWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "vice", "deputy", "assistant", "under", "acting", "associate", "lieutenant", "junior", "co", "sub", "former", "interim",
        };

        public void Add(ActorMention mention)
        {
            if (!mention.IsPerson || mention.Code is null)
            {
                return;
            }
            int index = _people.Count;
            _people.Add(mention);
            if (mention.Name is { } name)
            {
                string[] words = name.Split(' ');
                _lastWord[NameKey.Of(words[^1])] = index;
                _firstWord[NameKey.Of(words[0])] = index;
            }
            if (mention.Title is { } title)
            {
                // "the secretary-general" after "UN Secretary-General António Guterres": the title without its owner.
                // Not past a word of rank: "the president" is not the Vice President.
                string[] words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                for (int w = 0; w < words.Length && (w == 0 || !RankWords.Contains(words[w - 1])); w++)
                {
                    _title[string.Join(' ', words, w, words.Length - w)] = index;
                }
            }
        }

        /// <summary>The latest person whose name ends with the last of <paramref name="words"/>, or (for a lone word) begins with it.</summary>
        public ActorMention? LastPerson(string[] words)
        {
            int found = _lastWord.GetValueOrDefault(NameKey.Of(words[^1]), -1);
            if (words.Length == 1)
            {
                found = Math.Max(found, _firstWord.GetValueOrDefault(NameKey.Of(words[0]), -1));
            }
            return found >= 0 ? _people[found] : null;
        }

        /// <summary>The latest person who holds the title <paramref name="title"/>, or one that ends with it ("Secretary-General" for "UN Secretary-General").</summary>
        public ActorMention? LastHolder(string title) => _title.GetValueOrDefault(title, -1) is int found and >= 0 ? _people[found] : null;
    }
}

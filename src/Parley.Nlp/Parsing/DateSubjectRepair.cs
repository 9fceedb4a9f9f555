using Parley.Text;

namespace Parley.Nlp.Parsing;

/// <summary>
/// "Security sources said Wednesday a military operation rescued 190 passengers": news puts the day of the saying
/// between the verb of saying and its reported clause, which has no "that", and the greedy parser reads the day as a
/// subject of the reported verb beside its real one, or as the object of the verb of saying. A day or month name,
/// "today" or "yesterday", read as a subject of a verb that has another subject after it, or as the object of the verb
/// right before it that has a reported clause after it, is a time adjunct (obl:unmarked, as EWT annotates "said Wednesday"):
/// of the verb right before it when that verb governs the clause ("said Wednesday"), else of the clause's own verb.
/// </summary>
internal static class DateSubjectRepair
{
    /// <summary>Repairs the sentence of tokens <c>[start, start + length)</c> of <paramref name="doc"/>, whose heads are document indices (-1 for the root).</summary>
    public static void Apply(Document doc, int start, int length)
    {
        int end = start + length;
        for (int date = start + 1; date < end; date++)
        {
            int verb = doc.Heads[date];
            if (verb < 0 || !IsDateWord(ClauseArcs.Word(doc, date)))
            {
                continue;
            }
            string dep = doc.Strings[doc.Deps[date]];
            bool secondSubject = dep is "nsubj" or "nsubj:pass" && verb > date && HasSubjectBetween(doc, date, verb);
            // "The government announced Monday the army would withdraw": the day read as the object of the verb of
            // saying before it, whose reported clause follows.
            bool dayAsObject = dep == "obj" && verb == date - 1 && HasClauseAfter(doc, verb, date, end);
            if (!secondSubject && !dayAsObject)
            {
                continue;
            }
            int before = date - 1;
            doc.Heads[date] = doc.Heads[verb] == before && doc.Strings[doc.Upos[before]] is "VERB" or "AUX" ? before : verb;
            doc.Deps[date] = doc.Strings.Add("obl:unmarked");
        }
    }

    private static bool HasSubjectBetween(Document doc, int date, int verb)
    {
        for (int c = date + 1; c < verb; c++)
        {
            if (doc.Heads[c] == verb && doc.Strings[doc.Deps[c]] is "nsubj" or "nsubj:pass")
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasClauseAfter(Document doc, int verb, int date, int end)
    {
        for (int c = date + 1; c < end; c++)
        {
            if (doc.Heads[c] == verb && doc.Strings[doc.Deps[c]] is "ccomp" or "parataxis")
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> DateWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "today", "yesterday", "tonight",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DateLookup = DateWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static bool IsDateWord(ReadOnlySpan<char> word) => DateLookup.Contains(word);

}

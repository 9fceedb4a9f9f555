namespace Parley.Nlp.Lemmatization;

/// <summary>
/// The base forms a verb form's regular ending allows, most likely first: "-ied"/"-ies" as "-y" ("carries" → carry);
/// "-ed", "-ing", "-es" and "-s" stripped, with a final "e" restored, or a doubled consonant undone. The stem with "e"
/// comes first after a consonant-vowel-consonant ending ("blam-ed" is "blame", "declin-ing" "decline"), the bare stem
/// first otherwise ("bomb-ed", "sing-ing"), as English doubles the consonant of a short stem ("hop-ped"). The lemmatizer
/// takes the first its verbs know; the event coder looks its patterns up by them.
/// </summary>
public static class RegularVerbForms
{
    /// <summary>The readings of lower-case <paramref name="form"/>; none for a word too short or with no regular ending ("bed", "fought").</summary>
    public static IEnumerable<string> Bases(string form)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (form.Length > 4 && (form.EndsWith("ied", StringComparison.Ordinal) || form.EndsWith("ies", StringComparison.Ordinal)))
        {
            yield return form[..^3] + "y";
            yield break;
        }
        int ending = form.EndsWith("ed", StringComparison.Ordinal) ? 2 : form.EndsWith("ing", StringComparison.Ordinal) ? 3
            : form.EndsWith("es", StringComparison.Ordinal) ? 2 : form.EndsWith('s') ? 1 : 0;
        if (ending == 0 || form.Length - ending < 3)
        {
            yield break;
        }
        string stem = form[..^ending];
        bool shortStem = !IsVowel(stem[^1]) && IsVowel(stem[^2]) && !IsVowel(stem[^3]) && stem[^1] is not ('w' or 'x' or 'y');
        yield return shortStem ? stem + "e" : stem;
        yield return shortStem ? stem : stem + "e";
        if (stem[^1] == stem[^2] && !IsVowel(stem[^1]))
        {
            yield return stem[..^1];
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}

using Parley.Nlp.Learning;

namespace Parley.Nlp.Tagging;

/// <summary>
/// Repairs the tags of verb forms that web text, which the tagger learned from, seldom shows where news puts them.
/// Each rule fixes a class of words, not a word:
/// <list type="bullet">
/// <item>An irregular past form (<see cref="IIrregularPastForms"/>: "froze", "overran", "shot", "tore") right after the
/// noun phrase that opens its clause, with no finite verb in the clause, is that clause's verb, not a name, a noun or a
/// preposition ("Bosnian Serb forces overran the U.N. safe area", "A Russian policeman shot dead a suspect"). The
/// tagger reads such words from their spelling ("overran" as "over"), as it saw few or none of them.</item>
/// <item>A word in "-ed" read as an adjective in that place, before a determiner, a name or a pronoun, is the verb too
/// ("Sudan's military ousted President Omar al-Bashir").</item>
/// <item>An irregular past form read as a present ("The rebels froze the assets", VBP or VBZ) is a simple past, as is one read
/// as a base form right after "and" that joins it to a simple past ("referred the case to the court and froze the
/// assets"): a present form is read with a present lemma ("froze"), which costs the verb its meaning.</item>
/// <item>A word in "-os" read as a verb is a plural noun ("NATO commandos bombed a house"): English verbs take "-oes";
/// so is a word in "-s" read as a verb right after an article ("the suspects", "the three suspects"), which no verb follows.</item>
/// <item>A capitalised word in "-ed" that opens the sentence or follows an article and comes before a noun is an
/// adjective, not a verb ("Allied aircraft bombed Baghdad", "Armed men stormed the bank"), as EWT tags them: read as a
/// verb it takes the place of the sentence's real one.</item>
/// </list>
/// Headlines are left alone: their verbs are present, and every word is capitalised.
/// </summary>
internal sealed class VerbFormRepair
{
    private readonly IIrregularPastForms _pastForms;
    private readonly AmbiguityClasses _classes;
    private readonly string[] _upos;
    private readonly string[] _xpos;
    private readonly bool[] _finite;
    private readonly bool[] _nominal;
    private readonly int _simplePast;
    private readonly int _participle;
    private readonly int _pluralNoun;
    private readonly int _adjective;
    // The ambiguity classes of words training saw only as past verbs: a word a suffix pattern alone calls a past form
    // is taken as one only when training agrees (the patterns call "crew" a past of "craw").
    private readonly HashSet<ulong> _pastOnlyClasses;

    public VerbFormRepair(IIrregularPastForms pastForms, LabelSet labels, AmbiguityClasses classes, string[] upos, string[] xpos, bool[] finite, bool[] nominal)
    {
        _pastForms = pastForms;
        _classes = classes;
        _upos = upos;
        _xpos = xpos;
        _finite = finite;
        _nominal = nominal;
        _simplePast = labels.IndexOf(PerceptronTagger.JoinLabel("VERB", "VBD"));
        _participle = labels.IndexOf(PerceptronTagger.JoinLabel("VERB", "VBN"));
        _pluralNoun = labels.IndexOf(PerceptronTagger.JoinLabel("NOUN", "NNS"));
        _adjective = labels.IndexOf(PerceptronTagger.JoinLabel("ADJ", "JJ"));
        var past = new[] { "VERB|VBD", "VERB|VBN", "AUX|VBD", "AUX|VBN" }.Select(labels.IndexOf).Where(i => i >= 0).ToArray();
        _pastOnlyClasses = [];
        for (int subset = 1; subset < 1 << past.Length; subset++)
        {
            var members = past.Where((_, bit) => (subset & (1 << bit)) != 0).Select(label => new KeyValuePair<int, int>(label, 1));
            _pastOnlyClasses.Add(AmbiguityClasses.ClassOf(members, minShare: 0));
        }
    }

    /// <summary>True when the labels this repair writes are all in the label set.</summary>
    public bool IsUsable => _simplePast >= 0 && _participle >= 0 && _pluralNoun >= 0 && _adjective >= 0;

    /// <summary>
    /// Fixes, in <paramref name="fixedLabels"/>, the labels of the words of <paramref name="output"/>, the sentence of
    /// tokens from <paramref name="start"/> of the text, that one of the rules repairs (words whose label is fixed
    /// already are kept); returns true when it fixed any.
    /// </summary>
    public bool Apply(ReadOnlySpan<char> text, ReadOnlySpan<int> starts, ReadOnlySpan<int> ends, int start, ReadOnlySpan<int> output, Span<int> fixedLabels)
    {
        bool changed = false;
        for (int k = 0; k < output.Length; k++)
        {
            if (fixedLabels[k] >= 0)
            {
                // Tagged from the tag dictionary: a frequent word training saw with one tag ("new"), whatever a
                // lexicon learned from a typo ("new" for "knew") says.
                continue;
            }
            var form = text[starts[start + k]..ends[start + k]];
            var previous = k > 0 ? text[starts[start + k - 1]..ends[start + k - 1]] : [];
            var beforePrevious = k > 1 ? text[starts[start + k - 2]..ends[start + k - 2]] : [];
            var next = k + 1 < output.Length ? text[starts[start + k + 1]..ends[start + k + 1]] : [];
            int label = Repair(form, previous, beforePrevious, next, output, k);
            if (label >= 0 && label != output[k])
            {
                fixedLabels[k] = label;
                changed = true;
            }
        }
        return changed;
    }

    private int Repair(ReadOnlySpan<char> form, ReadOnlySpan<char> previous, ReadOnlySpan<char> beforePrevious, ReadOnlySpan<char> next, ReadOnlySpan<int> output, int k)
    {
        int label = output[k];
        string upos = _upos[label];
        string xpos = _xpos[label];
        if (form.Length < 2 || !char.IsLetter(form[0]))
        {
            return -1;
        }
        if (upos is not ("VERB" or "AUX") && char.IsLower(form[0]))
        {
            if (upos != "ADJ" || !form.EndsWith("ed", StringComparison.Ordinal))
            {
                // A noun takes "of" far more often than a verb does ("Portrait shot of Dennis Hopper").
                bool beforeOf = k + 1 < output.Length && next.Equals("of", StringComparison.OrdinalIgnoreCase);
                return !beforeOf && OpensClauseAfterSubject(output, k) && IsPastForm(form) ? PastLabel(form) : -1;
            }
            // A past in "-ed" read as an adjective is taken as the verb only before what opens its object: before a
            // noun, another adjective or a number it may well be one ("officials concerned", "two youths aged 18").
            return k + 1 < output.Length && _upos[output[k + 1]] is "DET" or "PROPN" or "PRON"
                && OpensClauseAfterSubject(output, k) ? _simplePast : -1;
        }
        if (upos == "VERB" && xpos is "VBP" or "VBZ" && IsPastForm(form))
        {
            return _simplePast;
        }
        if (upos == "VERB" && xpos == "VB" && JoinsSimplePast(output, k) && IsPastForm(form))
        {
            return _simplePast;
        }
        if (upos == "VERB" && xpos == "VBZ" && IsPluralNoun(form, previous, beforePrevious, AfterArticle(output, k)))
        {
            return _pluralNoun;
        }
        if (upos == "VERB" && char.IsUpper(form[0]) && form.EndsWith("ed", StringComparison.Ordinal) && (k == 0 || _upos[output[k - 1]] == "DET")
            && k + 1 < output.Length && _upos[output[k + 1]] == "NOUN" && HasVerbAfter(output, k + 2))
        {
            return _adjective;
        }
        return -1;
    }

    /// <summary>
    /// True when the lexicon lists <paramref name="form"/> as a past, or its spelling is one and training saw it only as
    /// one, or never saw it but saw the verb it would be the past of ("tore" → "tear"). The patterns misfire on nouns
    /// and on present forms ("crew" → "craw", "accuse" → "accise"), whose lemma training never saw.
    /// </summary>
    private bool IsPastForm(ReadOnlySpan<char> form)
    {
        Span<char> lemma = stackalloc char[IIrregularPastForms.MaxLemmaLength];
        var evidence = _pastForms.ReadPast(form, lemma, out int length);
        if (evidence != PastFormEvidence.Patterned)
        {
            return evidence == PastFormEvidence.Listed;
        }
        ulong wordClass = _classes.Of(form);
        return _pastOnlyClasses.Contains(wordClass) || (wordClass == AmbiguityClasses.Unknown && _classes.Of(lemma[..length]) != AmbiguityClasses.Unknown);
    }

    /// <summary>
    /// A participle for the spellings only participles have ("beaten", "drawn", "torn", "gone", "slain", "sunk"), else
    /// a simple past: after its subject with no other verb, a form that can be both is the clause's finite verb.
    /// </summary>
    private int PastLabel(ReadOnlySpan<char> form) =>
        form.EndsWith("en", StringComparison.Ordinal) || form.EndsWith("wn", StringComparison.Ordinal) || form.EndsWith("rn", StringComparison.Ordinal)
        || form.EndsWith("ne", StringComparison.Ordinal) || form.EndsWith("ain", StringComparison.Ordinal) || form.EndsWith("unk", StringComparison.Ordinal)
            ? _participle
            : _simplePast;

    /// <summary>
    /// True when word <paramref name="k"/> follows a word that can be its subject (right before it, after one adverb,
    /// a possessive's adjective-looking noun: "Sudan's military", or a designation: "F-16"), the noun phrase of that subject opens the
    /// sentence or a clause, and no finite verb follows in the clause: then word <paramref name="k"/> is the clause's verb.
    /// A noun phrase after a preposition or a verb ("according to their Twitter feed", "suffered a gunshot wound") is
    /// no subject.
    /// </summary>
    private bool OpensClauseAfterSubject(ReadOnlySpan<int> output, int k)
    {
        int j = k - 1;
        if (j > 0 && _upos[output[j]] == "ADV")
        {
            j--;
        }
        bool possessed = j > 0 && _upos[output[j]] == "ADJ" && _xpos[output[j - 1]] == "POS";
        // A model's designation ends in its number: "A Turkish F-16 shot down", "a Russian Su-25 crashed".
        bool designation = j > 1 && _upos[output[j]] == "NUM" && _xpos[output[j - 1]] == "HYPH" && _upos[output[j - 2]] == "PROPN";
        if (j < 0 || !(_nominal[output[j]] || possessed || designation))
        {
            return false;
        }
        while (j >= 0 && (_nominal[output[j]] || _upos[output[j]] is "ADJ" or "DET" or "NUM" or "PROPN" or "NOUN" || _xpos[output[j]] is "POS" or "HYPH" or "PRP$"))
        {
            j--;
        }
        if (j >= 0 && !IsClauseBoundary(output[j]))
        {
            return false;
        }
        for (int m = k + 1; m < output.Length && !IsClauseBoundary(output[m]); m++)
        {
            if (_finite[output[m]])
            {
                return false;
            }
        }
        return true;
    }

    private bool IsClauseBoundary(int label) =>
        (_upos[label] is "PUNCT" && _xpos[label] != "HYPH") || _upos[label] is "SCONJ" or "CCONJ" || _xpos[label] is "WDT" or "WP" or "WP$" or "WRB";

    /// <summary>True when word <paramref name="k"/> follows a coordinating conjunction whose nearest verb before it is a simple past.</summary>
    private bool JoinsSimplePast(ReadOnlySpan<int> output, int k)
    {
        if (k < 2 || _upos[output[k - 1]] != "CCONJ")
        {
            return false;
        }
        for (int j = k - 2; j >= 0; j--)
        {
            if (_upos[output[j]] is "VERB" or "AUX")
            {
                return _xpos[output[j]] == "VBD";
            }
        }
        return false;
    }

    /// <summary>
    /// True when a word read as a verb in "-s" is a plural noun: it ends in "-os" ("commandos", "logos"; "boos" aside),
    /// or follows an article, right before it or with a number between ("the suspects", "the three suspects"), or
    /// follows a count of more than one ("police arrested five suspects", "killed 12 protesters"): a verb in "-s" agrees
    /// with one, so after "five" it can only be a noun. A number that is a day of a month ("issued on June 19 reads") or
    /// ends a name ("the F-35 provides") counts nothing.
    /// </summary>
    private static bool IsPluralNoun(ReadOnlySpan<char> form, ReadOnlySpan<char> previous, ReadOnlySpan<char> beforePrevious, bool numberAfterArticle) =>
        (form.EndsWith("os", StringComparison.OrdinalIgnoreCase) && !form.EndsWith("oos", StringComparison.OrdinalIgnoreCase))
        || IsArticle(previous) || numberAfterArticle
        || (IsPluralCount(previous) && beforePrevious is not "-" && !MonthLookup.Contains(beforePrevious));

    private static readonly HashSet<string> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Jan.", "Feb.", "Mar.", "Apr.", "Jun.", "Jul.", "Aug.", "Sep.", "Sept.", "Oct.", "Nov.", "Dec.",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MonthLookup = Months.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string> CountWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
        "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "several", "many",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CountLookup = CountWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True for a count of more than one: a word of <see cref="CountWords"/>, or digits that are not 1 and not a year
    /// ("2024 marks the anniversary" has a singular subject), with thousands separators allowed ("1,200").
    /// </summary>
    private static bool IsPluralCount(ReadOnlySpan<char> word)
    {
        if (CountLookup.Contains(word))
        {
            return true;
        }
        if (word.IsEmpty || !char.IsAsciiDigit(word[0]))
        {
            return false;
        }
        foreach (char c in word)
        {
            if (!char.IsAsciiDigit(c) && c != ',')
            {
                return false;
            }
        }
        bool year = word.Length == 4 && word[0] is '1' or '2' && !word.Contains(',');
        return !year && !word.SequenceEqual("1");
    }

    private static bool IsArticle(ReadOnlySpan<char> word) =>
        word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("a", StringComparison.OrdinalIgnoreCase)
        || word.Equals("an", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when word <paramref name="k"/> follows a number that follows a determiner ("the three suspects").</summary>
    private bool AfterArticle(ReadOnlySpan<int> output, int k) =>
        k > 1 && _upos[output[k - 1]] == "NUM" && _upos[output[k - 2]] == "DET";

    private bool HasVerbAfter(ReadOnlySpan<int> output, int from)
    {
        for (int m = from; m < output.Length; m++)
        {
            if (_upos[output[m]] is "VERB" or "AUX")
            {
                return true;
            }
        }
        return false;
    }
}

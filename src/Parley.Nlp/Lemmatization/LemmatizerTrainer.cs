namespace Parley.Nlp.Lemmatization;

/// <summary>
/// Learns a <see cref="Lemmatizer"/>: suffix rules from the distinct (form, tag, lemma) triples of a corpus,
/// then, as exceptions, the corpus words those rules get wrong, then the lexicon entries (e.g. WordNet's
/// irregular forms) that neither the corpus nor the rules already cover. Deterministic.
/// </summary>
public static class LemmatizerTrainer
{
    /// <param name="corpus">Tagged, lemmatised tokens (EWT train); each occurrence counts.</param>
    /// <param name="lexicon">Extra (form, tag, lemma) entries, used only for words the corpus does not have.</param>
    /// <param name="options">Suffix length and support.</param>
    /// <param name="verbs">Known verbs (e.g. WordNet's verb index), with the corpus's own verb lemmas added: a regular lemma
    /// of a verb form that is none of them is checked against the other regular readings of the form.</param>
    public static Lemmatizer Train(IEnumerable<LemmaExample> corpus, IEnumerable<LemmaExample> lexicon, LemmatizerTrainingOptions options,
        IEnumerable<string>? verbs = null)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(options);

        var examples = corpus.Where(e => e.Form.Length > 0 && e.Lemma is not ("_" or "")).ToList();
        var caseKeeping = CaseKeepingTags(examples);
        string KeyOf(string form, string xpos) => caseKeeping.Contains(xpos) ? form : form.ToLowerInvariant();

        // (tag, key) → lemma → count, where the key is the lowercase form (as written for case-keeping tags).
        var seen = new Dictionary<(string Xpos, string Key), Dictionary<string, int>>();
        foreach (var example in examples)
        {
            var key = (example.Xpos, KeyOf(example.Form, example.Xpos));
            if (!seen.TryGetValue(key, out var lemmas))
            {
                seen[key] = lemmas = new Dictionary<string, int>(StringComparer.Ordinal);
            }
            lemmas[example.Lemma] = lemmas.GetValueOrDefault(example.Lemma) + 1;
        }

        var (rules, suffixes) = LearnSuffixRules(seen, caseKeeping, options);
        var exceptions = new Dictionary<ulong, string>();
        var draft = new Lemmatizer(options.MaxSuffix, rules, suffixes, exceptions, caseKeeping);
        foreach (var ((xpos, key), lemmas) in seen.OrderBy(kv => kv.Key.Xpos, StringComparer.Ordinal).ThenBy(kv => kv.Key.Key, StringComparer.Ordinal))
        {
            string lemma = Commonest(lemmas);
            if (draft.Lemmatize(key, xpos) != lemma)
            {
                exceptions[Lemmatizer.Key(Lemmatizer.ExceptionKey, xpos, key)] = lemma;
            }
        }
        foreach (var entry in lexicon)
        {
            if (entry.Form.Length == 0 || seen.ContainsKey((entry.Xpos, KeyOf(entry.Form, entry.Xpos))))
            {
                continue;
            }
            var key = KeyOf(entry.Form, entry.Xpos);
            ulong hash = Lemmatizer.Key(Lemmatizer.ExceptionKey, entry.Xpos, key);
            if (!exceptions.ContainsKey(hash) && draft.Lemmatize(key, entry.Xpos) != entry.Lemma)
            {
                exceptions[hash] = entry.Lemma;
            }
        }
        if (verbs is null)
        {
            return draft;
        }
        var known = new HashSet<string>(verbs.Select(v => v.ToLowerInvariant()), StringComparer.Ordinal);
        known.UnionWith(examples.Where(e => e.Xpos.StartsWith("VB", StringComparison.Ordinal)).Select(e => e.Lemma.ToLowerInvariant()));
        return new Lemmatizer(options.MaxSuffix, rules, suffixes, exceptions, caseKeeping, known);
    }


    /// <summary>The tags for which most distinct capitalised training words keep their capitals in the lemma.</summary>
    private static HashSet<string> CaseKeepingTags(List<LemmaExample> examples)
    {
        var votes = new Dictionary<string, (int Kept, int Lowered)>(StringComparer.Ordinal);
        foreach (var example in examples.DistinctBy(e => (e.Form, e.Xpos)))
        {
            if (example.Form == example.Form.ToLowerInvariant())
            {
                continue;
            }
            var (kept, lowered) = votes.GetValueOrDefault(example.Xpos);
            bool keeps = example.Lemma != example.Lemma.ToLowerInvariant();
            votes[example.Xpos] = keeps ? (kept + 1, lowered) : (kept, lowered + 1);
        }
        return new HashSet<string>(votes.Where(kv => kv.Value.Kept > kv.Value.Lowered).Select(kv => kv.Key), StringComparer.Ordinal);
    }

    private static string Commonest(Dictionary<string, int> counts)
        => counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;

    /// <summary>
    /// For every tag and every ending of up to <see cref="LemmatizerTrainingOptions.MaxSuffix"/> characters, the
    /// commonest rewrite among the distinct words with that ending; an ending keeps its own entry only when it
    /// has enough support and its rule differs from the one its shorter ending would give.
    /// </summary>
    private static (LemmaRule[] Rules, Dictionary<ulong, int> Suffixes) LearnSuffixRules(
        Dictionary<(string Xpos, string Key), Dictionary<string, int>> seen, HashSet<string> caseKeeping, LemmatizerTrainingOptions options)
    {
        // (tag, ending) → rule → number of distinct words.
        var counts = new Dictionary<(string Xpos, string Ending), Dictionary<LemmaRule, int>>();
        foreach (var ((xpos, key), lemmas) in seen)
        {
            string lemma = Commonest(lemmas);
            bool proper = caseKeeping.Contains(xpos);
            // Rules rewrite lowercase forms into lowercase lemmas (proper nouns: as written); case is decided apart.
            var rule = LemmaRule.Between(key, proper ? lemma : lemma.ToLowerInvariant());
            string lower = key.ToLowerInvariant();
            for (int k = 0; k <= Math.Min(options.MaxSuffix, lower.Length); k++)
            {
                var ending = (xpos, lower[(lower.Length - k)..]);
                if (!counts.TryGetValue(ending, out var byRule))
                {
                    counts[ending] = byRule = [];
                }
                byRule[rule] = byRule.GetValueOrDefault(rule) + 1;
            }
        }

        var rules = new List<LemmaRule>();
        var ruleIndex = new Dictionary<LemmaRule, int>();
        var suffixes = new Dictionary<ulong, int>();
        var effective = new Dictionary<(string Xpos, string Ending), LemmaRule>();
        foreach (var (ending, byRule) in counts.OrderBy(kv => kv.Key.Ending.Length).ThenBy(kv => kv.Key.Xpos, StringComparer.Ordinal).ThenBy(kv => kv.Key.Ending, StringComparer.Ordinal))
        {
            var best = byRule.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Strip).ThenBy(kv => kv.Key.Append, StringComparer.Ordinal).First().Key;
            int support = byRule.Values.Sum();
            bool root = ending.Ending.Length == 0;
            var inherited = root ? LemmaRule.Identity : effective[(ending.Xpos, ending.Ending[1..])];
            if (root || (support >= options.MinSupport && best != inherited))
            {
                if (!ruleIndex.TryGetValue(best, out int index))
                {
                    index = rules.Count;
                    ruleIndex[best] = index;
                    rules.Add(best);
                }
                suffixes[Lemmatizer.Key(Lemmatizer.SuffixKey, ending.Xpos, ending.Ending)] = index;
                effective[ending] = best;
            }
            else
            {
                effective[ending] = inherited;
            }
        }
        return ([.. rules], suffixes);
    }

}

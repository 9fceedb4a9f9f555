using Parley.Nlp.Conllu;

namespace Parley.Nlp.Tagging;

/// <summary>
/// Tags training sentences the way a tagger tags text it has never seen: the sentences are dealt into folds
/// (sentence <c>s</c> into fold <c>s mod k</c>), and each fold is tagged by a tagger trained on the other folds.
/// A parser trained on these tags learns from the mistakes it will meet at run time, which a tagger that saw
/// the sentences (and so tags them almost perfectly) would hide from it.
/// </summary>
public static class JackknifeTagging
{
    /// <summary>
    /// The UPOS and XPOS of every word of <paramref name="train"/>, each sentence tagged by a tagger trained with
    /// <paramref name="options"/> on the folds it is not in (choosing its epochs on <paramref name="dev"/>).
    /// Deterministic for the same sentences and options.
    /// </summary>
    /// <param name="progress">Told one line per fold; may be null.</param>
    public static JackknifeTags Tag(
        IReadOnlyList<ConlluSentence> train,
        IReadOnlyList<ConlluSentence> dev,
        int folds,
        TaggerTrainingOptions options,
        Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(dev);
        ArgumentNullException.ThrowIfNull(options);
        if (folds < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(folds), folds, "Jackknifing needs at least two folds.");
        }
        if (train.Count < folds)
        {
            throw new ArgumentException($"{train.Count} training sentences cannot be dealt into {folds} folds.", nameof(train));
        }
        var tags = new (string Upos, string Xpos)[train.Count][];
        for (int fold = 0; fold < folds; fold++)
        {
            var rest = train.Where((_, s) => s % folds != fold).ToList();
            var tagger = TaggerTrainer.Train(rest, dev, options).Tagger;
            int tagged = 0;
            for (int s = fold; s < train.Count; s += folds)
            {
                var doc = GoldDocuments.FromSentence(train[s]);
                tagger.Process(doc);
                tags[s] = [.. Enumerable.Range(0, doc.Count).Select(i => (doc.Strings[doc.Upos[i]], doc.Strings[doc.Xpos[i]]))];
                tagged++;
            }
            progress?.Invoke($"jackknife fold {fold + 1}/{folds}: tagged {tagged:N0} sentences with a tagger trained on the other {rest.Count:N0}");
        }
        return new JackknifeTags(tags);
    }
}
